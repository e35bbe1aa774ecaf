public import Foundation

/// Yearly cash flows discounted to present values: NPV, and BCR and ROI % on present values.
///
/// Year 0 is the initial outlay at t = 0 and is not discounted; the flows of year k are discounted by
/// (1 + r)^k, computed by k exact `Decimal` multiplications (no floating-point power):
///
/// PV_k = flow_k ÷ (1 + r)^k, NPV = Σ PV(benefits_k) − Σ PV(costs_k).
///
/// For costs [1000, 0, 0] and benefits [0, 600, 600] at 10%: NPV = −1000 + 600 ÷ 1.1 + 600 ÷ 1.21
/// = −1000 + 545.4545… + 495.8677… = 41.3223…, BCR on present values = 1041.3223… ÷ 1000 = 1.0413…,
/// ROI = 4.1322…%.
public struct DiscountedCashFlows: Hashable, Sendable, Codable {
    /// One year's flows.
    public struct Year: Hashable, Sendable, Codable {
        /// The year: 0 for the initial outlay, then 1, 2, …
        public let year: Int
        /// Costs falling in the year.
        public let costs: Decimal
        /// Benefits falling in the year.
        public let benefits: Decimal
        /// Benefits − costs.
        public let net: Decimal
        /// (1 + r)^year.
        public let discountFactor: Decimal
        /// Costs ÷ discount factor.
        public let presentCosts: Decimal
        /// Benefits ÷ discount factor.
        public let presentBenefits: Decimal
        /// Net ÷ discount factor.
        public let presentNet: Decimal
    }

    /// The yearly discount rate r, 0…1.
    public let discountRate: Decimal
    /// The years, from 0.
    public let years: [Year]
    /// Σ present costs.
    public let presentCosts: Decimal
    /// Σ present benefits.
    public let presentBenefits: Decimal
    /// Net present value: present benefits − present costs.
    public let netPresentValue: Decimal

    /// Discounts the flows.
    ///
    /// - Parameters:
    ///   - costs: Costs per year, index 0 = t = 0; each ≥ 0.
    ///   - benefits: Benefits per year, the same length; not NaN.
    ///   - discountRate: r, 0…1 (0.10 for 10%).
    /// - Throws: ``ValidationError``: `mismatchedLengths` when the series differ in length or are empty,
    ///   `negativeValue` for a negative cost (`costs[k]`), `outOfRange` for a rate outside 0…1, `notFinite`
    ///   for NaN.
    /// - Complexity: O(n²) multiplications for n years (n is small).
    public init(costs: [Decimal], benefits: [Decimal], discountRate: Decimal) throws {
        guard !costs.isEmpty, costs.count == benefits.count else {
            throw ValidationError(
                .mismatchedLengths, field: "benefits",
                message: "needs one value per year like costs (\(costs.count)), found \(benefits.count)")
        }
        try ROICheck.unit(discountRate, "discountRate")
        var years: [Year] = []
        var factor: Decimal = 1
        for year in costs.indices {
            try ROICheck.nonNegative(costs[year], "costs[\(year)]")
            try ROICheck.finite(benefits[year], "benefits[\(year)]")
            if year > 0 { factor *= 1 + discountRate }
            let net = benefits[year] - costs[year]
            years.append(
                Year(
                    year: year, costs: costs[year], benefits: benefits[year], net: net, discountFactor: factor,
                    presentCosts: costs[year] / factor, presentBenefits: benefits[year] / factor,
                    presentNet: net / factor))
        }
        self.discountRate = discountRate
        self.years = years
        self.presentCosts = years.reduce(0) { $0 + $1.presentCosts }
        self.presentBenefits = years.reduce(0) { $0 + $1.presentBenefits }
        self.netPresentValue = presentBenefits - presentCosts
    }

    /// BCR, ROI % and payback on present values (payback months over the years after year 0).
    ///
    /// - Returns: The ratios of present benefits to present costs.
    /// - Throws: ``ValidationError`` with code `zeroCosts` when present costs are 0.
    public func presentValueRatios() throws -> ROIRatios {
        try ROIRatios(benefits: presentBenefits, costs: presentCosts, months: max(1, (years.count - 1) * 12))
    }
}
