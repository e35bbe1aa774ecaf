extension ImpactReport {
    /// A number as the report writes it: 4 significant digits, sign shown.
    ///
    /// - Parameter value: The number.
    /// - Returns: The text, or an en dash for `nil` or NaN.
    public static func signed(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        return format(value)
    }

    /// An interval as `[lower, upper]`, or an en dash.
    ///
    /// - Parameter interval: The interval.
    /// - Returns: The text.
    public static func bracket(_ interval: ConfidenceInterval?) -> String {
        guard let interval else { return "–" }
        return "[\(signed(interval.lower)), \(signed(interval.upper))]"
    }

    /// The finding in one plain sentence: the estimate, its interval, and whether it could be chance.
    public var headline: String {
        let level = NumberFormatting.fixed(options.confidenceLevel * 100, decimals: 0)
        let size = "\(estimate.reps) participants against \(comparisonReps) comparison reps"
        let verdict: String
        if estimate.intervalContainsZero {
            verdict = "the interval includes 0, so the data cannot tell the change from chance"
        } else {
            let better = (estimate.value > 0) != measure.lowerIsBetter
            verdict = "the interval excludes 0: a real \(better ? "improvement" : "deterioration")"
        }
        return "\(investmentID) changed \(measure) by \(ImpactReport.signed(estimate.value)) per rep-month "
            + "(\(level)% interval \(ImpactReport.bracket(estimate.interval)), \(size)); \(verdict)."
    }

    /// The observed retention in one plain sentence, or `nil` when there is no positive gain to fit.
    public var retentionSentence: String? {
        guard let retention else { return nil }
        let observed =
            retention.stability >= ObservedRetention.maximumStability * 0.99
            ? "no measurable decay"
            : "S ≈ \(NumberFormatting.fixed(retention.stability, decimals: 0)) days"
        let track =
            retention.isOnTrack
            ? "on track for 90% retention after a year"
            : "not on track for 90% retention after a year (\(NumberFormatting.percent(retention.retentionAfterOneYear)) retained)"
        return "The gain fades with \(observed) (interval \(ImpactReport.bracketDays(retention.interval))), "
            + "against an assumed S ≈ \(NumberFormatting.fixed(retention.assumedStability, decimals: 0)) days: "
            + "\(track)."
    }

    static func bracketDays(_ interval: ConfidenceInterval?) -> String {
        guard let interval else { return "–" }
        return
            "\(NumberFormatting.fixed(interval.lower, decimals: 0))–\(NumberFormatting.fixed(interval.upper, decimals: 0)) days"
    }
}
