import Foundation
import TestSupport
import Testing

@testable import SalesCompetency

/// The word-at-a-time row path of the activity file reader against the general RFC 4180 reader: on every seed of
/// the fuzz corpus and on odd shapes, both read the same activities and the same aggregate, or fail with the
/// same code on the same line.
struct ActivityFastPathTests {
    static let header = "rep_id,task_id,occurred_on,quantity"

    /// Blank lines after the text put every row far enough from the end of the file for the fast row path.
    static let padding = String(repeating: "\n", count: 96)

    /// The engine of the fuzz harness (`Fuzz/ActivityCSV`): known, unknown and unscored reps and tasks.
    static func engine() throws -> ScoringEngine {
        ScoringEngine(
            policy: try ScoringPolicy(
                rulesCSVFile: ScoringFixture.path("fast-path-rules"), timeZone: ScoringFixture.utc),
            roster: try Roster(csvFile: ScoringFixture.path("fast-path-roster")))
    }

    /// Reads `bytes` through the general reader and through the file path in 1 and 3 chunks, as a log and as an
    /// aggregate, and checks that all agree; returns the log when it reads.
    @discardableResult
    static func readAllWays(_ bytes: [UInt8]) throws -> ActivityLog? {
        // Called for every fuzz seed: each call's folder goes as soon as it is done with.
        let folder = try ScratchFolder.make("fast-path")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("activities.csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let engine = try engine()
        let text = String(validating: bytes, as: UTF8.self)
        let logs = [1, 3].map { chunks in
            Result { try ActivityLog(csvFile: path, timeZone: ScoringFixture.utc, chunkCount: chunks) }
        }
        let aggregates = [1, 3].map { chunks in
            Result { try engine.aggregate(activitiesCSVFile: path, periods: nil, chunkCount: chunks) }
        }
        try expectAgreement(logs[0], logs[1])
        try expectAgreement(aggregates[0], aggregates[1])
        if let text {
            try expectAgreement(
                Result { try ActivityLog(csvText: text, name: path, timeZone: ScoringFixture.utc) }, logs[0])
            try expectAgreement(Result { try engine.aggregate(activitiesCSVText: text, name: path) }, aggregates[0])
        }
        if case .success(let log) = logs[0], case .success(let aggregate) = aggregates[0] {
            // (Without periods, a log's aggregate spans every row's day; a file's only the scored rows'.)
            if let periods = aggregate.periods {
                #expect(engine.aggregate(log, periods: periods) == aggregate)
                // With a range: small stages that fill, adding to totals shared by the sinks (one chunk, so that
                // fractional values are added in the file's order).
                #expect(
                    try engine.aggregate(activitiesCSVFile: path, periods: periods, chunkCount: 1, stageRows: 4)
                        == aggregate)
            }
            return log
        }
        return nil
    }

    static func expectAgreement<Value: Equatable>(_ first: Result<Value, any Error>, _ second: Result<Value, any Error>)
        throws
    {
        switch (first, second) {
        case (.success(let x), .success(let y)):
            #expect(x == y)
        case (.failure(let x), .failure(let y)):
            let x = try #require(x as? InputError)
            let y = try #require(y as? InputError)
            #expect(x.code == y.code && x.line == y.line && x.field == y.field, "\(x) vs \(y)")
        default:
            Issue.record("one reader failed and the other did not: \(first) vs \(second)")
        }
    }

