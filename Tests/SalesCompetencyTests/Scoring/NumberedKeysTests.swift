import Testing

@testable import SalesCompetency

/// The direct index of numbered ids (`rep-000042`) against a dictionary of the interned keys: the fast row path's
/// lookup finds exactly the keys the interner holds, before and after keys are added, for prefixes that end in
/// either word and digits that straddle them.
struct NumberedKeysTests {
    /// A key's two zero-padded little-endian words and its length, as the fast row path passes them.
    static func words(_ key: String) -> (head: UInt64, tail: UInt64, count: Int) {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        for (position, byte) in key.utf8.enumerated() {
            if position < 8 {
                head |= UInt64(byte) << UInt64(8 * position)
            } else {
                tail |= UInt64(byte) << UInt64(8 * (position - 8))
            }
        }
        return (head, tail, key.utf8.count)
    }

    static func find(_ interner: ByteInterner, _ key: String) -> Int32 {
        let (head, tail, count) = words(key)
        return interner.find(head: head, tail: tail, count: count)
    }

    /// `prefix` then `number` in `digits` digits, zero-padded.
    static func key(_ prefix: String, _ number: Int, _ digits: Int) -> String {
        let text = String(number)
        return prefix + String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// Keys near the shape of `prefix` and `digits`: every number of the width up to `limit`, a prefix byte
    /// changed, a digit replaced by the bytes next to `0` and `9` and by a letter, one digit fewer and more.
    static func probes(_ prefix: String, _ digits: Int, limit: Int) -> [String] {
        var probes = (0...limit).map { key(prefix, $0, digits) }
        let sample = Array(key(prefix, 7 % limit, digits).utf8)
        for position in sample.indices {
            for replacement in [UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "a"), UInt8(ascii: "0")] {
                var changed = sample
                changed[position] = replacement
                probes.append(String(decoding: changed, as: UTF8.self))
            }
        }
        probes.append(prefix + String(repeating: "1", count: digits + 1))
        if digits > 1 { probes.append(prefix + String(repeating: "1", count: digits - 1)) }
        return probes
    }

    @Test(arguments: [
        ("", 4), ("r", 1), ("rep-", 6), ("rep-", 2), ("team-a/", 1), ("abcdefg", 2), ("abcdefgh", 3),
        ("abcdefghi", 6), ("abcdefghij", 6), ("abcdefghijkl", 3), ("REP", 7), ("x", 7),
    ])
    func numberedKeysAreFoundExactlyAsInterned(prefix: String, digits: Int) {
        let limit = digits == 1 ? 9 : digits == 2 ? 99 : 400
        // Odd numbers, then one key of another shape, which the hash table finds.
        let seeded =
            stride(from: 1, through: limit - (digits == 1 ? 2 : 20), by: 2).map {
                NumberedKeysTests.key(prefix, $0, digits)
            }
            + ["other"]
        var interner = ByteInterner(seeding: seeded)
        #expect(interner.isNumbered)
        var model: [String: Int32] = [:]
        for (index, key) in seeded.enumerated() { model[key] = Int32(index) }
        let probes = NumberedKeysTests.probes(prefix, digits, limit: limit) + ["other", "othe", "otherr"]
        for probe in probes {
            #expect(NumberedKeysTests.find(interner, probe) == model[probe] ?? -1, "\(probe)")
        }
        // Keys added later: even numbers within the span and beyond it, and another shape.
        for key in stride(from: 0, through: limit, by: 2).map({ NumberedKeysTests.key(prefix, $0, digits) }) + ["new"] {
            var copy = key
            let index = copy.withUTF8 { interner.intern(UnsafeRawBufferPointer($0)) }
            if model[key] == nil { model[key] = index }
            #expect(model[key] == index, "\(key)")
        }
        for probe in probes + ["new"] {
            #expect(NumberedKeysTests.find(interner, probe) == model[probe] ?? -1, "\(probe)")
        }
    }

    /// Keys that are not numbered: numbers too sparse, too few keys of the first key's shape, a first key with no
    /// digit at its end or with a quote; all are still found through the hash table.
    @Test(arguments: [
        ["n0001", "n5000"],
        ["a1", "b2", "c3"],
        ["rep", "rep-1", "rep-2"],
        ["\"1", "\"2"],
    ])
    func otherKeysAreNotNumberedAndStillFound(keys: [String]) {
        let interner = ByteInterner(seeding: keys)
        #expect(!interner.isNumbered)
        for (index, key) in keys.enumerated() {
            #expect(NumberedKeysTests.find(interner, key) == (key.contains("\"") ? -1 : Int32(index)), "\(key)")
        }
        #expect(NumberedKeysTests.find(interner, "n2") == -1)
    }

    /// The index spans the numbers in use: a thousand keys numbered from a million, with gaps of three.
    @Test func denseNumbersFarFromZero() {
        let keys = (0..<1000).map { "id" + String(1_000_000 + 3 * $0) }
        let interner = ByteInterner(seeding: keys)
        #expect(interner.isNumbered)
        for number in 999_990...1_003_010 {
            let key = "id" + String(number)
            let expected =
                number >= 1_000_000 && number < 1_003_000 && (number - 1_000_000) % 3 == 0
                ? Int32((number - 1_000_000) / 3) : -1
            #expect(NumberedKeysTests.find(interner, key) == expected, "\(key)")
        }
    }
}
