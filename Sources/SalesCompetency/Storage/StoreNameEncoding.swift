/// Turns ids and collection names into file names that can never escape the store's directory.
///
/// Lowercase ASCII letters, digits, `-` and `_` stay as they are; every other byte of the UTF-8 form,
/// including `.`, `/` and upper-case letters (so that `A` and `a` stay distinct on case-insensitive file
/// systems), becomes `%XX`. No encoded name is empty, `.` or `..`, contains `/`, or starts with `.` (the
/// store's temporary files do).
enum StoreNameEncoding {
    /// The longest encoded name, leaving room for an extension within the usual 255-byte limit.
    static let maximumLength = 240

    static func encode(_ name: String, what: String) throws -> String {
        guard !name.isEmpty else { throw StoreError(.invalidID, message: "the \(what) is empty") }
        var encoded = ""
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"),
                UInt8(ascii: "_"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                encoded.unicodeScalars.append("%")
                encoded.unicodeScalars.append(hex[Int(byte >> 4)])
                encoded.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        guard encoded.utf8.count <= maximumLength else {
            throw StoreError(
                .invalidID,
                message: "the \(what) \"\(name.prefix(40))…\" is too long for the file store (\(name.utf8.count) bytes)"
            )
        }
        return encoded
    }

    /// Decodes a file name, or returns `nil` for a name the store did not write.
    static func decode(_ encoded: String) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(encoded.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    return nil
                }
                bytes.append(high << 4 | low)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
