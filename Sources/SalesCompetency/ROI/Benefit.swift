public import Foundation

/// A monetised benefit of an investment: a measured change × attribution × confidence × unit value,
/// annualised.
///
/// annual value = improvement × units × periods per year × attribution × confidence × unit value, where
///
/// - improvement = after − before (or trained − control group), negated when lower is better (days of
///   sales cycle, churned reps);
/// - units = how many the per-unit change applies to (participants, accounts);
/// - periods per year = 12 for a change measured per month, 4 per quarter, 1 per year;
/// - attribution (isolation) = the share of the change due to this investment, 0…1;
/// - confidence = how sure the estimate is, 0…1 (the usual conservative adjustment);
/// - unit value = the margin or value of one unit of the measure (gross margin per deal won, value of a
///   day of cycle).
///
/// ```json
/// {"name": "More deals won", "change": {"before": 2.0, "after": 2.3}, "per": "month", "units": 20,
///  "attribution": 0.5, "confidence": 0.8, "unitValue": 4000}
/// ```
///
/// Optional keys: `"direction": "lowerIsBetter"` (default `higherIsBetter`), `"firstYearOnly": true` for
/// a short program whose effect is not expected to last, and `"retentionAdjusted"` (default: true for
/// training and coaching investments) to scale each month by the knowledge still retained.
public struct Benefit: Hashable, Sendable, Codable {
    /// How the change was measured.
    public enum Change: Hashable, Sendable {
        /// The same people before and after the investment.
        case beforeAfter(before: Decimal, after: Decimal)
        /// A trained group against a control group over the same time.
        case controlGroup(trained: Decimal, control: Decimal)
    }

    /// Which way is better for the measure.
    public enum Direction: String, Hashable, Sendable, Codable {
        /// More is better (deals won, revenue).
        case higherIsBetter
        /// Less is better (cycle days, churn).
        case lowerIsBetter
    }

    /// The time the measured change refers to.
    public enum Frequency: String, Hashable, Sendable, Codable {
        /// A change per week: 52 per year.
        case week
        /// A change per month: 12 per year.
        case month
        /// A change per quarter: 4 per year.
        case quarter
        /// A change per year.
        case year

        /// How many such periods make a year.
        public var perYear: Decimal {
            switch self {
            case .week: 52
            case .month: 12
            case .quarter: 4
            case .year: 1
            }
        }
    }

    /// What the benefit is.
    public var name: String
    /// The measured change.
    public var change: Change
    /// Which way is better.
    public var direction: Direction
    /// The time the change refers to.
    public var frequency: Frequency
    /// How many the per-unit change applies to.
    public var units: Decimal
    /// The share of the change due to this investment, 0…1.
    public var attribution: Decimal
    /// How sure the estimate is, 0…1.
    public var confidence: Decimal
    /// The margin or value of one unit of the measure.
    public var unitValue: Decimal
    /// Whether the benefit counts in the first year only.
    public var firstYearOnly: Bool
    /// Whether each month is scaled by retention; `nil` means yes for training and coaching investments.
    public var retentionAdjusted: Bool?

    /// Creates a benefit, checking its figures.
    ///
    /// - Parameters:
    ///   - name: What the benefit is; not empty.
    ///   - change: The measured change; values not NaN.
    ///   - direction: Which way is better. Default higher.
    ///   - frequency: The time the change refers to. Default a month.
    ///   - units: How many the per-unit change applies to, ≥ 0. Default 1.
    ///   - attribution: The share due to this investment, 0…1.
    ///   - confidence: How sure the estimate is, 0…1.
    ///   - unitValue: The margin or value of one unit, ≥ 0.
    ///   - firstYearOnly: Count the first year only. Default `false`.
    ///   - retentionAdjusted: Scale by retention; `nil` decides by the investment's category.
    /// - Throws: ``ValidationError`` naming the field.
    public init(
        name: String, change: Change, direction: Direction = .higherIsBetter, frequency: Frequency = .month,
        units: Decimal = 1, attribution: Decimal, confidence: Decimal, unitValue: Decimal,
        firstYearOnly: Bool = false, retentionAdjusted: Bool? = nil
    ) throws {
        try ROICheck.text(name, "name")
        switch change {
        case .beforeAfter(let before, let after):
            try ROICheck.finite(before, "change.before")
            try ROICheck.finite(after, "change.after")
        case .controlGroup(let trained, let control):
            try ROICheck.finite(trained, "change.trained")
            try ROICheck.finite(control, "change.control")
        }
        try ROICheck.nonNegative(units, "units")
        try ROICheck.unit(attribution, "attribution")
        try ROICheck.unit(confidence, "confidence")
        try ROICheck.nonNegative(unitValue, "unitValue")
        self.name = name
        self.change = change
        self.direction = direction
        self.frequency = frequency
        self.units = units
        self.attribution = attribution
        self.confidence = confidence
        self.unitValue = unitValue
        self.firstYearOnly = firstYearOnly
        self.retentionAdjusted = retentionAdjusted
    }

