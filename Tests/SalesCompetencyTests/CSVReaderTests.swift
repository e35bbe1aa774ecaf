import Foundation
import SalesCompetency
import Testing

struct CSVReaderTests {
    func rows(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        try CSVReader(string: text).forEachRecord { rows.append($0.strings) }
        return rows
    }

    @Test func readsQuotedFieldsWithCommasQuotesAndNewlines() throws {
        let text = "a,b,c\r\n\"x, y\",\"he said \"\"hi\"\"\",\"line1\nline2\"\r\nplain,,end\n"
        #expect(
            try rows(text) == [["a", "b", "c"], ["x, y", "he said \"hi\"", "line1\nline2"], ["plain", "", "end"]])
    }

    @Test func skipsByteOrderMarkAndBlankLines() throws {
        #expect(try rows("\u{FEFF}id\n\n1\n2") == [["id"], ["1"], ["2"]])
    }

    @Test func reportsLineOfRecordStart() throws {
        var lines: [Int] = []
        try CSVReader(string: "h\n\"a\nb\"\nc\n").forEachRecord { lines.append($0.line) }
        #expect(lines == [1, 2, 4])
    }

    @Test func rejectsUnclosedQuoteWithLine() {
        #expect {
            try rows("a\n\"open\n")
        } throws: { error in
            let error = error as? ImportError
            return error?.code == .malformedQuote && error?.line == 2
        }
    }

    @Test func rejectsTextAfterClosingQuote() {
        #expect(throws: ImportError.self) { try rows("\"a\"b,c\n") }
    }

    @Test func readsFilesInSmallChunksLikeOneBuffer() throws {
        var text = "rep_id,task_id,occurred_on,quantity\n"
        for index in 0..<500 { text += "rep-\(index),\"task, \(index % 7)\",2025-01-\(index % 28 + 1),\(index)\r\n" }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var chunked: [[String]] = []
        try CSVReader(contentsOfFile: url.path, chunkSize: 17).forEachRecord { chunked.append($0.strings) }
        let whole = try rows(text)
        #expect(chunked == whole)
        #expect(chunked.count == 501)
    }

    @Test func missingFileIsAnUnreadableFileError() {
        #expect {
            try CSVReader(contentsOfFile: "/nonexistent/file.csv").forEachRecord { _ in }
        } throws: { ($0 as? ImportError)?.code == .unreadableFile }
    }

    @Test func writerGuardsFormulasAndQuotes() {
        var csv = CSVWriter(header: ["name", "value"])
        csv.append(["=SUM(A1)", "a,b"])
        csv.append([.text("@cmd"), CSVWriter.number(-1.5, decimals: 2)])
        #expect(csv.text == "name,value\n'=SUM(A1),\"a,b\"\n'@cmd,-1.50\n")
    }

    @Test func fixedFormattingRoundsHalfAwayFromZero() {
        #expect(NumberFormatting.fixed(0.7, decimals: 6) == "0.700000")
        #expect(NumberFormatting.fixed(0.0000005, decimals: 6) == "0.000001")
        #expect(NumberFormatting.fixed(-2.5, decimals: 0) == "-3")
        #expect(NumberFormatting.fixed(units: 606_250_593_294, decimals: 6) == "606250.593294")
    }
}
