/// What an investment assumes about forgetting: the calibration of the forgetting curve and the days of
/// planned reinforcements (coaching, refreshers), counted from the investment's start.
///
/// ```json
/// {"forgotten": 0.8, "afterDays": 90, "reinforcementDays": [5, 16, 38, 83, 176]}
/// ```
///
/// Optional keys `spacingGain` and `maximumFactor` tune ``ReinforcementPolicy`` (defaults 10 and 4);
/// `forgotten` and `afterDays` default to the source model's 80% after 90 days.
public struct RetentionAssumption: Hashable, Sendable, Codable {
    /// The fraction forgotten after ``afterDays`` without reinforcement, strictly between 0 and 1.
    public var forgotten: Double
    /// The days after which ``forgotten`` is forgotten, > 0.
    public var afterDays: Double
    /// The reinforcement days after the start, strictly increasing, each > 0.
    public var reinforcementDays: [Int]
    /// How reinforcements change stability.
    public var policy: ReinforcementPolicy

    /// Creates an assumption, checking it.
    ///
    /// - Parameters:
    ///   - forgotten: The fraction forgotten. Default 0.8.
    ///   - afterDays: After how many days. Default 90.
    ///   - reinforcementDays: Planned reinforcement days. Default none.
    ///   - policy: How reinforcements change stability. Default ``ReinforcementPolicy/default``.
    /// - Throws: ``ValidationError`` naming the field when the curve or the days cannot be used.
    public init(
        forgotten: Double = 0.8, afterDays: Double = 90, reinforcementDays: [Int] = [],
        policy: ReinforcementPolicy = .default
    ) throws {
        self.forgotten = forgotten
        self.afterDays = afterDays
        self.reinforcementDays = reinforcementDays
        self.policy = policy
        _ = try timeline()
    }

    /// The source model's default: 80% forgotten after 90 days, no reinforcement.
    public static let `default` = try! RetentionAssumption()

    /// The retention timeline this assumption describes.
    ///
    /// - Returns: The timeline from the investment's start.
    /// - Throws: ``ValidationError`` naming the field.
    public func timeline() throws -> RetentionTimeline {
        let model = try RetentionModel(forgotten: forgotten, afterDays: afterDays)
        return try RetentionTimeline(model: model, policy: policy, reinforcementDays: reinforcementDays)
    }

    private enum CodingKeys: String, CodingKey {
        case forgotten, afterDays, reinforcementDays, spacingGain, maximumFactor
    }

    /// Decodes the shape above, checking it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let policy = try ReinforcementPolicy(
            spacingGain: try container.decodeIfPresent(Double.self, forKey: .spacingGain) ?? 10,
            maximumFactor: try container.decodeIfPresent(Double.self, forKey: .maximumFactor) ?? 4)
        try self.init(
            forgotten: try container.decodeIfPresent(Double.self, forKey: .forgotten) ?? 0.8,
            afterDays: try container.decodeIfPresent(Double.self, forKey: .afterDays) ?? 90,
            reinforcementDays: try container.decodeIfPresent([Int].self, forKey: .reinforcementDays) ?? [],
            policy: policy)
    }

    /// Encodes every key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(forgotten, forKey: .forgotten)
        try container.encode(afterDays, forKey: .afterDays)
        try container.encode(reinforcementDays, forKey: .reinforcementDays)
        try container.encode(policy.spacingGain, forKey: .spacingGain)
        try container.encode(policy.maximumFactor, forKey: .maximumFactor)
    }
}
