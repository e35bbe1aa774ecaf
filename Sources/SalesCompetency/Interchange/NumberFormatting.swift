/// Locale-independent number formatting for reports and CSV.
package enum NumberFormatting: Sendable {
    /// `value` with exactly `decimals` digits after the point, rounded half away from zero; `nan`, `inf` and
    /// `-inf` for non-finite values.
    ///
    /// ```swift
    /// NumberFormatting.fixed(0.7, decimals: 6)   // "0.700000"
    /// ```
    package static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        precondition((0...15).contains(decimals), "decimals must be 0...15")
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return "\(value)" }  // beyond exact integers: shortest round-trip form
        let units = Int64(scaled)
        return fixed(units: value < 0 && units != 0 ? -units : units, decimals: decimals)
    }

    /// An integer count of `10^-decimals` units written as a decimal, for example `700000` with 6 decimals is
    /// `0.700000`.
    package static func fixed(units: Int64, decimals: Int) -> String {
        let negative = units < 0
        var digits = String(units.magnitude)
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return negative ? "-" + digits : digits
    }

    /// A fraction as a percentage with `decimals` digits, for example `0.4567` → `45.7%`.
    package static func percent(_ fraction: Double, decimals: Int = 1) -> String {
        fixed(fraction * 100, decimals: decimals) + "%"
    }
}
