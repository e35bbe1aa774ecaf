public import Foundation

extension Decimal {
    /// Parses a plain decimal number as CSV exports write it, independent of any locale: an optional sign,
    /// digits, and an optional `.` with more digits (`1054`, `-12.50`, `+0.5`, `.5`). Returns `nil` for
    /// anything else, such as `1,054`, `1e3`, `NaN`, `12abc`, an empty string, or more than 38 digits (more than
    /// `Decimal` holds exactly).
    ///
    /// `Decimal(string:)` alone accepts a leading number and ignores the rest (`"12abc"` is 12); this does not.
    ///
    /// - Parameter text: The text, without surrounding spaces.
    /// - Complexity: O(n) in the length of `text`.
    public init?(plainDecimal text: String) {
        var digits = 0
        var sawPoint = false
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            switch scalar {
            case "0"..."9": digits += 1
            case "." where !sawPoint: sawPoint = true
            case "+" where offset == 0, "-" where offset == 0: continue
            default: return nil
            }
        }
        let unsigned = text.hasPrefix("+") ? String(text.dropFirst()) : text
        guard digits > 0, digits <= 38, let value = Decimal(string: unsigned, locale: Locale(identifier: "en_US_POSIX"))
        else {
            return nil
        }
        self = value
    }
}
