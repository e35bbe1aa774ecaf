/// A plain-text table for terminals: columns aligned, numbers to the right, optional ANSI colour per cell.
///
/// Colour is only written when the caller asks for it (``render(colored:)``); the command-line tool asks
/// when standard output is a terminal and `NO_COLOR` is not set.
///
/// ```swift
/// var table = TextTable(columns: [.init("rep"), .init("score", alignment: .right)])
/// table.append(["rep-1", "0.750000"], colors: [nil, .amber])
/// print(table.render(colored: false))
/// ```
package struct TextTable: Sendable {
    /// A column heading and how its cells align.
    package struct Column: Sendable {
        /// The heading.
        package var title: String
        /// How cells align.
        package var alignment: Alignment

        /// Creates a column.
        package init(_ title: String, alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    /// Cell alignment.
    package enum Alignment: Sendable {
        /// Text to the left.
        case left
        /// Text to the right, for numbers.
        case right
    }

    /// A terminal colour for a cell.
    package enum Color: Sendable {
        /// Red, for the red band.
        case red
        /// Yellow, for the amber band.
        case amber
        /// Green, for the green band.
        case green
        /// Dim grey, for secondary text.
        case dim

        var code: String {
            switch self {
            case .red: "31"
            case .amber: "33"
            case .green: "32"
            case .dim: "2"
            }
        }
    }

    /// The columns.
    package var columns: [Column]
    private var rows: [[String]] = []
    private var colors: [[Color?]] = []

    /// Creates an empty table.
    package init(columns: [Column]) { self.columns = columns }

    /// Appends a row; missing cells are blank.
    package mutating func append(_ row: [String], colors rowColors: [Color?] = []) {
        rows.append(row)
        colors.append(rowColors)
    }

    /// The table as text, one line per row after a heading and a rule.
    ///
    /// Headings and cells go through ``printable(_:)``: text read from a file (a rep or deal named with terminal
    /// escape sequences) cannot recolour, move or retitle the terminal, nor break a row in two.
    ///
    /// - Complexity: O(cells).
    package func render(colored: Bool) -> String {
        let columns = columns.map { Column(TextTable.printable($0.title), alignment: $0.alignment) }
        let rows = rows.map { $0.map(TextTable.printable) }
        var widths = columns.map { $0.title.count }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func pad(_ text: String, _ index: Int) -> String {
            let padding = String(repeating: " ", count: max(0, widths[index] - text.count))
            return columns[index].alignment == .right ? padding + text : text + padding
        }
        var lines: [String] = []
        lines.append(columns.indices.map { pad(columns[$0].title, $0) }.joined(separator: "  "))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for (rowIndex, row) in rows.enumerated() {
            var cells: [String] = []
            for index in columns.indices {
                let text = pad(index < row.count ? row[index] : "", index)
                let color = index < colors[rowIndex].count ? colors[rowIndex][index] : nil
                if colored, let color {
                    cells.append("\u{1B}[\(color.code)m\(text)\u{1B}[0m")
                } else {
                    cells.append(text)
                }
            }
            lines.append(cells.joined(separator: "  "))
        }
        return lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed.removeLast() }
            return String(trimmed)
        }.joined(separator: "\n") + "\n"
    }

    /// `text` with every control character replaced by U+FFFD (the replacement character), for printing text
    /// that came from a file on a terminal.
    ///
    /// Replaced: C0 controls (including tab, line feed and escape), DEL, C1 controls, and the bidirectional
    /// overrides and isolates (U+202A...U+202E, U+2066...U+2069) that reorder how a line displays.
    ///
    /// ```swift
    /// TextTable.printable("Eve\u{1B}[2J")   // "Eve\u{FFFD}[2J"
    /// ```
    ///
    /// - Parameter text: The text to print.
    /// - Returns: `text` unchanged when it holds no such character, else a copy with each replaced.
    /// - Complexity: O(*n*) in the length of `text`.
    package static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnprintable) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isUnprintable(scalar) ? "\u{FFFD}" : scalar) }
        return String(scalars)
    }

    private static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
