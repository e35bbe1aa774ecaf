import Foundation
import SalesCompetency
import Testing

struct ROIRatiosTests {
    @Test func benefitCostRatioAndROIPercentAreDifferentFigures() throws {
        // The same numbers: benefits 150 000, costs 100 000. BCR = 150 000 ÷ 100 000 = 1.5;
        // ROI = (150 000 − 100 000) ÷ 100 000 × 100 = 50 (%). BCR = 1 + ROI ÷ 100.
        let ratios = try ROIRatios(benefits: 150_000, costs: 100_000)
        #expect(ratios.benefitCostRatio == Decimal(string: "1.5"))
        #expect(ratios.roiPercent == 50)
        #expect(ratios.netBenefits == 50_000)
        #expect(ratios.benefitCostRatio == 1 + ratios.roiPercent / 100)
        // Payback = 100 000 ÷ (150 000 ÷ 12) = 100 000 ÷ 12 500 = 8 months.
        #expect(ratios.paybackMonths == 8)
    }

    @Test func aLossHasABCRBelowOneAndANegativeROI() throws {
        // Benefits 40, costs 100: BCR 0.4, ROI −60%, payback 100 ÷ (40 ÷ 12) = 30 months.
        let ratios = try ROIRatios(benefits: 40, costs: 100)
        #expect(ratios.benefitCostRatio == Decimal(string: "0.4") && ratios.roiPercent == -60)
        #expect(ratios.paybackMonths == 30)
    }

    @Test func noPaybackWithoutPositiveBenefits() throws {
        #expect(try ROIRatios(benefits: 0, costs: 100).paybackMonths == nil)
        let negative = try ROIRatios(benefits: -20, costs: 100)
        #expect(negative.paybackMonths == nil && negative.roiPercent == -120)
    }

    @Test func rejectsZeroNegativeAndNaNCosts() {
        #expect { _ = try ROIRatios(benefits: 10, costs: 0) } throws: { ($0 as? ValidationError)?.code == .zeroCosts }
        #expect { _ = try ROIRatios(benefits: 10, costs: -5) } throws: {
            ($0 as? ValidationError)?.code == .negativeValue
        }
        #expect { _ = try ROIRatios(benefits: 10, costs: .nan) } throws: {
            ($0 as? ValidationError)?.code == .notFinite
        }
        #expect { _ = try ROIRatios(benefits: .nan, costs: 10) } throws: {
            ($0 as? ValidationError)?.code == .notFinite
        }
        #expect { _ = try ROIRatios(benefits: 10, costs: 10, months: 0) } throws: {
            ($0 as? ValidationError)?.field == "months"
        }
    }
}
