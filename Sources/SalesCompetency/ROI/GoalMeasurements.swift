/// Measured values to check against the source model's targets; every field is optional and only the goals with
/// their measurements are judged.
///
/// ```json
/// {"retentionAfterOneYear": 0.86, "nonInducedChurnBefore": 0.24, "nonInducedChurnAfter": 0.15,
///  "salesCycleDaysBefore": 92, "salesCycleDaysAfter": 85, "salesCycleYears": 1}
/// ```
public struct GoalMeasurements: Hashable, Sendable, Codable {
    /// The fraction of the training retained a year after it (from assessments), 0…1.
    public var retentionAfterOneYear: Double?
    /// The non-induced churn rate before the investment, 0…1.
    public var nonInducedChurnBefore: Double?
    /// The non-induced churn rate after the investment, 0…1.
    public var nonInducedChurnAfter: Double?
    /// The sales cycle in days before, > 0.
    public var salesCycleDaysBefore: Double?
    /// The sales cycle in days after, > 0.
    public var salesCycleDaysAfter: Double?
    /// The years between the two cycle measurements, > 0. Default 1.
    public var salesCycleYears: Double?

    /// Creates measurements, checking the ranges.
    ///
    /// - Parameters:
    ///   - retentionAfterOneYear: Retention a year after training, 0…1.
    ///   - nonInducedChurnBefore: Churn rate before, 0…1.
    ///   - nonInducedChurnAfter: Churn rate after, 0…1.
    ///   - salesCycleDaysBefore: Cycle days before, > 0.
    ///   - salesCycleDaysAfter: Cycle days after, > 0.
    ///   - salesCycleYears: Years between the cycle measurements, > 0.
    /// - Throws: ``ValidationError`` naming the field out of range or not finite.
    public init(
        retentionAfterOneYear: Double? = nil, nonInducedChurnBefore: Double? = nil,
        nonInducedChurnAfter: Double? = nil, salesCycleDaysBefore: Double? = nil,
        salesCycleDaysAfter: Double? = nil, salesCycleYears: Double? = nil
    ) throws {
        if let retentionAfterOneYear { try ROICheck.unit(retentionAfterOneYear, "retentionAfterOneYear") }
        if let nonInducedChurnBefore { try ROICheck.unit(nonInducedChurnBefore, "nonInducedChurnBefore") }
        if let nonInducedChurnAfter { try ROICheck.unit(nonInducedChurnAfter, "nonInducedChurnAfter") }
        if let salesCycleDaysBefore { try ROICheck.positive(salesCycleDaysBefore, "salesCycleDaysBefore") }
        if let salesCycleDaysAfter { try ROICheck.positive(salesCycleDaysAfter, "salesCycleDaysAfter") }
        if let salesCycleYears { try ROICheck.positive(salesCycleYears, "salesCycleYears") }
        self.retentionAfterOneYear = retentionAfterOneYear
        self.nonInducedChurnBefore = nonInducedChurnBefore
        self.nonInducedChurnAfter = nonInducedChurnAfter
        self.salesCycleDaysBefore = salesCycleDaysBefore
        self.salesCycleDaysAfter = salesCycleDaysAfter
        self.salesCycleYears = salesCycleYears
    }

    private enum CodingKeys: String, CodingKey {
        case retentionAfterOneYear, nonInducedChurnBefore, nonInducedChurnAfter, salesCycleDaysBefore
        case salesCycleDaysAfter, salesCycleYears
    }

    /// Decodes the shape above, checking the ranges.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            retentionAfterOneYear: try c.decodeIfPresent(Double.self, forKey: .retentionAfterOneYear),
            nonInducedChurnBefore: try c.decodeIfPresent(Double.self, forKey: .nonInducedChurnBefore),
            nonInducedChurnAfter: try c.decodeIfPresent(Double.self, forKey: .nonInducedChurnAfter),
            salesCycleDaysBefore: try c.decodeIfPresent(Double.self, forKey: .salesCycleDaysBefore),
            salesCycleDaysAfter: try c.decodeIfPresent(Double.self, forKey: .salesCycleDaysAfter),
            salesCycleYears: try c.decodeIfPresent(Double.self, forKey: .salesCycleYears))
    }
}
