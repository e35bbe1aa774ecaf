import Testing

@testable import SalesCompetency

struct CRC32Tests {
    @Test func matchesTheStandardCheckValues() {
        // The CRC-32/ISO-HDLC catalogue check value of "123456789" is 0xCBF43926; of "" it is 0;
        // "The quick brown fox jumps over the lazy dog" is 0x414FA339 (as zlib's crc32 gives).
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
        #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
    }
}
