import Foundation
import SalesCompetency

// The complete example store of the "Implementing a Store" article, compiled and checked here so the article
// cannot drift from code that works. Keep the two in step.

/// A small host store: everything in one JSON file, rewritten atomically on every change.
actor JSONFileStore: DocumentStore, ActivityStore, AuditTrail {
    private struct Contents: Codable {
        var documents: [String: [String: [DocumentVersion]]] = [:]  // collection → id → versions
        var batches: [[Activity]] = []
        var keys: [String: Int] = [:]  // idempotency key → batch number
        var audit: [AuditEntry] = []
    }

    private let url: URL
    private var contents: Contents

    init(url: URL) throws {
        self.url = url
        if FileManager.default.fileExists(atPath: url.path) {
            contents = try JSONDecoder().decode(Contents.self, from: Data(contentsOf: url))
        } else {
            contents = Contents()
        }
    }

    /// Applies a change to a copy, writes the copy, and keeps it only when the write succeeded.
    private func persist<T>(_ change: (inout Contents) throws -> T) throws -> T {
        var next = contents
        let result = try change(&next)
        try JSONEncoder().encode(next).write(to: url, options: .atomic)
        contents = next
        return result
    }

    // DocumentStore

    func save(_ version: DocumentVersion) throws {
        let latest = contents.documents[version.collection.rawValue]?[version.id]?.last?.number ?? 0
        guard version.number == latest + 1 else {
            throw StoreError(.conflict, message: "\(version.collection)/\(version.id): expected \(latest + 1)")
        }
        try persist { $0.documents[version.collection.rawValue, default: [:]][version.id, default: []].append(version) }
    }

    func versions(of id: String, in collection: DocumentCollection) -> [DocumentVersion] {
        contents.documents[collection.rawValue]?[id] ?? []
    }

    func documentIDs(in collection: DocumentCollection) -> [String] {
        (contents.documents[collection.rawValue] ?? [:]).keys.sorted()
    }

    // ActivityStore

    func append(_ batch: ActivityBatch, auditing entries: [AuditEntry]) throws -> ActivityBatchReceipt {
        if let stored = contents.keys[batch.key] {  // a retry: already stored, add nothing
            return ActivityBatchReceipt(
                sequence: stored, count: contents.batches[stored].count, key: batch.key, alreadyStored: true)
        }
        return try persist { contents in  // the batch, its key and its audit entries in one write
            contents.keys[batch.key] = contents.batches.count
            contents.batches.append(batch.activities)
            contents.audit += entries
            return ActivityBatchReceipt(
                sequence: contents.batches.count - 1, count: batch.activities.count, key: batch.key)
        }
    }

    func activities(from first: Day, through last: Day, reps: Set<Rep.ID>?) -> [Activity] {
        contents.batches.joined().filter { $0.day >= first && $0.day <= last && reps?.contains($0.rep) != false }
    }

    func batchCount() -> Int { contents.batches.count }

    // AuditTrail

    func record(_ entries: [AuditEntry]) throws {
        try persist { $0.audit += entries }
    }

    func auditEntries(from start: Date, before end: Date) -> [AuditEntry] {
        contents.audit.filter { $0.at >= start && $0.at < end }
    }
}
