import Foundation
import Testing

@testable import SalesCompetency

/// The digest behind batch keys and document checksums, against values from Python's `hashlib`.
struct SHA256Tests {
    @Test func matchesTheStandardTestVectors() {
        // FIPS 180-2 appendix B: "abc", the 56-byte two-block message, a million "a"; and the empty input.
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func givesTheSameDigestWhateverTheUpdateSizes() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        for size in [1, 3, 63, 64, 65, 200] {
            var digest = SHA256()
            for start in stride(from: 0, to: bytes.count, by: size) {
                digest.update(Array(bytes[start..<min(start + size, bytes.count)]))
            }
            #expect(digest.hexDigest() == SHA256.hex(bytes), "updates of \(size) bytes")
        }
    }

    /// The default batch key is a stored format: a store written by an earlier version recognises a batch
    /// appended again only if the key is computed the same way. Expected values from Python:
    /// `hashlib.sha256(b"".join(struct.pack("<I", len(id)) + id for each id, then struct.pack("<q", day) +
    /// struct.pack("<d", quantity)))`.
    @Test func batchContentKeyIsStable() throws {
        let december31 = Day(daysSinceEpoch: 20_453)  // 2025-12-31
        let twoSmall = [
            try Activity(repID: "rep-1", taskID: "calls_made", day: december31, quantity: 2.5),
            try Activity(repID: "Zoë", taskID: "emails_sent", day: Day(daysSinceEpoch: -2), quantity: 0),
        ]
        #expect(
            ActivityBatch.contentKey(of: twoSmall, source: "crm.csv")
                == "crm.csv#sha256:780cc64e3496f5eae470c384b7bfd819b54f779f61fd55957955acae6e4b3293")
        // 5,000 rows: more than one 64 KiB buffer of key bytes.
        var many: [Activity] = []
        for index in 0..<5000 {
            let rep = Rep.ID(rawValue: String(format: "rep-%04d", index % 97))
            let task: SalesTask.ID = index % 2 == 0 ? "calls_made" : "emails_sent"
            let day = Day(daysSinceEpoch: 20_453 - index % 365)
            many.append(try Activity(repID: rep, taskID: task, day: day, quantity: Double(index % 7) / 4))
        }
        #expect(
            ActivityBatch.contentKey(of: many, source: "")
                == "#sha256:13cff61e0f076376dd3b239feae0d8f717c4ffa708c5ef33a7f96bc20abb59af")
    }
}
