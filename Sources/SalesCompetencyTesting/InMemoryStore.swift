public import Foundation
public import SalesCompetency

/// A store that keeps documents, activities and the audit trail in memory: for tests, previews and
/// short-lived tools.
///
/// ```swift
/// let store = InMemoryStore()
/// let session = StoreSession(store: store, clock: FixedClock(start), actor: "test")
/// ```
///
/// It meets every requirement of ``DocumentStore``, ``ActivityStore`` and ``AuditTrail`` and passes
/// ``StoreConformanceCheck``.
public final class InMemoryStore: DocumentStore, ActivityStore, AuditTrail {
    private struct State {
        var documents: [DocumentCollection: [String: [DocumentVersion]]] = [:]
        var batches: [[Activity]] = []
        var keys: [String: Int] = [:]
        var audit: [AuditEntry] = []
    }

    private let state = Locked(State())

    /// Creates an empty store.
    public init() {}

    /// Saves `version` when its number is the latest plus one.
    ///
    /// - Parameter version: The version.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/conflict`` when out of sequence.
    public func save(_ version: DocumentVersion) throws {
        try state.withLock { state in
            let latest = state.documents[version.collection]?[version.id]?.last?.number ?? 0
            guard version.number == latest + 1 else {
                throw StoreError(
                    .conflict,
                    message:
                        "version \(version.number) of \(version.collection)/\(version.id) given, expected \(latest + 1)"
                )
            }
            state.documents[version.collection, default: [:]][version.id, default: []].append(version)
        }
    }

    /// Every version of a document, oldest first.
    ///
    /// - Parameters:
    ///   - id: The document id.
    ///   - collection: The collection.
    /// - Returns: The versions.
    public func versions(of id: String, in collection: DocumentCollection) -> [DocumentVersion] {
        state.withLock { $0.documents[collection]?[id] ?? [] }
    }

    /// The ids of a collection's documents, sorted.
    ///
    /// - Parameter collection: The collection.
    /// - Returns: The ids.
    /// - Complexity: O(*n* log *n*) in the number of documents.
    public func documentIDs(in collection: DocumentCollection) -> [String] {
        state.withLock { ($0.documents[collection] ?? [:]).keys.sorted() }
    }

    /// Appends a batch and its audit entries together, once per key.
    ///
    /// - Parameters:
    ///   - batch: The activities and their key.
    ///   - entries: Audit entries recorded with the batch.
    /// - Returns: The receipt; ``ActivityBatchReceipt/alreadyStored`` when the key was stored before.
    public func append(_ batch: ActivityBatch, auditing entries: [AuditEntry]) -> ActivityBatchReceipt {
        state.withLock { state in
            if let stored = state.keys[batch.key] {
                return ActivityBatchReceipt(
                    sequence: stored, count: state.batches[stored].count, key: batch.key, alreadyStored: true)
            }
            state.keys[batch.key] = state.batches.count
            state.batches.append(batch.activities)
            state.audit += entries
            return ActivityBatchReceipt(
                sequence: state.batches.count - 1, count: batch.activities.count, key: batch.key)
        }
    }

    /// The activities of a range of days, for some or all reps, in append order.
    ///
    /// - Parameters:
    ///   - first: The first day, included.
    ///   - last: The last day, included.
    ///   - reps: The reps, or `nil` for all.
    /// - Returns: The activities.
    /// - Complexity: O(*n*) in the number of stored activities.
    public func activities(from first: Day, through last: Day, reps: Set<Rep.ID>?) -> [Activity] {
        let batches = state.withLock { $0.batches }
        return batches.joined().filter { $0.day >= first && $0.day <= last && (reps?.contains($0.repID) ?? true) }
    }

    /// The number of batches appended.
    ///
    /// - Returns: The count.
    public func batchCount() -> Int { state.withLock { $0.batches.count } }

    /// Appends audit entries.
    ///
    /// - Parameter entries: The entries.
    public func record(_ entries: [AuditEntry]) {
        state.withLock { $0.audit += entries }
    }

    /// The audit entries with `start <= at < end`, in the order recorded.
    ///
    /// - Parameters:
    ///   - start: The first instant, included.
    ///   - end: The end, excluded.
    /// - Returns: The entries.
    /// - Complexity: O(*n*) in the number of entries.
    public func auditEntries(from start: Date, before end: Date) -> [AuditEntry] {
        state.withLock { $0.audit }.filter { $0.at >= start && $0.at < end }
    }
}
