public import Foundation

/// Computes what an investment returns over a horizon of whole years.
///
/// The model, month by month from the investment's start:
///
/// - Costs: one-time, per-seat and participants'-time items at month 0 (t = 0); monthly items in months
///   1…n (n = their `months`, else the program's months, else the horizon).
/// - Benefits: each benefit's annual value ÷ 12 in months 1…12 × horizon (1…12 when first-year-only). A
///   retention-adjusted benefit is multiplied in month m by the retention R at the middle of the month,
///   day (m − ½) × 365 ÷ 12, from the investment's ``RetentionAssumption``: knowledge that is forgotten
///   produces no benefit, and reinforcements keep it producing. R is rounded to 9 decimals before it
///   multiplies money.
/// - Year 0 is month 0; year k is months 12(k − 1) + 1 … 12k. Those yearly flows are discounted
///   (``DiscountedCashFlows``).
/// - Totals: BCR, ROI % and payback (costs ÷ average monthly benefit over the horizon) in ``ROIRatios``.
///
/// ```swift
/// let report = try ROICalculator(horizonYears: 3, discountRate: 0.1).report(for: investment)
/// report.totals.roiPercent
/// report.cashFlows.netPresentValue
/// ```
public struct ROICalculator: Hashable, Sendable {
    /// The years analysed, 1…50.
    public let horizonYears: Int
    /// The yearly discount rate, 0…1.
    public let discountRate: Decimal
    /// The targets measured values are judged against.
    public let goals: SalesGoals

    /// Creates a calculator.
    ///
    /// - Parameters:
    ///   - horizonYears: The years analysed, 1…50. Default 3.
    ///   - discountRate: The yearly discount rate, 0…1. Default 0.10.
    ///   - goals: The targets. Default ``SalesGoals/default``.
    /// - Throws: ``ValidationError`` naming `horizonYears` or `discountRate`.
    public init(horizonYears: Int = 3, discountRate: Decimal = Decimal(string: "0.10")!, goals: SalesGoals = .default)
        throws
    {
        guard (1...50).contains(horizonYears) else {
            throw ValidationError(
                .outOfRange, field: "horizonYears", message: "must be between 1 and 50, found \(horizonYears)")
        }
        try ROICheck.unit(discountRate, "discountRate")
        self.horizonYears = horizonYears
        self.discountRate = discountRate
        self.goals = goals
    }

    /// The retention factor for month `month`: R at day (month − ½) × 365 ÷ 12, rounded to 9 decimals.
    static func retentionFactor(_ timeline: RetentionTimeline, month: Int) -> Decimal {
        let day = (Double(month) - 0.5) * 365 / 12
        let text = NumberFormatting.fixed(timeline.retention(atDay: day), decimals: 9)
        return Decimal(plainDecimal: text) ?? 0
    }

    /// Computes the report.
    ///
    /// - Parameter investment: The investment.
    /// - Returns: Costs, benefits, ratios, discounted flows, adoption and goals.
    /// - Throws: ``ValidationError`` naming the investment: `zeroCosts` when the fully loaded costs are 0, or an
    ///   error from the retention assumption or the goal measurements.
    /// - Complexity: O((c + b) · 12 · horizon) for c cost items and b benefits.
    public func report(for investment: Investment) throws -> ROIReport {
        do {
            return try makeReport(investment)
        } catch let error as ValidationError {
            throw error.within(nil, subject: "investment \(investment.id)")
        }
    }

    private func makeReport(_ investment: Investment) throws -> ROIReport {
        let months = 12 * horizonYears
        let defaultMonths = investment.programMonths ?? months
        var monthlyCosts = [Decimal](repeating: 0, count: months + 1)
        var costLines: [ROIReport.CostLine] = []
        var seatSpend: Decimal = 0
        for item in investment.costs {
            var total: Decimal = 0
            for month in 0...months {
                let amount = item.amount(
                    inMonth: month, seats: investment.seatsBought ?? 0, participants: investment.participants,
                    defaultMonths: defaultMonths)
                monthlyCosts[month] += amount
                total += amount
            }
            if item.isPerSeat { seatSpend += total }
            costLines.append(ROIReport.CostLine(name: item.name, kind: item.kind.name, total: total))
        }

        let retentionAssumption = investment.retention ?? .default
        let timeline: RetentionTimeline
        do {
            timeline = try retentionAssumption.timeline()
        } catch let error as ValidationError {
            throw error.within("retention", subject: nil)
        }
        let factors = (0...months).map { $0 == 0 ? Decimal(0) : Self.retentionFactor(timeline, month: $0) }
        var monthlyBenefits = [Decimal](repeating: 0, count: months + 1)
        var benefitLines: [ROIReport.BenefitLine] = []
        var anyAdjusted = false
        for benefit in investment.benefits {
            let adjusted = benefit.retentionAdjusted ?? investment.category.decaysWithForgetting
            anyAdjusted = anyAdjusted || adjusted
            let perMonth = benefit.annualValue / 12
            let lastMonth = benefit.firstYearOnly ? min(12, months) : months
            var total: Decimal = 0
            for month in 1...lastMonth {
                let amount = adjusted ? perMonth * factors[month] : perMonth
                monthlyBenefits[month] += amount
                total += amount
            }
            benefitLines.append(
                ROIReport.BenefitLine(
                    name: benefit.name, annualValue: benefit.annualValue, retentionAdjusted: adjusted,
                    firstYearOnly: benefit.firstYearOnly, total: total))
        }

        let totalCosts = monthlyCosts.reduce(0, +)
        let totalBenefits = monthlyBenefits.reduce(0, +)
        let totals = try ROIRatios(benefits: totalBenefits, costs: totalCosts, months: months)
        var cumulative: Decimal = monthlyBenefits[0] - monthlyCosts[0]
        var breakEven: Int?
        for month in 1...months {
            cumulative += monthlyBenefits[month] - monthlyCosts[month]
            if cumulative >= 0 {
                breakEven = month
                break
            }
        }
        var yearlyCosts = [monthlyCosts[0]]
        var yearlyBenefits = [monthlyBenefits[0]]
        for year in 1...horizonYears {
            let range = (12 * (year - 1) + 1)...(12 * year)
            yearlyCosts.append(range.reduce(0) { $0 + monthlyCosts[$1] })
            yearlyBenefits.append(range.reduce(0) { $0 + monthlyBenefits[$1] })
        }
        let cashFlows = try DiscountedCashFlows(
            costs: yearlyCosts, benefits: yearlyBenefits, discountRate: discountRate)

        var adoption: SeatAdoption?
        if let bought = investment.seatsBought, let used = investment.seatsUsed {
            adoption = try SeatAdoption(seatsBought: bought, seatsUsed: used, seatSpend: seatSpend)
        }
        let goalResults: [GoalResult]
        do {
            goalResults = try investment.measured.map(goals.evaluate) ?? []
        } catch let error as ValidationError {
            throw error.within("measured", subject: nil)
        }
        return ROIReport(
            investmentID: investment.id, name: investment.name, category: investment.category,
            ownerID: investment.ownerID, startsOn: investment.startsOn, horizonYears: horizonYears,
            costLines: costLines, benefitLines: benefitLines, monthlyCosts: monthlyCosts,
            monthlyBenefits: monthlyBenefits, totals: totals, breakEvenMonth: breakEven, cashFlows: cashFlows,
            presentValueRatios: try cashFlows.presentValueRatios(), adoption: adoption,
            modelledRetentionAfterOneYear: anyAdjusted ? timeline.retention(atDay: 365) : nil,
            goals: goalResults, intangibles: investment.intangibles)
    }
}
