public import Foundation
public import GRDB
public import SalesCompetency

/// The library's store protocols over a SQLite database, through GRDB.
///
/// ```swift
/// let store = try SQLiteStore(path: "/var/lib/sco/store.sqlite")
/// let session = StoreSession(store: store, clock: .system, actor: "ana")
/// ```
///
/// Tables (created by a GRDB migration, `v1`):
///
/// | table | columns |
/// | --- | --- |
/// | `document_version` | `collection`, `id`, `number` (primary key), `effective_from` (days since 1970 or NULL), `saved_at` (seconds since 1970), `author`, `payload` (BLOB) |
/// | `activity_batch` | `sequence` (primary key), `count`, `key` (unique: the idempotency key; migration `v2`), `source` |
/// | `activity` | `batch`, `position` (primary key), `rep_id`, `task_id`, `day` (days since 1970, indexed), `quantity_bits` (the `Double`'s bit pattern, so `-0.0` and every NaN-free value round-trip exactly) |
/// | `audit_entry` | `sequence` (primary key), `at` (seconds since 1970, indexed), `actor`, `action`, `subject`, `detail` |
///
/// Each operation is one transaction; GRDB's errors pass through unchanged. An append is exactly-once: the key's
/// unique index and one transaction for the batch, its rows and its audit entries.
public final class SQLiteStore: DocumentStore, ActivityStore, AuditTrail {
    /// The database.
    public let writer: any DatabaseWriter

    /// Opens (creating when missing) the database file at `path`, in WAL mode.
    ///
    /// - Parameter path: The database file.
    /// - Throws: GRDB's `DatabaseError` when the file cannot be opened or migrated.
    public convenience init(path: String) throws {
        try self.init(writer: DatabasePool(path: path))
    }

