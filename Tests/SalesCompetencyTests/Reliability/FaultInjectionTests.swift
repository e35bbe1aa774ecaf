import Foundation
import SalesCompetency
import SalesCompetencyTesting
import Testing

/// Every store call of a workflow is made to fail in turn, SQLite style: the failure must reach the caller as the
/// store's error, every write acknowledged before it must still be there, and nothing may be half-written.
struct FaultInjectionTests {
    typealias StoreActivity = Activity

    static let clock: any WallClock = .fixed(Date(timeIntervalSince1970: 1_735_689_600))

    static func activity(_ rep: Rep.ID, _ day: Int, _ quantity: Double) throws -> StoreActivity {
        try StoreActivity(rep: rep, task: "emails", day: Day(year: 2025, month: 1, day: day)!, quantity: quantity)
    }

    /// One step of the workflow and what it adds when it is acknowledged.
    struct Step: Sendable {
        var batch: [StoreActivity]?
        var roster: Roster?
    }

    static func steps() throws -> [Step] {
        [
            Step(batch: [try activity("r1", 2, 3), try activity("r2", 2, 1)]),
            Step(roster: try Roster([Rep(id: "r1", roles: ["consultant"])])),
            Step(batch: [try activity("r1", 3, 5)]),
            Step(roster: try Roster([Rep(id: "r1", roles: ["consultant"]), Rep(id: "r2", roles: ["analyst"])])),
        ]
    }

    /// What a store holds, read straight from it.
    struct Contents: Equatable {
        var activities: [StoreActivity]
        var batchCount: Int
        var rosters: [Roster]
        var auditCount: Int

        init(_ store: some DocumentStore & ActivityStore & AuditTrail) async throws {
            let session = StoreSession(store: store, clock: FaultInjectionTests.clock, actor: "reader")
            activities = try await store.activities(
                from: Day(year: 2000, month: 1, day: 1)!, through: Day(year: 2100, month: 1, day: 1)!, reps: nil)
            batchCount = try await store.batchCount()
            rosters = try await session.rosters.history("team").map { try session.rosters.decode($0) }
            auditCount = try await store.auditEntries(from: .distantPast, before: .distantFuture).count
        }
    }

    /// Runs the steps through `store`; returns how many were acknowledged and the error that stopped them.
    static func run(_ steps: [Step], on store: some DocumentStore & ActivityStore & AuditTrail) async
        -> (acknowledged: Int, error: (any Error)?)
    {
        let session = StoreSession(store: store, clock: clock, actor: "ana")
        for (index, step) in steps.enumerated() {
            do {
                if let batch = step.batch { try await session.appendActivities(batch) }
                if let roster = step.roster { _ = try await session.rosters.save(roster, id: "team") }
            } catch {
                return (index, error)
            }
        }
        return (steps.count, nil)
    }

    /// A store already holding one acknowledged batch.
    static func seeded<Store: DocumentStore & ActivityStore & AuditTrail>(_ store: Store) async throws -> Store {
        _ = try await StoreSession(store: store, clock: clock, actor: "setup").appendActivities([
            try activity("r0", 1, 7)
        ])
        return store
    }

