import Foundation
import SalesCompetency
import Testing

struct BenefitTests {
    @Test func annualisesTheMeasuredChange() throws {
        // Cycle days: before 90, after 81, lower is better → improvement 9 days per deal; 40 deals a quarter
        // → 160 a year; value of a day 25; attribution 0.6, confidence 0.75:
        // 9 × 40 × 4 × 0.6 × 0.75 × 25 = 16 200 a year.
        let benefit = try Benefit(
            name: "Shorter cycle", change: .beforeAfter(before: 90, after: 81), direction: .lowerIsBetter,
            frequency: .quarter, units: 40, attribution: Decimal(string: "0.6")!,
            confidence: Decimal(string: "0.75")!, unitValue: 25)
        #expect(benefit.improvement == 9)
        #expect(benefit.annualValue == 16_200)
    }

    @Test func aWorseningIsANegativeBenefit() throws {
        // Trained 9 vs control 10 deals a year, higher is better: −1 × 1 × 1 × 1 × 1 × 500 = −500.
        let benefit = try Benefit(
            name: "Deals", change: .controlGroup(trained: 9, control: 10), frequency: .year, attribution: 1,
            confidence: 1, unitValue: 500)
        #expect(benefit.annualValue == -500)
    }

    @Test func rejectsRatesOutsideZeroToOneAndNegativeValues() {
        func make(attribution: Decimal = 1, confidence: Decimal = 1, unitValue: Decimal = 1, units: Decimal = 1) throws
        {
            _ = try Benefit(
                name: "B", change: .beforeAfter(before: 0, after: 1), units: units, attribution: attribution,
                confidence: confidence, unitValue: unitValue)
        }
        #expect { try make(attribution: Decimal(string: "1.01")!) } throws: {
            ($0 as? ValidationError)?.field == "attribution"
        }
        #expect { try make(confidence: -1) } throws: { ($0 as? ValidationError)?.field == "confidence" }
        #expect { try make(unitValue: -1) } throws: { ($0 as? ValidationError)?.code == .negativeValue }
        #expect { try make(units: .nan) } throws: { ($0 as? ValidationError)?.code == .notFinite }
        #expect {
            _ = try Benefit(
                name: "B", change: .beforeAfter(before: .nan, after: 1), attribution: 1, confidence: 1, unitValue: 1)
        } throws: { ($0 as? ValidationError)?.field == "change.before" }
    }
}
