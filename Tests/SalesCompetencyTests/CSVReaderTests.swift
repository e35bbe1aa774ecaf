import Foundation
import SalesCompetency
import TestSupport
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
            let error = error as? InputError
            return error?.code == .malformedQuote && error?.line == 2
        }
    }

    @Test func rejectsTextAfterClosingQuote() {
        #expect(throws: InputError.self) { try rows("\"a\"b,c\n") }
    }

    @Test func readsFilesInSmallChunksLikeOneBuffer() throws {
        var text = "rep_id,task_id,occurred_on,quantity\n"
        for index in 0..<500 { text += "rep-\(index),\"task, \(index % 7)\",2025-01-\(index % 28 + 1),\(index)\r\n" }
        let url = URL(fileURLWithPath: try ScratchFolder.file(text.utf8, named: "chunks.csv"))
        var chunked: [[String]] = []
        try CSVReader(contentsOfFile: url.path, chunkSize: 17).forEachRecord { chunked.append($0.strings) }
        let whole = try rows(text)
        #expect(chunked == whole)
        #expect(chunked.count == 501)
    }

    @Test func missingFileIsAnUnreadableFileError() {
        #expect {
            try CSVReader(contentsOfFile: "/nonexistent/file.csv").forEachRecord { _ in }
        } throws: { ($0 as? InputError)?.code == .unreadableFile }
    }

    @Test func writerGuardsFormulasAndQuotes() {
        var csv = CSVWriter(header: ["name", "value"])
        csv.append(["=SUM(A1)", "a,b"])
        csv.append([.text("@cmd"), CSVWriter.number(-1.5, decimals: 2)])
        #expect(csv.text == "name,value\n'=SUM(A1),\"a,b\"\n'@cmd,-1.50\n")
    }

    @Test func writerQuotesAQuoteFollowedByACombiningMark() throws {
        // Found by the CSV fuzzer: `"` + U+05AC is one Character, so a Character scan missed the quote.
        let field = "x \"\u{05AC}line\""
        let other = "\"start"
        var csv = CSVWriter(header: ["a", "b"], guardsFormulas: false)
        csv.append([field, other])
        #expect(try rows(csv.text) == [["a", "b"], [field, other]])
    }

    @Test func writerQuotesALeadingByteOrderMark() throws {
        // Found by the CSV fuzzer: an unquoted U+FEFF at the start of the file read back as a BOM and vanished.
        var csv = CSVWriter(header: ["\u{FEFF}id"])
        csv.append(["1"])
        #expect(try rows(csv.text) == [["\u{FEFF}id"], ["1"]])
    }

    @Test func writerKeepsALoneEmptyFieldAsARecord() throws {
        var csv = CSVWriter(header: ["only"])
        csv.append([""])
        #expect(try rows(csv.text) == [["only"], [""]])
    }

    @Test func headerTextTrimsAndNamesTheFieldOfABadValue() throws {
        var bytes = Array("id,name\n  a  ,\n".utf8)
        bytes += [0x62, 0xFF, 0x2C, 0x78, 0x0A]  // b\xFF,x
        var header: CSVHeader?
        var results: [String] = []
        try CSVReader(bytes: bytes, name: "people.csv").forEachRecord { record in
            guard let known = header else {
                header = try CSVHeader(record, file: "people.csv")
                return
            }
            do {
                results.append(try known.text(of: record, at: 0) + "|" + known.text(of: record, at: 1, required: true))
            } catch let error as InputError {
                results.append(error.description)
            }
        }
        #expect(
            results == [
                "people.csv:2: field name: name is empty", "people.csv:3: field id: not valid UTF-8",
            ])
    }

    @Test func fixedFormattingRoundsHalfAwayFromZero() {
        #expect(NumberFormatting.fixed(0.7, decimals: 6) == "0.700000")
        #expect(NumberFormatting.fixed(0.0000005, decimals: 6) == "0.000001")
        #expect(NumberFormatting.fixed(-2.5, decimals: 0) == "-3")
        #expect(NumberFormatting.fixed(units: 606_250_593_294, decimals: 6) == "606250.593294")
    }
}
