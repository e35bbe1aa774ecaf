/// The CRC-32 checksum (IEEE 802.3, as zlib and PNG compute it) that frames the file store's logs.
enum CRC32 {
    /// Eight tables of 256 entries: table 0 is the byte-at-a-time table; table k advances a byte's remainder
    /// by k more zero bytes, so eight bytes are folded in one step ("slicing-by-8").
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for index in 0..<256 {
            var value = UInt32(index)
            for _ in 0..<8 { value = value & 1 == 1 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1 }
            tables[index] = value
        }
        for slice in 1..<8 {
            for index in 0..<256 {
                let previous = tables[(slice - 1) * 256 + index]
                tables[slice * 256 + index] = tables[Int(previous & 0xFF)] ^ (previous >> 8)
            }
        }
        return tables
    }()

    /// The checksum of `bytes`.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        tables.withUnsafeBufferPointer { tables in
            let t = tables.baseAddress!
            var offset = 0
            while bytes.count &- offset >= 8 {
                let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                let low = UInt32(truncatingIfNeeded: word) ^ crc
                let high = UInt32(truncatingIfNeeded: word &>> 32)
                crc =
                    t[7 * 256 + Int(low & 0xFF)] ^ t[6 * 256 + Int((low &>> 8) & 0xFF)]
                    ^ t[5 * 256 + Int((low &>> 16) & 0xFF)] ^ t[4 * 256 + Int(low &>> 24)]
                    ^ t[3 * 256 + Int(high & 0xFF)] ^ t[2 * 256 + Int((high &>> 8) & 0xFF)]
                    ^ t[256 + Int((high &>> 16) & 0xFF)] ^ t[Int(high &>> 24)]
                offset &+= 8
            }
            while offset < bytes.count {
                crc = t[Int((crc ^ UInt32(bytes[offset])) & 0xFF)] ^ (crc &>> 8)
                offset &+= 1
            }
        }
        return ~crc
    }

    /// The checksum of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }
}
