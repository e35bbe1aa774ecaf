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

    /// The eight-bytes-at-a-time loop and the byte tail, at every split: values from Python's `zlib.crc32`.
    @Test func matchesZlibAcrossTheWordAndTailSplit() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let expected: [Int: UInt32] = [
            0: 0, 1: 0x4C66_7A2E, 7: 0x3E48_3922, 8: 0xA756_0428, 9: 0xCA12_FEFE, 15: 0x8F77_FABB, 16: 0x0636_A895,
            17: 0x71B8_D951, 1000: 0x8902_161E,
        ]
        for (count, crc) in expected {
            #expect(CRC32.checksum(Array(bytes[..<count])) == crc, "the first \(count) bytes")
        }
    }
}
