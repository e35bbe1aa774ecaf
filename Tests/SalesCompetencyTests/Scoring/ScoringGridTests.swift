import Foundation
import SalesCompetency
import SalesCompetencyTesting
import Testing

/// The grid's options and edges: targets per period, pro-rating off, the grid's diagnostics, incremental
/// rescoring across no-data, the policy's JSON, and when a month may be frozen (by a fixed clock).
struct ScoringGridTests {
    static let utc = TimeZone(identifier: "UTC")!
    static let header = "task_id,competency_id,role,monthly_target,weight\n"
    static let callsRule = "calls,communicating-effectively,consultant,40,1\n"

    static func calls(_ rep: Rep.ID, _ day: String, _ quantity: Double) throws -> Activity {
        try Activity(rep: rep, task: "calls", day: Day(parsing: day), quantity: quantity)
    }

    static func quarter(_ text: String) throws -> PeriodRange {
        let period = try Period(parsing: text)
        return try PeriodRange(period, through: period)
    }

    @Test func aTargetColumnIsPerPeriodAndProRatedByDays() throws {
        // target 120 per quarter. gil works all of 2025-Q1: 120 calls → 1.0. hal is hired on 15 February:
        // 45 of Q1's 90 days (14 of February + 31 of March), target 120 × 45 / 90 = 60; 60 calls → 1.0.
        let policy = try ScoringPolicy(
            rulesCSVText:
                "task_id,competency_id,role,target,weight\ncalls,communicating-effectively,consultant,120,1\n",
            granularity: .quarter, timeZone: Self.utc)
        #expect(policy.rules[0].targetBasis == .perPeriod)
        let roster = try Roster([
            Rep(id: "gil", roles: ["consultant"]),
            Rep(id: "hal", roles: ["consultant"], hiredOn: try Day(parsing: "2025-02-15")),
        ])
        let log = ActivityLog([try Self.calls("gil", "2025-01-20", 120), try Self.calls("hal", "2025-03-03", 60)])
        let scorecards = ScoringEngine(policy: policy, roster: roster).score(log, periods: try Self.quarter("2025-Q1"))
        #expect(scorecards.map(\.scoreMicro) == [1_000_000, 1_000_000])
        // The same hire with a monthly target of 40: 14/28 + 31/31 = 1.5 months, target 60, the same 1.0.
        let monthly = try ScoringPolicy(
            rulesCSVText: Self.header + Self.callsRule, granularity: .quarter, timeZone: Self.utc)
        let attainments = try #require(
            ScoringEngine(policy: monthly, roster: roster).score(log, periods: try Self.quarter("2025-Q1"))
                .attainments(at: 1).first)
        #expect(attainments.target == 60 && attainments.attainment == 1)
    }

    @Test func aRulesFileGivesOneKindOfTargetOnly() throws {
        let error = #expect(throws: ImportError.self) {
            try ScoringPolicy(
                rulesCSVText: "task_id,competency_id,role,monthly_target,target,weight\n", name: "rules.csv",
                timeZone: Self.utc)
        }
        #expect(error?.code == .duplicateColumn && error?.field == "target" && error?.line == 1)
    }

    @Test func wholePeriodsScoreTheSameGridWithFullTargets() throws {
        // Pro-rating off: ivy, hired 21 April, still has April on the grid, but against the full 40:
        // 12 calls → 0.3 (red); September, after she left on 31 August, is still off the grid.
        let roster = try Roster([
            Rep(
                id: "ivy", roles: ["consultant"], hiredOn: try Day(parsing: "2025-04-21"),
                leftOn: try Day(parsing: "2025-08-31"))
        ])
        let log = ActivityLog([try Self.calls("ivy", "2025-04-25", 12), try Self.calls("ivy", "2025-09-02", 5)])
        let range = try PeriodRange(.month(2025, 3), through: .month(2025, 9))
        let whole = try ScoringPolicy(
            rulesCSVText: Self.header + Self.callsRule, timeZone: Self.utc, employment: .whole)
        let scorecards = ScoringEngine(policy: whole, roster: roster).score(log, periods: range)
        #expect(scorecards.map(\.period) == (4...8).map { Period.month(2025, $0) })
        #expect(scorecards.first?.scoreMicro == 300_000 && scorecards.first?.status == .red)
        // May to August: no activity, no data.
        #expect(scorecards.dropFirst().allSatisfy { $0.status == .noData })
        // September's 5 calls were made after she left: not scored, but reported.
        #expect(scorecards.diagnostics.repPeriodsOutsideEmployment == 1)
        #expect(scorecards.diagnostics.summary.contains("1 rep-periods of activity outside employment"))
        // Employment ignored: every month, March to September, 7 rows.
        let ignored = try ScoringPolicy(
            rulesCSVText: Self.header + Self.callsRule, timeZone: Self.utc, employment: .ignored)
        #expect(ScoringEngine(policy: ignored, roster: roster).score(log, periods: range).count == 7)
    }

    @Test func incrementalScoringTurnsNoDataIntoAScore() throws {
        // jo has nothing in March (no data); a day of activity arrives: 20 of 40 → 0.5, equal to a full rescore.
        let roster = try Roster([Rep(id: "jo", roles: ["consultant"])])
        let policy = try ScoringPolicy(rulesCSVText: Self.header + Self.callsRule, timeZone: Self.utc)
        let engine = ScoringEngine(policy: policy, roster: roster)
        let march = try PeriodRange(.month(2025, 3), through: .month(2025, 3))
        var live = IncrementalScorer(engine: engine, periods: march)
        #expect(live.scorecards.first?.status == .noData)
        let day = ActivityLog([try Self.calls("jo", "2025-03-12", 20)])
        #expect(live.append(day) == 1)
        #expect(live.scorecards.first?.score == 0.5)
        #expect(Array(live.scorecards) == Array(engine.score(day, periods: march)))
    }

    @Test func thePolicyKeepsItsGridOptionsInJSON() throws {
        let policy = try ScoringPolicy(
            rulesCSVText: Self.header + Self.callsRule, timeZone: Self.utc, employment: .whole, absence: .scoresZero)
        let data = try JSONEncoder().encode(policy)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""employment":"whole""#) && text.contains(#""absence":"zero""#))
        #expect(try JSONDecoder().decode(ScoringPolicy.self, from: data) == policy)
        // A document stored before these options existed decodes to the defaults.
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        object["employment"] = nil
        object["absence"] = nil
        let old = try JSONDecoder().decode(ScoringPolicy.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.employment == .proRated && old.absence == .noData)
    }

    // MARK: When a month may be frozen

    static func session(at instant: String) throws -> (StoreSession, Scorecards) {
        let roster = try Roster([Rep(id: "kim", roles: ["consultant"])])
        let policy = try ScoringPolicy(rulesCSVText: Self.header + Self.callsRule, timeZone: Self.utc)
        let scorecards = ScoringEngine(policy: policy, roster: roster).score(
            ActivityLog([try Self.calls("kim", "2025-03-20", 40)]),
            periods: try PeriodRange(.month(2025, 3), through: .month(2025, 4)))
        let now = try #require(ISO8601DateFormatter().date(from: instant))
        return (StoreSession(store: InMemoryStore(), clock: FixedClock(now), actor: "test"), scorecards)
    }

    @Test func aMonthFreezesOnlyAfterItsGracePeriod() async throws {
        // March ends on the 31st; with 3 days of grace it can be frozen from 2025-04-04T00:00Z (UTC policy).
        let (early, scorecards) = try Self.session(at: "2025-04-03T23:59:59Z")
        let error = await #expect(throws: ValidationError.self) {
            try await early.freezeScorecards(scorecards, for: .month(2025, 3))
        }
        #expect(error?.code == .openPeriod && error?.message.contains("frozen from 2025-04-04") == true)
        let (onTime, _) = try Self.session(at: "2025-04-04T00:00:00Z")
        try await onTime.freezeScorecards(scorecards, for: .month(2025, 3))
        #expect(try await onTime.scorecardSnapshots.latest("2025-03")?.first?.score == 1)
        // Forced, the open month freezes early.
        try await early.freezeScorecards(scorecards, for: .month(2025, 3), allowOpen: true)
    }

    @Test func aMonthWithoutActivityIsNotFrozenUnlessAllowed() async throws {
        // April has no activity at all: refused though it is long over, frozen when allowed (one no-data card).
        let (session, scorecards) = try Self.session(at: "2025-06-01T00:00:00Z")
        let error = await #expect(throws: ValidationError.self) {
            try await session.freezeScorecards(scorecards, for: .month(2025, 4))
        }
        #expect(error?.code == .emptyPeriod)
        #expect(try await session.scorecardSnapshots.latest("2025-04") == nil)
        try await session.freezeScorecards(scorecards, for: .month(2025, 4), allowEmpty: true)
        #expect(try await session.scorecardSnapshots.latest("2025-04")?.map(\.status) == [.noData])
    }
}