    /// The improvement per unit and period: after − before (trained − control), negated when lower is
    /// better. Negative when things got worse.
    public var improvement: Decimal {
        let raw: Decimal
        switch change {
        case .beforeAfter(let before, let after): raw = after - before
        case .controlGroup(let trained, let control): raw = trained - control
        }
        return direction == .higherIsBetter ? raw : -raw
    }

    /// The annual value: improvement × units × periods per year × attribution × confidence × unit value.
    public var annualValue: Decimal {
        improvement * units * frequency.perYear * attribution * confidence * unitValue
    }

    private enum CodingKeys: String, CodingKey {
        case name, change, direction, per, units, attribution, confidence, unitValue, firstYearOnly
        case retentionAdjusted
    }

    private enum ChangeKeys: String, CodingKey { case before, after, trained, control }

    /// Decodes the shape above, checking the figures.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let changes = try container.nestedContainer(keyedBy: ChangeKeys.self, forKey: .change)
        let change: Change
        if changes.contains(.before) || changes.contains(.after) {
            change = .beforeAfter(
                before: try changes.decode(Decimal.self, forKey: .before),
                after: try changes.decode(Decimal.self, forKey: .after))
        } else if changes.contains(.trained) || changes.contains(.control) {
            change = .controlGroup(
                trained: try changes.decode(Decimal.self, forKey: .trained),
                control: try changes.decode(Decimal.self, forKey: .control))
        } else {
            throw ValidationError(
                .missingValue, field: "change", message: "needs before and after, or trained and control")
        }
        try self.init(
            name: try container.decode(String.self, forKey: .name), change: change,
            direction: try container.decodeIfPresent(Direction.self, forKey: .direction) ?? .higherIsBetter,
            frequency: try container.decodeIfPresent(Frequency.self, forKey: .per) ?? .month,
            units: try container.decodeIfPresent(Decimal.self, forKey: .units) ?? 1,
            attribution: try container.decode(Decimal.self, forKey: .attribution),
            confidence: try container.decode(Decimal.self, forKey: .confidence),
            unitValue: try container.decode(Decimal.self, forKey: .unitValue),
            firstYearOnly: try container.decodeIfPresent(Bool.self, forKey: .firstYearOnly) ?? false,
            retentionAdjusted: try container.decodeIfPresent(Bool.self, forKey: .retentionAdjusted))
    }

    /// Encodes the shape above, with every key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        var changes = container.nestedContainer(keyedBy: ChangeKeys.self, forKey: .change)
        switch change {
        case .beforeAfter(let before, let after):
            try changes.encode(before, forKey: .before)
            try changes.encode(after, forKey: .after)
        case .controlGroup(let trained, let control):
            try changes.encode(trained, forKey: .trained)
            try changes.encode(control, forKey: .control)
        }
        try container.encode(direction, forKey: .direction)
        try container.encode(frequency, forKey: .per)
        try container.encode(units, forKey: .units)
        try container.encode(attribution, forKey: .attribution)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(unitValue, forKey: .unitValue)
        try container.encode(firstYearOnly, forKey: .firstYearOnly)
        try container.encodeIfPresent(retentionAdjusted, forKey: .retentionAdjusted)
    }
}
