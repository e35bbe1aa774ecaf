import Foundation
import SalesCompetency
import SalesCompetencyTesting
import Synchronization
import Testing

/// A store that breaks one requirement on purpose, to show the check catches it and names it.
final class SloppyStore: DocumentStore, ActivityStore, AuditTrail {
    enum Flaw: Sendable {
        case acceptsAnyVersionNumber, forgetsEmptyBatches, reordersAudit, storesRetriesAgain, auditsSeparately
    }
    let flaw: Flaw
    let inner = InMemoryStore()
    let extra = Mutex<[DocumentVersion]>([])

    init(_ flaw: Flaw) { self.flaw = flaw }

    func save(_ version: DocumentVersion) async throws {
        if flaw == .acceptsAnyVersionNumber {
            extra.withLock { $0.append(version) }
        } else {
            try inner.save(version)
        }
    }
    func versions(of id: String, in collection: DocumentCollection) async throws -> [DocumentVersion] {
        if flaw == .acceptsAnyVersionNumber {
            return extra.withLock { $0 }.filter { $0.id == id && $0.collection == collection }
        }
        return inner.versions(of: id, in: collection)
    }
    func documentIDs(in collection: DocumentCollection) async throws -> [String] {
        if flaw == .acceptsAnyVersionNumber {
            return Set(extra.withLock { $0 }.filter { $0.collection == collection }.map(\.id)).sorted()
        }
        return inner.documentIDs(in: collection)
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
        inner.activities(from: first, through: last, reps: reps)
    }
    func batchCount() async throws -> Int { inner.batchCount() }
    func record(_ entries: [AuditEntry]) async throws { inner.record(entries) }
    func auditEntries(from start: Date, before end: Date) async throws -> [AuditEntry] {
        let entries = inner.auditEntries(from: start, before: end)
        return flaw == .reordersAudit ? entries.sorted { $0.at < $1.at } : entries
    }
}

struct StoreConformanceCheckTests {
    @Test(arguments: [
        (SloppyStore.Flaw.acceptsAnyVersionNumber, "documents.rejectsOutOfSequenceVersions"),
        (.forgetsEmptyBatches, "activities.numbersBatches"),
        (.reordersAudit, "audit.roundTripsEveryField"),  // its two entries are not in time order
        (.storesRetriesAgain, "activities.storesEachKeyOnce"),
        (.auditsSeparately, "activities.auditsInTheSameTransaction"),  // a retried batch is audited twice
    ])
    func namesTheBrokenRequirement(flaw: SloppyStore.Flaw, requirement: String) async throws {
        let error = await #expect(throws: StoreConformanceError.self) {
            try await StoreConformanceCheck().run { SloppyStore(flaw) }
        }
        #expect(error?.requirement == requirement)
        #expect(error?.description.hasPrefix("store conformance: \(requirement): ") == true)
        #expect(StoreConformanceCheck.requirements.contains(requirement))
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
