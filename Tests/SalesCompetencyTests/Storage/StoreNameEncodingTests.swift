import Testing

@testable import SalesCompetency

struct StoreNameEncodingTests {
    @Test(arguments: [
        ("rep-0001_x", "rep-0001_x"),
        ("../x", "%2E%2E%2Fx"),
        ("/etc/passwd", "%2Fetc%2Fpasswd"),
        ("..", "%2E%2E"),
        ("A", "%41"),
        ("Ä", "%C3%84"),
        ("%41", "%2541"),
    ])
    func encodesEveryUnsafeByte(id: String, encoded: String) throws {
        #expect(try StoreNameEncoding.encode(id, what: "id") == encoded)
        #expect(StoreNameEncoding.decode(encoded) == id)
    }

    @Test func rejectsEmptyAndOverlongNames() throws {
        #expect(throws: StoreError.self) { try StoreNameEncoding.encode("", what: "id") }
        let error = #expect(throws: StoreError.self) {
            try StoreNameEncoding.encode(String(repeating: "/", count: 81), what: "id in rosters")
        }
        #expect(error?.code == .invalidID)
        #expect(error?.message.contains("too long") == true)
        #expect(try StoreNameEncoding.encode(String(repeating: "/", count: 80), what: "id").count == 240)
    }

    @Test func refusesNamesItDidNotWrite() {
        #expect(StoreNameEncoding.decode("%4") == nil)
        #expect(StoreNameEncoding.decode("%zz") == nil)
        #expect(StoreNameEncoding.decode("%FF") == nil)
    }
}
