import Foundation
import SalesCompetency
import SalesCompetencyTesting
import TestSupport
import Testing

/// Shared values and shared clocks used from many tasks at once must give the sequential answer. CI runs this
/// suite under ThreadSanitizer (`swift test --sanitize=thread`), which fails the run on any data race.
struct ConcurrencyTests {
    static let tasks = 64
    static let sample = SampleOrganisation(seed: 7)
    static let utc = TimeZone(identifier: "UTC")!

    /// Everything parsed from the sample's files, for comparing runs.
    struct Parsed: Equatable, Sendable {
        var roster: Roster
        var policy: ScoringPolicy
        var log: ActivityLog
        var deals: [Opportunity]
        var dictionary: CompetencyDictionary
    }

    static func parseEverything() throws -> Parsed {
        Parsed(
            roster: try Roster(csvText: sample.rosterCSV, name: "roster.csv"),
            policy: try ScoringPolicy(rulesCSVText: sample.rulesCSV, name: "rules.csv", timeZone: utc),
            log: try ActivityLog(csvText: sample.activitiesCSV, name: "activities.csv", timeZone: utc),
            deals: try OpportunityReader(stages: StageLabels()).read(
                csvText: sample.opportunitiesCSV, name: "opportunities.csv"),
            dictionary: try CompetencyDictionary(json: CompetencyDictionary.builtIn.encodedJSON()))
    }

