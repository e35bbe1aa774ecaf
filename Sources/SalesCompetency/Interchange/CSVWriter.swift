import Foundation

/// Writes RFC 4180 CSV that is also safe to open in a spreadsheet.
///
/// Fields with a comma, quote or line break are quoted; a text cell that starts with `=`, `+`, `-`, `@`, a
/// tab or a carriage return is prefixed with `'` so a spreadsheet shows it instead of running it as a formula.
/// Numbers written through ``number(_:decimals:)`` are not guarded (a negative number stays a number).
///
/// ```swift
/// var csv = CSVWriter(header: ["rep_id", "score"])
/// csv.append(["rep-1", CSVWriter.number(0.75, decimals: 6)])
/// print(csv.text, terminator: "")
/// ```
public struct CSVWriter: Sendable {
    /// The text written so far.
    public private(set) var text: String = ""

    /// A cell: text that is guarded against formula injection, or a number written as is.
    public enum Cell: Hashable, Sendable, ExpressibleByStringLiteral {
        /// Text, quoted and guarded as needed.
        case text(String)
        /// A number already formatted, written unguarded.
        case number(String)

        /// Creates a text cell.
        public init(stringLiteral value: String) { self = .text(value) }
    }

    /// Creates a writer and writes the header row.
    public init(header: [String]) {
        append(header.map(Cell.text))
    }

    /// Appends a row of text cells.
    public mutating func append(_ row: [String]) {
        append(row.map(Cell.text))
    }

    /// Appends a row.
    public mutating func append(_ row: [Cell]) {
        var first = true
        for cell in row {
            if !first { text.append(",") }
            first = false
            switch cell {
            case .text(let value): text.append(CSVWriter.escape(value))
            case .number(let value): text.append(value)
            }
        }
        text.append("\n")
    }

    /// A number cell with a fixed number of decimals, rounded half away from zero.
    public static func number(_ value: Double, decimals: Int) -> Cell {
        .number(NumberFormatting.fixed(value, decimals: decimals))
    }

    /// A whole-number cell.
    public static func number(_ value: Int) -> Cell { .number(String(value)) }

    /// Quotes a field when needed and guards a leading formula character.
    public static func escape(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
