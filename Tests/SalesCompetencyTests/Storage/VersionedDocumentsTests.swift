import Foundation
import SalesCompetency
import SalesCompetencyTesting
import Testing

struct VersionedDocumentsTests {
    struct Policy: Codable, Sendable, Equatable {
        var monthlyTarget: Double
    }

    let start = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01T00:00:00Z

    @Test func scoresAPastMonthWithTheRulesThenInForce() async throws {
        let clock = ManualClock(start)
        let session = StoreSession(store: InMemoryStore(), clock: clock, actor: "ana")
        let policies = session.documents(Policy.self, in: .scoringPolicies)
        try await policies.save(
            Policy(monthlyTarget: 100), id: "default", effectiveFrom: try Day(parsing: "2025-01-01"))
        clock.advance(by: .seconds(86_400 * 60))
        let april = try await policies.save(
            Policy(monthlyTarget: 120), id: "default", effectiveFrom: try Day(parsing: "2025-04-01"))
        #expect(april.number == 2 && april.author == "ana")
        #expect(april.savedAt == start.addingTimeInterval(86_400 * 60))
        #expect(
            try await policies.document("default", inEffectOn: try Day(parsing: "2025-03-31"))
                == Policy(monthlyTarget: 100))
        #expect(
            try await policies.document("default", inEffectOn: try Day(parsing: "2025-04-01"))
                == Policy(monthlyTarget: 120))
        #expect(try await policies.document("default", inEffectOn: try Day(parsing: "2024-12-31")) == nil)
        #expect(try await policies.latest("default") == Policy(monthlyTarget: 120))
        #expect(try await policies.latest("missing") == nil)
        #expect(try await policies.history("default").map(\.number) == [1, 2])
        #expect(try await policies.ids() == ["default"])
    }

    @Test func stampsTheAuditTrailWithTheInjectedClock() async throws {
        let clock = ManualClock(start)
        let store = InMemoryStore()
        let session = StoreSession(store: store, clock: clock, actor: "ana")
        try await session.documents(Policy.self, in: .scoringPolicies)
            .save(Policy(monthlyTarget: 1), id: "p", effectiveFrom: try Day(parsing: "2025-02-01"))
        clock.advance(by: .seconds(90))
        let receipt = try await session.appendActivities(
            ActivityBatch(
                [try Activity(rep: "rep-1", task: "calls", day: try Day(parsing: "2025-01-02"), quantity: 3)],
                source: "jan.csv", key: "jan-import"))
        clock.advance(by: .seconds(10))
        try await session.documents(Policy.self, in: .scorecardSnapshots).freeze(
            Policy(monthlyTarget: 0), id: "2025-01")
        let trail = store.auditEntries(from: start, before: start.addingTimeInterval(3600))
        #expect(
            trail == [
                AuditEntry(
                    at: start, actor: "ana", action: .documentSaved, subject: "scoring-policies/p#1",
                    detail: "effective from 2025-02-01"),
                AuditEntry(
                    at: start.addingTimeInterval(90), actor: "ana", action: .activitiesAppended,
                    subject: "activities/\(receipt.key)", detail: "1 activity from jan.csv"),
                AuditEntry(
                    at: start.addingTimeInterval(100), actor: "ana", action: .snapshotFrozen,
                    subject: "scorecard-snapshots/2025-01#1"),
            ])
    }

    @Test func aFrozenSnapshotIsNeverReplaced() async throws {
        let store = InMemoryStore()
        let snapshots = StoreSession(store: store, clock: FixedClock(start), actor: "sco")
            .documents(Policy.self, in: .scorecardSnapshots)
        try await snapshots.freeze(Policy(monthlyTarget: 1), id: "2025-03")
        let error = await #expect(throws: StoreError.self) {
            try await snapshots.freeze(Policy(monthlyTarget: 2), id: "2025-03")
        }
        #expect(error?.code == .frozen)
        #expect(try await snapshots.latest("2025-03") == Policy(monthlyTarget: 1))
        #expect(store.auditEntries(from: start, before: start.addingTimeInterval(1)).count == 1)
    }

    @Test func concurrentFreezesLeaveExactlyOneSnapshot() async throws {
        let store = InMemoryStore()
        let snapshots = StoreSession(store: store, clock: FixedClock(start), actor: "sco")
            .documents(Policy.self, in: .scorecardSnapshots)
        let codes = await withTaskGroup(of: String.self) { group in
            for writer in 0..<6 {
                group.addTask {
                    do {
                        try await snapshots.freeze(Policy(monthlyTarget: Double(writer)), id: "2025-03")
                        return "saved"
                    } catch let error as StoreError {
                        return error.code.rawValue
                    } catch {
                        return "\(error)"
                    }
                }
            }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(codes.sorted() == ["frozen", "frozen", "frozen", "frozen", "frozen", "saved"])
        #expect(try await snapshots.history("2025-03").count == 1)
    }

    @Test func aConcurrentEditConflictsInsteadOfOverwriting() async throws {
        let store = InMemoryStore()
        let session = StoreSession(store: store, clock: FixedClock(start), actor: "ana")
        try await session.documents(Policy.self, in: .scoringPolicies).save(Policy(monthlyTarget: 1), id: "p")
        // Another writer read version 1 and saves its own version 2 after ours.
        let ours = try DocumentVersion(
            collection: .scoringPolicies, id: "p", number: 2, savedAt: start, author: "ana", payload: Data("{}".utf8))
        try store.save(ours)
        let theirs = try DocumentVersion(
            collection: .scoringPolicies, id: "p", number: 2, savedAt: start, author: "bo", payload: Data("{}".utf8))
        let error = #expect(throws: StoreError.self) { try store.save(theirs) }
        #expect(error?.code == .conflict)
    }

    @Test func passesHostErrorsThroughUnchanged() async throws {
        struct QuotaExceeded: Error, Equatable { var bytes: Int }
        struct FullStore: DocumentStore {
            func save(_ version: DocumentVersion) async throws { throw QuotaExceeded(bytes: 42) }
            func versions(of id: String, in collection: DocumentCollection) async throws -> [DocumentVersion] { [] }
            func documentIDs(in collection: DocumentCollection) async throws -> [String] { [] }
        }
        let memory = InMemoryStore()
        let session = StoreSession(
            documents: FullStore(), activities: memory, audit: memory, clock: FixedClock(start), actor: "ana")
        let error = await #expect(throws: QuotaExceeded.self) {
            try await session.documents(Policy.self, in: .scoringPolicies).save(Policy(monthlyTarget: 1), id: "p")
        }
        #expect(error == QuotaExceeded(bytes: 42))
        #expect(memory.auditEntries(from: .distantPast, before: .distantFuture).isEmpty)
    }

    @Test func namesAStoredDocumentThatDoesNotDecode() async throws {
        let store = InMemoryStore()
        try store.save(
            DocumentVersion(
                collection: .scoringPolicies, id: "p", number: 1, savedAt: start, author: "x",
                payload: Data("{\"monthlyTarget\":\"lots\"}".utf8)))
        let session = StoreSession(store: store, clock: FixedClock(start), actor: "ana")
        let error = await #expect(throws: StoreError.self) {
            try await session.documents(Policy.self, in: .scoringPolicies).latest("p")
        }
        #expect(error?.code == .corruptFile && error?.path == "scoring-policies/p#1")
    }
}
