/// One estimate of an effect: the value, its interval and how many reps it rests on.
public struct ImpactEstimate: Hashable, Sendable, Codable {
    /// The estimated effect, in the measure's units per rep-month.
    public var value: Double
    /// The bootstrap interval, or `nil` when no resample could be drawn.
    public var interval: ConfidenceInterval?
    /// The participants whose data the estimate uses.
    public var reps: Int

    /// Creates an estimate.
    ///
    /// - Parameters:
    ///   - value: The estimated effect.
    ///   - interval: Its interval.
    ///   - reps: The participants it rests on.
    public init(value: Double, interval: ConfidenceInterval?, reps: Int) {
        self.value = value
        self.interval = interval
        self.reps = reps
    }

    /// Whether the interval holds 0 (no interval counts as holding it: nothing is shown).
    public var intervalContainsZero: Bool { interval?.contains(0) ?? true }
}
