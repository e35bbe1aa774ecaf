public import Foundation

/// The benefit-cost ratio, ROI % and payback of a benefit total against a cost total.
///
/// - BCR = benefits ÷ costs: how many of currency are returned per unit spent (1.5 means 1.50 back for
///   every 1.00).
/// - ROI % = (benefits − costs) ÷ costs × 100: the *net* return (the same investment has ROI 50%).
///   BCR = 1 + ROI % ÷ 100, always; the two are never interchangeable.
/// - Payback months = costs ÷ monthly benefits, with monthly benefits = benefits ÷ the months they cover;
///   `nil` when benefits are zero or negative (it never pays back).
///
/// ```swift
/// let ratios = try ROIRatios(benefits: 150_000, costs: 100_000)
/// ratios.benefitCostRatio   // 1.5
/// ratios.roiPercent         // 50
/// ratios.paybackMonths      // 8  (100 000 ÷ 12 500 a month)
/// ```
public struct ROIRatios: Hashable, Sendable, Codable {
    /// The benefits, over ``months``.
    public let benefits: Decimal
    /// The fully loaded costs.
    public let costs: Decimal
    /// The months the benefits cover.
    public let months: Int
    /// Benefits − costs.
    public let netBenefits: Decimal
    /// Benefits ÷ costs.
    public let benefitCostRatio: Decimal
    /// (Benefits − costs) ÷ costs × 100.
    public let roiPercent: Decimal
    /// Costs ÷ (benefits ÷ months), or `nil` when benefits ≤ 0.
    public let paybackMonths: Decimal?

    /// Computes the ratios.
    ///
    /// - Parameters:
    ///   - benefits: The benefits over `months` (may be negative: things got worse); not NaN.
    ///   - costs: The costs, > 0.
    ///   - months: The months the benefits cover, ≥ 1. Default 12.
    /// - Throws: ``ValidationError`` with code `zeroCosts` when costs are 0, `negativeValue` when negative,
    ///   `notFinite` for NaN, `outOfRange` when months < 1.
    public init(benefits: Decimal, costs: Decimal, months: Int = 12) throws {
        try ROICheck.finite(benefits, "benefits")
        try ROICheck.nonNegative(costs, "costs")
        guard costs > 0 else {
            throw ValidationError(
                .zeroCosts, field: "costs", message: "are 0, so the benefit-cost ratio, ROI % and payback are undefined"
            )
        }
        guard months >= 1 else {
            throw ValidationError(.outOfRange, field: "months", message: "must be at least 1, found \(months)")
        }
        self.benefits = benefits
        self.costs = costs
        self.months = months
        self.netBenefits = benefits - costs
        self.benefitCostRatio = benefits / costs
        self.roiPercent = (benefits - costs) / costs * 100
        self.paybackMonths = benefits > 0 ? costs * Decimal(months) / benefits : nil
    }
}
