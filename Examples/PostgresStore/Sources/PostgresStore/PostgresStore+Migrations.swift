import Foundation
public import PostgresNIO
public import SalesCompetency

extension PostgresStore {
    /// One schema migration: a version number and the statements that take the tables to it.
    public struct Migration: Sendable {
        /// The version the statements migrate to: 1, 2, 3…
        public var version: Int
        /// What the migration does, in words.
        public var summary: String
        /// The statements, run in one transaction; `{schema}` stands for the quoted schema name.
        public var statements: [String]
    }

    /// The migrations, oldest first. A database records the versions applied in `schema_migration`; opening a
    /// store applies the missing ones in one transaction, under an advisory lock so that instances starting
    /// together migrate once. A database with a version newer than the last here is refused.
    public static let migrations: [Migration] = [
        Migration(
            version: 1, summary: "documents, the activity log with its idempotency keys, the audit trail",
            statements: [
                """
                CREATE TABLE {schema}.document_version (
                    collection text NOT NULL, id text NOT NULL, number bigint NOT NULL CHECK (number >= 1),
                    effective_from bigint, saved_at double precision NOT NULL, author text NOT NULL,
                    payload bytea NOT NULL, PRIMARY KEY (collection, id, number))
                """,
                """
                CREATE TABLE {schema}.activity_batch (
                    sequence bigint PRIMARY KEY CHECK (sequence >= 0), key text NOT NULL UNIQUE,
                    count bigint NOT NULL, source text NOT NULL)
                """,
                """
                CREATE TABLE {schema}.activity (
                    batch bigint NOT NULL REFERENCES {schema}.activity_batch (sequence), position bigint NOT NULL,
                    rep_id text NOT NULL, task_id text NOT NULL, day bigint NOT NULL,
                    quantity double precision NOT NULL CHECK (quantity >= 0 AND quantity < 'Infinity'),
                    PRIMARY KEY (batch, position))
                """,
                "CREATE INDEX activity_day ON {schema}.activity (day)",
                """
                CREATE TABLE {schema}.audit_entry (
                    sequence bigserial PRIMARY KEY, at double precision NOT NULL, actor text NOT NULL,
                    action text NOT NULL, subject text NOT NULL, detail text NOT NULL)
                """,
                "CREATE INDEX audit_entry_at ON {schema}.audit_entry (at)",
            ]),
        Migration(
            version: 2, summary: "an index for one rep's activity (scorecards by rep)",
            statements: ["CREATE INDEX activity_rep_day ON {schema}.activity (rep_id, day)"]),
    ]

    /// Creates the schema when missing and applies the migrations it lacks, in one transaction.
    ///
    /// - Returns: The versions applied now (empty when the tables were up to date).
    /// - Throws: ``StoreError`` with code `unsupportedSchema` when the database records a version newer than
    ///   the last of ``migrations``; PostgresNIO's errors unchanged (nothing is applied then).
    @discardableResult
    public func migrate() async throws -> [Int] {
        let schema = self.schema
        let tables = self.tables
        let logger = self.logger
        let lockName = "sco-migrate:\(schema)"
        return try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\(lockName)))", logger: logger)
            try await connection.query("CREATE SCHEMA IF NOT EXISTS \(unescaped: "\"\(schema)\"")", logger: logger)
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS \(unescaped: tables.schemaMigration) (
                    version bigint PRIMARY KEY, summary text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
                """, logger: logger)
            var applied: Set<Int> = []
            let rows = try await connection.query(
                "SELECT version FROM \(unescaped: tables.schemaMigration)", logger: logger)
            for try await version in rows.decode(Int.self) { applied.insert(version) }
            let newest = PostgresStore.migrations.last?.version ?? 0
            if let unknown = applied.max(), unknown > newest {
                throw StoreError(
                    .unsupportedSchema, path: schema,
                    message: "the database is at schema version \(unknown); this store knows up to \(newest)")
            }
            var now: [Int] = []
            for migration in PostgresStore.migrations where !applied.contains(migration.version) {
                for statement in migration.statements {
                    let sql = statement.replacingOccurrences(of: "{schema}", with: "\"\(schema)\"")
                    try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
                }
                try await connection.query(
                    """
                    INSERT INTO \(unescaped: tables.schemaMigration) (version, summary)
                    VALUES (\(migration.version), \(migration.summary))
                    """, logger: logger)
                now.append(migration.version)
            }
            return now
        }
    }
}
