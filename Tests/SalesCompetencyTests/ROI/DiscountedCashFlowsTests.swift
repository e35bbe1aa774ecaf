import Foundation
import SalesCompetency
import Testing

struct DiscountedCashFlowsTests {
    @Test func discountsYearKByOnePlusRToTheK() throws {
        // NPV of [−1000, 600, 600] at 10% = −1000 + 600/1.1 + 600/1.21 = −1000 + 545.4545… + 495.8677…
        // = 41.3223140495867768595041322314049587 (38 significant digits).
        let flows = try DiscountedCashFlows(costs: [1_000, 0, 0], benefits: [0, 600, 600], discountRate: 0.1)
        let expected = Decimal(plainDecimal: "41.3223140495867768595041322314049587")!
        #expect(abs(flows.netPresentValue - expected) < Decimal(string: "1e-30")!)
        // The initial outlay is not discounted.
        #expect(flows.years[0].discountFactor == 1 && flows.years[0].presentCosts == 1_000)
        #expect(flows.years[2].discountFactor == Decimal(string: "1.21"))
        #expect(NumberFormatting.fixed(flows.years[1].presentBenefits, decimals: 4) == "545.4545")
        #expect(NumberFormatting.fixed(flows.years[2].presentBenefits, decimals: 4) == "495.8678")
        // On present values: BCR = 1 041.3223 ÷ 1 000 = 1.0413; ROI = 4.1322%.
        let ratios = try flows.presentValueRatios()
        #expect(NumberFormatting.fixed(ratios.benefitCostRatio, decimals: 4) == "1.0413")
        #expect(NumberFormatting.fixed(ratios.roiPercent, decimals: 4) == "4.1322")
    }

    @Test func aZeroRateLeavesFlowsUndiscounted() throws {
        let flows = try DiscountedCashFlows(costs: [1_000, 100], benefits: [0, 1_500], discountRate: 0)
        #expect(flows.netPresentValue == 400)
    }

    @Test func discountsLongHorizonsExactly() throws {
        // 1.05^10 = 1.628894626777441 (exact: 1.62889462677744140625), computed by 10 Decimal multiplications.
        let flows = try DiscountedCashFlows(
            costs: Array(repeating: 0, count: 11), benefits: Array(repeating: 1, count: 11), discountRate: 0.05)
        #expect(flows.years[10].discountFactor == Decimal(string: "1.62889462677744140625"))
    }

    @Test func rejectsMismatchedNegativeAndOutOfRangeInputs() {
        #expect { _ = try DiscountedCashFlows(costs: [1], benefits: [1, 2], discountRate: 0.1) } throws: {
            ($0 as? ValidationError)?.code == .mismatchedLengths
        }
        #expect { _ = try DiscountedCashFlows(costs: [], benefits: [], discountRate: 0.1) } throws: {
            ($0 as? ValidationError)?.code == .mismatchedLengths
        }
        #expect { _ = try DiscountedCashFlows(costs: [1, -1], benefits: [0, 0], discountRate: 0.1) } throws: {
            ($0 as? ValidationError)?.field == "costs[1]"
        }
        #expect { _ = try DiscountedCashFlows(costs: [1], benefits: [0], discountRate: 2) } throws: {
            ($0 as? ValidationError)?.code == .outOfRange
        }
        #expect { _ = try DiscountedCashFlows(costs: [1], benefits: [.nan], discountRate: 0.1) } throws: {
            ($0 as? ValidationError)?.code == .notFinite
        }
        #expect {
            _ = try DiscountedCashFlows(costs: [0, 0], benefits: [0, 5], discountRate: 0.1).presentValueRatios()
        } throws: {
            ($0 as? ValidationError)?.code == .zeroCosts
        }
    }
}
