import Foundation

/// The forgetting curve: the fraction of what was learnt that a person still holds `t` days after learning
/// it, R(t) = e^(−t/S), where S is the memory's *stability* in days.
///
/// The article "Boost Sales ROI with a Sales Competency Officer" says salespeople forget up to 80% of a training within 90–120
/// days. ``init(forgotten:afterDays:)`` turns such a statement into a stability: R(d) = 1 − f gives
/// S = −d ÷ ln(1 − f). For 80% after 90 days S = 90 ÷ ln 5 ≈ 55.92 days (``default``); after 120 days
/// S = 120 ÷ ln 5 ≈ 74.56 days (``slowForgetting``).
///
/// ```swift
/// let model = try RetentionModel(forgotten: 0.8, afterDays: 90)
/// model.retention(atDay: 90)        // 0.2
/// model.day(whenRetentionFallsTo: 0.9)   // ≈ 5.89
/// ```
public struct RetentionModel: Hashable, Sendable, Codable {
    /// The stability S in days: the time in which retention falls to 1/e ≈ 36.8%.
    public let stability: Double

    /// Creates a model with a known stability.
    ///
    /// - Parameter stability: S in days, finite and greater than 0.
    /// - Throws: ``ValidationError`` naming `stability` when it is not finite or not positive.
    public init(stability: Double) throws {
        try RetentionCheck.requirePositive(stability, "stability")
        self.stability = stability
    }

    /// Calibrates the stability from "a fraction `forgotten` is forgotten after `afterDays` days":
    /// S = −d ÷ ln(1 − f).
    ///
    /// - Parameters:
    ///   - forgotten: The fraction forgotten, f, strictly between 0 and 1.
    ///   - afterDays: The days after which it is forgotten, d, greater than 0.
    /// - Throws: ``ValidationError`` naming `forgotten` or `afterDays` when out of range or not finite.
    public init(forgotten: Double, afterDays: Double) throws {
        try RetentionCheck.requireOpenUnit(forgotten, "forgotten")
        try RetentionCheck.requirePositive(afterDays, "afterDays")
        try self.init(stability: -afterDays / log(1 - forgotten))
    }

    /// The source model's fast end: 80% forgotten after 90 days, S = 90 ÷ ln 5 ≈ 55.92 days. The default model.
    public static let `default` = RetentionModel(uncheckedStability: 90 / log(5.0))

    /// The source model's slow end: 80% forgotten after 120 days, S = 120 ÷ ln 5 ≈ 74.56 days.
    public static let slowForgetting = RetentionModel(uncheckedStability: 120 / log(5.0))

    private init(uncheckedStability: Double) { self.stability = uncheckedStability }

    /// The retention R(t) = e^(−t/S) at `day` days after learning; 1 at day 0 and before it.
    ///
    /// - Parameter day: Days since learning.
    /// - Returns: The fraction retained, in (0, 1].
    public func retention(atDay day: Double) -> Double {
        day <= 0 ? 1 : exp(-day / stability)
    }

    /// The day on which retention falls to `target`: t = −S · ln(target).
    ///
    /// - Parameter target: A retention level strictly between 0 and 1.
    /// - Returns: Days after learning; retention is at or above `target` up to this day and below it after.
    /// - Throws: ``ValidationError`` naming `target` when it is not strictly between 0 and 1.
    public func day(whenRetentionFallsTo target: Double) throws -> Double {
        try RetentionCheck.requireOpenUnit(target, "target")
        return -stability * log(target)
    }

    /// The half-life: the day retention falls to 50%, S · ln 2.
    public var halfLife: Double { stability * log(2.0) }

    /// Decodes `{"stability": S}`, validating S.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(stability: try container.decode(Double.self, forKey: .stability))
    }

    private enum CodingKeys: String, CodingKey { case stability }
}
