import Foundation
import SalesCompetency
import SalesCompetencyTesting
import Testing

/// A store that breaks one requirement on purpose, to show the check catches it and names it. Each flaw keeps
/// every requirement checked before its own, so the check reaches it.
final class SloppyStore: DocumentStore, ActivityStore, AuditTrail {
    enum Flaw: Sendable, CaseIterable {
        // Documents.
        case listsAPlaceholderID, roundsSavedAtToSeconds, reordersLongHistories, acceptsAnyVersionNumber
        case replacesPathCharacters, listsAcrossCollections, acceptsVersionOneTwice
        // Activities.
        case countsFromOne, forgetsEmptyBatches, storesFloats, readsThroughAsExclusive, readsLargeResultsByIndex
        case storesRetriesAgain, auditsSeparately
        // Audit trail.
        case inventsAnEntryWhenEmpty, sortsByTime, readsBeforeAsInclusive, sortsLongTrailsByTime

        /// The requirement the flaw breaks first.
        var requirement: String {
            switch self {
            case .listsAPlaceholderID: "documents.emptyStoreIsEmpty"
            case .roundsSavedAtToSeconds: "documents.roundTripsEveryField"
            case .reordersLongHistories: "documents.listsVersionsInOrder"
            case .acceptsAnyVersionNumber: "documents.rejectsOutOfSequenceVersions"
            case .replacesPathCharacters: "documents.keepsUnusualIDsDistinct"
            case .listsAcrossCollections: "documents.separatesCollections"
            case .acceptsVersionOneTwice: "documents.oneOfConcurrentSavesWins"
            case .countsFromOne: "activities.emptyStoreIsEmpty"
            case .forgetsEmptyBatches: "activities.numbersBatches"
            case .storesFloats: "activities.roundTripsExactly"
            case .readsThroughAsExclusive: "activities.filtersByDaysAndReps"
            case .readsLargeResultsByIndex: "activities.keepsConcurrentBatchesWhole"
            case .storesRetriesAgain: "activities.storesEachKeyOnce"
            case .auditsSeparately: "activities.auditsInTheSameTransaction"  // a retried batch is audited twice
            case .inventsAnEntryWhenEmpty: "audit.emptyTrailIsEmpty"
            case .sortsByTime: "audit.roundTripsEveryField"  // its two entries are not in time order
            case .readsBeforeAsInclusive: "audit.filtersHalfOpenInterval"
            case .sortsLongTrailsByTime: "audit.keepsRecordingOrder"
            }
        }
    }
    let flaw: Flaw
    let inner = InMemoryStore()
    let documents = Locked<[DocumentVersion]>([])

    init(_ flaw: Flaw) { self.flaw = flaw }

    /// A file-name-safe id, as a careless store might make one.
    func key(_ id: String) -> String {
        flaw == .replacesPathCharacters
            ? String(id.map { $0 == "/" || $0 == "." ? "_" : $0 }) : id
    }

