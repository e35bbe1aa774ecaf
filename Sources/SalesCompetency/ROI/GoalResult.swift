/// A measured value judged against its target.
public struct GoalResult: Hashable, Sendable, Codable {
    /// Which goal.
    public struct Goal: StringIdentifier {
        /// The raw string.
        public let rawValue: String
        /// Creates a goal id.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// Retention a year after training.
        public static let retentionAfterOneYear: Goal = "retention-after-one-year"
        /// Relative reduction of non-induced churn.
        public static let nonInducedChurnReduction: Goal = "non-induced-churn-reduction"
        /// Yearly relative reduction of the sales cycle.
        public static let salesCycleReductionPerYear: Goal = "sales-cycle-reduction-per-year"
    }

    /// Which goal.
    public let goal: Goal
    /// The measured value (a fraction: 0.12 is 12%).
    public let measured: Double
    /// The target (a fraction).
    public let target: Double
    /// A stretch target above ``target``, where the goal is a range.
    public let stretch: Double?
    /// Whether the measured value reaches the target (judged on values rounded half-up to 6 decimals, so
    /// an exact 0.9 meets 0.9 whatever the floating-point error).
    public let isMet: Bool
    /// How far short of the target: target − measured when not met, 0 when met.
    public let gap: Double

    /// Judges `measured` against `target`.
    ///
    /// - Parameters:
    ///   - goal: Which goal.
    ///   - measured: The measured value.
    ///   - target: The target; met when measured ≥ target.
    ///   - stretch: An optional stretch target.
    public init(goal: Goal, measured: Double, target: Double, stretch: Double? = nil) {
        self.goal = goal
        self.measured = measured
        self.target = target
        self.stretch = stretch
        func sixDecimals(_ value: Double) -> Double { (value * 1_000_000).rounded(.toNearestOrAwayFromZero) }
        self.isMet = sixDecimals(measured) >= sixDecimals(target)
        self.gap = isMet ? 0 : target - measured
    }

    /// Whether the stretch target is reached too.
    public var reachesStretch: Bool {
        guard let stretch else { return isMet }
        return (measured * 1_000_000).rounded(.toNearestOrAwayFromZero)
            >= (stretch * 1_000_000).rounded(.toNearestOrAwayFromZero)
    }
}
