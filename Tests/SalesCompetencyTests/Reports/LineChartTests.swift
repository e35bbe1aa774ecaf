import Foundation
import Testing

@testable import SalesCompetency

/// The charts of the dashboard: round ticks, a colour or dash per line, full names in the legend.
struct LineChartTests {
    @Test func ticksAreRound() {
        #expect(LineChart.ticks(0...1.5) == [0, 0.5, 1, 1.5])
        #expect(LineChart.ticks(0...1) == [0, 0.2, 0.4, 0.6, 0.8, 1])
        // An impact chart's range, 0 to 0.72: the axis reaches the next round tick, 0.8.
        #expect(LineChart.ticks(0...0.72) == [0, 0.2, 0.4, 0.6, 0.8])
        #expect(LineChart.ticks(-0.05...0.3) == [-0.1, 0, 0.1, 0.2, 0.3])
        #expect(LineChart.decimals([0, 0.5, 1, 1.5], limit: 2) == 1)
        #expect(LineChart.decimals([0, 20, 40], limit: 1) == 0)
    }

    @Test func theAxisNeverPrintsUnroundTicks() {
        var chart = LineChart(xLabels: ["2025-01", "2025-02"], yRange: 0...1.5)
        chart.append(series: "a", values: [0.4, 0.9])
        let html = chart.fragment().html
        for label in [">0.0<", ">0.5<", ">1.0<", ">1.5<"] { #expect(html.contains(label), "\(label)") }
        for label in [">0.38<", ">0.75<", ">1.13<"] { #expect(!html.contains(label), "\(label)") }
    }

    @Test func everyLineLooksDifferentAndKeepsItsFullName() {
        var chart = LineChart(xLabels: ["2025-01", "2025-02"], yRange: 0...1.5)
        let names = (1...14).map { "Understanding the Business Competency number \($0)" }
        for name in names { chart.append(series: name, values: [0.5, 1]) }
        let styles = names.indices.map { LineChart.style($0, dashed: false) }
        #expect(Set(styles.map { "\($0.color) \($0.dashed)" }).count == names.count)
        let html = chart.fragment().html
        for name in names { #expect(html.contains(">\(name)</li>")) }
    }
}
