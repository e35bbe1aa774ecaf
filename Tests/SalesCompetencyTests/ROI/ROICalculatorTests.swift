import Foundation
import SalesCompetency
import Testing

struct ROICalculatorTests {
    static func decimal(_ text: String) -> Decimal { Decimal(plainDecimal: text)! }

    static func fixture(_ name: String) throws -> Investment {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/ROI"))
        return try Investment(jsonFile: url.path)
    }

    @Test func computesTheFullyLoadedCRMRollOut() throws {
        let report = try ROICalculator(horizonYears: 3, discountRate: Self.decimal("0.10"))
            .report(for: try Self.fixture("crm-rollout"))
        // Costs over 36 months: implementation 10 000 at t = 0; licences 50 × 20 seats = 1 000 a month × 36
        // = 36 000; participants' time 8 h × 20 × 75 = 12 000 at t = 0. Total 58 000.
        #expect(report.costLines.map(\.total) == [10_000, 36_000, 12_000])
        #expect(report.totals.costs == 58_000)
        #expect(report.monthlyCosts[0] == 22_000 && report.monthlyCosts[1] == 1_000 && report.monthlyCosts.count == 37)
        // Benefit: (2.5 − 2.0) × 20 × 12 × 0.5 × 0.8 × 1 000 = 48 000 a year; a CRM is not retention-adjusted,
        // so 4 000 a month and 144 000 over 3 years.
        #expect(report.benefitLines[0].annualValue == 48_000 && !report.benefitLines[0].retentionAdjusted)
        #expect(report.totals.benefits == 144_000)
        // BCR = 144 000 ÷ 58 000 = 2.482758…; ROI = 86 000 ÷ 58 000 × 100 = 148.275862…%.
        #expect(NumberFormatting.fixed(report.totals.benefitCostRatio, decimals: 6) == "2.482759")
        #expect(NumberFormatting.fixed(report.totals.roiPercent, decimals: 6) == "148.275862")
        // Payback = 58 000 ÷ (144 000 ÷ 36) = 58 000 ÷ 4 000 = 14.5 months.
        #expect(report.totals.paybackMonths == Self.decimal("14.5"))
        // Cumulative: −22 000 + 3 000 m ≥ 0 first at m = 8.
        #expect(report.breakEvenMonth == 8)
        // Years: costs [22 000, 12 000, 12 000, 12 000], benefits [0, 48 000 × 3]. Annuity factor at 10%:
        // 1/1.1 + 1/1.21 + 1/1.331 = 2.486851990984…; PV costs = 22 000 + 12 000 × 2.486852 = 51 842.223892;
        // PV benefits = 48 000 × 2.486852 = 119 368.895567; NPV = 67 526.671675.
        #expect(report.cashFlows.years.map(\.costs) == [22_000, 12_000, 12_000, 12_000])
        #expect(report.cashFlows.years.map(\.benefits) == [0, 48_000, 48_000, 48_000])
        #expect(report.cashFlows.years[3].discountFactor == Self.decimal("1.331"))
        #expect(NumberFormatting.fixed(report.cashFlows.presentCosts, decimals: 6) == "51842.223892")
        #expect(NumberFormatting.fixed(report.cashFlows.presentBenefits, decimals: 6) == "119368.895567")
        #expect(NumberFormatting.fixed(report.cashFlows.netPresentValue, decimals: 6) == "67526.671675")
        // On present values: BCR = 119 368.895567 ÷ 51 842.223892 = 2.302542; ROI = 130.254196%.
        #expect(NumberFormatting.fixed(report.presentValueRatios.benefitCostRatio, decimals: 6) == "2.302542")
        #expect(NumberFormatting.fixed(report.presentValueRatios.roiPercent, decimals: 6) == "130.254196")
        // Adoption: 15 of 20 seats, 75%; licences 36 000 × 5 idle ÷ 20 = 9 000 wasted.
        let adoption = try #require(report.adoption)
        #expect(adoption.idleSeats == 5 && adoption.utilisation == 0.75)
        #expect(adoption.seatSpend == 36_000 && adoption.wastedSpend == 9_000)
        #expect(report.ownerID == "rep-007" && report.intangibles == ["One pipeline view for managers"])
        #expect(report.modelledRetentionAfterOneYear == nil)
        // Goals: retention 0.86 < 0.90 (gap 0.04); churn (0.24 − 0.15) ÷ 0.24 = 0.375 < 0.5 (gap 0.125);
        // cycle 1 − 85/92 = 0.076087 ≥ 0.05, met but short of the 10% stretch.
        #expect(report.goals.map(\.isMet) == [false, false, true])
        #expect(abs(report.goals[0].gap - 0.04) < 1e-12 && abs(report.goals[1].gap - 0.125) < 1e-12)
        #expect(abs(report.goals[2].measured - 0.076086956522) < 1e-9 && !report.goals[2].reachesStretch)
    }

