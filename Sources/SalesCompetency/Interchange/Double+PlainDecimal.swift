extension Double {
    /// Parses a decimal number as data files write it: an optional sign, digits with an optional `.` and more
    /// digits, and an optional exponent of ten (`12`, `-0.5`, `.25`, `1.5e3`). Returns `nil` for anything else:
    /// hexadecimal (`0x10`, `0x1p4`), `nan`, `inf`, spaces, `1,5`; and for a number too large for a `Double` or
    /// so small that it would silently read as 0 (`1e-400`).
    ///
    /// `Double(_:)` alone reads `0x10` as 16 and `1e-400` as 0; this does not.
    ///
    /// - Parameter text: The text, without surrounding spaces.
    /// - Complexity: O(n) in the length of `text`.
    public init?(plainDecimal text: some StringProtocol) {
        var mantissaDigits = 0
        var nonZeroMantissa = false
        var sawPoint = false
        var exponentDigits = -1  // -1: no exponent
        var previous: Unicode.Scalar?
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            switch scalar {
            case "0"..."9":
                if exponentDigits >= 0 {
                    exponentDigits += 1
                } else {
                    mantissaDigits += 1
                    if scalar != "0" { nonZeroMantissa = true }
                }
            case "." where !sawPoint && exponentDigits < 0:
                sawPoint = true
            case "+" where offset == 0, "-" where offset == 0:
                break
            case "+" where previous == "e" || previous == "E", "-" where previous == "e" || previous == "E":
                break
            case "e" where exponentDigits < 0 && mantissaDigits > 0, "E" where exponentDigits < 0 && mantissaDigits > 0:
                exponentDigits = 0
            default:
                return nil
            }
            previous = scalar
        }
        guard mantissaDigits > 0, exponentDigits != 0, let value = Double(String(text)), value.isFinite else {
            return nil
        }
        guard value != 0 || !nonZeroMantissa else { return nil }  // underflowed to zero
        self = value
    }
}
