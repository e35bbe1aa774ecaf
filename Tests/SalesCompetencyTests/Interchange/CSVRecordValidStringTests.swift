import Testing

@testable import SalesCompetency

/// `CSVRecord.validString(at:)` takes ASCII fields by a shorter path than other UTF-8: both must give the same
/// strings as the standard library's validation, and bytes that are not UTF-8 must still be refused.
struct CSVRecordValidStringTests {
    @Test func readsASCIIAndOtherUTF8AndRefusesInvalidBytes() throws {
        var bytes = Array("rep-1,José,Zoë 🚀\n".utf8)
        bytes += [0x72, 0xFF, 0x2C, 0xC3, 0x28, 0x0A]  // "r\u{FF}" and a broken two-byte sequence
        var fields: [[String?]] = []
        try CSVReader(bytes: bytes, name: "fields.csv").forEachRecord { record in
            fields.append((0..<record.count).map { record.validString(at: $0) })
        }
        #expect(fields == [["rep-1", "José", "Zoë 🚀"], [nil, nil]])
    }
}
