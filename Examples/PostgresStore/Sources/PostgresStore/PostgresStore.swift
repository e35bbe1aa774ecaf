public import Foundation
public import Logging
public import PostgresNIO
public import SalesCompetency

/// The library's store protocols over a PostgreSQL database, through PostgresNIO: the reference for a server
/// database that several service instances share.
///
/// ```swift
/// let client = PostgresClient(configuration: try PostgresStore.configuration(url: url), backgroundLogger: logger)
/// // run `client.run()` in a long-running task (a service group or a task group), then:
/// let store = try await PostgresStore.open(client: client, schema: "sco", logger: logger)
/// let session = StoreSession(store: store, clock: .system, actor: "ana")
/// ```
///
/// Tables, in the schema given (created by numbered migrations, see ``migrations``):
///
/// | table | columns |
/// | --- | --- |
/// | `document_version` | `collection`, `id`, `number` (primary key), `effective_from` (days since 1970 or NULL), `saved_at` (seconds since 1970), `author`, `payload` (bytea) |
/// | `activity_batch` | `sequence` (primary key, 0, 1, 2…), `key` (unique: the idempotency key), `count`, `source` |
/// | `activity` | `batch`, `position` (primary key), `rep_id`, `task_id`, `day` (days since 1970, indexed), `quantity` (float8, sent in binary so every value round-trips bit for bit) |
/// | `audit_entry` | `sequence` (primary key), `at` (seconds since 1970, indexed), `actor`, `action`, `subject`, `detail` |
/// | `schema_migration` | `version` (primary key), `applied_at` |
///
/// Every value reaches the database as a bind parameter; the schema name, validated by ``init(client:schema:logger:)``,
/// is the only identifier written into the SQL.
///
/// Several processes may share one database:
/// - a document save is one statement that inserts the version only when its number is the latest plus one; the
///   primary key makes the loser of a race insert nothing, and it gets ``StoreError`` `conflict` (so a month is
///   frozen once);
/// - an append takes a transaction-scoped advisory lock on the schema's log, so batch numbers stay dense, looks the
///   key up, and inserts the batch, its rows and its audit entries in the same transaction; the key's unique
///   constraint backs the lock up. Of two instances importing the same batch, one stores it and the other gets
///   the stored receipt with ``ActivityBatchReceipt/alreadyStored``. A process killed mid-import leaves nothing:
///   PostgreSQL rolls the transaction back;
/// - reads are single statements and see one snapshot; they take no lock and never wait for an import;
/// - migrations run under an advisory lock, so instances starting together migrate once.
///
/// PostgresNIO's errors (`PSQLError`) pass through unchanged.
public struct PostgresStore: DocumentStore, ActivityStore, AuditTrail {
    /// The client the store queries through; the host runs it.
    public let client: PostgresClient
    /// The PostgreSQL schema that holds the tables.
    public let schema: String
    /// Where the store's queries log (at trace level, through PostgresNIO).
    public let logger: Logger

    /// How many activities one insert statement carries (as arrays bound to `unnest`).
    static let rowsPerInsert = 20_000

    /// Uses the tables in `schema` without migrating them (see ``open(client:schema:logger:)``).
    ///
    /// - Parameters:
    ///   - client: The client; the host must run it (`client.run()`) for as long as the store is used.
    ///   - schema: The schema's name: lower-case ASCII letters, digits and `_`, not starting with a digit, at most
    ///     63 bytes.
    ///   - logger: The logger for the store's queries.
    /// - Throws: ``StoreError`` with code `invalidID` for a schema name outside that set.
    public init(client: PostgresClient, schema: String = "public", logger: Logger) throws {
        let allowed = schema.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
        guard !schema.isEmpty, schema.utf8.count <= 63, allowed,
            !(schema.utf8.first! >= 0x30 && schema.utf8.first! <= 0x39)
        else {
            throw StoreError(
                .invalidID,
                message:
                    "schema name \"\(schema)\" is not lower-case letters, digits and _ (at most 63, no leading digit)")
        }
        self.client = client
        self.schema = schema
        self.logger = logger
    }

