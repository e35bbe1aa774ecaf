extension Dashboard {
    /// Adds the competency scores: the heatmap of people × competencies in their colour bands for one period
    /// (grey where a person had no data), its rows grouped under a heading per team (manager), the
    /// organisation's mean score per competency over the periods as one small chart per competency (scores
    /// only: no-data scorecards are never averaged in), and the count per band with the no-data ones apart, as
    /// ``Scorecards/summary(in:)`` counts them.
    ///
    /// - Parameters:
    ///   - scorecards: The scored grid.
    ///   - period: The period the heatmap shows, usually the latest.
    ///   - roster: The people, to group the heatmap rows by manager.
    ///   - dictionary: Gives competency names for the columns.
    ///   - title: The section heading.
    /// - Complexity: O(scorecards).
    public mutating func addScorecards(
        _ scorecards: Scorecards, period: Period, roster: Roster, dictionary: CompetencyDictionary = .builtIn,
        title: String = "Competency scores"
    ) {
        var competencies: [Competency.ID] = []
        var cells: [Rep.ID: [Competency.ID: Scorecard]] = [:]
        var sums: [Competency.ID: [Period: (total: Double, count: Int)]] = [:]
        for card in scorecards {
            if !competencies.contains(card.competencyID) { competencies.append(card.competencyID) }
            if let score = card.score {
                sums[card.competencyID, default: [:]][card.period, default: (0, 0)].total += score
                sums[card.competencyID, default: [:]][card.period, default: (0, 0)].count += 1
            }
            guard card.period == period else { continue }
            cells[card.repID, default: [:]][card.competencyID] = card
        }
        let summary = scorecards.summary(in: period)
        let order = Dictionary(uniqueKeysWithValues: dictionary.competencies.enumerated().map { ($1.id, $0) })
        competencies.sort { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }
        let name = { (id: Competency.ID) in dictionary.competency(id)?.name ?? id.rawValue }

        var heatmap = Heatmap(columns: competencies.map(name))
        // The grid holds only people employed in the period: everyone with a scorecard in it gets a row.
        let people = roster.reps.filter { cells[$0.id] != nil }
            .sorted { ($0.managerID?.rawValue ?? "", $0.id) < ($1.managerID?.rawValue ?? "", $1.id) }
        for person in people {
            let row = competencies.map { competency -> Heatmap.Cell in
                guard let card = cells[person.id]?[competency] else { return Heatmap.Cell(value: nil, tone: .none) }
                return Heatmap.Cell(value: card.score, tone: Heatmap.Tone(card.status))
            }
            heatmap.append(
                row: "\(person.id) (\(person.primaryRoleID))", cells: row,
                group: person.managerID.map { "Team of \($0)" } ?? "No manager")
        }

        let periods = scorecards.periods.map(Array.init) ?? [period]
        // One small chart per competency (small multiples): full names, no colours to tell apart.
        var multiples = "<div class=\"multiples\">"
        for competency in competencies {
            var trend = LineChart(xLabels: periods.map(\.description), yRange: 0...1.5)
            trend.width = 320
            trend.height = 150
            trend.showsLegend = false
            trend.append(
                series: name(competency),
                values: periods.map { period in
                    sums[competency]?[period].map { $0.total / Double($0.count) }
                })
            trend.reference(at: 1, label: "target")
            trend.reference(at: 0.7, label: "amber")
            multiples += "<div><h3>\(HTMLFragment.escape(name(competency)))</h3>\(trend.fragment().html)</div>"
        }
        multiples += "</div>"
        addSection(
            title,
            [
                .figures([
                    ("Period", period.description), ("Red", String(summary.red)), ("Amber", String(summary.amber)),
                    ("Green", String(summary.green)), ("No data", String(summary.noData)),
                ]),
                .paragraph("Scores in \(period), by team"), heatmap.fragment(),
                .paragraph("Mean score per competency, all people, by period"),
                HTMLFragment(trustedHTML: multiples),
            ])
    }

    /// Adds the scores that subjective assessments contradict: where a field ride, 1-on-1, 360 or
    /// self-assessment differs from the activity score by more than the tolerance, so a manager knows what to
    /// validate.
    ///
    /// - Parameters:
    ///   - blended: Scores blended with assessments.
    ///   - title: The section heading.
    /// - Complexity: O(cells).
    public mutating func addDivergences(_ blended: BlendedScores, title: String = "Scores to validate") {
        let gap = { (cell: BlendedScore) in abs((cell.subjective ?? 0) - (cell.scorecard.score ?? 0)) }
        let flagged = blended.cells.filter(\.isDivergent).sorted { gap($0) > gap($1) }
        let rows = flagged.map { cell in
            [
                cell.scorecard.repID.rawValue, cell.scorecard.period.description, cell.scorecard.competencyID.rawValue,
                cell.scorecard.score.map { NumberFormatting.fixed($0, decimals: 2) } ?? "–",
                cell.subjective.map { NumberFormatting.fixed($0, decimals: 2) } ?? "–",
                String(cell.assessmentCount), cell.blended.map { NumberFormatting.fixed($0, decimals: 2) } ?? "–",
            ]
        }
        let intro =
            flagged.isEmpty
            ? "Every assessed score agrees with the activity within the tolerance."
            : "\(flagged.count) scores differ from what managers, peers or the people themselves rated: "
                + "validate them in the next field ride or 1-on-1."
        addSection(
            title,
            [
                .paragraph(intro),
                .table(
                    header: ["Rep", "Period", "Competency", "Activity score", "Assessed", "Assessments", "Blended"],
                    rows: rows, numericColumns: [3, 4, 5, 6]),
            ])
    }
}

extension Heatmap.Tone {
    /// The tone of a score status.
    public init(_ status: ScoreStatus) {
        switch status {
        case .red: self = .red
        case .amber: self = .amber
        case .green: self = .green
        case .noData: self = .noData
        }
    }
}
