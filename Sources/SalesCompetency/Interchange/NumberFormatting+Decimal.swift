package import Foundation

extension NumberFormatting {
    /// `value` with exactly `decimals` digits after the point, rounded half away from zero (2.345 → "2.35",
    /// −2.345 → "−2.35"); `nan` for `Decimal.nan`.
    ///
    /// This is the one place money is rounded: calculations keep full `Decimal` precision and round only
    /// when a figure is shown. Half away from zero matches ``fixed(_:decimals:)-(Double,_)`` for `Double`, so a table
    /// never rounds the same half differently in two columns.
    ///
    /// ```swift
    /// NumberFormatting.fixed(Decimal(string: "41.32231")!, decimals: 2)   // "41.32"
    /// ```
    ///
    /// - Parameters:
    ///   - value: The amount.
    ///   - decimals: Digits after the point, 0…15.
    /// - Returns: The amount as locale-free text.
    package static func fixed(_ value: Decimal, decimals: Int) -> String {
        precondition((0...15).contains(decimals), "decimals must be 0...15")
        guard !value.isNaN else { return "nan" }
        let rounded = self.rounded(value, decimals: decimals)
        var text = rounded.description
        var negative = false
        if text.hasPrefix("-") {
            negative = true
            text.removeFirst()
        }
        var parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1 { parts.append("") }
        let fraction = parts[1] + String(repeating: "0", count: max(0, decimals - parts[1].count))
        let body = decimals == 0 ? parts[0] : parts[0] + "." + fraction
        let isZero = body.allSatisfy { $0 == "0" || $0 == "." }
        return negative && !isZero ? "-" + body : body
    }

    /// `value` rounded to `decimals` digits after the point, half away from zero.
    ///
    /// - Parameters:
    ///   - value: The amount.
    ///   - decimals: Digits after the point, 0…15.
    /// - Returns: The rounded amount; `Decimal.nan` stays NaN.
    package static func rounded(_ value: Decimal, decimals: Int) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, decimals, .plain)
        return result
    }
}
