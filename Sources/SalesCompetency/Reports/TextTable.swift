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
public struct TextTable: Sendable {
    /// A column heading and how its cells align.
    public struct Column: Sendable {
        /// The heading.
        public var title: String
        /// How cells align.
        public var alignment: Alignment

        /// Creates a column.
        public init(_ title: String, alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    /// Cell alignment.
    public enum Alignment: Sendable {
        /// Text to the left.
        case left
        /// Text to the right, for numbers.
        case right
    }

    /// A terminal colour for a cell.
    public enum Color: Sendable {
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
    public var columns: [Column]
    private var rows: [[String]] = []
    private var colors: [[Color?]] = []

    /// Creates an empty table.
    public init(columns: [Column]) { self.columns = columns }

    /// Appends a row; missing cells are blank.
    public mutating func append(_ row: [String], colors rowColors: [Color?] = []) {
        rows.append(row)
        colors.append(rowColors)
    }

    /// The table as text, one line per row after a heading and a rule.
    ///
    /// - Complexity: O(cells).
    public func render(colored: Bool) -> String {
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
}
