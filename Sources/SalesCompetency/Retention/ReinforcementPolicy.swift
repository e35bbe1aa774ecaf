/// How a reinforcement (a coaching session, a refresher, spaced practice) strengthens a memory.
///
/// The model, chosen to show the *spacing effect* with two parameters a host can tune:
///
/// - At a reinforcement, retention returns to 1 (the material is fully refreshed).
/// - Stability grows by ``spacingGain`` days for every day since the previous learning event (the training
///   or the previous reinforcement), but never by more than the factor ``maximumFactor``:
///   S′ = min(S + k · g, m · S), with gap g, gain k and maximum factor m.
///
/// So massed practice (a refresher the day after training) barely helps, while a refresher just before
/// retention would fall below 90%, g = −S · ln 0.9 ≈ 0.105 · S, roughly doubles stability with the default
/// gain of 10: S′ = S + 10 · 0.105 · S ≈ 2.05 · S. These defaults are modelling assumptions, not measured
/// constants; calibrate them against assessments when you have them.
public struct ReinforcementPolicy: Hashable, Sendable, Codable {
    /// Days of stability gained per day of spacing, k ≥ 0.
    public let spacingGain: Double
    /// The largest factor by which one reinforcement can multiply stability, m ≥ 1.
    public let maximumFactor: Double

    /// Creates a policy.
    ///
    /// - Parameters:
    ///   - spacingGain: Days of stability gained per day of spacing, finite and ≥ 0. Default 10.
    ///   - maximumFactor: The cap on one reinforcement's effect, finite and ≥ 1. Default 4.
    /// - Throws: ``ValidationError`` naming the field when a value is out of range or not finite.
    public init(spacingGain: Double = 10, maximumFactor: Double = 4) throws {
        try RetentionCheck.requireFinite(spacingGain, "spacingGain")
        try RetentionCheck.requireFinite(maximumFactor, "maximumFactor")
        guard spacingGain >= 0 else {
            throw ValidationError(
                .outOfRange, field: "spacingGain", message: "must be at least 0, found \(spacingGain)")
        }
        guard maximumFactor >= 1 else {
            throw ValidationError(
                .outOfRange, field: "maximumFactor", message: "must be at least 1, found \(maximumFactor)")
        }
        self.spacingGain = spacingGain
        self.maximumFactor = maximumFactor
    }

    /// The default policy: gain 10, maximum factor 4.
    public static let `default` = ReinforcementPolicy(unchecked: 10, 4)

    private init(unchecked gain: Double, _ factor: Double) {
        self.spacingGain = gain
        self.maximumFactor = factor
    }

    /// The stability after a reinforcement: min(S + k · g, m · S).
    ///
    /// - Parameters:
    ///   - stability: The stability S before the reinforcement.
    ///   - gap: Days since the previous learning event, g ≥ 0.
    /// - Returns: The new stability.
    public func stability(after stability: Double, gap: Double) -> Double {
        min(stability + spacingGain * max(0, gap), maximumFactor * stability)
    }

    /// Decodes `{"spacingGain": k, "maximumFactor": m}`, validating both.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            spacingGain: try container.decode(Double.self, forKey: .spacingGain),
            maximumFactor: try container.decode(Double.self, forKey: .maximumFactor))
    }

    private enum CodingKeys: String, CodingKey { case spacingGain, maximumFactor }
}