    private func training(
        retention: RetentionAssumption?, firstYearOnly: Bool = false, category: Investment.Category = .training
    ) throws -> Investment {
        try Investment(
            id: "negotiation", name: "Negotiation workshop", category: category, ownerID: "rep-1",
            startsOn: try Day(parsing: "2025-01-06"), participants: 10,
            costs: [try CostItem(name: "Fee", kind: .oneTime(amount: 5_000))],
            benefits: [
                try Benefit(
                    name: "Margin", change: .controlGroup(trained: 110, control: 100), frequency: .year, units: 10,
                    attribution: 1, confidence: 1, unitValue: 120, firstYearOnly: firstYearOnly)
            ],
            retention: retention)
    }

    @Test func forgottenKnowledgeProducesNoBenefit() throws {
        // Annual value (110 − 100) × 10 × 1 × 1 × 1 × 120 = 12 000, 1 000 a month at full retention.
        // Month m is scaled by R at day (m − ½) × 365/12 with S = 55.920144: a geometric series with
        // q = e^(−30.416667/55.920144), sum over 36 months = 1 000 · q^½ (1 − q^36) ÷ (1 − q) = 1 816.000776
        // (month 1 keeps 0.761881, and by day 365 retention is 0.001463).
        let report = try ROICalculator().report(for: try training(retention: nil))
        #expect(report.benefitLines[0].retentionAdjusted)
        #expect(abs(report.benefitLines[0].total - Self.decimal("1816.000776")) < Self.decimal("0.0001"))
        // Month 1: R(15.208333) = 0.76188077195 → rounded to 9 decimals 0.761880772 → 761.880772.
        #expect(report.monthlyBenefits[1] == Self.decimal("761.880772"))
        #expect(abs((report.modelledRetentionAfterOneYear ?? 0) - 0.001463148195) < 1e-9)
        // 1 816 of benefits against 5 000 of costs: ROI = (1 816.000776 − 5 000) ÷ 5 000 × 100 = −63.68%.
        #expect(NumberFormatting.fixed(report.totals.roiPercent, decimals: 2) == "-63.68")
    }

    @Test func reinforcementKeepsTheBenefitFlowing() throws {
        // With the planner's reinforcements on days 5, 16, 38, 83, 176 retention stays ≥ 0.9: the 12 monthly
        // factors (mid-month retention, worked out in Python from the same piecewise curve) sum to 11.319210,
        // so the first year is worth 11 319.21 of the 12 000.
        let assumption = try RetentionAssumption(reinforcementDays: [5, 16, 38, 83, 176])
        let report = try ROICalculator(horizonYears: 1).report(for: try training(retention: assumption))
        #expect(report.totals.benefits == Self.decimal("11319.210376"))
        #expect(report.monthlyBenefits.dropFirst().allSatisfy { $0 >= 900 })
    }

    @Test func firstYearOnlyStopsAfterTwelveMonths() throws {
        // A hardware investment is not retention-adjusted: 1 000 a month for 12 months, nothing after.
        let report = try ROICalculator(horizonYears: 3)
            .report(for: try training(retention: nil, firstYearOnly: true, category: .hardware))
        #expect(report.totals.benefits == 12_000)
        #expect(report.cashFlows.years.map(\.benefits) == [0, 12_000, 0, 0])
        // Payback = 5 000 ÷ (12 000 ÷ 36) = 15 months on the horizon average; cumulative break-even in month 5.
        #expect(report.totals.paybackMonths == 15 && report.breakEvenMonth == 5)
    }

    @Test func zeroCostsCannotGiveARatio() throws {
        let free = try Investment(
            id: "free-tool", name: "Free tool", category: .software, ownerID: "rep-1",
            startsOn: try Day(parsing: "2025-01-01"), costs: [try CostItem(name: "Nothing", kind: .oneTime(amount: 0))])
        #expect {
            _ = try ROICalculator().report(for: free)
        } throws: { error in
            let error = error as? ValidationError
            return error?.code == .zeroCosts && error?.subject == "investment free-tool"
        }
    }

    @Test func openEndedMonthlyCostsRunThroughTheProgram() throws {
        // Program January 15 to March 10, 2025: 3 months counting both ends, so 500 × 3 = 1 500.
        let investment = try Investment(
            id: "coaching-q1", name: "Q1 coaching", category: .coaching, ownerID: "rep-1",
            startsOn: try Day(parsing: "2025-01-15"), endsOn: try Day(parsing: "2025-03-10"),
            costs: [try CostItem(name: "Coach", kind: .monthly(amount: 500, months: nil))])
        #expect(investment.programMonths == 3)
        #expect(try ROICalculator().report(for: investment).totals.costs == 1_500)
    }

    @Test(arguments: [-1, 0, 51])
    func rejectsHorizonsOutOfRange(years: Int) {
        #expect(throws: ValidationError.self) { _ = try ROICalculator(horizonYears: years) }
    }

    @Test(arguments: ["-0.01", "1.5"])
    func rejectsDiscountRatesOutsideZeroToOne(rate: String) {
        #expect {
            _ = try ROICalculator(discountRate: Self.decimal(rate))
        } throws: { error in
            (error as? ValidationError)?.code == .outOfRange && (error as? ValidationError)?.field == "discountRate"
        }
    }
}
