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
package struct CSVWriter: Sendable {
    /// The text written so far.
    package private(set) var text: String = ""
    /// Whether text cells that start with a formula character get a leading `'`; on by default. Turn it off
    /// only for files that no spreadsheet will open and that must round-trip byte for byte.
    package var guardsFormulas: Bool

    /// A cell: text that is guarded against formula injection, or a number written as is.
    package enum Cell: Hashable, Sendable, ExpressibleByStringLiteral {
        /// Text, quoted and guarded as needed.
        case text(String)
        /// A number already formatted, written unguarded.
        case number(String)

        /// Creates a text cell.
        package init(stringLiteral value: String) { self = .text(value) }
    }

    /// Creates a writer and writes the header row.
    ///
    /// - Parameters:
    ///   - header: The column names.
    ///   - guardsFormulas: Whether to guard text cells against formula injection.
    package init(header: [String], guardsFormulas: Bool = true) {
        self.guardsFormulas = guardsFormulas
        append(header.map(Cell.text))
    }

    /// Appends a row of text cells.
    package mutating func append(_ row: [String]) {
        append(row.map(Cell.text))
    }

    /// Appends a row.
    package mutating func append(_ row: [Cell]) {
        if row.count == 1, case .text(let value) = row[0], value.isEmpty {
            text.append("\"\"\n")  // a lone empty field, quoted so it does not read back as a blank line
            return
        }
        var first = true
        for cell in row {
            if !first { text.append(",") }
            if first, text.isEmpty, case .text(let value) = cell, value.unicodeScalars.first == "\u{FEFF}" {
                // A leading U+FEFF would read back as a byte-order mark and vanish: quote it.
                text.append(CSVWriter.quote(value))
                first = false
                continue
            }
            first = false
            switch cell {
            case .text(let value): text.append(CSVWriter.escape(value, guardingFormulas: guardsFormulas))
            case .number(let value): text.append(value)
            }
        }
        text.append("\n")
    }

    /// A number cell with a fixed number of decimals, rounded half away from zero.
    package static func number(_ value: Double, decimals: Int) -> Cell {
        .number(NumberFormatting.fixed(value, decimals: decimals))
    }

    /// A whole-number cell.
    package static func number(_ value: Int) -> Cell { .number(String(value)) }

    /// Quotes a field when needed and, unless told otherwise, guards a leading formula character.
    package static func escape(_ value: String, guardingFormulas: Bool = true) -> String {
        var value = value
        if guardingFormulas, let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        // Bytes, not Characters: a quote followed by a combining mark is one Character but still a quote.
        if value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            return quote(value)
        }
        return value
    }

    /// Wraps a field in quotes, doubling the quotes inside; byte-wise, so a quote followed by a combining mark
    /// is still doubled.
    static func quote(_ value: String) -> String {
        var quoted: [UInt8] = [0x22]
        for byte in value.utf8 {
            quoted.append(byte)
            if byte == 0x22 { quoted.append(0x22) }
        }
        quoted.append(0x22)
        return String(decoding: quoted, as: UTF8.self)
    }
}
