import Foundation

/// Interns byte strings (ids read from a file) to dense indices 0, 1, 2, … without creating a `String` per
/// lookup: an open-addressing hash table over an arena of the distinct byte strings.
struct ByteInterner {
    private(set) var arena: [UInt8] = []
    private(set) var offsets: [Int] = [0]
    private var hashes: [UInt64] = []
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// Creates an interner that already holds `strings` at indices 0, 1, … in order (duplicates keep the first).
    init(seeding strings: [String]) {
        self.init(capacity: strings.count)
        for string in strings {
            var copy = string
            _ = copy.withUTF8 { intern(UnsafeRawBufferPointer($0)) }
        }
    }

    /// The number of distinct byte strings.
    var count: Int { hashes.count }

    /// The bytes of entry `index` as a string (invalid UTF-8 repaired).
    func string(at index: Int) -> String {
        arena.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[offsets[index]..<offsets[index + 1]]), as: UTF8.self)
        }
    }

    /// Every entry as a string, in index order.
    var strings: [String] { (0..<count).map(string(at:)) }

    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var position = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return h }
        while position + 8 <= count {
            let word = base.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            position += 8
        }
        if position < count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while position < count {
                word |= UInt64(base.load(fromByteOffset: position, as: UInt8.self)) << shift
                shift += 8
                position += 1
            }
            h = (h ^ word) &* 0x94D0_49BB_1331_11EB
            h ^= h >> 31
        }
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }

    /// The index of `bytes`, or `-1` when absent.
    @inline(__always)
    func find(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        find(bytes, hash: ByteInterner.hash(bytes))
    }

    @inline(__always)
    private func find(_ bytes: UnsafeRawBufferPointer, hash: UInt64) -> Int32 {
        var position = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { table in
            while true {
                let index = table[position]
                if index < 0 { return -1 }
                if hashes[Int(index)] == hash && equals(Int(index), bytes) { return index }
                position = (position + 1) & mask
            }
        }
    }

    @inline(__always)
    private func equals(_ index: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let start = offsets[index]
        let length = offsets[index + 1] - start
        guard length == bytes.count else { return false }
        if length == 0 { return true }
        return arena.withUnsafeBytes { memcmp($0.baseAddress! + start, bytes.baseAddress!, length) == 0 }
    }

    /// The index of `bytes`, adding it when absent. The second value says whether it was added.
    @inline(__always)
    mutating func intern(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        let hash = ByteInterner.hash(bytes)
        let found = find(bytes, hash: hash)
        if found >= 0 { return found }
        return insert(bytes, hash: hash)
    }

    private mutating func insert(_ bytes: UnsafeRawBufferPointer, hash: UInt64) -> Int32 {
        let index = Int32(hashes.count)
        hashes.append(hash)
        arena.append(contentsOf: bytes)
        offsets.append(arena.count)
        if hashes.count * 2 > slots.count {
            rehash(to: slots.count * 2)
        } else {
            place(index, hash: hash)
        }
        return index
    }

    private mutating func place(_ index: Int32, hash: UInt64) {
        var position = Int(truncatingIfNeeded: hash) & mask
        while slots[position] >= 0 { position = (position + 1) & mask }
        slots[position] = index
    }

    private mutating func rehash(to size: Int) {
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for index in hashes.indices { place(Int32(index), hash: hashes[index]) }
    }
}
