import SalesCompetency
import Testing

struct IncrementalScorerTests {
    @Test func appendingADayEqualsAFullRescore() throws {
        let engine = try ScoringFixture.engine()
        let all = try ScoringFixture.log()
        let range = try PeriodRange(ScoringFixture.january, through: ScoringFixture.february)
        let history = ActivityLog(all.filter { $0.day < (try! Day(parsing: "2025-02-04")) })
        let lastDay = ActivityLog(all.filter { $0.day >= (try! Day(parsing: "2025-02-04")) })
        #expect(lastDay.count == 1)  // r2 complaints 4 on 2025-02-04
        var live = IncrementalScorer(engine: engine, periods: range, log: history)
        let rescored = live.append(lastDay)
        #expect(rescored == 1)  // only (r2, February)
        let full = engine.score(all, periods: range)
        #expect(Array(live.scorecards) == Array(full))
        #expect(live.scorecards.diagnostics == full.diagnostics)
        ScoringEngineTests.check(live.scorecards)
    }

    @Test func rowsByRowEqualsAllAtOnceAndCountsRowsOutsideTheRange() throws {
        let engine = try ScoringFixture.engine()
        let all = try ScoringFixture.log()
        let range = try PeriodRange(ScoringFixture.january, through: ScoringFixture.february)
        var live = IncrementalScorer(engine: engine, periods: range)
        for activity in all { live.append(ActivityLog([activity])) }
        live.append(ActivityLog([try ScoringFixture.activity("r1", "calls", "2025-03-01", 1)]))
        #expect(Array(live.scorecards) == Array(engine.score(all, periods: range)))
        #expect(live.scorecards.diagnostics.rowsOutsidePeriods == 1)
        #expect(live.scorecards.diagnostics.unknownReps == ["ghost": 1])
    }
}
