#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file store's `head`: how many journal frames are acknowledged and where they end.
///
/// Two 32-byte slots, written alternately (slot `count % 2`), each `SCH3`, four zero bytes, the frame count
/// (`u64`), the end offset (`u64`) and the CRC-32 of the preceding 24 bytes, then four zero bytes. A writer
/// flushes a frame, then the head, and only then acknowledges: the journal's prefix up to the head's end is
/// what was acknowledged, a reader's consistent snapshot; anything after it was never acknowledged. A head
/// write torn by a crash leaves the other slot, one frame earlier.
struct JournalHead: Equatable {
    static let magic: [UInt8] = Array("SCH3".utf8)
    static let slotSize = 32

    var count: Int
    var end: Int

    func slot() -> [UInt8] {
        var bytes = JournalHead.magic + [0, 0, 0, 0]
        Bytes.put(UInt64(count), into: &bytes)
        Bytes.put(UInt64(end), into: &bytes)
        Bytes.put(CRC32.checksum(bytes), into: &bytes)
        return bytes + [0, 0, 0, 0]
    }

    /// A whole head file holding this head in its slot (the other slot empty).
    func fileBytes() -> [UInt8] {
        let empty = [UInt8](repeating: 0, count: JournalHead.slotSize)
        return count % 2 == 0 ? slot() + empty : empty + slot()
    }

    static func decode(_ bytes: [UInt8]) -> JournalHead? {
        bytes.withUnsafeBytes { raw -> JournalHead? in
            var best: JournalHead?
            for start in [0, slotSize] where raw.count >= start + slotSize {
                let slot = UnsafeRawBufferPointer(rebasing: raw[start..<start + slotSize])
                guard slot[0..<4].elementsEqual(magic),
                    CRC32.checksum(UnsafeRawBufferPointer(rebasing: slot[0..<24])) == Bytes.u32(slot, 24)
                else { continue }
                let head = JournalHead(
                    count: Int(truncatingIfNeeded: Bytes.u64(slot, 8)),
                    end: Int(truncatingIfNeeded: Bytes.u64(slot, 16)))
                guard head.count >= 0, head.end >= 0, head.count % 2 == start / slotSize else { continue }
                if best.map({ head.count > $0.count }) ?? true { best = head }
            }
            return best
        }
    }

    /// Reads the head at `path`; a missing or unreadable head is reported, never taken as an empty store.
    static func read(_ path: String) throws -> JournalHead {
        guard let bytes = try FileIO.contents(of: path) else {
            throw StoreError(
                .corruptFile, path: path,
                message: "the head is missing: the store cannot tell which journal frames were acknowledged")
        }
        guard let head = decode(bytes) else {
            throw StoreError(
                .corruptFile, path: path, message: "the head is damaged: neither slot has a valid checksum")
        }
        return head
    }

    /// Writes this head into its slot of the open file and flushes it.
    func write(to fd: Int32, path: String) throws {
        try slot().withUnsafeBytes { try FileIO.write(fd, $0, at: (count % 2) * JournalHead.slotSize, path: path) }
        try FileIO.sync(fd, path: path)
    }
}
