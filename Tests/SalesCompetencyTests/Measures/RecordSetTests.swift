import Testing

@testable import SalesCompetency

struct RecordSetTests {
    /// Fingerprints inserted one by one, through reserved and grown tables of capacities that are not powers of
    /// two, and through parts of rows: each is new exactly once, as a `Set` says.
    @Test func newExactlyOnceAsASetSays() {
        var generator: UInt64 = 0x1234_5678
        func next() -> UInt64 {
            generator = generator &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return generator >> 20
        }
        var keys: [(UInt64, UInt64)] = []
        // Never (0, 0), which stands for no id.
        for _ in 0..<30_000 { keys.append((next() % 5, next() % 9_000 + 1)) }
        for reserved in [0, 10_001, 50_000] {
            var table = RecordSet()
            if reserved > 0 { table.reserve(reserved) }
            var seen = Set<[UInt64]>()
            for (high, low) in keys {
                #expect(table.insert(high, low) == seen.insert([high, low]).inserted)
            }
            #expect(table.count == seen.count)
        }
        // The same keys as staged rows in parts: the duplicates are the repeats in file order; rows that continue
        // the previous row and rows without an id are never marked.
        var table = RecordSet()
        var seen = Set<[UInt64]>()
        for start in stride(from: 0, to: keys.count, by: 7_001) {
            var part = PartOutput()
            var expected: [Bool] = []
            for (index, (high, low)) in keys[start..<min(keys.count, start + 7_001)].enumerated() {
                let continues = index % 97 == 1
                let keyed = index % 89 != 3
                part.rows.append(
                    StagedRow(
                        high: keyed ? high : 0, low: keyed ? low : 0, quantity: 1, rep: 0, task: 0, day: 0,
                        line: Int32(index), continues: continues))
                expected.append(!continues && keyed && !seen.insert([high, low]).inserted)
            }
            if start == 0 { table.reserve(partRows: part.rows.count, partBytes: 1000, fileBytes: 1000) }
            #expect(table.duplicates(in: part) == expected)
        }
    }
}
