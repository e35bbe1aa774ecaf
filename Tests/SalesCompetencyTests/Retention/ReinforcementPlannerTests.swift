import SalesCompetency
import Testing

struct ReinforcementPlannerTests {
    @Test func findsTheFewestReinforcementsForTheSeedsTargets() throws {
        // 90% through day 365 with 80% forgotten after 90 days. An exhaustive search in Python over every
        // whole-day schedule (another method than the planner's levelled search) found no schedule with 4
        // reinforcements, and among those with 5 the best retention on day 365 is on days 5, 16, 38, 83, 176:
        // S = 55.92 → 105.92 → 215.92 → 435.92 → 885.92 → 1815.92, and R(365) = e^(−189/1815.92) = 0.901154.
        let plan = try ReinforcementPlanner(model: .default).plan()
        #expect(plan.isFeasible)
        #expect(plan.days == [5, 16, 38, 83, 176])
        #expect(plan.events.map(\.gapDays) == [5, 11, 22, 45, 93])
        #expect(abs(plan.events[4].stabilityAfter - 1815.920144110365) < 1e-9)
        #expect(abs(plan.retentionAtHorizon - 0.901153682950) < 1e-9)
        #expect(plan.minimumRetention >= 0.9)
        #expect(plan.fallsBelowTargetOnDay == nil)
        // Without reinforcement it cannot: retention falls below 90% on day 5.89.
        #expect(abs(try #require(plan.unreinforcedFallsBelowTargetOnDay) - 5.891775219128) < 1e-9)
        #expect(plan.summary.contains("falls below 90.0% on day 5.89"))
        #expect(plan.summary.contains("5, on days 5, 16, 38, 83, 176"))
    }

    @Test func findsTheFewestForTheSlowEndOfTheRange() throws {
        // 80% after 120 days: the same exhaustive search gives 5 events, best on 7, 22, 53, 116, 246 with
        // R(365) = 0.954134.
        let plan = try ReinforcementPlanner(model: .slowForgetting).plan()
        #expect(plan.days == [7, 22, 53, 116, 246])
        #expect(abs(plan.retentionAtHorizon - 0.954134200058) < 1e-9)
    }

    @Test func needsNoReinforcementWhenTheHorizonIsShort() throws {
        // R(5) = 0.914 ≥ 0.9: nothing to do.
        let plan = try ReinforcementPlanner(model: .default, horizonDays: 5).plan()
        #expect(plan.isFeasible && plan.events.isEmpty)
        #expect(plan.unreinforcedFallsBelowTargetOnDay == nil)
    }

    @Test func saysPlainlyWhenTooFewEventsAreAllowed() throws {
        // With at most 4 reinforcements the furthest any schedule holds 90% is 83 + 885.92 × 0.10536 = 176.34
        // (days 5, 16, 38, 83, by the same exhaustive search).
        let plan = try ReinforcementPlanner(model: .default, maximumEvents: 4).plan()
        #expect(!plan.isFeasible)
        #expect(plan.days == [5, 16, 38, 83])
        #expect(abs(try #require(plan.fallsBelowTargetOnDay) - 176.341003215) < 1e-6)
        #expect(plan.summary.contains("No schedule of at most 4 reinforcements at least 1 day apart"))
    }

    @Test func saysPlainlyWhenTheMinimumGapIsTooLong() throws {
        // Retention drops below 90% on day 5.89, so a first refresher 30 days after training comes too late.
        let plan = try ReinforcementPlanner(model: .default, minimumGapDays: 30).plan()
        #expect(!plan.isFeasible && plan.events.isEmpty)
        #expect(abs(try #require(plan.fallsBelowTargetOnDay) - 5.891775219128) < 1e-9)
    }

    @Test func withoutReinforcementItCannot() throws {
        let plan = try ReinforcementPlanner(model: .default, maximumEvents: 0).plan()
        #expect(!plan.isFeasible)
        #expect(plan.summary.contains("Without reinforcement retention falls below 90.0% on day 5.89"))
    }

    @Test(arguments: [
        (0.0, 365, 12, 1, "target"), (1.0, 365, 12, 1, "target"), (Double.nan, 365, 12, 1, "target"),
        (0.9, -1, 12, 1, "horizonDays"), (0.9, 3651, 12, 1, "horizonDays"), (0.9, 365, -1, 1, "maximumEvents"),
        (0.9, 365, 12, 0, "minimumGapDays"),
    ])
    func rejectsOutOfRangeLimits(target: Double, horizon: Int, events: Int, gap: Int, field: String) {
        #expect {
            _ = try ReinforcementPlanner(
                model: .default, target: target, horizonDays: horizon, maximumEvents: events, minimumGapDays: gap)
        } throws: { error in
            (error as? ValidationError)?.field == field
        }
    }
}