    static var corpus: [URL] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz/ActivityCSV/corpus")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test func theFuzzCorpusIsThere() {
        #expect(Self.corpus.count >= 8)
    }

    @Test(arguments: ActivityFastPathTests.corpus)
    func bothReadersAgreeOnEveryFuzzSeed(seed: URL) throws {
        let bytes = try [UInt8](Data(contentsOf: seed))
        try Self.readAllWays(bytes)
        try Self.readAllWays(bytes + Array(Self.padding.utf8))
    }

    @Test func commonShapeRowsReadTheSameAsThroughTheGeneralReader() throws {
        var text = Self.header + "\n"
        var expected: [Activity] = []
        let reps: [Rep.ID] = ["r1", "r2", "rep-000001", "r3", "ghost", "a-rep-id-of-fifteen"]
        let tasks: [SalesTask.ID] = ["emails_sent", "calls", "t", "prospecting_emails_sent", "lunches"]
        for row in 0..<2000 {
            let rep = reps[row % reps.count]
            let task = tasks[(row / 3) % tasks.count]
            let day = Day(daysSinceEpoch: 20_089 + (row * 7) % 90)
            let quantity = row % 11
            text += "\(rep),\(task),\(day),\(quantity)\n"
            expected.append(try Activity(repID: rep, taskID: task, day: day, quantity: Double(quantity)))
        }
        let log = try #require(try Self.readAllWays(Array(text.utf8)))
        #expect(log == ActivityLog(expected))
    }

    /// Rows the fast path leaves to the general one, among rows it takes: each must read as through the general
    /// reader, in order.
    @Test(arguments: [
        "rep-000001,t,2025-03-01,12345678",  // 8 digits
        "rep-000001,prospecting_emails_sent,2025-03-01T10:00:00Z,2.5",  // timestamp, decimal
        "a-rep-id-of-sixteen,calls,2025-03-02,1",  // 19-byte rep id
        "r1,a_task_id_that_is_longer_than_32_bytes,2025-03-02,1",  // 38-byte task id
        "r1,emails_sent,2025-03-03,0007",  // leading zeros
        "ghost,emails_sent,2025-03-03,4",  // unknown rep
        "r1,unknown_task,2025-03-03,4",  // unknown task
        "r1,emails_sent,2025-03-03,1e1",  // exponent
        "r1,emails_sent,1899-12-31,1",  // outside the supported years
        "r1,emails_sent,2025-02-29,1",  // not a day
        "r1,emails_sent,2025-03-03,",  // empty quantity
        "r1,emails_sent,2025-03-03,1,",  // an extra field
        "r1,emails_sent,2025-03-03",  // a missing field
        ",emails_sent,2025-03-03,1",  // empty rep id
        "r1,,2025-03-03,1",  // empty task id
        "r1,emails_sent,2025-03-03, 1",  // a space
        "r1,emails_sent,2025/03/03,1",  // another date format
        "\"r1\",emails_sent,2025-03-03,1",  // quoted
    ])
    func oddRowsAmongCommonOnes(odd: String) throws {
        var lines = [Self.header]
        for row in 0..<40 { lines.append("r\(1 + row % 2),calls,2025-03-\(10 + row % 9),\(row % 4)") }
        lines.insert(odd, at: 20)
        for newline in ["\n", "\r\n"] {
            let text = lines.joined(separator: newline) + newline
            try Self.readAllWays(Array(text.utf8))
            try Self.readAllWays(Array(("\u{FEFF}" + text).utf8))
        }
    }

    @Test func aFileWithoutAFinalNewlineAndBlankLines() throws {
        var text = Self.header + "\n\n"
        for row in 0..<30 { text += "r1,calls,2025-03-\(10 + row % 9),\(row % 4)\n\n" }
        text += "r2,emails_sent,2025-03-31,9"
        let log = try #require(try Self.readAllWays(Array(text.utf8)))
        #expect(log.count == 31 && log.map(\.quantity).last == 9)
    }

    /// The fast row path takes the common rows itself (no timing: which path ran is what is checked).
    @Test func commonRowsTakeTheFastPath() throws {
        let engine = try Self.engine()
        var parser = ActivityRowParser(
            reps: ByteInterner(seeding: engine.plan.reps.map(\.rawValue)),
            tasks: ByteInterner(seeding: engine.plan.slots.map(\.rawValue)), sink: ColumnSink(),
            timeZone: ScoringFixture.utc)
        func fast(_ line: String) -> ActivityRow? {
            var bytes = Array(line.utf8)
            bytes += [UInt8](repeating: 0x0A, count: ActivityRowParser<ColumnSink>.fastRowReach)
            var row = ActivityRow(rep: -1, task: -1, day: 0, quantity: 0)
            let newline = bytes.withUnsafeBytes { parser.fastRow($0.baseAddress!, into: &row) }
            return newline >= 0 ? row : nil
        }
        let row = try #require(fast("rep-000001,prospecting_emails_sent,2025-03-01,12\n"))
        #expect(row.rep == 2 && row.task == 3 && row.quantity == 12)
        #expect(row.day == Int32(try Day(parsing: "2025-03-01").daysSinceEpoch))
        #expect(fast("r1,calls,2025-12-31,0\r\n")?.day == Int32(try Day(parsing: "2025-12-31").daysSinceEpoch))
        for other in [
            "ghost,calls,2025-03-01,1\n", "r1,lunches,2025-03-01,1\n", "r1,calls,2025-02-29,1\n",
            "r1,calls,2025-03-01,1.5\n",
            "r1,calls,2025-03-01,12345678\n", "r1,calls,2025-03-01,1,\n", "r1,calls,2025-03-01T00:00:00Z,1\n",
            "r1,calls,2025-03-01,\n", "r1,calls,2025-03-01,1\r\r\n",
        ] {
            #expect(fast(other) == nil, "\(other)")
        }
    }

    /// The word-wise date parse equals `Day.parse` on every day of the supported years and on near misses.
    @Test func wordWiseDatesEqualDayParse() {
        func both(_ text: String) -> (Int32?, Int32?) {
            let bytes = Array(text.utf8)
            let general = bytes.withUnsafeBytes { Day.parse($0) }.map { Int32($0.daysSinceEpoch) }
                .flatMap { ActivityLog.supportedDays.contains($0) ? $0 : nil }
            let word = bytes.withUnsafeBytes { raw in
                FieldScan.day(
                    head: raw.loadUnaligned(as: UInt64.self),
                    tail: raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self),
                    monthStarts: FieldScan.monthStarts)
            }
            return (general, word)
        }
        for day in stride(from: Int(ActivityLog.supportedDays.lowerBound) - 3, through: 84_008, by: 1) {
            let (general, word) = both(Day(daysSinceEpoch: day).description)
            if general != word {
                Issue.record(
                    "\(Day(daysSinceEpoch: day)): \(String(describing: general)) vs \(String(describing: word))")
            }
        }
        for text in [
            "2025-02-29", "2024-02-29", "2025-04-31", "2025-00-10", "2025-13-01", "2025-01-00", "2025-01-32",
            "1899-12-31", "2200-01-01", "2025/01/01", "2025-1-011", "20a5-01-01", "2025-01-0:", "2025-01-1/",
        ] {
            let (general, word) = both(text)
            #expect(general == word, "\(text)")
        }
    }

    /// The date cache gives every date of four years in a row its own slot (across decades and centuries too), so
    /// that a file's dates do not evict each other.
    @Test(arguments: [1998, 2007, 2018, 2024, 2097])
    func everyDateOfFourYearsHasItsOwnCacheSlot(from year: Int) throws {
        let first = try Day(parsing: "\(year)-01-01").daysSinceEpoch
        let last = try Day(parsing: "\(year + 3)-12-31").daysSinceEpoch
        var owners: [Int: Int] = [:]
        for day in first...last {
            let bytes = Array(Day(daysSinceEpoch: day).description.utf8)
            let slot = bytes.withUnsafeBytes { raw in
                ActivityRowParser<ColumnSink>.dateSlot(
                    head: raw.loadUnaligned(as: UInt64.self),
                    tail: raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self))
            }
            #expect(slot >= 0 && slot < ActivityRowParser<ColumnSink>.dateSlots)
            if let other = owners.updateValue(day, forKey: slot) {
                Issue.record("\(Day(daysSinceEpoch: day)) and \(Day(daysSinceEpoch: other)) share slot \(slot)")
            }
        }
        #expect(owners.count == last - first + 1)
    }

    /// The cheaper first-zero-byte test agrees with the exact one on whether a word holds a comma or a newline and
    /// where the first is, on words built from the bytes that make borrows (0x00, 0x01, 0x80, 0xFF, the separators).
    @Test func firstZeroLanesFindTheFirstMatchOfTheExactTest() {
        var random = SeededGenerator(seed: 9)
        let bytes: [UInt64] = [0x00, 0x01, 0x2B, 0x2C, 0x2D, 0x0A, 0x0B, 0x30, 0x7F, 0x80, 0xAC, 0xFF]
        for _ in 0..<200_000 {
            let word = (0..<8).reduce(UInt64(0)) { word, lane in
                word | bytes[Int(random.next() % UInt64(bytes.count))] << (8 * UInt64(lane))
            }
            for (fast, exact) in [
                (FieldScan.commas(word), FieldScan.zeroLanes(word ^ 0x2C2C_2C2C_2C2C_2C2C)),
                (FieldScan.newlines(word), FieldScan.zeroLanes(word ^ 0x0A0A_0A0A_0A0A_0A0A)),
            ] where fast.trailingZeroBitCount != exact.trailingZeroBitCount {
                Issue.record("word \(String(word, radix: 16)): \(fast) vs \(exact)")
            }
        }
    }

    /// The number of 1 to 7 digits read in three multiplications equals `Int(String)`, for every length, for
    /// random digits, the extremes and leading zeros; a non-digit in any of the lanes read gives `nil`, and bytes
    /// past the count are ignored.
    @Test func digitsReadEveryLength() {
        var random = SeededGenerator(seed: 4)
        for count in 1...7 {
            var texts = ["0", "9", "1", "10"].map {
                $0.padding(toLength: count, withPad: "0", startingAt: 0)
            }
            texts += [String(repeating: "9", count: count), String(repeating: "0", count: count - 1) + "7"]
            texts += (0..<2_000).map { _ in String((0..<count).map { _ in Character(String(random.next() % 10)) }) }
            for text in texts {
                var word: UInt64 = 0
                for (lane, byte) in text.utf8.enumerated() { word |= UInt64(byte) << UInt64(8 * lane) }
                let garbage = (random.next() | 1) &<< UInt64(8 * count)
                #expect(FieldScan.digits(word | garbage, count: count) == Int(text), "\(text)")
                for lane in 0..<count {
                    for bad: UInt8 in [0x2F, 0x3A, 0x20, 0x00, 0xB0] {
                        let broken = word & ~(0xFF << UInt64(8 * lane)) | UInt64(bad) << UInt64(8 * lane)
                        #expect(FieldScan.digits(broken, count: count) == nil, "\(text), lane \(lane)")
                    }
                }
            }
        }
    }
}
