import Foundation
import SalesCompetency
import Testing

struct HTMLDocumentTests {
    static let hostile = "<script>alert('x')</script> & \"Team\" <img src=x onerror=alert(1)>"

    @Test func escapesEveryPieceOfText() {
        var page = HTMLDocument(title: Self.hostile, subtitle: Self.hostile)
        page.append(
            section: Self.hostile,
            [
                .paragraph(Self.hostile), .note(Self.hostile), .figures([(Self.hostile, Self.hostile)]),
                .table(header: [Self.hostile], rows: [[Self.hostile]]),
            ])
        var map = Heatmap(columns: [Self.hostile])
        map.append(row: Self.hostile, cells: [.init(value: 0.5, tone: .red)])
        var chart = LineChart(xLabels: [Self.hostile], yRange: 0...1)
        chart.append(series: Self.hostile, values: [0.5])
        chart.reference(at: 0.9, label: Self.hostile)
        page.append(section: "charts", [map.fragment(), chart.fragment()])
        let html = page.render()
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("'x'"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Team&quot;"))
    }

    @Test func escapeHandlesEachSpecialCharacter() {
        #expect(HTMLFragment.escape("a<b>c&d\"e'f") == "a&lt;b&gt;c&amp;d&quot;e&#39;f")
        #expect(HTMLFragment.escape("Zoë — ok") == "Zoë — ok")
    }

    @Test func pageIsSelfContained() {
        var page = HTMLDocument(title: "Dashboard")
        page.append(section: "Outcomes", [.paragraph("Win rate 41%")])
        let html = page.render()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("http://") || !html.contains("src=\"http"))
        #expect(!html.contains("<link") && !html.contains("<script"))
        #expect(html.contains("<h2>Outcomes</h2>"))
    }

    @Test func heatmapDrawsOneRectanglePerCellInItsBand() {
        var map = Heatmap(columns: ["a", "b"])
        map.append(row: "rep-1", cells: [.init(value: 0.69, tone: .red), .init(value: 1.2, tone: .green)])
        map.append(row: "rep-2", cells: [.init(value: nil, tone: .none)])
        let svg = map.fragment().html
        #expect(svg.components(separatedBy: "<rect").count - 1 == 4 + 4)  // 4 cells + 4 legend swatches
        #expect(svg.contains(">0.69<") && svg.contains(">1.20<"))
        #expect(svg.contains("#d64545") && svg.contains("#3b9b5c") && svg.contains("#e4e7eb"))
    }

    @Test func lineChartMapsValuesIntoThePlot() {
        var chart = LineChart(xLabels: ["d0", "d1", "d2"], yRange: 0...1)
        chart.append(series: "retention", values: [1, nil, 0])
        let svg = chart.fragment().html
        // Plot: left 48, width 640 - 48 - 36 = 556 (no reference line to label), top 12, height 260 - 12 - 28 = 220.
        // Point 0 at (48, 12); point 2 at (604, 232); the gap starts a new subpath.
        #expect(svg.contains("d=\"M48.0 12.0 M604.0 232.0 \""))
    }
}