    /// Checks the contents after a failure at step `failed` (`acknowledged` steps done before it).
    static func expectNothingLost(
        _ contents: Contents, seed: [StoreActivity], steps: [Step], acknowledged: Int, failedStep: Step?
    ) {
        let done = steps.prefix(acknowledged)
        let activities = seed + done.compactMap(\.batch).joined()
        let rosters = done.compactMap(\.roster)
        // The failed step's own write is all there or not there at all; everything before it is there.
        let failedBatch = failedStep?.batch ?? []
        #expect(contents.activities == activities || contents.activities == activities + failedBatch)
        #expect(
            contents.batchCount == 1 + done.filter { $0.batch != nil }.count
                + (contents.activities.count > activities.count ? 1 : 0))
        let failedRoster = failedStep?.roster.map { [$0] } ?? []
        #expect(contents.rosters == rosters || contents.rosters == rosters + failedRoster)
        // Each acknowledged write has its audit entry (the seed's too); a write whose audit failed has none.
        #expect(contents.auditCount == 1 + acknowledged)
    }

    func everyFailingCall<Store: DocumentStore & ActivityStore & AuditTrail>(
        _ persistence: FaultInjectingStore<Store>.Persistence, makeStore: () async throws -> Store,
        reopen: ((Store) async throws -> Store)? = nil
    ) async throws -> Int {
        let steps = try Self.steps()
        let seed = [try Self.activity("r0", 1, 7)]
        let counting = FaultInjectingStore(try await Self.seeded(try await makeStore()))
        #expect(await Self.run(steps, on: counting).error == nil)
        let calls = counting.callCount
        #expect(calls >= 2 * steps.count)
        for call in 1...calls {
            let base = try await Self.seeded(try await makeStore())
            let store = FaultInjectingStore(base, failingCall: call, persistence: persistence)
            let outcome = await Self.run(steps, on: store)
            let error = try #require(outcome.error as? StoreError, "call \(call) of \(calls) did not fail the run")
            #expect(error == FaultInjectingStore<Store>.diskFull)
            #expect(store.failureCount >= 1)
            var contents = try await Contents(base)
            Self.expectNothingLost(
                contents, seed: seed, steps: steps, acknowledged: outcome.acknowledged,
                failedStep: steps[outcome.acknowledged])
            if let reopen {
                // What the store holds in memory is what it holds on disk.
                let again = try await reopen(base)
                #expect(try await Contents(again) == contents)
                contents = try await Contents(again)
            }
        }
        return calls
    }

    @Test(arguments: [FaultInjectingStore<InMemoryStore>.Persistence.once, .fromThenOn])
    func inMemoryStoreLosesNothingWhateverCallFails(_ persistence: FaultInjectingStore<InMemoryStore>.Persistence)
        async throws
    {
        let calls = try await everyFailingCall(persistence) { InMemoryStore() }
        #expect(calls == 8)  // 2 imports × (append with its audit entry) + 2 saves × (versions, save, record)
    }

    @Test(arguments: [FaultInjectingStore<FileStore>.Persistence.once, .fromThenOn])
    func fileStoreLosesNothingWhateverCallFails(_ persistence: FaultInjectingStore<FileStore>.Persistence)
        async throws
    {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        var made = 0
        let calls = try await everyFailingCall(
            persistence,
            makeStore: {
                made += 1
                return try FileStore(directory: folder.child("store-\(made)"), clock: Self.clock)
            },
            reopen: { store in
                store.close()
                return try FileStore(directory: store.directory, clock: Self.clock)
            })
        #expect(calls == 8)
    }

    @Test func countsWithoutFailingWhenNoCallIsChosen() async throws {
        let store = FaultInjectingStore(InMemoryStore())
        #expect(await Self.run(try Self.steps(), on: store).error == nil)
        #expect(store.callCount == 8 && store.failureCount == 0)
        #expect(try await Contents(store.base).rosters.count == 2)
    }

    /// The scoring engine on top of a store: read the policy in force and the month's activity, score, freeze.
    static func scoreAndFreeze(_ store: some DocumentStore & ActivityStore & AuditTrail) async throws -> [Scorecard] {
        let session = StoreSession(store: store, clock: clock, actor: "scorer")
        let january = Period.month(2025, 1)
        let policy = try #require(try await session.scoringPolicies.policy(inEffectOn: january.firstDay))
        let log = try await store.activityLog(in: try PeriodRange(january, through: january))
        let roster = try Roster([Rep(id: "r1", roles: ["consultant"]), Rep(id: "r2", roles: ["consultant"])])
        let scorecards = ScoringEngine(policy: policy, roster: roster).score(
            log, periods: try PeriodRange(january, through: january))
        // The clock stands on 2025-01-01, when January can still receive activity: forced, as this test is about
        // faults, not about when a month may be frozen.
        try await session.freezeScorecards(scorecards, for: january, allowOpen: true)
        return Array(scorecards)
    }

    /// A store holding a policy in force from January and January's activity.
    static func scoringStore() async throws -> InMemoryStore {
        let store = InMemoryStore()
        let session = StoreSession(store: store, clock: clock, actor: "setup")
        let policy = try ScoringPolicy(
            rulesCSVText:
                "task_id,competency_id,role,monthly_target,weight\nemails,communicating-effectively,consultant,10,1\n",
            timeZone: TimeZone(identifier: "UTC")!)
        _ = try await session.scoringPolicies.save(
            policy, id: "default", effectiveFrom: Day(year: 2025, month: 1, day: 1)!)
        try await session.appendActivities([try activity("r1", 5, 6), try activity("r2", 6, 15)])
        return store
    }

    @Test func scoringFromAStoreLosesNothingWhateverCallFails() async throws {
        let counting = FaultInjectingStore(try await Self.scoringStore())
        let expected = try await Self.scoreAndFreeze(counting)
        // r1: 6 of 10 = 0.6; r2: 15 of 10 = 1.5, capped at 1.5.
        #expect(expected.map(\.score) == [0.6, 1.5])
        let calls = counting.callCount
        #expect(calls >= 4)
        for call in 1...calls {
            let base = try await Self.scoringStore()
            let before = try await Contents(base)
            let store = FaultInjectingStore(base, failingCall: call)
            await #expect(throws: FaultInjectingStore<InMemoryStore>.diskFull) {
                _ = try await Self.scoreAndFreeze(store)
            }
            // The activity and the policy are untouched; the frozen month is whole or absent.
            let after = try await Contents(base)
            #expect(after.activities == before.activities && after.batchCount == before.batchCount)
            let session = StoreSession(store: base, clock: Self.clock, actor: "check")
            let frozen = try await session.scorecardSnapshots.latest("2025-01")
            #expect(frozen == nil || frozen == expected)
            // Scoring again once the fault is gone gives the same scorecards, frozen once.
            if frozen == nil { #expect(try await Self.scoreAndFreeze(base) == expected) }
            #expect(try await session.scorecardSnapshots.latest("2025-01") == expected)
        }
    }
}
