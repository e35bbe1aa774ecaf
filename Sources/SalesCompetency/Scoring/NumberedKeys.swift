/// A direct index of the ids of a ``ByteInterner`` that are one common prefix and a fixed number of digits
/// (`rep-000001` … `rep-010000`, or `4711` … `9832`): the id's number picks its slot in a small array, so the
/// fast row path finds such an id with no hashing and no probe of the larger hash table.
///
/// The shape is the first key's: its last 1 to 7 bytes that are digits, after a prefix; the index is built when
/// at least half of the keys have that shape and their numbers are dense (a span of at most
/// ``spanLimit(keys:)``). A key of the shape whose number is outside that span, or a key of another shape, is
/// not in it: ``find(head:tail:count:)`` answers `nil` and the caller looks in the hash table, which holds every
/// key. Within the span the index is exact, because every key of the shape that is interned later is added too.
/// Keys of this shape never hold a quote, a carriage return or a newline, so they are all plain.
struct NumberedKeys {
    /// The length of a key of the shape; 0 when there is no index.
    private var keyCount = 0
    private var prefixCount = 0
    private var digitCount = 0
    private var prefixHead: UInt64 = 0
    private var prefixTail: UInt64 = 0
    private var maskHead: UInt64 = 0
    private var maskTail: UInt64 = 0
    /// The smallest number in the index.
    private var base = 0
    /// The key's index by its number less ``base``; -1 where no key has that number.
    private var indices: [Int32] = []

    /// An empty index, which finds nothing.
    init() {}

    /// The index of `keys` (given as the zero-padded words of keys of 1 to 16 bytes, and `nil` for longer keys or
    /// keys that are not plain), when they qualify; otherwise an empty index.
    init(keys: [(head: UInt64, tail: UInt64, count: Int)?]) {
        guard let first = keys.first ?? nil else { return }
        var digits = 0
        while digits < min(7, first.count), NumberedKeys.isDigit(first, at: first.count - 1 - digits) { digits += 1 }
        guard digits > 0 else { return }
        var shape = NumberedKeys()
        shape.keyCount = first.count
        shape.prefixCount = first.count - digits
        shape.digitCount = digits
        shape.maskHead = NumberedKeys.lanes(shape.prefixCount)
        shape.maskTail = NumberedKeys.lanes(shape.prefixCount - 8)
        shape.prefixHead = first.head & shape.maskHead
        shape.prefixTail = first.tail & shape.maskTail
        var smallest = Int.max
        var largest = Int.min
        var matching = 0
        for case let key? in keys {
            guard let number = shape.number(head: key.head, tail: key.tail, count: key.count) else { continue }
            smallest = min(smallest, number)
            largest = max(largest, number)
            matching += 1
        }
        guard matching * 2 >= keys.count, largest - smallest < NumberedKeys.spanLimit(keys: matching) else { return }
        shape.base = smallest
        shape.indices = [Int32](repeating: -1, count: largest - smallest + 1)
        for case (let position, let key?) in keys.enumerated() {
            shape.add(Int32(position), head: key.head, tail: key.tail, count: key.count)
        }
        self = shape
    }

    /// The widest span of numbers indexed for `keys` keys of the shape: 4 slots a key, and at least 1,024.
    static func spanLimit(keys: Int) -> Int { max(1024, 4 * keys) }

    /// Whether there is an index (for tests).
    var isEmpty: Bool { indices.isEmpty }

    /// The index of the key of `count` bytes given as its two zero-padded words: the key's index, -1 when no key
    /// has it, or `nil` when this index cannot tell (the key is not of the shape or its number is outside the span).
    @inline(__always)
    func find(head: UInt64, tail: UInt64, count: Int) -> Int32? {
        guard let slot = slot(head: head, tail: tail, count: count) else { return nil }
        return indices.withUnsafeBufferPointer { $0[slot] }
    }

    /// Adds a key just interned at `index`, when it is of the shape and within the span.
    mutating func add(_ index: Int32, head: UInt64, tail: UInt64, count: Int) {
        if let slot = slot(head: head, tail: tail, count: count) { indices[slot] = index }
    }

    /// The slot of a key of the shape whose number is within the span.
    @inline(__always)
    private func slot(head: UInt64, tail: UInt64, count: Int) -> Int? {
        guard let number = number(head: head, tail: tail, count: count) else { return nil }
        let slot = number &- base
        return slot >= 0 && slot < indices.count ? slot : nil
    }

    /// The number of a key of the shape: its prefix and then digits only.
    @inline(__always)
    private func number(head: UInt64, tail: UInt64, count: Int) -> Int? {
        guard count == keyCount, head & maskHead == prefixHead, tail & maskTail == prefixTail else { return nil }
        let word: UInt64
        if prefixCount >= 8 {
            word = tail &>> UInt64(truncatingIfNeeded: 8 &* (prefixCount &- 8))
        } else if prefixCount == 0 {
            word = head
        } else {
            let shift = UInt64(truncatingIfNeeded: 8 &* prefixCount)
            word = head &>> shift | tail &<< (64 &- shift)
        }
        return FieldScan.digits(word, count: digitCount)
    }

    /// A mask of the low `count` bytes of a word: none for 0 or less, all for 8 or more.
    private static func lanes(_ count: Int) -> UInt64 {
        count <= 0 ? 0 : count >= 8 ? .max : FieldScan.low(count)
    }

    private static func isDigit(_ key: (head: UInt64, tail: UInt64, count: Int), at position: Int) -> Bool {
        let word = position < 8 ? key.head : key.tail
        let byte = UInt8(truncatingIfNeeded: word >> UInt64(8 * (position % 8)))
        return (0x30...0x39).contains(byte)
    }
}