    func save(_ version: DocumentVersion) async throws {
        var version = version
        version.id = key(version.id)
        if flaw == .roundsSavedAtToSeconds {
            version.savedAt = Date(timeIntervalSince1970: version.savedAt.timeIntervalSince1970.rounded(.down))
        }
        try documents.withLock { stored in
            let existing = stored.filter { $0.collection == version.collection && $0.id == version.id }.count
            let accepted =
                flaw == .acceptsAnyVersionNumber || (flaw == .acceptsVersionOneTwice && version.number == 1)
                || existing + 1 == version.number
            guard accepted else { throw StoreError(.conflict, message: "version \(version.number) out of sequence") }
            stored.append(version)
        }
    }
    func versions(of id: String, in collection: DocumentCollection) async throws -> [DocumentVersion] {
        var found = documents.withLock { $0 }.filter {
            $0.id == key(id) && (flaw == .listsAcrossCollections || $0.collection == collection)
        }
        if flaw == .reordersLongHistories && found.count > 2 { found.reverse() }
        return found
    }
    func documentIDs(in collection: DocumentCollection) async throws -> [String] {
        let ids = Set(documents.withLock { $0 }.filter { $0.collection == collection }.map(\.id)).sorted()
        return flaw == .listsAPlaceholderID ? ids + ["placeholder"] : ids
    }
    func append(_ batch: ActivityBatch, auditing entries: [AuditEntry]) async throws -> ActivityBatchReceipt {
        if flaw == .forgetsEmptyBatches && batch.activities.isEmpty {
            return ActivityBatchReceipt(sequence: inner.batchCount(), count: 0, key: batch.key)
        }
        if flaw == .storesRetriesAgain {
            return inner.append(
                ActivityBatch(batch.activities, source: batch.source, key: "\(batch.key)#\(inner.batchCount())"),
                auditing: entries)
        }
        if flaw == .auditsSeparately {
            let receipt = inner.append(batch, auditing: [])
            inner.record(entries)
            return receipt
        }
        return inner.append(batch, auditing: entries)
    }
    func activities(from first: Day, through last: Day, reps: Set<Rep.ID>?) async throws -> [Activity] {
        let through = flaw == .readsThroughAsExclusive ? last.adding(days: -1) : last
        let found = inner.activities(from: first, through: through, reps: reps)
        switch flaw {
        case .storesFloats:
            return try found.map {
                try Activity(
                    repID: $0.repID, taskID: $0.taskID, day: $0.day,
                    quantity: Double(Float($0.quantity)).isFinite ? Double(Float($0.quantity)) : $0.quantity)
            }
        case .readsLargeResultsByIndex where found.count > 100:
            return found.sorted { $0.quantity < $1.quantity }
        default:
            return found
        }
    }
    func batchCount() async throws -> Int { inner.batchCount() + (flaw == .countsFromOne ? 1 : 0) }
    func record(_ entries: [AuditEntry]) async throws { inner.record(entries) }
    func auditEntries(from start: Date, before end: Date) async throws -> [AuditEntry] {
        var entries = inner.auditEntries(from: start, before: end)
        switch flaw {
        case .inventsAnEntryWhenEmpty where entries.isEmpty:
            return [AuditEntry(at: start, actor: "store", action: .storeMigrated, subject: "created")]
        case .sortsByTime:
            return entries.sorted { $0.at < $1.at }
        case .sortsLongTrailsByTime where entries.count > 2:
            return entries.sorted { $0.at < $1.at }
        case .readsBeforeAsInclusive:
            entries += inner.auditEntries(from: end, before: end.addingTimeInterval(1e-3))
            return entries
        default:
            return entries
        }
    }
}

struct StoreConformanceCheckTests {
    @Test(arguments: SloppyStore.Flaw.allCases)
    func namesTheBrokenRequirement(flaw: SloppyStore.Flaw) async throws {
        let error = await #expect(throws: StoreConformanceError.self) {
            try await StoreConformanceCheck().run { SloppyStore(flaw) }
        }
        #expect(error?.requirement == flaw.requirement, "\(flaw)")
        #expect(error?.description.hasPrefix("store conformance: \(flaw.requirement): ") == true)
    }

    @Test func everyRequirementIsShownToCatchAFlaw() {
        let caught = SloppyStore.Flaw.allCases.map(\.requirement)
        #expect(caught == StoreConformanceCheck.requirements, "a requirement no flawed store shows the check catching")
    }

    @Test func aStoreWithoutFlawsPasses() async throws {
        try await StoreConformanceCheck().run { InMemoryStore() }
    }

    @Test func passesHostErrorsThrough() async throws {
        struct DiskOnFire: Error {}
        struct Failing: ActivityStore {
            func append(_ batch: ActivityBatch, auditing entries: [AuditEntry]) async throws -> ActivityBatchReceipt {
                throw DiskOnFire()
            }
            func activities(from: Day, through: Day, reps: Set<Rep.ID>?) async throws -> [Activity] {
                throw DiskOnFire()
            }
            func batchCount() async throws -> Int { throw DiskOnFire() }
        }
        await #expect(throws: DiskOnFire.self) { try await StoreConformanceCheck().checkActivityStore { Failing() } }
    }
}
