import SalesCompetency
import Testing

struct ActivityAggregateTests {
    static func log(_ activities: [Activity]) -> ActivityLog { ActivityLog(activities) }

    @Test func mergingShardsByRepEqualsTheWhole() throws {
        let engine = try ScoringFixture.engine()
        let all = try ScoringFixture.log()
        let range = try PeriodRange(ScoringFixture.january, through: ScoringFixture.february)
        let r1 = Self.log(all.filter { $0.rep == "r1" })
        let others = Self.log(all.filter { $0.rep != "r1" })
        let merged = try engine.aggregate(r1, periods: range).merging(engine.aggregate(others, periods: range))
        #expect(merged == engine.aggregate(all))
        #expect(Array(engine.score(merged)) == Array(engine.score(all)))
    }

    @Test func mergingShardsByTimeWidensThePeriods() throws {
        let engine = try ScoringFixture.engine()
        let all = try ScoringFixture.log()
        let january = engine.aggregate(Self.log(all.filter { $0.day.month == 1 }))
        let february = engine.aggregate(Self.log(all.filter { $0.day.month == 2 }))
        #expect(january.periods?.count == 1 && february.periods?.count == 1)
        let merged = try february.merging(january)
        #expect(merged.periods == (try PeriodRange(ScoringFixture.january, through: ScoringFixture.february)))
        #expect(merged == engine.aggregate(all))
        ScoringEngineTests.check(engine.score(merged))
        // r1's January emails: 6 + 6.
        #expect(merged.total(of: "emails", rep: "r1", period: ScoringFixture.january) == 12)
        #expect(merged.total(of: "emails", rep: "r1", period: .month(2025, 3)) == nil)
    }

    @Test func mergingWithAnEmptyAggregateKeepsTheOther() throws {
        let engine = try ScoringFixture.engine()
        let full = engine.aggregate(try ScoringFixture.log())
        let empty = engine.aggregate(ActivityLog())
        #expect(empty.periods == nil && empty.totals.isEmpty)
        #expect(try empty.merging(full) == full && (try full.merging(empty)) == full)
    }

    @Test func refusesAggregatesOfAnotherRosterOrGranularity() throws {
        let engine = try ScoringFixture.engine()
        let log = try ScoringFixture.log()
        let otherRoster = ScoringEngine(
            policy: try ScoringFixture.policy(), roster: try Roster([Rep(id: "r9", roles: ["consultant"])]))
        let error = try #require(throws: ScoringError.self) {
            try engine.aggregate(log).merging(otherRoster.aggregate(log))
        }
        #expect(error.code == .incompatibleAggregates)
        let weekly = ScoringEngine(
            policy: try ScoringFixture.policy(granularity: .week), roster: try ScoringFixture.roster())
        #expect(throws: ScoringError.self) { try engine.aggregate(log).merging(weekly.aggregate(log)) }
    }
}
