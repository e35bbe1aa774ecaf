import Foundation
import Logging
import PostgresNIO
import PostgresStore
import SalesCompetency
import SalesCompetencyTesting
import Testing

/// The database these tests use: `SCO_POSTGRES_URL`, such as `postgres://postgres@127.0.0.1:55432/postgres`
/// (`.ci/service.sh` starts one). Without it the tests are skipped.
let databaseURL = ProcessInfo.processInfo.environment["SCO_POSTGRES_URL"]

/// Runs `body` with a running client of its own, as a separate service instance would have.
func withClient<T: Sendable>(_ body: (PostgresClient) async throws -> T) async throws -> T {
    let client = PostgresClient(
        configuration: try PostgresStore.configuration(url: databaseURL ?? ""),
        backgroundLogger: Logger(label: "postgres-store-tests"))
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { await client.run() }
        defer { group.cancelAll() }
        return try await body(client)
    }
}

/// A schema no other test uses.
func freshSchema(_ name: String) -> String {
    "t_\(name)_\(UInt32.random(in: 0...UInt32.max))"
}

@Suite(.enabled(if: databaseURL != nil, "set SCO_POSTGRES_URL to a PostgreSQL database"))
struct PostgresStoreTests {
    let logger = Logger(label: "postgres-store-tests")

    @Test func passesTheConformanceCheck() async throws {
        try await withClient { client in
            var made = 0
            try await StoreConformanceCheck().run {
                made += 1
                return try await PostgresStore.open(
                    client: client, schema: freshSchema("conformance\(made)"), logger: logger)
            }
        }
    }

    @Test func migratesOnceWhenInstancesStartTogetherAndRefusesANewerSchema() async throws {
        let schema = freshSchema("migrate")
        let applied = try await withThrowingTaskGroup(of: [Int].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    try await withClient { client in
                        try await PostgresStore(client: client, schema: schema, logger: logger).migrate()
                    }
                }
            }
            return try await group.reduce(into: [[Int]]()) { $0.append($1) }
        }
        #expect(applied.filter { !$0.isEmpty } == [PostgresStore.migrations.map(\.version)])
        try await withClient { client in
            let store = try PostgresStore(client: client, schema: schema, logger: logger)
            #expect(try await store.migrate() == [])
            try await client.query(
                "INSERT INTO \(unescaped: "\"\(schema)\"").schema_migration VALUES (99, 'future', now())")
            await #expect(throws: StoreError.self) { try await store.migrate() }
        }
    }

    @Test func refusesASchemaNameThatIsNotAPlainIdentifier() async throws {
        try await withClient { client in
            for name in ["", "Public", "a\"; DROP TABLE x; --", "1abc", String(repeating: "a", count: 64)] {
                #expect(throws: StoreError.self) { try PostgresStore(client: client, schema: name, logger: logger) }
            }
        }
    }

    @Test func twoInstancesImportingTheSameBatchStoreItOnce() async throws {
        let schema = freshSchema("instances")
        try await withClient { client in
            _ = try await PostgresStore.open(client: client, schema: schema, logger: logger)
        }
        let day = try Day(parsing: "2025-03-03")
        let batch = ActivityBatch(
            try (0..<5_000).map {
                try Activity(repID: Rep.ID(rawValue: "rep-\($0 % 100)"), taskID: "calls", day: day, quantity: 1)
            },
            source: "march.csv", key: "import-march")
        let clock = FixedClock(Date(timeIntervalSince1970: 1_743_465_600))
        // Two clients are two instances: separate pools, separate connections, one database.
        let receipts = try await withThrowingTaskGroup(of: [ActivityBatchReceipt].self) { group in
            for instance in 0..<2 {
                group.addTask {
                    try await withClient { client in
                        let store = try PostgresStore(client: client, schema: schema, logger: logger)
                        let session = StoreSession(store: store, clock: clock, actor: "instance-\(instance)")
                        var receipts: [ActivityBatchReceipt] = []
                        for _ in 0..<3 { receipts.append(try await session.appendActivities(batch)) }
                        return receipts
                    }
                }
            }
            return try await group.reduce(into: [ActivityBatchReceipt]()) { $0 += $1 }
        }
        #expect(receipts.filter { !$0.alreadyStored }.count == 1)
        #expect(Set(receipts.map(\.sequence)) == [0])
        try await withClient { client in
            let store = try PostgresStore(client: client, schema: schema, logger: logger)
            #expect(try await store.batchCount() == 1)
            #expect(try await store.activities(from: day, through: day, reps: nil).count == 5_000)
            let trail = try await store.auditEntries(from: .distantPast, before: .distantFuture)
            #expect(trail.map(\.action) == [.activitiesAppended])
        }
    }

    @Test func freezesAMonthOnceAcrossInstances() async throws {
        let schema = freshSchema("freeze")
        try await withClient { client in
            _ = try await PostgresStore.open(client: client, schema: schema, logger: logger)
        }
        let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
            for instance in 0..<4 {
                group.addTask {
                    try await withClient { client in
                        let store = try PostgresStore(client: client, schema: schema, logger: logger)
                        let session = StoreSession(
                            store: store, clock: FixedClock(Date(timeIntervalSince1970: 1_743_465_600)),
                            actor: "instance-\(instance)")
                        do {
                            try await session.documents([String].self, in: .scorecardSnapshots)
                                .freeze(["by instance \(instance)"], id: "2025-03")
                            return true
                        } catch let error as StoreError where error.code == .frozen {
                            return false
                        }
                    }
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 }.count == 1)
    }

    @Test func aFailedAppendLeavesNothing() async throws {
        let schema = freshSchema("rollback")
        try await withClient { client in
            let store = try await PostgresStore.open(client: client, schema: schema, logger: logger)
            try await client.query(
                "ALTER TABLE \(unescaped: "\"\(schema)\"").audit_entry ADD CONSTRAINT no_bad CHECK (actor <> 'bad')")
            let batch = ActivityBatch(
                [try Activity(repID: "a", taskID: "t", day: Day(daysSinceEpoch: 1), quantity: 1)], source: "x")
            let entry = AuditEntry(
                at: Date(timeIntervalSince1970: 0), actor: "bad", action: .activitiesAppended, subject: "x")
            await #expect(throws: PSQLError.self) { try await store.append(batch, auditing: [entry]) }
            #expect(try await store.batchCount() == 0)
            #expect(
                try await store.activities(from: Day(daysSinceEpoch: 0), through: Day(daysSinceEpoch: 9), reps: nil)
                    .isEmpty)
        }
    }
}
