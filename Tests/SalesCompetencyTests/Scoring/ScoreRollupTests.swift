import SalesCompetency
import Testing

struct ScoreRollupTests {
    @Test func rollsUpByRoleManagerAndOrganisation() throws {
        let scorecards = try ScoringFixture.engine().score(ScoringFixture.log())
        let roster = try ScoringFixture.roster()
        let byRole = scorecards.rollups(by: .role, roster: roster)
        #expect(byRole.map(\.group) == ["analyst", "analyst", "consultant", "consultant"])
        // Consultants in January: r1 1.425 and 0.733333; r2 had no activity: 2 no-data, not averaged in →
        // mean 2.158333 / 2 = 1.079167; amber 1, green 1. February: r2 0.375 and 0.166667 (both red), r1 no data.
        let january = byRole[2]
        #expect(january.count == 2 && abs(january.meanScore! - (1.425 + 2.2 / 3) / 2) < 1e-12)
        #expect(january.red == 0 && january.amber == 1 && january.green == 1 && january.noData == 2)
        let february = byRole[3]
        #expect(abs(february.meanScore! - (0.375 + 0.5 / 3) / 2) < 1e-12)
        #expect(february.red == 2 && february.amber == 0 && february.green == 0 && february.noData == 2)
        // The analyst r3 has no data in February: no mean at all rather than 0.
        #expect(byRole[1].count == 0 && byRole[1].meanScore == nil && byRole[1].noData == 1)
        // m1 manages r1 and r2, so the team equals the consultants; r3 has no manager.
        let byManager = scorecards.rollups(by: .manager, roster: roster)
        #expect(byManager.map(\.group) == ["-", "-", "m1", "m1"])
        #expect(
            byManager[2]
                == ScoreRollup(
                    group: "m1", period: january.period, count: 2, meanScore: january.meanScore, noData: 2, red: 0,
                    amber: 1, green: 1))
        let organisation = scorecards.rollups(by: .organisation, roster: roster)
        #expect(organisation.map(\.count) == [3, 2] && organisation.map(\.noData) == [2, 3])
        #expect(organisation.map { $0.red + $0.amber + $0.green + $0.noData } == [5, 5])
        // January: 1.425 + 0.733333 + 1 = 3.158333 over 3.
        #expect(abs(organisation[0].meanScore! - (1.425 + 2.2 / 3 + 1) / 3) < 1e-12)
    }

    @Test func trendsComparePeriodOverPeriod() throws {
        let scorecards = try ScoringFixture.engine().score(ScoringFixture.log())
        let trends = scorecards.trends(by: .role, roster: try ScoringFixture.roster())
        #expect(trends[0].previousMeanScore == nil && trends[0].change == nil)
        // analyst: 1 → no data: no change rather than a drop to 0.
        #expect(trends[1].meanScore == nil && trends[1].change == nil)
        // consultant: 1.079167 → 0.270833, a drop of 0.808333; the first consultant point has no predecessor.
        #expect(trends[2].change == nil)
        let drop = (0.375 + 0.5 / 3) / 2 - (1.425 + 2.2 / 3) / 2
        #expect(abs(trends[3].change! - drop) < 1e-12)
    }

    @Test func coachingPrioritiesPutTheLargestGapFirst() throws {
        let scorecards = try ScoringFixture.engine().score(ScoringFixture.log())
        // r2 February: communicating 0.166667 (gap 0.833333), building 0.375 (gap 0.625).
        let priorities = scorecards.coachingPriorities(for: "r2", in: ScoringFixture.february)
        #expect(priorities.map(\.competency) == ["communicating-effectively", "building-relationships"])
        #expect(abs(priorities[0].gap - (1 - 0.5 / 3)) < 1e-12 && priorities[1].gap == 0.625)
        // Weakest task: communicating has emails 0.5 and replies 0 → replies; building has calls 0 → calls.
        #expect(priorities.map(\.weakestTask) == ["replies", "calls"])
        #expect(priorities.map(\.status) == [.red, .red])
        // r1 January met building (green): only communicating remains. Unknown reps get nothing.
        #expect(
            scorecards.coachingPriorities(for: "r1", in: ScoringFixture.january).map(\.competency) == [
                "communicating-effectively"
            ])
        #expect(scorecards.coachingPriorities(for: "m1", in: ScoringFixture.january).isEmpty)
        #expect(scorecards.coachingPriorities(for: "nobody", in: ScoringFixture.january).isEmpty)
    }
}
