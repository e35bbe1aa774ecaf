import SalesCompetency
import Testing

struct ScoreRollupTests {
    @Test func rollsUpByRoleManagerAndOrganisation() throws {
        let scorecards = try ScoringFixture.engine().score(ScoringFixture.log())
        let roster = try ScoringFixture.roster()
        let byRole = scorecards.rollups(by: .role, roster: roster)
        #expect(byRole.map(\.group) == ["analyst", "analyst", "consultant", "consultant"])
        // Consultants in January: r1 1.425 and 0.733333, r2 0.75 and 0 → mean 2.908333 / 4 = 0.727083;
        // red 1 (r2 communicating), amber 2, green 1. February: 0.75, 0, 0.375, 0.166667 → 1.291667 / 4.
        let january = byRole[2]
        #expect(january.count == 4 && abs(january.meanScore - (1.425 + 2.2 / 3 + 0.75) / 4) < 1e-12)
        #expect(january.red == 1 && january.amber == 2 && january.green == 1)
        let february = byRole[3]
        #expect(abs(february.meanScore - (0.75 + 0.375 + 0.5 / 3) / 4) < 1e-12)
        #expect(february.red == 3 && february.amber == 1 && february.green == 0)
        // m1 manages r1 and r2, so the team equals the consultants; r3 has no manager.
        let byManager = scorecards.rollups(by: .manager, roster: roster)
        #expect(byManager.map(\.group) == ["-", "-", "m1", "m1"])
        #expect(
            byManager[2]
                == ScoreRollup(
                    group: "m1", period: january.period, count: 4, meanScore: january.meanScore, red: 1, amber: 2,
                    green: 1))
        let organisation = scorecards.rollups(by: .organisation, roster: roster)
        #expect(organisation.map(\.count) == [5, 5])
        #expect(organisation.map { $0.red + $0.amber + $0.green } == [5, 5])
        // January: 1.425 + 0.733333 + 0.75 + 0 + 1 = 3.908333 over 5.
        #expect(abs(organisation[0].meanScore - (1.425 + 2.2 / 3 + 0.75 + 1) / 5) < 1e-12)
    }

    @Test func trendsComparePeriodOverPeriod() throws {
        let scorecards = try ScoringFixture.engine().score(ScoringFixture.log())
        let trends = scorecards.trends(by: .role, roster: try ScoringFixture.roster())
        #expect(trends[0].previousMeanScore == nil && trends[0].change == nil)
        // analyst: 1 → 0.
        #expect(trends[1].change == -1)
        // consultant: 0.727083 → 0.322917, a drop of 0.404167; the first consultant point has no predecessor.
        #expect(trends[2].change == nil)
        let drop = (0.75 + 0.375 + 0.5 / 3) / 4 - (1.425 + 2.2 / 3 + 0.75) / 4
        #expect(abs(trends[3].change! - drop) < 1e-12)
    }

    @Test func coachingPrioritiesPutTheLargestGapFirst() throws {
        let scorecards = try ScoringFixture.engine().score(ScoringFixture.log())
        // r2 February: communicating 0.166667 (gap 0.833333), building 0.375 (gap 0.625).
        let priorities = scorecards.coachingPriorities(for: "r2", in: ScoringFixture.february)
        #expect(priorities.map(\.competencyID) == ["communicating-effectively", "building-relationships"])
        #expect(abs(priorities[0].gap - (1 - 0.5 / 3)) < 1e-12 && priorities[1].gap == 0.625)
        // Weakest task: communicating has emails 0.5 and replies 0 → replies; building has calls 0 → calls.
        #expect(priorities.map(\.weakestTaskID) == ["replies", "calls"])
        #expect(priorities.map(\.status) == [.red, .red])
        // r1 January met building (green): only communicating remains. Unknown reps get nothing.
        #expect(
            scorecards.coachingPriorities(for: "r1", in: ScoringFixture.january).map(\.competencyID) == [
                "communicating-effectively"
            ])
        #expect(scorecards.coachingPriorities(for: "m1", in: ScoringFixture.january).isEmpty)
        #expect(scorecards.coachingPriorities(for: "nobody", in: ScoringFixture.january).isEmpty)
    }
}
