import Foundation

/// Interns byte strings (ids read from a file) to dense indices 0, 1, 2, … without creating a `String` per
/// lookup: an open-addressing hash table over an arena of the distinct byte strings.
///
/// Keys of up to 16 bytes (rep ids such as `rep-000042`) are also kept inline in the table, zero-padded in two
/// words, so a lookup is one probe of one table entry in the common case. Seeded keys that are one prefix and a
/// number (`rep-000042`) are also found by their number, in ``NumberedKeys``, for the fast row path.
struct ByteInterner {
    /// One table entry: the key inline when short, its hash tag and length, and its index (-1 when empty).
    private struct Entry {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        /// The hash's upper bits, ``plainFlag`` when the key has no quote, carriage return or newline, the key length
        /// (or 31 for keys over 16 bytes) in the low 5 bits.
        var meta: UInt32 = 0
        var index: Int32 = -1
    }

    /// A key prepared for lookup.
    private struct Key {
        var hash: UInt64
        var head: UInt64
        var tail: UInt64
        var meta: UInt32
        var isInline: Bool
    }

    /// The bit of an entry's `meta` that marks a key without quotes, carriage returns and newlines: only those are
    /// found by ``find(head:tail:count:)``, the lookup of the fast row path, which does not look for them in the
    /// bytes.
    private static var plainFlag: UInt32 { 32 }

    private(set) var arena: [UInt8] = []
    private(set) var offsets: [Int] = [0]
    private var keys: [Key] = []
    private var entries: [Entry]
    private var mask: Int
    private var numbers = NumberedKeys()

    init(capacity: Int = 64) {
        var size = 16
        while size * 7 < capacity * 10 { size <<= 1 }
        entries = [Entry](repeating: Entry(), count: size)
        mask = size - 1
    }

    /// Creates an interner that already holds `strings` at indices 0, 1, … in order (duplicates keep the first).
    init(seeding strings: [String]) {
        self.init(capacity: strings.count)
        for string in strings {
            var copy = string
            _ = copy.withUTF8 { intern(UnsafeRawBufferPointer($0)) }
        }
        numbers = NumberedKeys(keys: keys.map(ByteInterner.words))
    }

    /// Whether the seeded keys are found by their number (for tests).
    var isNumbered: Bool { !numbers.isEmpty }

    /// A plain key of up to 16 bytes as its two words and length; `nil` for other keys.
    private static func words(_ key: Key) -> (head: UInt64, tail: UInt64, count: Int)? {
        key.isInline && key.meta & plainFlag != 0 ? (key.head, key.tail, Int(key.meta & 31)) : nil
    }

    /// The number of distinct byte strings.
    var count: Int { keys.count }

