/// A range that holds the true value with a stated confidence, from resampling.
public struct ConfidenceInterval: Hashable, Sendable, Codable {
    /// The lower end.
    public var lower: Double
    /// The upper end.
    public var upper: Double
    /// The confidence level, for example 0.95.
    public var level: Double

    /// Creates an interval.
    ///
    /// - Parameters:
    ///   - lower: The lower end.
    ///   - upper: The upper end.
    ///   - level: The confidence level.
    public init(lower: Double, upper: Double, level: Double) {
        self.lower = lower
        self.upper = upper
        self.level = level
    }

    /// Whether the interval holds `value`.
    ///
    /// - Parameter value: The value.
    /// - Returns: `lower ≤ value ≤ upper`.
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

    /// The percentile interval of resampled values: the `(1 − level) / 2` and `(1 + level) / 2` quantiles,
    /// interpolated linearly between order statistics (the definition numpy's `quantile` uses by default).
    ///
    /// - Parameters:
    ///   - values: The resampled values; non-finite ones are left out.
    ///   - level: The confidence level.
    /// - Returns: The interval, or `nil` when no value is finite.
    /// - Complexity: O(n log n).
    static func percentile(of values: [Double], level: Double) -> ConfidenceInterval? {
        let sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty else { return nil }
        return ConfidenceInterval(
            lower: quantile(sorted, (1 - level) / 2), upper: quantile(sorted, (1 + level) / 2), level: level)
    }

    /// The `p` quantile of sorted values, linear between order statistics.
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let h = Double(sorted.count - 1) * p
        let low = Int(h.rounded(.down))
        let high = Swift.min(low + 1, sorted.count - 1)
        return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
    }
}
