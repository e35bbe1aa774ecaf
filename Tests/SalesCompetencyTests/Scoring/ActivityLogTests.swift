import Foundation
import TestSupport
import Testing

@testable import SalesCompetency

struct ActivityLogTests {
    static let header = "rep_id,task_id,occurred_on,quantity"

    @Test func readsTheFixtureWithInternedIDs() throws {
        let log = try ActivityLog(csvFile: ScoringFixture.path("activities"), timeZone: ScoringFixture.utc)
        #expect(log == (try ScoringFixture.log()))
        #expect(log.repIDs == ["r1", "r2", "r3", "ghost"])
        #expect(log.taskIDs == ["emails", "replies", "calls", "complaints", "reports", "lunches"])
        #expect(log.repIndices.prefix(3) == [0, 0, 0])
        #expect(log.dayRange.map { "\($0.lowerBound)...\($0.upperBound)" } == "2025-01-01...2025-02-04")
    }

    /// The array initialiser (compiled for arrays) and the one for any sequence build the same log.
    @Test func anArrayAndASequenceGiveTheSameLog() throws {
        let activities = try ScoringFixture.log().map { $0 }
        #expect(ActivityLog(activities) == ActivityLog(activities.lazy.map { $0 }))
        #expect(ActivityLog(activities).repIDs == ["r1", "r2", "r3", "ghost"])
        #expect(ActivityLog([Activity]()) == ActivityLog())
    }

    @Test func quotedFieldsAndCRLFGoThroughTheGeneralReader() throws {
        let quoted = try ActivityLog(csvFile: ScoringFixture.path("activities-quoted"), timeZone: ScoringFixture.utc)
        #expect(quoted == (try ScoringFixture.log()))
    }

    /// 3,000 rows in 1, 2, 3 and 7 chunks give the same log and the same aggregate as the in-memory path.
    @Test(arguments: [1, 2, 3, 7])
    func chunksParsedConcurrentlyGiveTheSameResult(chunks: Int) throws {
        var text = Self.header + "\n"
        var activities: [Activity] = []
        for row in 0..<3000 {
            let rep = Rep.ID(rawValue: ["r1", "r2", "r3", "x\(row % 17)"][row % 4])
            let task = SalesTask.ID(rawValue: ["emails", "replies", "calls", "complaints", "reports"][row % 5])
            let day = Day(daysSinceEpoch: 20_089 + row % 59)  // 2025-01-01 ...
            text += "\(rep),\(task),\(day),\(row % 7)\n"
            activities.append(try Activity(repID: rep, taskID: task, day: day, quantity: Double(row % 7)))
        }
        let path = try ScoringFixture.temporaryFile(text)
        let log = try ActivityLog(csvFile: path, timeZone: ScoringFixture.utc, chunkCount: chunks)
        #expect(log == ActivityLog(activities))
        let engine = try ScoringFixture.engine()
        let fromFile = try engine.aggregate(activitiesCSVFile: path, periods: nil, chunkCount: chunks)
        let fromLog = engine.aggregate(ActivityLog(activities))
        #expect(fromFile == fromLog)
        #expect(fromFile.diagnostics.rowsRead == 3000 && fromFile.diagnostics.unknownRepRows == 750)
    }