    /// Uses an open database: a `DatabaseQueue()` in memory for tests, or a host's own pool.
    ///
    /// - Parameter writer: The database.
    /// - Throws: GRDB's `DatabaseError` when the migration fails.
    public init(writer: any DatabaseWriter) throws {
        self.writer = writer
        try SQLiteStore.migrator.migrate(writer)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE document_version (
                        collection TEXT NOT NULL, id TEXT NOT NULL, number INTEGER NOT NULL,
                        effective_from INTEGER, saved_at REAL NOT NULL, author TEXT NOT NULL, payload BLOB NOT NULL,
                        PRIMARY KEY (collection, id, number));
                    CREATE TABLE activity_batch (sequence INTEGER PRIMARY KEY, count INTEGER NOT NULL);
                    CREATE TABLE activity (
                        batch INTEGER NOT NULL REFERENCES activity_batch(sequence), position INTEGER NOT NULL,
                        rep_id TEXT NOT NULL, task_id TEXT NOT NULL, day INTEGER NOT NULL,
                        quantity_bits INTEGER NOT NULL, PRIMARY KEY (batch, position));
                    CREATE INDEX activity_day ON activity(day);
                    CREATE TABLE audit_entry (
                        sequence INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL, actor TEXT NOT NULL,
                        action TEXT NOT NULL, subject TEXT NOT NULL, detail TEXT NOT NULL);
                    CREATE INDEX audit_at ON audit_entry(at);
                    """)
        }
        migrator.registerMigration("v2") { db in
            // Exactly-once appends: every batch has a unique idempotency key; batches stored before get their own.
            try db.execute(
                sql: """
                    ALTER TABLE activity_batch ADD COLUMN key TEXT;
                    ALTER TABLE activity_batch ADD COLUMN source TEXT NOT NULL DEFAULT '';
                    UPDATE activity_batch SET key = 'v1-batch-' || sequence;
                    CREATE UNIQUE INDEX activity_batch_key ON activity_batch(key);
                    """)
        }
        return migrator
    }

    // MARK: DocumentStore

    /// Inserts `version` when its number is the latest plus one, in one transaction.
    ///
    /// - Parameter version: The version.
    /// - Throws: ``StoreError`` with code `conflict` when out of sequence; GRDB's errors unchanged.
    public func save(_ version: DocumentVersion) async throws {
        try await writer.write { db in
            let latest =
                try Int.fetchOne(
                    db, sql: "SELECT MAX(number) FROM document_version WHERE collection = ? AND id = ?",
                    arguments: [version.collection.rawValue, version.id]) ?? 0
            guard version.number == latest + 1 else {
                throw StoreError(
                    .conflict,
                    message:
                        "version \(version.number) of \(version.collection)/\(version.id) given, expected \(latest + 1)"
                )
            }
            try db.execute(
                sql: """
                    INSERT INTO document_version (collection, id, number, effective_from, saved_at, author, payload)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    version.collection.rawValue, version.id, version.number, version.effectiveFrom?.daysSinceEpoch,
                    version.savedAt.timeIntervalSince1970, version.author, version.payload,
                ])
        }
    }

    /// Every version of a document, oldest first.
    ///
    /// - Parameters:
    ///   - id: The document id.
    ///   - collection: The collection.
    /// - Returns: The versions.
    /// - Throws: GRDB's errors unchanged; ``StoreError`` for a stored row that breaks an invariant.
    public func versions(of id: String, in collection: DocumentCollection) async throws -> [DocumentVersion] {
        try await writer.read { db in
            try GRDB.Row.fetchAll(
                db,
                sql: """
                    SELECT number, effective_from, saved_at, author, payload FROM document_version
                    WHERE collection = ? AND id = ? ORDER BY number
                    """, arguments: [collection.rawValue, id]
            ).map { row in
                let effective: Int? = row["effective_from"]
                return try DocumentVersion(
                    collection: collection, id: id, number: row["number"],
                    effectiveFrom: effective.map { Day(daysSinceEpoch: $0) },
                    savedAt: Date(timeIntervalSince1970: row["saved_at"]), author: row["author"],
                    payload: row["payload"] ?? Data())
            }
        }
    }

    /// The ids of a collection's documents, sorted with `String`'s `<`.
    ///
    /// - Parameter collection: The collection.
    /// - Returns: The ids.
    /// - Throws: GRDB's errors unchanged.
    /// - Complexity: O(*n* log *n*) in the number of documents.
    public func documentIDs(in collection: DocumentCollection) async throws -> [String] {
        try await writer.read { db in
            try String.fetchAll(
                db, sql: "SELECT DISTINCT id FROM document_version WHERE collection = ?",
                arguments: [collection.rawValue])
        }.sorted()
    }

    // MARK: ActivityStore

    /// Appends a batch, its key and its audit entries in one transaction, once per key.
    ///
    /// - Parameters:
    ///   - batch: The activities and their idempotency key.
    ///   - entries: Audit entries recorded in the same transaction.
    /// - Returns: The receipt; the stored batch's, with `alreadyStored`, when the key is already there.
    /// - Throws: GRDB's errors unchanged; nothing is appended then.
    /// - Complexity: O(*n*) in the batch size.
    public func append(_ batch: ActivityBatch, auditing entries: [AuditEntry]) async throws -> ActivityBatchReceipt {
        try await writer.write { db in
            if let stored = try GRDB.Row.fetchOne(
                db, sql: "SELECT sequence, count FROM activity_batch WHERE key = ?", arguments: [batch.key])
            {
                return ActivityBatchReceipt(
                    sequence: stored["sequence"], count: stored["count"], key: batch.key, alreadyStored: true)
            }
            let sequence = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM activity_batch") ?? 0
            try db.execute(
                sql: "INSERT INTO activity_batch (sequence, count, key, source) VALUES (?, ?, ?, ?)",
                arguments: [sequence, batch.activities.count, batch.key, batch.source])
            let insert = try db.makeStatement(
                sql: """
                    INSERT INTO activity (batch, position, rep_id, task_id, day, quantity_bits)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """)
            for (position, activity) in batch.activities.enumerated() {
                try insert.execute(arguments: [
                    sequence, position, activity.repID.rawValue, activity.taskID.rawValue, activity.day.daysSinceEpoch,
                    Int64(bitPattern: activity.quantity.bitPattern),
                ])
            }
            try SQLiteStore.insert(entries, into: db)
            return ActivityBatchReceipt(sequence: sequence, count: batch.activities.count, key: batch.key)
        }
    }

    /// The activities of a range of days, for some or all reps, in append order.
    ///
    /// - Parameters:
    ///   - first: The first day, included.
    ///   - last: The last day, included.
    ///   - reps: The reps, or `nil` for all.
    /// - Returns: The activities.
    /// - Throws: GRDB's errors unchanged.
    public func activities(from first: Day, through last: Day, reps: Set<Rep.ID>?) async throws -> [Activity] {
        if let reps, reps.isEmpty { return [] }
        return try await writer.read { db in
            var result: [Activity] = []
            let rows = try GRDB.Row.fetchCursor(
                db,
                sql: """
                    SELECT rep_id, task_id, day, quantity_bits FROM activity WHERE day BETWEEN ? AND ?
                    ORDER BY batch, position
                    """, arguments: [first.daysSinceEpoch, last.daysSinceEpoch])
            while let row = try rows.next() {
                let rep = Rep.ID(rawValue: row["rep_id"])
                if let reps, !reps.contains(rep) { continue }
                let bits: Int64 = row["quantity_bits"]
                result.append(
                    try Activity(
                        repID: rep, taskID: SalesTask.ID(rawValue: row["task_id"]),
                        day: Day(daysSinceEpoch: row["day"]),
                        quantity: Double(bitPattern: UInt64(bitPattern: bits))))
            }
            return result
        }
    }

    /// The number of batches appended.
    ///
    /// - Returns: The count.
    /// - Throws: GRDB's errors unchanged.
    public func batchCount() async throws -> Int {
        try await writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM activity_batch") ?? 0 }
    }

    // MARK: AuditTrail

    /// Appends audit entries in one transaction.
    ///
    /// - Parameter entries: The entries.
    /// - Throws: GRDB's errors unchanged.
    public func record(_ entries: [AuditEntry]) async throws {
        try await writer.write { db in try SQLiteStore.insert(entries, into: db) }
    }

    static func insert(_ entries: [AuditEntry], into db: Database) throws {
        for entry in entries {
            try db.execute(
                sql: "INSERT INTO audit_entry (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    entry.at.timeIntervalSince1970, entry.actor, entry.action.rawValue, entry.subject, entry.detail,
                ])
        }
    }

    /// The audit entries with `start <= at < end`, in the order recorded.
    ///
    /// - Parameters:
    ///   - start: The first instant, included.
    ///   - end: The end, excluded.
    /// - Returns: The entries.
    /// - Throws: GRDB's errors unchanged.
    public func auditEntries(from start: Date, before end: Date) async throws -> [AuditEntry] {
        try await writer.read { db in
            try GRDB.Row.fetchAll(
                db,
                sql: """
                    SELECT at, actor, action, subject, detail FROM audit_entry WHERE at >= ? AND at < ?
                    ORDER BY sequence
                    """, arguments: [start.timeIntervalSince1970, end.timeIntervalSince1970]
            ).map { row in
                AuditEntry(
                    at: Date(timeIntervalSince1970: row["at"]), actor: row["actor"],
                    action: AuditEntry.Action(rawValue: row["action"]), subject: row["subject"], detail: row["detail"])
            }
        }
    }
}
