/// A measure of sales capacity that the host supplies per team or organisation, such as market share,
/// customer loyalty (retention rate, NPS) or leadership position, with the stated range that normalises it
/// to 0…1 and its weight in the capacity index.
///
/// Normalisation is min–max over the stated range: (value − lower) ÷ (upper − lower) when higher is better,
/// (upper − value) ÷ (upper − lower) when lower is better (a rank, where 1 leads). A value outside the range
/// is an error, not clamped: the range states what the measure can be.
///
/// ```swift
/// let nps = try CapacityIndicator.netPromoterScore(weight: 1)   // −100…100
/// try nps.normalize(40)                                         // 0.7
/// ```
public struct CapacityIndicator: Hashable, Sendable, Codable, Identifiable {
    /// The identifier of an indicator, such as `market-share`.
    public struct ID: StringIdentifier {
        /// The raw string.
        public let rawValue: String
        /// Creates an identifier from its raw string.
        public init(rawValue: String) { self.rawValue = rawValue }
    }

    /// Whether a higher or a lower raw value means more capacity.
    public enum Direction: String, Hashable, Sendable, Codable, CaseIterable {
        /// A higher value is better (market share, NPS, retention rate).
        case higherIsBetter
        /// A lower value is better (a rank, where 1 leads the market).
        case lowerIsBetter
    }

    /// The identifier.
    public let id: ID
    /// The lowest value the measure can take.
    public let lower: Double
    /// The highest value the measure can take.
    public let upper: Double
    /// Whether higher or lower is better.
    public let direction: Direction
    /// The weight in the capacity index, greater than 0.
    public let weight: Double

    /// Creates an indicator.
    ///
    /// - Parameters:
    ///   - id: The identifier.
    ///   - lower: The lowest possible value.
    ///   - upper: The highest possible value, greater than `lower`.
    ///   - direction: Whether higher or lower is better. Default higher.
    ///   - weight: The weight, finite and greater than 0. Default 1.
    /// - Throws: ``ValidationError`` with code `.invalidValue` naming the indicator when the range is empty or
    ///   not finite, or the weight is not a finite positive number.
    public init(id: ID, lower: Double, upper: Double, direction: Direction = .higherIsBetter, weight: Double = 1)
        throws
    {
        let subject = "capacity indicator \(id)"
        guard lower.isFinite, upper.isFinite, lower < upper else {
            throw ValidationError(
                .outOfRange, subject: subject, field: "upper",
                message: "the range \(lower)…\(upper) must be finite with lower < upper")
        }
        guard weight.isFinite, weight > 0 else {
            throw ValidationError(
                .outOfRange, subject: subject, field: "weight", message: "weight \(weight) must be finite and > 0")
        }
        self.id = id
        self.lower = lower
        self.upper = upper
        self.direction = direction
        self.weight = weight
    }

    /// Market share in percent, 0…100, higher is better; id `market-share`.
    ///
    /// - Parameter weight: The weight.
    /// - Throws: ``ValidationError`` for a weight that is not finite and positive.
    public static func marketShare(weight: Double = 1) throws -> CapacityIndicator {
        try CapacityIndicator(id: "market-share", lower: 0, upper: 100, weight: weight)
    }

    /// Net Promoter Score, −100…100, higher is better; id `net-promoter-score`.
    ///
    /// - Parameter weight: The weight.
    /// - Throws: ``ValidationError`` for a weight that is not finite and positive.
    public static func netPromoterScore(weight: Double = 1) throws -> CapacityIndicator {
        try CapacityIndicator(id: "net-promoter-score", lower: -100, upper: 100, weight: weight)
    }

    /// Customer retention rate as a fraction, 0…1, higher is better; id `customer-retention`.
    ///
    /// - Parameter weight: The weight.
    /// - Throws: ``ValidationError`` for a weight that is not finite and positive.
    public static func customerRetention(weight: Double = 1) throws -> CapacityIndicator {
        try CapacityIndicator(id: "customer-retention", lower: 0, upper: 1, weight: weight)
    }

    /// Leadership position as a market rank 1…`competitors`, lower is better (1 = leader, normalised to 1;
    /// last place normalised to 0); id `leadership-position`.
    ///
    /// - Parameters:
    ///   - competitors: The number of ranked competitors, at least 2.
    ///   - weight: The weight.
    /// - Throws: ``ValidationError`` for fewer than 2 competitors or a weight that is not finite and positive.
    public static func leadershipPosition(competitors: Int, weight: Double = 1) throws -> CapacityIndicator {
        try CapacityIndicator(
            id: "leadership-position", lower: 1, upper: Double(competitors), direction: .lowerIsBetter, weight: weight)
    }

    /// The value normalised to 0…1 by min–max over the stated range.
    ///
    /// - Parameter value: The raw value.
    /// - Returns: The normalised value.
    /// - Throws: ``ValidationError`` with code `.invalidValue` naming the indicator when the value is not finite
    ///   or outside the range.
    public func normalize(_ value: Double) throws -> Double {
        guard value.isFinite, value >= lower, value <= upper else {
            throw ValidationError(
                .outOfRange, subject: "capacity indicator \(id)", field: "value",
                message: "\(value) is outside the stated range \(lower)…\(upper)")
        }
        let span = upper - lower
        return direction == .higherIsBetter ? (value - lower) / span : (upper - value) / span
    }

    private enum CodingKeys: String, CodingKey { case id, lower, upper, direction, weight }

    /// Decodes `{"id", "lower", "upper", "direction"?, "weight"?}` and checks it as
    /// ``init(id:lower:upper:direction:weight:)`` does.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(
                id: container.decode(ID.self, forKey: .id), lower: container.decode(Double.self, forKey: .lower),
                upper: container.decode(Double.self, forKey: .upper),
                direction: container.decodeIfPresent(Direction.self, forKey: .direction) ?? .higherIsBetter,
                weight: container.decodeIfPresent(Double.self, forKey: .weight) ?? 1)
        } catch let error as ValidationError {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }
}
