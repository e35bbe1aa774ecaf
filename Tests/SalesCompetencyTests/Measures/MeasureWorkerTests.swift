import Testing

@testable import SalesCompetency

struct MeasureWorkerTests {
    /// The record-id key is the id read as a number in base 64 (digits 1...62) for ids of up to 20 letters and
    /// digits, computed here one character at a time over 128 bits; any other id gets a hash with the top bit set.
    @Test func recordIDKeysAreTheIDsInBase64() {
        func reference(_ id: String) -> (UInt64, UInt64)? {
            var high: UInt64 = 0
            var low: UInt64 = 0
            guard id.utf8.count <= 20 else { return nil }
            for byte in id.utf8 {
                let digit: UInt64
                switch byte {
                case 0x30...0x39: digit = UInt64(byte - 0x30) + 1
                case 0x41...0x5A: digit = UInt64(byte - 0x41) + 11
                case 0x61...0x7A: digit = UInt64(byte - 0x61) + 37
                default: return nil
                }
                high = high << 6 | low >> 58
                low = low << 6 | digit
            }
            return (high, low)
        }
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        var ids = ["00T4W0000000000QAE", "00T4W0000000001QAE", "001", "z", "zzzzzzzzzzzzzzzzzzzz", "0", "9999999999"]
        for length in 1...21 {
            ids.append(String((0..<length).map { alphabet[($0 * 7 + length) % alphabet.count] }))
        }
        ids += ["00T-4W", "a b", "ÄÖÜ", "0000000000000000000000000"]
        var keys: [String: String] = [:]
        for id in ids {
            var copy = id
            let key = copy.withUTF8 { MeasureWorker.fingerprint(UnsafeRawBufferPointer($0)) }
            if let expected = reference(id) {
                #expect(key == expected, "\(id)")
            } else {
                #expect(key.0 >> 63 == 1, "\(id)")
            }
            keys["\(key)", default: id] = id
        }
        #expect(keys.count == Set(ids).count)
    }
}
