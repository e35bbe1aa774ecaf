/// A grid of coloured cells as inline SVG: rows (for example reps) × columns (competencies), each cell in a
/// status band with its value printed, rows optionally grouped under a heading (a team), and a legend below
/// that wraps. On a narrow screen the grid keeps its size and scrolls sideways.
///
/// ```swift
/// var map = Heatmap(columns: ["Communicating", "Negotiating"])
/// map.append(row: "rep-1", cells: [.init(value: 0.82, tone: .amber), .init(value: nil, tone: .none)])
/// let fragment = map.fragment()
/// ```
public struct Heatmap: Hashable, Sendable {
    /// The colour of a cell.
    public enum Tone: String, Hashable, Sendable, CaseIterable {
        /// Below the amber threshold.
        case red
        /// Between the thresholds.
        case amber
        /// At or above the green threshold.
        case green
        /// No value (the competency does not apply).
        case none
        /// No data: the person was on the grid but had no activity in the period (grey).
        case noData
    }

    /// One cell: a value to print (or none) and its tone.
    public struct Cell: Hashable, Sendable {
        /// The value printed in the cell, with two decimals.
        public var value: Double?
        /// The colour.
        public var tone: Tone

        /// Creates a cell.
        public init(value: Double?, tone: Tone) {
            self.value = value
            self.tone = tone
        }
    }

    /// The column headings.
    public var columns: [String]
    /// The rows in order.
    public private(set) var rows: [Row] = []
    /// The legend entries, one per tone that has a meaning.
    public var legend: [LegendEntry] = [
        LegendEntry(tone: .red, label: "red: below 0.70"), LegendEntry(tone: .amber, label: "amber: 0.70 to 1.00"),
        LegendEntry(tone: .green, label: "green: 1.00 and above"), LegendEntry(tone: .noData, label: "grey: no data"),
    ]

    /// A row: a label and one cell per column.
    public struct Row: Hashable, Sendable {
        /// The row label, for example a rep id.
        public var label: String
        /// One cell per column.
        public var cells: [Cell]
        /// The group the row belongs to, such as a team; a heading is drawn where the group changes.
        public var group: String?
    }

    /// A legend entry: a tone and what it means.
    public struct LegendEntry: Hashable, Sendable {
        /// The tone.
        public var tone: Tone
        /// What it means, for example "red: below 0.70".
        public var label: String

        /// Creates a legend entry.
        public init(tone: Tone, label: String) {
            self.tone = tone
            self.label = label
        }
    }

    /// Creates a heatmap with column headings.
    public init(columns: [String]) { self.columns = columns }

    /// Appends a row; missing cells are drawn empty.
    ///
    /// - Parameters:
    ///   - label: The row label, for example a rep id.
    ///   - cells: One cell per column.
    ///   - group: The group the row belongs to, such as a team; append a group's rows one after another.
    public mutating func append(row label: String, cells: [Cell], group: String? = nil) {
        rows.append(Row(label: label, cells: cells, group: group))
    }

    /// The heatmap as an SVG fragment.
    ///
    /// - Complexity: O(rows × columns).
    public func fragment() -> HTMLFragment {
        // About 6.5 px per character at font size 11; rotated headings reach up and right by 0.71 × their length.
        let longestRow = Double(rows.map(\.label.count).max() ?? 0)
        let longestColumn = Double(columns.map(\.count).max() ?? 0)
        let labelWidth = max(80, longestRow * 6.5 + 12)
        let cellWidth = 64.0
        let cellHeight = 22.0
        let groupHeight = 24.0
        let headerHeight = max(40, longestColumn * 6.5 * 0.71 + 16)
        let width = labelWidth + cellWidth * Double(columns.count) + max(10, longestColumn * 6.5 * 0.71 - cellWidth / 2)
        var starts: [Int: String] = [:]
        for (index, row) in rows.enumerated() where row.group != nil && row.group != rows[safe: index - 1]?.group {
            starts[index] = row.group
        }
        let height = headerHeight + cellHeight * Double(rows.count) + groupHeight * Double(starts.count) + 8
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" "
        svg += "width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"heatmap\">"
        for (index, column) in columns.enumerated() {
            let x = labelWidth + cellWidth * (Double(index) + 0.5)
            svg += "<text x=\"\(x)\" y=\"\(headerHeight - 6)\" font-size=\"11\" "
            svg += "transform=\"rotate(-45 \(x) \(headerHeight - 6))\">\(HTMLFragment.escape(column))</text>"
        }
        var y = headerHeight
        for (rowIndex, row) in rows.enumerated() {
            if let group = starts[rowIndex] {
                svg += "<text x=\"4\" y=\"\(y + 17)\" font-size=\"12\" font-weight=\"600\" fill=\"#243b53\">"
                svg += "\(HTMLFragment.escape(group))</text>"
                svg += "<line x1=\"4\" x2=\"\(width - 4)\" y1=\"\(y + 21)\" y2=\"\(y + 21)\" stroke=\"#bcccdc\"/>"
                y += groupHeight
            }
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" font-size=\"11\" text-anchor=\"end\">"
            svg += "\(HTMLFragment.escape(row.label))</text>"
            for index in columns.indices {
                let cell = index < row.cells.count ? row.cells[index] : Cell(value: nil, tone: .none)
                let x = labelWidth + cellWidth * Double(index)
                let valueText = cell.value.map { NumberFormatting.fixed($0, decimals: 2) } ?? ""
                let missing = cell.tone == .noData ? "no data" : "n/a"
                let tooltip = "\(row.label) · \(columns[index]): \(valueText.isEmpty ? missing : valueText)"
                svg += "<g><title>\(HTMLFragment.escape(tooltip))</title>"
                svg += "<rect x=\"\(x + 1)\" y=\"\(y + 1)\" width=\"\(cellWidth - 2)\" height=\"\(cellHeight - 2)\" "
                svg += "rx=\"3\" fill=\"\(Heatmap.fill(cell.tone))\"/>"
                if !valueText.isEmpty {
                    svg += "<text x=\"\(x + cellWidth / 2)\" y=\"\(y + 15)\" font-size=\"11\" text-anchor=\"middle\" "
                    svg += "fill=\"\(cell.tone == .amber ? "#1f2933" : "#fff")\">\(valueText)</text>"
                }
                svg += "</g>"
            }
            y += cellHeight
        }
        svg += "</svg>"
        var legendHTML = ""
        for entry in legend {
            legendHTML += "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect width=\"14\" height=\"14\" "
            legendHTML +=
                "rx=\"3\" fill=\"\(Heatmap.fill(entry.tone))\"/></svg>\(HTMLFragment.escape(entry.label))</li>"
        }
        return HTMLFragment(
            trustedHTML:
                "<div class=\"chart\"><div class=\"scroll\">\(svg)</div><ul class=\"legend\">\(legendHTML)</ul></div>")
    }

    static func fill(_ tone: Tone) -> String {
        switch tone {
        case .red: "#d64545"
        case .amber: "#e8a33d"
        case .green: "#3b9b5c"
        case .none: "#e4e7eb"
        case .noData: "#9aa5b1"
        }
    }
}

extension Array {
    /// The element at `index`, or `nil` when the index is out of bounds.
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