    /// The bytes of entry `index` as a string (invalid UTF-8 repaired).
    func string(at index: Int) -> String {
        arena.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[offsets[index]..<offsets[index + 1]]), as: UTF8.self)
        }
    }

    /// Every entry as a string, in index order.
    var strings: [String] { (0..<count).map(string(at:)) }

    /// Up to 8 bytes from `offset`, zero-padded, without reading past `count`.
    @inline(__always)
    private static func word(_ base: UnsafeRawPointer, _ offset: Int, _ count: Int) -> UInt64 {
        if offset + 8 <= count { return base.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
        var word: UInt64 = 0
        var shift: UInt64 = 0
        var position = offset
        while position < count {
            word |= UInt64(base.load(fromByteOffset: position, as: UInt8.self)) << shift
            shift += 8
            position += 1
        }
        return word
    }

    @inline(__always)
    private static func mix(_ h: UInt64, _ word: UInt64) -> UInt64 {
        let x = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
        return x ^ (x >> 29)
    }

    @inline(__always)
    private static func key(_ bytes: UnsafeRawBufferPointer) -> Key {
        let count = bytes.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        guard let base = bytes.baseAddress else {
            return Key(hash: h, head: 0, tail: 0, meta: 0, isInline: true)
        }
        if count <= 16 {
            let head = word(base, 0, count)
            let tail = count > 8 ? word(base, 8, count) : 0
            h = mix(mix(h, head), tail) &* 0x94D0_49BB_1331_11EB
            h ^= h >> 32
            return Key(
                hash: h, head: head, tail: tail, meta: UInt32(truncatingIfNeeded: h) & ~63 | UInt32(count),
                isInline: true)
        }
        var position = 0
        while position < count {
            h = mix(h, word(base, position, count))
            position += 8
        }
        h = h &* 0x94D0_49BB_1331_11EB
        h ^= h >> 32
        return Key(hash: h, head: 0, tail: 0, meta: UInt32(truncatingIfNeeded: h) & ~63 | 31, isInline: false)
    }

    /// The index of `bytes`, or `-1` when absent.
    @inline(__always)
    func find(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        find(bytes, ByteInterner.key(bytes))
    }

    /// The index of a key of 1 to 16 bytes given as its two little-endian words, zero-padded past `count`
    /// (the words ``find(_:)`` would read), or `-1` when absent or when the key holds a quote, a carriage return or
    /// a newline.
    /// No bytes are read: the fast row path has the words in registers already.
    @inline(__always)
    func find(head: UInt64, tail: UInt64, count: Int) -> Int32 {
        if let found = numbers.find(head: head, tail: tail, count: count) { return found }
        var h = ByteInterner.mix(ByteInterner.mix(0x9E37_79B9_7F4A_7C15 ^ UInt64(count), head), tail)
        h = h &* 0x94D0_49BB_1331_11EB
        h ^= h >> 32
        let meta = UInt32(truncatingIfNeeded: h) & ~63 | ByteInterner.plainFlag | UInt32(truncatingIfNeeded: count)
        var position = Int(truncatingIfNeeded: h) & mask
        return entries.withUnsafeBufferPointer { table in
            while true {
                let entry = table[position]
                if entry.index < 0 { return -1 }
                if entry.meta == meta, entry.head == head, entry.tail == tail { return entry.index }
                position = (position + 1) & mask
            }
        }
    }

    @inline(__always)
    private func find(_ bytes: UnsafeRawBufferPointer, _ key: Key) -> Int32 {
        var position = Int(truncatingIfNeeded: key.hash) & mask
        return entries.withUnsafeBufferPointer { table in
            while true {
                let entry = table[position]
                if entry.index < 0 { return -1 }
                if entry.meta & ~ByteInterner.plainFlag == key.meta {
                    if key.isInline {
                        if entry.head == key.head && entry.tail == key.tail { return entry.index }
                    } else if equals(Int(entry.index), bytes) {
                        return entry.index
                    }
                }
                position = (position + 1) & mask
            }
        }
    }

    @inline(__always)
    private func equals(_ index: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        offsets.withUnsafeBufferPointer { offsets in
            let start = offsets[index]
            let length = offsets[index + 1] - start
            guard length == bytes.count else { return false }
            return arena.withUnsafeBytes { arena in
                ByteInterner.equal(arena.baseAddress! + start, bytes.baseAddress!, length)
            }
        }
    }

    /// Compares `count` bytes eight at a time (ids are short, so this beats a call to `memcmp`); the last word,
    /// and a value of under 8 bytes, through loads that overlap instead of a byte at a time.
    @inline(__always)
    static func equal(_ lhs: UnsafeRawPointer, _ rhs: UnsafeRawPointer, _ count: Int) -> Bool {
        guard count >= 8 else { return shortWord(lhs, count) == shortWord(rhs, count) }
        var position = 0
        while position + 8 < count {
            if lhs.loadUnaligned(fromByteOffset: position, as: UInt64.self)
                != rhs.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            {
                return false
            }
            position += 8
        }
        return lhs.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            == rhs.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }

    /// The `count` (0 to 7) bytes at `base` in one word that names them among values of that length: two loads
    /// that overlap when `count` is not a power of two, and no read past `count`.
    @inline(__always)
    static func shortWord(_ base: UnsafeRawPointer, _ count: Int) -> UInt64 {
        if count >= 4 {
            return UInt64(base.loadUnaligned(as: UInt32.self))
                | UInt64(base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
        }
        if count >= 2 {
            return UInt64(base.loadUnaligned(as: UInt16.self))
                | UInt64(base.loadUnaligned(fromByteOffset: count - 2, as: UInt16.self)) << 16
        }
        return count == 1 ? UInt64(base.load(as: UInt8.self)) : 0
    }

    /// The index of `bytes`, adding it when absent.
    @inline(__always)
    mutating func intern(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        let key = ByteInterner.key(bytes)
        let found = find(bytes, key)
        if found >= 0 { return found }
        return insert(bytes, key)
    }

    private mutating func insert(_ bytes: UnsafeRawBufferPointer, _ key: Key) -> Int32 {
        let index = Int32(keys.count)
        var key = key
        if !bytes.contains(0x22), !bytes.contains(0x0D), !bytes.contains(0x0A) { key.meta |= ByteInterner.plainFlag }
        keys.append(key)
        if let words = ByteInterner.words(key) {
            numbers.add(index, head: words.head, tail: words.tail, count: words.count)
        }
        arena.append(contentsOf: bytes)
        offsets.append(arena.count)
        if keys.count * 10 > entries.count * 7 {
            entries = [Entry](repeating: Entry(), count: entries.count * 2)
            mask = entries.count - 1
            for (position, known) in keys.enumerated() { place(Int32(position), known) }
        } else {
            place(index, key)
        }
        return index
    }

    private mutating func place(_ index: Int32, _ key: Key) {
        var position = Int(truncatingIfNeeded: key.hash) & mask
        while entries[position].index >= 0 { position = (position + 1) & mask }
        entries[position] = Entry(head: key.head, tail: key.tail, meta: key.meta, index: index)
    }
}
