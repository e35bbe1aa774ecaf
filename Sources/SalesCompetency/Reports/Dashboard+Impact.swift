extension Dashboard {
    /// Adds what an investment changed: participants against the comparison group by month relative to
    /// enrolment, the estimate with its interval, p-value, pre-trend and trend-line figures, the warnings, and
    /// the observed retention curve of the gain beside the assumed one.
    ///
    /// - Parameters:
    ///   - report: The impact report.
    ///   - title: The section heading; by default "Impact of" and the investment.
    /// - Complexity: O(months + 365).
    public mutating func addImpact(_ report: ImpactReport, title: String? = nil) {
        let values = report.timeline.flatMap { [$0.participants, $0.comparison] }.compactMap { $0 }
        let low = Swift.min(0, values.min() ?? 0)
        let high = Swift.max(low + 1e-9, values.max() ?? 1)
        var chart = LineChart(
            xLabels: report.timeline.map { $0.offset == 0 ? "enrolment" : "\($0.offset > 0 ? "+" : "")\($0.offset)" },
            yRange: low...(high + (high - low) * 0.1))
        chart.append(series: "participants", values: report.timeline.map(\.participants))
        chart.append(series: "comparison group", values: report.timeline.map(\.comparison), dashed: true)
        var fragments: [HTMLFragment] = [
            .figures([
                ("Estimate (difference in differences)", ImpactReport.signed(report.estimate.value)),
                (
                    "\(NumberFormatting.fixed(report.options.confidenceLevel * 100, decimals: 0))% interval",
                    ImpactReport.bracket(report.estimate.interval)
                ),
                ("p-value (permutation)", report.pValue.map { NumberFormatting.fixed($0, decimals: 3) } ?? "–"),
                ("Participants / comparison", "\(report.estimate.reps) / \(report.comparisonReps)"),
                ("Pre-trend", ImpactReport.signed(report.preTrend?.value)),
                ("Trend-line projection", ImpactReport.signed(report.trendLine?.value)),
            ]),
            .paragraph(report.headline),
            chart.fragment(),
            .note(
                "Months counted from each participant's own enrolment month; the comparison group over the same "
                    + "calendar months."),
        ]
        fragments += report.warnings.map { HTMLFragment.note("Warning: " + $0) }
        if let retention = report.retention, let model = try? RetentionModel(stability: retention.stability),
            let assumed = try? RetentionModel(stability: retention.assumedStability)
        {
            let days = Array(stride(from: 0, through: 365, by: 5))
            var curve = LineChart(xLabels: days.map { "day \($0)" }, yRange: 0...1)
            curve.yFormat = .percent
            curve.append(series: "observed", values: days.map { model.retention(atDay: Double($0)) })
            curve.append(series: "assumed", values: days.map { assumed.retention(atDay: Double($0)) }, dashed: true)
            curve.reference(at: 0.9, label: "goal 90% at a year")
            fragments += [curve.fragment()]
            if let sentence = report.retentionSentence { fragments.append(.paragraph(sentence)) }
        }
        addSection(title ?? "Impact of \(report.investmentID) on \(report.measure)", fragments)
    }
}

extension Dashboard {
    /// Adds the competencies ranked by how their monthly score moves with the next month's outcome, with the
    /// plain reminder that a correlation is not a cause.
    ///
    /// - Parameters:
    ///   - links: The links.
    ///   - title: The section heading.
    /// - Complexity: O(competencies).
    public mutating func addCompetencyLinks(_ links: CompetencyOutcomeLinks, title: String? = nil) {
        addSection(
            title ?? "Competencies that move with next month's \(links.outcome)",
            [
                .table(
                    header: ["Competency", "Rank correlation", "Interval", "Pairs", "Reps"],
                    rows: links.links.map {
                        [
                            $0.competencyID.rawValue, NumberFormatting.fixed($0.correlation, decimals: 3),
                            ImpactReport.bracket($0.interval), String($0.pairs), String($0.reps),
                        ]
                    }, numericColumns: [1, 3, 4]),
                .note(
                    "A correlation is not a cause: a competency that moves with results may share a source with "
                        + "them (experience, territory, a manager). Test a candidate with an enrolment and a "
                        + "comparison group before paying to train it."),
            ])
    }
}
