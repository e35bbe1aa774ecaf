import Foundation
import SalesCompetency
import SalesCompetencyTesting
import Testing

struct StoreSessionTests {
    let start = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01T00:00:00Z

    @Test func keepsTheLibrarysOwnTypesInAFileStore() async throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let roster = try Roster(csvText: "rep_id,role,manager_id\nm-1,manager,\nrep-1,consultant,m-1\n")
        do {
            let session = StoreSession(
                store: try FileStore(directory: temporary.url, clock: FixedClock(start)), clock: FixedClock(start),
                actor: "ana")
            try await session.dictionaries.save(.builtIn, id: "world-class")
            try await session.roleExpertiseMaps.save(.builtIn, id: "table-a1")
            try await session.proficiencyScales.save(.default, id: "standard")
            try await session.rosters.save(roster, id: "org", effectiveFrom: try Day(parsing: "2025-01-01"))
        }
        let store = try FileStore(directory: temporary.url, clock: FixedClock(start))
        let session = StoreSession(store: store, clock: FixedClock(start), actor: "bo")
        #expect(try await session.dictionaries.latest("world-class") == CompetencyDictionary.builtIn)
        #expect(try await session.roleExpertiseMaps.latest("table-a1") == RoleExpertiseMap.builtIn)
        #expect(try await session.proficiencyScales.latest("standard") == ProficiencyScale.default)
        #expect(try await session.rosters.document("org", inEffectOn: try Day(parsing: "2025-06-30")) == roster)
        #expect(try await session.rosters.document("org", inEffectOn: try Day(parsing: "2024-12-31")) == nil)
        let trail = try store.auditEntries(from: start, before: start.addingTimeInterval(1))
        #expect(
            trail.map(\.subject) == [
                "dictionaries/world-class#1", "role-expertise-maps/table-a1#1", "proficiency-scales/standard#1",
                "rosters/org#1",
            ])
    }

    @Test func scoresEachMonthWithThePolicyThenInForceAndFreezesIt() async throws {
        let utc = try #require(TimeZone(identifier: "UTC"))
        let header = "task_id,competency_id,role,monthly_target,weight\n"
        let january = try ScoringPolicy(
            rulesCSVText: header + "emails,communicating-effectively,consultant,10,1\n", timeZone: utc)
        let april = try ScoringPolicy(
            rulesCSVText: header + "emails,communicating-effectively,consultant,20,1\n", timeZone: utc)
        let roster = try Roster(csvText: "rep_id,role\nr1,consultant\n")
        let store = InMemoryStore()
        let session = StoreSession(store: store, clock: FixedClock(start), actor: "ana")
        try await session.scoringPolicies.save(january, id: "default", effectiveFrom: try Day(parsing: "2025-01-01"))
        try await session.scoringPolicies.save(april, id: "default", effectiveFrom: try Day(parsing: "2025-04-01"))
        try await session.appendActivities([
            try Activity(repID: "r1", taskID: "emails", day: try Day(parsing: "2025-03-10"), quantity: 15),
            try Activity(repID: "r1", taskID: "emails", day: try Day(parsing: "2025-04-10"), quantity: 15),
        ])

        struct NoPolicyInEffect: Error { let month: Period }
        func score(_ month: Period) async throws -> Scorecards {
            guard let policy = try await session.scoringPolicies.policy(inEffectOn: month.firstDay) else {
                throw NoPolicyInEffect(month: month)
            }
            let range = try PeriodRange(month, through: month)
            return ScoringEngine(policy: policy, roster: roster).score(
                try await store.activityLog(in: range), periods: range)
        }
        // March, target 10: 15 / 10 = 1.5 (at the cap), green. April, target 20: 15 / 20 = 0.75, amber.
        let march = try await score(.month(2025, 3))
        let marchCard = try #require(
            march.scorecard(rep: "r1", period: .month(2025, 3), competency: "communicating-effectively"))
        #expect(marchCard.score == 1.5 && marchCard.status == .green)
        let aprilCard = try #require(
            try await score(.month(2025, 4)).scorecard(
                rep: "r1", period: .month(2025, 4), competency: "communicating-effectively"))
        #expect(aprilCard.score == 0.75 && aprilCard.status == .amber)
        #expect(try await session.scoringPolicies.policy(inEffectOn: try Day(parsing: "2024-12-31")) == nil)

        // The session's clock stands on 2025-01-01: March can still receive activity, so it is frozen by force
        // here (SnapshotRefusalTests checks the refusal itself).
        try await session.freezeScorecards(march, for: .month(2025, 3), allowOpen: true)
        #expect(try await session.scorecardSnapshots.latest("2025-03") == [marchCard])
        let error = await #expect(throws: StoreError.self) {
            try await session.freezeScorecards(march, for: .month(2025, 3), allowOpen: true)
        }
        #expect(error?.code == .frozen)
    }
}