    /// Opens the store in `schema`, creating the schema and migrating its tables to the newest version first.
    ///
    /// - Parameters:
    ///   - client: The client; the host must run it.
    ///   - schema: The schema's name (see ``init(client:schema:logger:)``).
    ///   - logger: The logger.
    /// - Returns: The store.
    /// - Throws: ``StoreError`` with code `invalidID` for a bad schema name, `unsupportedSchema` when the database
    ///   was migrated by a newer version of this store; PostgresNIO's errors unchanged.
    public static func open(client: PostgresClient, schema: String = "public", logger: Logger) async throws
        -> PostgresStore
    {
        let store = try PostgresStore(client: client, schema: schema, logger: logger)
        try await store.migrate()
        return store
    }

    /// A client configuration from a URL such as `postgres://user:password@127.0.0.1:5432/database`, without TLS
    /// (for loopback; a host reaching a remote database builds its own configuration with TLS).
    ///
    /// - Parameter url: The URL.
    /// - Returns: The configuration.
    /// - Throws: ``StoreError`` with code `invalidValue` when the URL is not a `postgres:` or `postgresql:` URL with
    ///   a host.
    public static func configuration(url: String) throws -> PostgresClient.Configuration {
        guard let parts = URLComponents(string: url), ["postgres", "postgresql"].contains(parts.scheme ?? ""),
            let host = parts.host, !host.isEmpty
        else {
            throw StoreError(.invalidValue, message: "not a postgres://user@host:port/database URL")
        }
        let database = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        return PostgresClient.Configuration(
            host: host, port: parts.port ?? 5432, username: parts.user ?? "postgres", password: parts.password,
            database: database.isEmpty ? nil : database, tls: .disable)
    }

    var tables: Tables { Tables(schema: schema) }

    /// The qualified table names, written into the SQL as identifiers (the schema name is validated).
    struct Tables {
        let schema: String
        var documentVersion: String { "\"\(schema)\".document_version" }
        var activityBatch: String { "\"\(schema)\".activity_batch" }
        var activity: String { "\"\(schema)\".activity" }
        var auditEntry: String { "\"\(schema)\".audit_entry" }
        var schemaMigration: String { "\"\(schema)\".schema_migration" }
    }

    // MARK: DocumentStore

    /// Inserts `version` when its number is the latest plus one, in one statement.
    ///
    /// - Parameter version: The version.
    /// - Throws: ``StoreError`` with code `conflict` when out of sequence (or when another writer saved the same
    ///   number first); PostgresNIO's errors unchanged.
    public func save(_ version: DocumentVersion) async throws {
        let table = tables.documentVersion
        let rows = try await client.query(
            """
            INSERT INTO \(unescaped: table) (collection, id, number, effective_from, saved_at, author, payload)
            SELECT \(version.collection.rawValue), \(version.id), \(version.number),
                \(version.effectiveFrom.map { $0.daysSinceEpoch }), \(version.savedAt.timeIntervalSince1970),
                \(version.author), \(version.payload)
            WHERE (SELECT COALESCE(MAX(number), 0) FROM \(unescaped: table)
                   WHERE collection = \(version.collection.rawValue) AND id = \(version.id)) = \(version.number - 1)
            ON CONFLICT DO NOTHING
            RETURNING number
            """, logger: logger)
        var inserted = 0
        for try await _ in rows { inserted += 1 }
        guard inserted == 1 else {
            let latest = try await versions(of: version.id, in: version.collection).last?.number ?? 0
            throw StoreError(
                .conflict,
                message:
                    "version \(version.number) of \(version.collection)/\(version.id) given, expected \(latest + 1)")
        }
    }

