import Foundation

/// A line chart as inline SVG: one or more series over numbered x positions, with optional horizontal
/// reference lines (a target, a threshold), and a legend below it that wraps and shows full names.
///
/// The y axis has round ticks (steps of 1, 2, 2.5 or 5 times a power of ten). Each of the first twelve series
/// has its own colour; later ones reuse the colours with a dashed line, so no two lines look alike.
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
    /// The y values the axis must show; it extends to the nearest round ticks around them.
    public var yRange: ClosedRange<Double>
    /// The lines.
    public private(set) var series: [Series] = []
    /// The reference lines.
    public private(set) var references: [Reference] = []
    /// How the y axis labels its ticks, for example as a percentage.
    public var yFormat: YFormat = .decimal(2)
    /// The drawing's width in pixels, 640 by default; the page scales it down to fit a narrow screen.
    public var width: Double = 640
    /// The plot's height in pixels, 260 by default.
    public var height: Double = 260
    /// Whether the legend is drawn below the chart (a chart of one series may go without).
    public var showsLegend = true

    /// How y values are printed on the axis.
    public enum YFormat: Hashable, Sendable {
        /// A decimal with at most the given digits (fewer when the ticks are round).
        case decimal(Int)
        /// A percentage of 1.
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

    /// Twelve colours that stay apart from one another (and from the red, amber and green of the bands' meaning
    /// only by hue order, never alone: the legend names every line).
    static let palette = [
        "#2680c2", "#d64545", "#3b9b5c", "#8e44ad", "#e8a33d", "#16a2b8", "#616e7c", "#c2185b", "#7c5e10",
        "#1f2933", "#5a8f29", "#f06292",
    ]

    /// The colour and whether the line is dashed, for the series at `index`.
    static func style(_ index: Int, dashed: Bool) -> (color: String, dashed: Bool) {
        (palette[index % palette.count], dashed || index >= palette.count)
    }

    /// Round tick values for `range`: about five, at steps of 1, 2, 2.5 or 5 times a power of ten, from the
    /// largest multiple of the step at or below its lower bound to the smallest at or above its upper bound (so
    /// the axis may reach a little beyond the range).
    ///
    /// - Complexity: O(ticks).
    static func ticks(_ range: ClosedRange<Double>, target: Int = 5) -> [Double] {
        let span = range.upperBound - range.lowerBound
        let raw = span / Double(max(1, target))
        let exponent = log10(raw).rounded(.down)
        let magnitude = pow(10, exponent)
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw * 0.999 } ?? 10 * magnitude
        let first = (range.lowerBound / step + 1e-9).rounded(.down)
        let last = (range.upperBound / step - 1e-9).rounded(.up)
        // Rounded to a millionth of the step's magnitude (dividing by an exact power of ten) so that 3 × 0.2 is 0.6.
        let scale = pow(10, 6 - exponent)
        return stride(from: first, through: last, by: 1).map { ($0 * step * scale).rounded() / scale + 0 }
    }

    /// The decimals that print every tick of `ticks` exactly (at most `limit`).
    static func decimals(_ ticks: [Double], limit: Int) -> Int {
        (0...limit).first { digits in
            let scale = pow(10, Double(digits))
            return ticks.allSatisfy { abs(($0 * scale).rounded() - $0 * scale) < 1e-6 }
        } ?? limit
    }

    /// The chart as an SVG fragment, with its legend below.
    ///
    /// - Complexity: O(points).
    public func fragment() -> HTMLFragment {
        let left = 48.0
        // Room for the last x label, and for the reference labels (about 5.6 px a character at size 10).
        let longestReference = Double(references.map(\.label.count).max() ?? 0)
        let right = references.isEmpty ? 36.0 : min(width / 3, max(40, longestReference * 5.6 + 10))
        let top = 12.0
        let bottom = 28.0
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let count = max(xLabels.count, series.map(\.values.count).max() ?? 0)
        func x(_ index: Int) -> Double {
            count <= 1 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(count - 1)
        }
        let ticks = LineChart.ticks(yRange)
        let axis = (ticks.first ?? yRange.lowerBound)...(ticks.last ?? yRange.upperBound)
        func y(_ value: Double) -> Double {
            let clamped = min(max(value, axis.lowerBound), axis.upperBound)
            return top + plotHeight * (1 - (clamped - axis.lowerBound) / (axis.upperBound - axis.lowerBound))
        }
        func label(_ value: Double) -> String {
            switch yFormat {
            case .decimal(let digits):
                NumberFormatting.fixed(value, decimals: LineChart.decimals(ticks, limit: digits))
            case .percent:
                NumberFormatting.fixed(value * 100, decimals: LineChart.decimals(ticks.map { $0 * 100 }, limit: 1))
                    + "%"
            }
        }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" "
        svg += "width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"line chart\">"
        for value in ticks {
            svg += "<line x1=\"\(left)\" x2=\"\(left + plotWidth)\" y1=\"\(y(value))\" y2=\"\(y(value))\" "
            svg += "stroke=\"#e4e7eb\"/><text x=\"\(left - 6)\" y=\"\(y(value) + 4)\" font-size=\"10\" "
            svg += "text-anchor=\"end\" fill=\"#616e7c\">\(label(value))</text>"
        }
        let step = max(1, Int((Double(count) / max(2, (plotWidth / 70).rounded(.down))).rounded(.up)))
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
        var legend = ""
        for (seriesIndex, line) in series.enumerated() {
            let style = LineChart.style(seriesIndex, dashed: line.isDashed)
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
            let dash = style.dashed ? " stroke-dasharray=\"6 4\"" : ""
            svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(style.color)\" stroke-width=\"2\"\(dash)>"
            svg += "<title>\(HTMLFragment.escape(line.name))</title></path>"
            legend += "<li><svg width=\"22\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" x2=\"22\" y1=\"5\" "
            legend += "y2=\"5\" stroke=\"\(style.color)\" stroke-width=\"2\"\(dash)/></svg>"
            legend += "\(HTMLFragment.escape(line.name))</li>"
        }
        svg += "</svg>"
        if showsLegend && !series.isEmpty { svg += "<ul class=\"legend\">\(legend)</ul>" }
        return HTMLFragment(trustedHTML: "<div class=\"chart\">\(svg)</div>")
    }
}
