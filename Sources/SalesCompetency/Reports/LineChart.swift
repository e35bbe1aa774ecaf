/// A line chart as inline SVG: one or more series over numbered x positions, with optional horizontal
/// reference lines (a target, a threshold).
///
/// ```swift
/// var chart = LineChart(xLabels: ["2025-01", "2025-02", "2025-03"], yRange: 0...1.5)
/// chart.append(series: "Communicating", values: [0.6, 0.8, 1.1])
/// chart.reference(at: 1.0, label: "target")
/// ```
public struct LineChart: Hashable, Sendable {
    /// One line.
    public struct Series: Hashable, Sendable {
        /// The name shown in the legend.
        public var name: String
        /// One value per x position; `nil` leaves a gap.
        public var values: [Double?]
        /// Whether the line is dashed.
        public var isDashed: Bool
    }

    /// A horizontal reference line.
    public struct Reference: Hashable, Sendable {
        /// The y value.
        public var value: Double
        /// The label drawn at its right end.
        public var label: String
    }

    /// Labels of the x positions; only some are drawn when there are many.
    public var xLabels: [String]
    /// The y axis range.
    public var yRange: ClosedRange<Double>
    /// The lines.
    public private(set) var series: [Series] = []
    /// The reference lines.
    public private(set) var references: [Reference] = []
    /// How the y axis labels its ticks, for example as a percentage.
    public var yFormat: YFormat = .decimal(2)

    /// How y values are printed on the axis.
    public enum YFormat: Hashable, Sendable {
        /// A decimal with the given digits.
        case decimal(Int)
        /// A percentage of 1 with no decimals.
        case percent
    }

    /// Creates an empty chart.
    ///
    /// - Precondition: the range is not empty.
    public init(xLabels: [String], yRange: ClosedRange<Double>) {
        precondition(yRange.upperBound > yRange.lowerBound, "the y range must not be empty")
        self.xLabels = xLabels
        self.yRange = yRange
    }

    /// Adds a line.
    public mutating func append(series name: String, values: [Double?], dashed: Bool = false) {
        series.append(Series(name: name, values: values, isDashed: dashed))
    }

    /// Adds a horizontal reference line.
    public mutating func reference(at value: Double, label: String) {
        references.append(Reference(value: value, label: label))
    }

    static let palette = ["#2680c2", "#d64545", "#3b9b5c", "#8e44ad", "#e8a33d", "#16a2b8", "#616e7c", "#c2185b"]

    /// The chart as an SVG fragment.
    ///
    /// - Complexity: O(points).
    public func fragment() -> HTMLFragment {
        let width = 640.0
        let height = 260.0
        let left = 48.0
        let right = 90.0
        let top = 12.0
        let bottom = 40.0
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let count = max(xLabels.count, series.map(\.values.count).max() ?? 0)
        func x(_ index: Int) -> Double {
            count <= 1 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(count - 1)
        }
        func y(_ value: Double) -> Double {
            let clamped = min(max(value, yRange.lowerBound), yRange.upperBound)
            return top + plotHeight * (1 - (clamped - yRange.lowerBound) / (yRange.upperBound - yRange.lowerBound))
        }
        func label(_ value: Double) -> String {
            switch yFormat {
            case .decimal(let digits): NumberFormatting.fixed(value, decimals: digits)
            case .percent: NumberFormatting.fixed(value * 100, decimals: 0) + "%"
            }
        }
        let legendRows = max(1, (series.count + 2) / 3)
        let totalHeight = Int(height) + 4 + 16 * legendRows
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(totalHeight)\" "
        svg += "width=\"\(Int(width))\" height=\"\(totalHeight)\" role=\"img\" aria-label=\"line chart\">"
        for tick in 0...4 {
            let value = yRange.lowerBound + (yRange.upperBound - yRange.lowerBound) * Double(tick) / 4
            svg += "<line x1=\"\(left)\" x2=\"\(left + plotWidth)\" y1=\"\(y(value))\" y2=\"\(y(value))\" "
            svg += "stroke=\"#e4e7eb\"/><text x=\"\(left - 6)\" y=\"\(y(value) + 4)\" font-size=\"10\" "
            svg += "text-anchor=\"end\" fill=\"#616e7c\">\(label(value))</text>"
        }
        let step = max(1, Int((Double(count) / 8).rounded(.up)))
        for index in stride(from: 0, to: min(count, xLabels.count), by: step) {
            svg += "<text x=\"\(x(index))\" y=\"\(top + plotHeight + 16)\" font-size=\"10\" text-anchor=\"middle\" "
            svg += "fill=\"#616e7c\">\(HTMLFragment.escape(xLabels[index]))</text>"
        }
        for reference in references {
            svg += "<line x1=\"\(left)\" x2=\"\(left + plotWidth)\" y1=\"\(y(reference.value))\" "
            svg += "y2=\"\(y(reference.value))\" stroke=\"#1f2933\" stroke-dasharray=\"2 3\"/>"
            svg += "<text x=\"\(left + plotWidth + 4)\" y=\"\(y(reference.value) + 4)\" font-size=\"10\">"
            svg += "\(HTMLFragment.escape(reference.label))</text>"
        }
        for (seriesIndex, line) in series.enumerated() {
            let color = LineChart.palette[seriesIndex % LineChart.palette.count]
            var path = ""
            var penDown = false
            for (index, value) in line.values.enumerated() {
                guard let value, value.isFinite else {
                    penDown = false
                    continue
                }
                path += "\(penDown ? "L" : "M")\(NumberFormatting.fixed(x(index), decimals: 1)) "
                path += "\(NumberFormatting.fixed(y(value), decimals: 1)) "
                penDown = true
            }
            let dash = line.isDashed ? " stroke-dasharray=\"6 4\"" : ""
            svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"\(dash)>"
            svg += "<title>\(HTMLFragment.escape(line.name))</title></path>"
            let legendY = top + plotHeight + 32 + 16 * Double(seriesIndex / 3)
            let legendX = left + Double(seriesIndex % 3) * 190
            svg += "<line x1=\"\(legendX)\" x2=\"\(legendX + 18)\" y1=\"\(legendY)\" "
            svg += "y2=\"\(legendY)\" stroke=\"\(color)\" stroke-width=\"2\"\(dash)/>"
            svg += "<text x=\"\(legendX + 24)\" y=\"\(legendY + 4)\" font-size=\"11\">"
            svg += "\(HTMLFragment.escape(String(line.name.prefix(28))))</text>"
        }
        svg += "</svg>"
        return HTMLFragment(trustedHTML: svg)
    }
}