    /// Every version of a document, oldest first.
    ///
    /// - Parameters:
    ///   - id: The document id.
    ///   - collection: The collection.
    /// - Returns: The versions.
    /// - Throws: PostgresNIO's errors unchanged; ``StoreError`` for a stored row that breaks an invariant.
    public func versions(of id: String, in collection: DocumentCollection) async throws -> [DocumentVersion] {
        let rows = try await client.query(
            """
            SELECT number, effective_from, saved_at, author, payload FROM \(unescaped: tables.documentVersion)
            WHERE collection = \(collection.rawValue) AND id = \(id) ORDER BY number
            """, logger: logger)
        var result: [DocumentVersion] = []
        for try await (number, effective, savedAt, author, payload) in rows.decode(
            (Int, Int?, Double, String, Data).self)
        {
            result.append(
                try DocumentVersion(
                    collection: collection, id: id, number: number,
                    effectiveFrom: effective.map(Day.init(daysSinceEpoch:)),
                    savedAt: Date(timeIntervalSince1970: savedAt), author: author, payload: payload))
        }
        return result
    }

    /// The ids of a collection's documents, sorted with `String`'s `<`.
    ///
    /// - Parameter collection: The collection.
    /// - Returns: The ids.
    /// - Throws: PostgresNIO's errors unchanged.
    /// - Complexity: O(*n* log *n*) in the number of documents.
    public func documentIDs(in collection: DocumentCollection) async throws -> [String] {
        let rows = try await client.query(
            "SELECT DISTINCT id FROM \(unescaped: tables.documentVersion) WHERE collection = \(collection.rawValue)",
            logger: logger)
        var ids: [String] = []
        for try await id in rows.decode(String.self) { ids.append(id) }
        return ids.sorted()
    }

    /// Runs `body` in a transaction on one connection: committed when it returns, rolled back when it throws. Errors
    /// pass through unchanged (PostgresNIO's own `withTransaction` wraps them).
    func transaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        let logger = self.logger
        return try await client.withConnection { connection in
            try await connection.query("BEGIN", logger: logger)
            let result: Result
            do {
                result = try await body(connection)
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
            try await connection.query("COMMIT", logger: logger)
            return result
        }
    }

    // MARK: ActivityStore

    /// Appends a batch, its key and its audit entries in one transaction, once per key.
    ///
    /// - Parameters:
    ///   - batch: The activities and their idempotency key.
    ///   - entries: Audit entries recorded in the same transaction.
    /// - Returns: The receipt; the stored batch's, with `alreadyStored`, when the key is already there.
    /// - Throws: PostgresNIO's errors unchanged; nothing is appended then.
    /// - Complexity: O(*n*) in the batch size.
    public func append(_ batch: ActivityBatch, auditing entries: [AuditEntry]) async throws -> ActivityBatchReceipt {
        let tables = self.tables
        let lockName = "sco-activity-log:\(schema)"
        let logger = self.logger
        return try await transaction { connection in
            // One appender at a time per log, in every process: dense batch numbers, and a retried key sees the
            // batch committed by the other appender.
            try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\(lockName)))", logger: logger)
            let stored = try await connection.query(
                "SELECT sequence, count FROM \(unescaped: tables.activityBatch) WHERE key = \(batch.key)",
                logger: logger)
            for try await (sequence, count) in stored.decode((Int, Int).self) {
                return ActivityBatchReceipt(sequence: sequence, count: count, key: batch.key, alreadyStored: true)
            }
            var sequence = 0
            let next = try await connection.query(
                "SELECT COALESCE(MAX(sequence) + 1, 0) FROM \(unescaped: tables.activityBatch)", logger: logger)
            for try await value in next.decode(Int.self) { sequence = value }
            try await connection.query(
                """
                INSERT INTO \(unescaped: tables.activityBatch) (sequence, key, count, source)
                VALUES (\(sequence), \(batch.key), \(batch.activities.count), \(batch.source))
                """, logger: logger)
            var start = 0
            while start < batch.activities.count {
                let chunk = batch.activities[start..<min(start + PostgresStore.rowsPerInsert, batch.activities.count)]
                try await connection.query(
                    """
                    INSERT INTO \(unescaped: tables.activity) (batch, position, rep_id, task_id, day, quantity)
                    SELECT \(sequence), \(start) + t.ord - 1, t.rep, t.task, t.day, t.quantity
                    FROM unnest(\(chunk.map(\.repID.rawValue))::text[], \(chunk.map(\.taskID.rawValue))::text[],
                                \(chunk.map(\.day.daysSinceEpoch))::bigint[], \(chunk.map(\.quantity))::float8[])
                         WITH ORDINALITY AS t(rep, task, day, quantity, ord)
                    """, logger: logger)
                start += chunk.count
            }
            try await PostgresStore.insert(entries, into: tables.auditEntry, on: connection, logger: logger)
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
    /// - Throws: PostgresNIO's errors unchanged.
    /// - Complexity: O(*n*) in the activities returned.
    public func activities(from first: Day, through last: Day, reps: Set<Rep.ID>?) async throws -> [Activity] {
        let table = tables.activity
        let rows: PostgresRowSequence
        if let reps {
            if reps.isEmpty { return [] }
            rows = try await client.query(
                """
                SELECT rep_id, task_id, day, quantity FROM \(unescaped: table)
                WHERE day BETWEEN \(first.daysSinceEpoch) AND \(last.daysSinceEpoch)
                  AND rep_id = ANY(\(reps.map(\.rawValue))::text[])
                ORDER BY batch, position
                """, logger: logger)
        } else {
            rows = try await client.query(
                """
                SELECT rep_id, task_id, day, quantity FROM \(unescaped: table)
                WHERE day BETWEEN \(first.daysSinceEpoch) AND \(last.daysSinceEpoch)
                ORDER BY batch, position
                """, logger: logger)
        }
        var result: [Activity] = []
        for try await (rep, task, day, quantity) in rows.decode((String, String, Int, Double).self) {
            result.append(
                try Activity(
                    repID: Rep.ID(rawValue: rep), taskID: SalesTask.ID(rawValue: task),
                    day: Day(daysSinceEpoch: day), quantity: quantity))
        }
        return result
    }

