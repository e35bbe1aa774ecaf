import Testing

@testable import SalesCompetency

struct ByteInternerTests {
    /// `equal` agrees with a byte-by-byte comparison for every length up to 40 and a difference at every
    /// position, reading only the bytes it is given (each value sits at the very end of its own allocation), and
    /// `shortWord` tells apart the values of under 8 bytes of one length.
    @Test func equalComparesExactlyTheGivenBytes() {
        for count in 0...40 {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            for changed in -1..<count {
                var other = bytes
                if changed >= 0 { other[changed] ^= 0x20 }
                let lhs = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1), alignment: 1)
                let rhs = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1), alignment: 1)
                defer {
                    lhs.deallocate()
                    rhs.deallocate()
                }
                lhs.copyMemory(from: bytes, byteCount: count)
                rhs.copyMemory(from: other, byteCount: count)
                #expect(ByteInterner.equal(lhs, rhs, count) == (bytes == other), "count \(count), changed \(changed)")
                if count < 8 {
                    #expect(
                        (ByteInterner.shortWord(lhs, count) == ByteInterner.shortWord(rhs, count)) == (bytes == other),
                        "count \(count), changed \(changed)")
                }
            }
        }
    }
}
