public import Foundation

extension Benefit {
    /// The confidence a measured effect earns by the conservative rule: the share of the estimate that the
    /// interval's end nearest to "no effect" still holds, so that change × confidence is that end.
    ///
    /// For a measure where more is better it is lower bound ÷ estimate; where less is better (cycle days),
    /// upper bound ÷ estimate. It is clamped to 0…1; it is 0 when the estimate is not an improvement, when the
    /// interval reaches 0 or the wrong side of it, or when there is no interval. Phillips advises the most
    /// conservative alternative: the ROI then counts only what the data show with the interval's confidence.
    ///
    /// - Parameter report: The measured impact.
    /// - Returns: The confidence, 0…1.
    public static func conservativeConfidence(of report: ImpactReport) -> Double {
        let estimate = report.estimate.value
        guard let interval = report.estimate.interval, estimate.isFinite, estimate != 0 else { return 0 }
        let improves = report.measure.lowerIsBetter ? estimate < 0 : estimate > 0
        guard improves else { return 0 }
        let nearest = report.measure.lowerIsBetter ? interval.upper : interval.lower
        return Swift.min(1, Swift.max(0, nearest / estimate))
    }

    /// A benefit whose change is a measured effect: the change is the difference-in-differences estimate
    /// (trained against the comparison group), attribution is 1 (the comparison group already isolates the
    /// investment's share) and confidence follows ``conservativeConfidence(of:)``.
    ///
    /// ```swift
    /// let benefit = try Benefit(
    ///     measured: report, name: "Higher win rate", units: 12, unitValue: 9_000)  // per rep-month
    /// ```
    ///
    /// - Parameters:
    ///   - report: The measured impact.
    ///   - name: What the benefit is.
    ///   - frequency: The time the change refers to; a measured change is per rep-month. Default a month.
    ///   - units: How many reps the per-rep-month change applies to.
    ///   - unitValue: The value of one unit of the measure (a won deal's margin, one point of win rate).
    ///   - firstYearOnly: Count the first year only.
    ///   - retentionAdjusted: Scale by retention; `nil` decides by the investment's category.
    /// - Throws: ``ROIError`` naming the field, as ``init(name:change:direction:frequency:units:attribution:confidence:unitValue:firstYearOnly:retentionAdjusted:)``
    ///   does, for example for a NaN estimate.
    public init(
        measured report: ImpactReport, name: String, frequency: Frequency = .month, units: Decimal,
        unitValue: Decimal, firstYearOnly: Bool = false, retentionAdjusted: Bool? = nil
    ) throws {
        func decimal(_ value: Double) -> Decimal {
            value.isFinite ? Decimal(string: String(format: "%.6f", value)) ?? .nan : .nan
        }
        try self.init(
            name: name, change: .controlGroup(trained: decimal(report.estimate.value), control: 0),
            direction: report.measure.lowerIsBetter ? .lowerIsBetter : .higherIsBetter, frequency: frequency,
            units: units, attribution: 1, confidence: decimal(Benefit.conservativeConfidence(of: report)),
            unitValue: unitValue, firstYearOnly: firstYearOnly, retentionAdjusted: retentionAdjusted)
    }

    /// This claimed benefit with its change replaced by a measured one: the same name, frequency, units, unit
    /// value and adjustments, with the change, direction, attribution and confidence of
    /// ``init(measured:name:frequency:units:unitValue:firstYearOnly:retentionAdjusted:)``. Use it to set the
    /// measured value beside the claimed one; the measure must be the one the claim is about.
    ///
    /// - Parameter report: The measured impact.
    /// - Returns: The measured benefit.
    /// - Throws: ``ROIError`` as the initialiser does.
    public func measured(by report: ImpactReport) throws -> Benefit {
        try Benefit(
            measured: report, name: name, frequency: frequency, units: units, unitValue: unitValue,
            firstYearOnly: firstYearOnly, retentionAdjusted: retentionAdjusted)
    }
}