    /// The number of batches appended.
    ///
    /// - Returns: The count.
    /// - Throws: PostgresNIO's errors unchanged.
    public func batchCount() async throws -> Int {
        let rows = try await client.query("SELECT COUNT(*) FROM \(unescaped: tables.activityBatch)", logger: logger)
        var count = 0
        for try await value in rows.decode(Int.self) { count = value }
        return count
    }

    // MARK: AuditTrail

    /// Appends audit entries in one transaction, in order.
    ///
    /// - Parameter entries: The entries.
    /// - Throws: PostgresNIO's errors unchanged.
    public func record(_ entries: [AuditEntry]) async throws {
        guard !entries.isEmpty else { return }
        let table = tables.auditEntry
        let logger = self.logger
        try await transaction { connection in
            try await PostgresStore.insert(entries, into: table, on: connection, logger: logger)
        }
    }

    static func insert(
        _ entries: [AuditEntry], into table: String, on connection: PostgresConnection, logger: Logger
    ) async throws {
        for entry in entries {
            try await connection.query(
                """
                INSERT INTO \(unescaped: table) (at, actor, action, subject, detail)
                VALUES (\(entry.at.timeIntervalSince1970), \(entry.actor), \(entry.action.rawValue), \(entry.subject),
                        \(entry.detail))
                """, logger: logger)
        }
    }

    /// The audit entries with `start <= at < end`, in the order recorded.
    ///
    /// - Parameters:
    ///   - start: The first instant, included.
    ///   - end: The end, excluded.
    /// - Returns: The entries.
    /// - Throws: PostgresNIO's errors unchanged.
    public func auditEntries(from start: Date, before end: Date) async throws -> [AuditEntry] {
        let rows = try await client.query(
            """
            SELECT at, actor, action, subject, detail FROM \(unescaped: tables.auditEntry)
            WHERE at >= \(start.timeIntervalSince1970) AND at < \(end.timeIntervalSince1970) ORDER BY sequence
            """, logger: logger)
        var result: [AuditEntry] = []
        for try await (at, actor, action, subject, detail) in rows.decode((Double, String, String, String, String).self)
        {
            result.append(
                AuditEntry(
                    at: Date(timeIntervalSince1970: at), actor: actor, action: AuditEntry.Action(rawValue: action),
                    subject: subject, detail: detail))
        }
        return result
    }
}
