public import Foundation

/// What an investment returns over a horizon: fully loaded costs, retention-adjusted benefits, BCR, ROI %,
/// payback, discounted cash flows with NPV, seat adoption, and progress against the source model's goals.
///
/// Every amount keeps full `Decimal` precision; round only to show it (the command-line tool
/// rounds half away from zero).
public struct ROIReport: Hashable, Sendable, Codable {
    /// What one cost item costs over the horizon.
    public struct CostLine: Hashable, Sendable, Codable {
        /// The item's name.
        public let name: String
        /// The item's kind (`oneTime`, `monthly`, …).
        public let kind: String
        /// The total over the horizon.
        public let total: Decimal
    }

    /// What one benefit brings over the horizon.
    public struct BenefitLine: Hashable, Sendable, Codable {
        /// The benefit's name.
        public let name: String
        /// The annual value before retention: improvement × units × periods × attribution × confidence ×
        /// unit value.
        public let annualValue: Decimal
        /// Whether each month was scaled by retention.
        public let retentionAdjusted: Bool
        /// Whether only the first year counts.
        public let firstYearOnly: Bool
        /// The total over the horizon, after retention.
        public let total: Decimal
    }

    /// The investment.
    public let investmentID: Investment.ID
    /// Its name.
    public let name: String
    /// Its category.
    public let category: Investment.Category
    /// Its one accountable owner.
    public let ownerID: Rep.ID
    /// Its start.
    public let startsOn: Day
    /// The horizon in years.
    public let horizonYears: Int
    /// The cost of each item over the horizon.
    public let costLines: [CostLine]
    /// The value of each benefit over the horizon.
    public let benefitLines: [BenefitLine]
    /// Costs per month: index 0 is the start (t = 0), then months 1…12 × horizon.
    public let monthlyCosts: [Decimal]
    /// Benefits per month, after retention, indexed like ``monthlyCosts``.
    public let monthlyBenefits: [Decimal]
    /// BCR, ROI % and payback on the undiscounted totals over the horizon.
    public let totals: ROIRatios
    /// The first month (≥ 1) in which cumulative benefits reach cumulative costs, or `nil` within the
    /// horizon.
    public let breakEvenMonth: Int?
    /// The yearly flows, discounted.
    public let cashFlows: DiscountedCashFlows
    /// BCR and ROI % on present values.
    public let presentValueRatios: ROIRatios
    /// Seats bought against used, when the investment has both.
    public let adoption: SeatAdoption?
    /// The modelled retention on day 365, when a benefit is retention-adjusted.
    public let modelledRetentionAfterOneYear: Double?
    /// The measured values judged against the goals.
    public let goals: [GoalResult]
    /// The benefits recorded but not monetised.
    public let intangibles: [String]
}
