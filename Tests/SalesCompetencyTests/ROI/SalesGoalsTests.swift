import Foundation
import SalesCompetency
import Testing

struct SalesGoalsTests {
    @Test func judgesTheSeedsTargets() throws {
        // Retention 0.93 ≥ 0.90; churn (0.2 − 0.1) ÷ 0.2 = 0.5 ≥ 0.5 (exactly at the target);
        // cycle over 2 years 100 → 81 days: 1 − √0.81 = 0.1 a year, reaching the 10% stretch.
        let results = try SalesGoals.default.evaluate(
            try GoalMeasurements(
                retentionAfterOneYear: 0.93, nonInducedChurnBefore: 0.2, nonInducedChurnAfter: 0.1,
                salesCycleDaysBefore: 100, salesCycleDaysAfter: 81, salesCycleYears: 2))
        #expect(
            results.map(\.goal) == [.retentionAfterOneYear, .nonInducedChurnReduction, .salesCycleReductionPerYear])
        #expect(results.allSatisfy(\.isMet) && results.allSatisfy { $0.gap == 0 })
        #expect(abs(results[2].measured - 0.1) < 1e-12 && results[2].reachesStretch)
    }

    @Test func reportsTheGapWhenNotMet() throws {
        // Cycle 100 → 97 in a year: 3% < 5%, gap 2 points; churn 0.2 → 0.16: 20% < 50%, gap 0.3.
        let results = try SalesGoals.default.evaluate(
            try GoalMeasurements(
                nonInducedChurnBefore: 0.2, nonInducedChurnAfter: 0.16, salesCycleDaysBefore: 100,
                salesCycleDaysAfter: 97))
        #expect(results.map(\.isMet) == [false, false])
        #expect(abs(results[0].gap - 0.3) < 1e-12 && abs(results[1].gap - 0.02) < 1e-12)
    }

    @Test func rejectsAZeroBaselineAndHalfPairs() throws {
        #expect {
            _ = try SalesGoals.default.evaluate(try GoalMeasurements(nonInducedChurnBefore: 0, nonInducedChurnAfter: 0))
        } throws: { ($0 as? ValidationError)?.code == .zeroBaseline }
        #expect {
            _ = try SalesGoals.default.evaluate(try GoalMeasurements(salesCycleDaysAfter: 80))
        } throws: { ($0 as? ValidationError)?.field == "salesCycleDaysBefore" }
        #expect { _ = try GoalMeasurements(retentionAfterOneYear: 1.5) } throws: {
            ($0 as? ValidationError)?.code == .outOfRange
        }
        #expect { _ = try GoalMeasurements(salesCycleDaysBefore: .nan) } throws: {
            ($0 as? ValidationError)?.code == .notFinite
        }
        #expect { _ = try SalesGoals(retentionAfterOneYear: 2) } throws: {
            ($0 as? ValidationError)?.code == .outOfRange
        }
    }
}
