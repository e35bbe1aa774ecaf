/// The colour band of a score, or ``noData`` when there is no score.
public enum ScoreStatus: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// No activity at all in the period: no score, shown grey, counted apart and never averaged in.
    case noData = "no-data"
    /// Below the amber threshold (default 0.7).
    case red
    /// At or above the amber threshold, below the green one.
    case amber
    /// At or above the green threshold (default 1.0).
    case green

    /// Orders no-data < red < amber < green.
    public static func < (lhs: ScoreStatus, rhs: ScoreStatus) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .noData: -1
        case .red: 0
        case .amber: 1
        case .green: 2
        }
    }
}

/// Thresholds that turn a score into a ``ScoreStatus``: red below ``amberFrom``, amber below ``greenFrom``,
/// green from there.
///
/// Scores are judged after rounding half-up to 6 decimals, as integer micro-units
/// (`floor(score × 10⁶ + 0.5)`), so a score that is exactly 0.7 as a rational but one ulp below it in
/// floating point, such as `(3 × 0.7) / 3`, is amber.
///
/// ```swift
/// StatusBands.default.status(of: 0.7)   // .amber
/// ```
public struct StatusBands: Hashable, Sendable, Codable {
    /// The lowest score that is amber.
    public let amberFrom: Double
    /// The lowest score that is green.
    public let greenFrom: Double
    let amberMicro: Int64
    let greenMicro: Int64

    /// Red < 0.7 ≤ amber < 1.0 ≤ green.
    public static let `default` = try! StatusBands(amberFrom: 0.7, greenFrom: 1.0)

    /// Creates bands.
    ///
    /// - Parameters:
    ///   - amberFrom: The lowest amber score, ≥ 0.
    ///   - greenFrom: The lowest green score, ≥ `amberFrom`.
    /// - Throws: ``ScoringError`` with code `.invalidBands` when a threshold is not finite, negative, or the two
    ///   are out of order.
    public init(amberFrom: Double, greenFrom: Double) throws {
        guard amberFrom.isFinite, greenFrom.isFinite, amberFrom >= 0, amberFrom <= greenFrom, greenFrom < 1e9 else {
            throw ScoringError(
                .invalidBands,
                message: "bands need 0 ≤ amberFrom ≤ greenFrom, finite; found \(amberFrom) and \(greenFrom)")
        }
        self.amberFrom = amberFrom
        self.greenFrom = greenFrom
        self.amberMicro = StatusBands.micro(amberFrom)
        self.greenMicro = StatusBands.micro(greenFrom)
    }

    /// The status of a score.
    ///
    /// - Parameter score: The score (≥ 0).
    /// - Returns: The band of the score rounded half-up to 6 decimals.
    public func status(of score: Double) -> ScoreStatus {
        status(micro: StatusBands.micro(score))
    }

    /// The status of a score given in micro-units (millionths).
    @inline(__always)
    func status(micro: Int64) -> ScoreStatus {
        micro < amberMicro ? .red : (micro < greenMicro ? .amber : .green)
    }

    /// A score rounded half-up to 6 decimals, as integer millionths: `floor(score × 10⁶ + 0.5)`.
    ///
    /// - Parameter score: A finite score ≥ 0.
    /// - Returns: The micro-units.
    @inline(__always)
    public static func micro(_ score: Double) -> Int64 {
        Int64((score * 1_000_000 + 0.5).rounded(.down))
    }

    private enum CodingKeys: String, CodingKey { case amberFrom, greenFrom }

    /// Decodes `{"amberFrom": 0.7, "greenFrom": 1.0}` and checks the thresholds.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(
                amberFrom: try container.decode(Double.self, forKey: .amberFrom),
                greenFrom: try container.decode(Double.self, forKey: .greenFrom))
        } catch let error as ScoringError {
            throw DecodingError.dataCorruptedError(forKey: .amberFrom, in: container, debugDescription: error.message)
        }
    }

    /// Encodes `{"amberFrom": ..., "greenFrom": ...}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(amberFrom, forKey: .amberFrom)
        try container.encode(greenFrom, forKey: .greenFrom)
    }
}
