import Foundation
import GRDB
import SQLiteStore
import SalesCompetency
import SalesCompetencyTesting
import Testing

struct SQLiteStoreTests {
    @Test func passesTheConformanceCheck() async throws {
        try await StoreConformanceCheck().run { try SQLiteStore(writer: DatabaseQueue()) }
    }

    @Test func passesTheConformanceCheckOnAFileInWALMode() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sqlite-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var made = 0
        try await StoreConformanceCheck().run {
            made += 1
            return try SQLiteStore(path: directory.appendingPathComponent("store-\(made).sqlite").path)
        }
    }

    @Test func keepsEverythingAcrossReopeningAndScoresPastMonthsWithTheirRules() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sqlite-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("store.sqlite").path
        let start = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01T00:00:00Z
        let clock = ManualClock(start)
        do {
            let session = StoreSession(store: try SQLiteStore(path: path), clock: clock, actor: "ana")
            let targets = session.documents([String: Double].self, in: .scoringPolicies)
            try await targets.save(["calls": 100], id: "default", effectiveFrom: try Day(parsing: "2025-01-01"))
            clock.advance(by: .seconds(3_600))
            try await targets.save(["calls": 120], id: "default", effectiveFrom: try Day(parsing: "2025-04-01"))
            try await session.appendActivities([
                try Activity(repID: "rep-1", taskID: "calls", day: try Day(parsing: "2025-03-31"), quantity: 7)
            ])
        }
        let store = try SQLiteStore(path: path)
        let session = StoreSession(store: store, clock: clock, actor: "bo")
        let targets = session.documents([String: Double].self, in: .scoringPolicies)
        #expect(try await targets.document("default", inEffectOn: try Day(parsing: "2025-03-31")) == ["calls": 100])
        #expect(try await targets.document("default", inEffectOn: try Day(parsing: "2025-04-01")) == ["calls": 120])
        let march = try PeriodRange(.month(2025, 3), through: .month(2025, 3))
        #expect(try await store.activities(in: march).map(\.quantity) == [7])
        let trail = try await store.auditEntries(from: start, before: start.addingTimeInterval(86_400))
        #expect(trail.map(\.at) == [start, start.addingTimeInterval(3_600), start.addingTimeInterval(3_600)])
        #expect(trail.map(\.action) == [.documentSaved, .documentSaved, .activitiesAppended])
    }
}
