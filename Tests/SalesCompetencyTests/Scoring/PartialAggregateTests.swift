import Foundation
import Testing

@testable import SalesCompetency

/// Partial aggregates: shards of the activity, split at random by rep or by time, encoded, decoded and merged,
/// score exactly as one run over all of it.
struct PartialAggregateTests {
    /// SplitMix64: a small seeded generator, so every run draws the same splits.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let tasks = ["emails", "replies", "calls", "complaints", "reports", "lunches"]

    static func roster(_ random: inout Seeded) throws -> Roster {
        let roles: [Role.ID] = ["consultant", "consultant", "analyst", "manager"]
        return try Roster(
            (1...25).map { Rep(id: Rep.ID(rawValue: "r\($0)"), roleIDs: [roles.randomElement(using: &random)!]) })
    }

    /// Activity rows as CSV lines (integer quantities, so every sum is exact whatever the order).
    static func rows(_ random: inout Seeded, count: Int) -> [(rep: String, day: Int, line: String)] {
        (0..<count).map { _ in
            let rep = "r\(Int.random(in: 1...27, using: &random))"  // r26 and r27 are not in the roster
            let day = Int.random(in: 0..<200, using: &random)
            let date = Day(daysSinceEpoch: 20_089 + day)  // from 2025-01-01
            let task = tasks.randomElement(using: &random)!
            return (rep, day, "\(rep),\(task),\(date),\(Int.random(in: 0...7, using: &random))")
        }
    }

    static func csv(_ lines: [String]) -> String {
        "rep_id,task_id,occurred_on,quantity\n" + lines.map { $0 + "\n" }.joined()
    }

    @Test(arguments: 0..<12)
    func randomSplitsMergeToTheWholeRun(seed: UInt64) throws {
        var random = Seeded(state: seed)
        let engine = ScoringEngine(policy: try ScoringFixture.policy(), roster: try Self.roster(&random))
        let rows = Self.rows(&random, count: Int.random(in: 0...400, using: &random))
        let whole = engine.score(try engine.aggregate(activitiesCSVText: Self.csv(rows.map(\.line))))
        let shardCount = Int.random(in: 1...5, using: &random)
        let byRep = Bool.random(using: &random)
        var shards = [[String]](repeating: [], count: shardCount)
        let cuts = (0..<shardCount - 1).map { _ in Int.random(in: 0..<200, using: &random) }.sorted()
        let shardOfRep = (1...27).map { _ in Int.random(in: 0..<shardCount, using: &random) }
        for row in rows {
            let shard = byRep ? shardOfRep[Int(row.rep.dropFirst())! - 1] : cuts.filter { $0 <= row.day }.count
            shards[shard].append(row.line)
        }
        var merged: ActivityAggregate?
        for (index, shard) in shards.shuffled(using: &random).enumerated() {
            let part = try engine.aggregate(activitiesCSVText: Self.csv(shard), name: "shard-\(index).csv")
            let read = try engine.aggregate(partialAggregateData: engine.partialAggregateData(part), name: "part")
            #expect(read == part)
            merged = try merged.map { try $0.merging(read) } ?? read
        }
        let scored = engine.score(merged!)
        #expect(scored.csvText == whole.csvText, "seed \(seed), \(shardCount) shards by \(byRep ? "rep" : "time")")
        #expect(scored.diagnostics == whole.diagnostics)
    }

    @Test func theFileStartsWithItsMagicAndVersion() throws {
        let engine = try ScoringFixture.engine()
        let data = engine.partialAggregateData(try engine.aggregate(ScoringFixture.log()))
        #expect(Array(data.prefix(12)) == Array("SCOPART\n".utf8) + [1, 0, 0, 0])
        // 2 periods × 4 reps × 5 tasks doubles after the header, then the checksum.
        let headerLength = Int(data[12]) | Int(data[13]) << 8
        #expect(data.count == 16 + headerLength + 8 + 2 * 4 * 5 * 8 + 8)
    }

    @Test func damagedOrForeignFilesAreRejectedNamingTheField() throws {
        let engine = try ScoringFixture.engine()
        let data = engine.partialAggregateData(try engine.aggregate(ScoringFixture.log()))
        var damaged = data
        damaged[damaged.count - 20] ^= 1
        let checksum = try #require(throws: InputError.self) {
            try engine.aggregate(partialAggregateData: damaged, name: "part-1.bin")
        }
        #expect(checksum.file == "part-1.bin" && checksum.field == "checksum")
        #expect(throws: InputError.self) {
            try engine.aggregate(partialAggregateData: data.prefix(data.count - 9), name: "cut.bin")
        }
        var future = data
        future[8] = 2
        let version = try #require(throws: InputError.self) {
            try engine.aggregate(partialAggregateData: future, name: "v2.bin")
        }
        #expect(version.code == .unsupportedSchemaVersion)
        let other = ScoringEngine(
            policy: try ScoringFixture.policy(), roster: try Roster([Rep(id: "x", roleIDs: ["consultant"])]))
        let foreign = try #require(throws: InputError.self) {
            try other.aggregate(partialAggregateData: data, name: "part-2.bin")
        }
        #expect(foreign.field == "reps")
        let berlin = ScoringEngine(
            policy: try ScoringFixture.policy(timeZone: TimeZone(identifier: "Europe/Berlin")!),
            roster: try ScoringFixture.roster())
        let zone = try #require(throws: InputError.self) {
            try berlin.aggregate(partialAggregateData: data, name: "part-3.bin")
        }
        #expect(zone.field == "timeZone")
        #expect(throws: InputError.self) {
            try engine.aggregate(partialAggregateData: Data("rep_id,task_id\n".utf8), name: "a.csv")
        }
    }
}
