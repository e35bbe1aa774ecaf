import Foundation

extension Dashboard {
    /// Adds the sales outcomes: headline figures, win rate by month, and a table per rep.
    ///
    /// - Parameters:
    ///   - metrics: Opportunities grouped into periods.
    ///   - churn: Non-induced churn over the same time, if known.
    ///   - title: The section heading.
    /// - Complexity: O(opportunities).
    public mutating func addOutcomes(_ metrics: OutcomeMetrics, churn: ChurnReport? = nil, title: String = "Outcomes") {
        let overall = metrics.overall
        var figures: [(label: String, value: String)] = [
            ("Deals won", String(overall.won)), ("Deals lost", String(overall.lost)),
            ("Win rate", Dashboard.percent(overall.winRate)),
            ("Mean sales cycle", Dashboard.number(overall.meanCycleDays, decimals: 1) + " days"),
            ("Won value", NumberFormatting.fixed(overall.wonValue, decimals: 0)),
        ]
        if let churn { figures.append(("Non-induced churn", Dashboard.percent(churn.rate))) }
        let byPeriod = metrics.byPeriod().sorted { $0.key < $1.key }
        var chart = LineChart(xLabels: byPeriod.map(\.key.description), yRange: 0...1)
        chart.yFormat = .percent
        chart.append(series: "win rate", values: byPeriod.map(\.value.winRate))
        let rows = metrics.byRep().sorted { $0.value.wonValue > $1.value.wonValue }.map { rep, summary in
            [
                rep.rawValue, String(summary.won), String(summary.lost), Dashboard.percent(summary.winRate),
                Dashboard.number(summary.meanCycleDays, decimals: 1),
                NumberFormatting.fixed(summary.wonValue, decimals: 0),
            ]
        }
        addSection(
            title,
            [
                .figures(figures), .paragraph("Win rate by close month"), chart.fragment(),
                .table(
                    header: ["Rep", "Won", "Lost", "Win rate", "Mean cycle days", "Won value"], rows: rows,
                    numericColumns: [1, 2, 3, 4, 5]),
            ])
    }
}