    @Test func parsingFromManyTasksGivesTheSequentialResult() async throws {
        let expected = try Self.parseEverything()
        #expect(expected.log.count > 1000 && expected.roster.count > 20 && expected.deals.count > 100)
        let results = try await withThrowingTaskGroup(of: Parsed.self) { group in
            for _ in 0..<Self.tasks { group.addTask { try Self.parseEverything() } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == Self.tasks)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func oneEngineScoresFromManyTasks() async throws {
        let parsed = try Self.parseEverything()
        let engine = ScoringEngine(policy: parsed.policy, roster: parsed.roster)
        let periods = try PeriodRange(.month(2025, 1), through: .month(2025, 6))
        let expected = Array(engine.score(parsed.log, periods: periods))
        #expect(expected.count > 100)
        // The file path splits the file into chunks parsed on all cores: run it from many tasks too.
        let folder = try ScratchFolder.make("concurrency")
        let path = folder.appendingPathComponent("activities.csv").path
        try Self.sample.activitiesCSV.write(toFile: path, atomically: true, encoding: .utf8)
        let results = try await withThrowingTaskGroup(of: [Scorecard].self) { group in
            for index in 0..<Self.tasks {
                group.addTask {
                    index.isMultiple(of: 2)
                        ? Array(engine.score(parsed.log, periods: periods))
                        : Array(try engine.score(activitiesCSVFile: path, periods: periods))
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == Self.tasks)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func shardedAggregatesMergeToTheWhole() async throws {
        let parsed = try Self.parseEverything()
        let engine = ScoringEngine(policy: parsed.policy, roster: parsed.roster)
        let periods = try PeriodRange(.month(2025, 1), through: .month(2025, 6))
        let whole = engine.score(engine.aggregate(parsed.log, periods: periods))
        // Shard by rep, aggregate every shard in its own task, merge in completion order.
        let shards = Dictionary(grouping: parsed.log, by: \.repID).values.map { ActivityLog($0) }
        #expect(shards.count > 10)
        let merged = try await withThrowingTaskGroup(of: ActivityAggregate.self) { group in
            for shard in shards { group.addTask { engine.aggregate(shard, periods: periods) } }
            var total: ActivityAggregate?
            for try await part in group { total = try total.map { try $0.merging(part) } ?? part }
            return try #require(total)
        }
        #expect(Array(engine.score(merged)) == Array(whole))
    }

    @Test func manualClockFromManyTasks() async {
        let start = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01T00:00:00Z
        let clock = ManualClock(start)
        let readings = await withTaskGroup(of: [Date].self) { group in
            for index in 0..<Self.tasks {
                group.addTask {
                    var seen: [Date] = []
                    for _ in 0..<100 {
                        if index.isMultiple(of: 2) { clock.advance(by: .seconds(1)) }
                        seen.append(clock.now)
                    }
                    return seen
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        // 32 tasks advanced 100 times by one second each: no step is lost.
        #expect(clock.now == start.addingTimeInterval(3200))
        // Each task saw time only move forward, and never past the end.
        for seen in readings {
            #expect(zip(seen, seen.dropFirst()).allSatisfy { $0 <= $1 })
            #expect(seen.allSatisfy { $0 >= start && $0 <= start.addingTimeInterval(3200) })
        }
    }

    /// 64 tasks append a batch, save a document and record an audit entry each, while 16 more read; then 16
    /// tasks race to save version 1 of one shared document.
    static func hammer(_ store: some DocumentStore & ActivityStore & AuditTrail) async throws {
        let clock: any WallClock = .fixed(Date(timeIntervalSince1970: 1_735_689_600))
        let session = StoreSession(store: store, clock: clock, actor: "load")
        let day = Day(year: 2025, month: 1, day: 2)!
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<Self.tasks {
                group.addTask {
                    let rep = Rep.ID(rawValue: "rep-\(index)")
                    let batch = try (1...3).map {
                        try FaultInjectionTests.StoreActivity(
                            repID: rep, taskID: "emails", day: day, quantity: Double($0))
                    }
                    try await session.appendActivities(batch)
                    _ = try await session.rosters.save(
                        try Roster([Rep(id: rep, roleIDs: ["consultant"])]), id: rep.rawValue)
                }
            }
            for _ in 0..<16 {
                group.addTask {
                    _ = try await store.activities(from: day, through: day, reps: nil)
                    _ = try await store.documentIDs(in: .rosters)
                    _ = try await store.auditEntries(from: .distantPast, before: .distantFuture)
                }
            }
            try await group.waitForAll()
        }
        let activities = try await store.activities(from: day, through: day, reps: nil)
        #expect(try await store.batchCount() == Self.tasks && activities.count == 3 * Self.tasks)
        // Every batch is whole and in one piece: each rep's three activities are adjacent, in order 1, 2, 3.
        for start in stride(from: 0, to: activities.count, by: 3) {
            let piece = activities[start..<start + 3]
            #expect(Set(piece.map(\.repID)).count == 1 && piece.map(\.quantity) == [1, 2, 3])
        }
        #expect(try await store.documentIDs(in: .rosters).count == Self.tasks)
        #expect(try await store.auditEntries(from: .distantPast, before: .distantFuture).count == 2 * Self.tasks)

        // 16 tasks race to save version 1 of the same document: exactly one wins, the rest get a conflict.
        let outcomes = await withTaskGroup(of: StoreError.Code?.self) { group in
            for index in 0..<16 {
                group.addTask {
                    do {
                        let version = try DocumentVersion(
                            collection: .rosters, id: "shared", number: 1, savedAt: clock.now, author: "task \(index)",
                            payload: Data("{}".utf8))
                        try await store.save(version)
                        return nil
                    } catch let error as StoreError {
                        return error.code
                    } catch {
                        return StoreError.Code(rawValue: "unexpected")
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 == nil }.count == 1)
        #expect(outcomes.filter { $0 == .conflict }.count == 15)
        #expect(try await store.versions(of: "shared", in: .rosters).map(\.number) == [1])
    }

    @Test func inMemoryStoreFromManyTasks() async throws {
        try await Self.hammer(InMemoryStore())
    }

    @Test func fileStoreFromManyTasks() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let clock: any WallClock = .fixed(Date(timeIntervalSince1970: 1_735_689_600))
        let store = try FileStore(directory: folder.url, clock: clock)
        try await Self.hammer(store)
        let before = try await FaultInjectionTests.Contents(store)
        store.close()
        // Everything the tasks were told was written is on disk.
        let reopened = try FileStore(directory: folder.url, clock: clock)
        #expect(try await FaultInjectionTests.Contents(reopened) == before)
        #expect(reopened.recovery.tornBytesCut == 0)
        reopened.close()
    }
}