    @Test(arguments: [
        ("", InputError.Code.emptyFile, nil as Int?, nil as String?),
        ("rep_id,task_id,quantity\nr1,calls,1\n", .missingColumn, 1, "occurred_on"),
        ("\(header)\nr1,calls,2025-01-01,1\nr1,calls,2025-01-02,-3\n", .invalidValue, 3, "quantity"),
        ("\(header)\nr1,calls,2025-01-01,nan\n", .invalidValue, 2, "quantity"),
        ("\(header)\nr1,calls,2025-01-01,inf\n", .invalidValue, 2, "quantity"),
        ("\(header)\nr1,calls,2025-01-01,\n", .invalidValue, 2, "quantity"),
        ("\(header)\nr1,calls,2025-02-30,1\n", .invalidValue, 2, "occurred_on"),
        ("\(header)\nr1,calls,01/02/2025,1\n", .invalidValue, 2, "occurred_on"),
        ("\(header)\nr1,calls,2025-01-01T25:00:00Z,1\n", .invalidValue, 2, "occurred_on"),
        ("\(header)\n,calls,2025-01-01,1\n", .missingValue, 2, "rep_id"),
        ("\(header)\nr1,,2025-01-01,1\n", .missingValue, 2, "task_id"),
        ("\(header)\nr1,calls,2025-01-01\n", .wrongFieldCount, 2, nil),
        ("\(header)\nr1,calls,2025-01-01,1,extra\n", .wrongFieldCount, 2, nil),
        ("\(header)\n\nr1,calls,2025-01-01,1\n\"r2,calls,2025-01-01,1\n", .malformedQuote, 4, "column 1"),
    ])
    func rejectsMalformedRowsNamingFileLineAndColumn(text: String, code: InputError.Code, line: Int?, field: String?)
        throws
    {
        let path = try ScoringFixture.temporaryFile(text, name: "bad.csv")
        let error = try #require(throws: InputError.self) {
            try ActivityLog(csvFile: path, timeZone: ScoringFixture.utc)
        }
        #expect(error.code == code && error.line == line && error.field == field && error.file == path)
        let fromText = try #require(throws: InputError.self) {
            try ActivityLog(csvText: text, name: "bad.csv", timeZone: ScoringFixture.utc)
        }
        #expect(fromText.code == code && fromText.line == line && fromText.field == field)
        #expect(throws: InputError.self) { try ScoringFixture.engine().aggregate(activitiesCSVFile: path) }
    }

    @Test func anErrorInALaterChunkNamesItsLineInTheFile() throws {
        var text = Self.header + "\n"
        for row in 0..<999 { text += "r1,calls,2025-01-01,\(row % 5)\n" }
        text += "r1,calls,2025-01-01,-1\n"  // line 1001
        let path = try ScoringFixture.temporaryFile(text)
        for chunks in [1, 2, 4] {
            let error = try #require(throws: InputError.self) {
                try ActivityLog(csvFile: path, timeZone: ScoringFixture.utc, chunkCount: chunks)
            }
            #expect(error.line == 1001 && error.field == "quantity" && error.message.contains("\"-1\""))
        }
    }

    @Test func invalidUTF8InAnIDIsAnError() throws {
        var bytes = Array((Self.header + "\n").utf8)
        bytes += [0x72, 0xFF] + Array(",calls,2025-01-01,1\n".utf8)
        let path = try ScratchFolder.file(bytes, named: "a.csv")
        let error = try #require(throws: InputError.self) { try ActivityLog(csvFile: path, timeZone: .gmt) }
        #expect(error.code == .invalidUTF8 && error.line == 2 && error.field == "rep_id")
    }

    @Test(arguments: ["\n", "\r\n"])
    func blankLinesAndAMissingFinalNewline(newline: String) throws {
        let text = ["rep_id,task_id,occurred_on,quantity", "r1,calls,2025-01-01,1", "", "r2,calls,2025-01-02,2"]
            .joined(separator: newline)
        let path = try ScoringFixture.temporaryFile(text)
        for chunks in [1, 2] {
            let log = try ActivityLog(csvFile: path, timeZone: ScoringFixture.utc, chunkCount: chunks)
            #expect(log.map(\.quantity) == [1, 2] && log.repIDs == ["r1", "r2"])
        }
        let bad = try ScoringFixture.temporaryFile(text + newline + newline + "r3,calls,2025-01-03")
        let error = try #require(throws: InputError.self) { try ActivityLog(csvFile: bad, timeZone: .gmt) }
        #expect(error.code == .wrongFieldCount && error.line == 6)
    }

    @Test func decimalQuantitiesAndTimestamps() throws {
        let log = try ActivityLog(
            csvText: "\(Self.header)\nr1,calls,2025-01-01T08:00:00.250+01:00,2.5\nr1,calls,2025-01-01 09:15,1e1\n",
            timeZone: ScoringFixture.utc)
        #expect(log.map(\.quantity) == [2.5, 10])
        #expect(log.map(\.day.description) == ["2025-01-01", "2025-01-01"])
    }

    @Test func appendingRenumbersIDs() throws {
        var log = ActivityLog([try ScoringFixture.activity("a", "t1", "2025-01-01", 1)])
        log.append(try ScoringFixture.activity("b", "t1", "2025-01-02", 2))
        log.append(contentsOf: ActivityLog([try ScoringFixture.activity("b", "t2", "2025-01-03", 3)]))
        #expect(log.repIDs == ["a", "b"] && log.taskIDs == ["t1", "t2"] && log.repIndices == [0, 1, 1])
        #expect(throws: ValidationError.self) { try ScoringFixture.activity("a", "t1", "2025-01-01", -1) }
    }
}
