import Foundation
import SalesCompetency

/// `sco score`: activity, roster and rules in; monthly competency scorecards out.
enum ScoreCommand: Command {
    static let name = "score"
    static let summary = "Score competencies from activity: per rep, period and competency, with colour bands"
    static let help = """
        Usage: sco score --activities FILE --roster FILE --rules FILE [--assessments FILE]
               sco score --store DIR --roster FILE [--rules FILE] [--assessments FILE]
               sco score --activities FILE --roster FILE --policy FILE [--period week|month|quarter]
                         [--from YYYY-MM] [--to YYYY-MM] [--time-zone ID] [--cap X]
                         [--employment pro-rated|whole|ignored] [--absence no-data|zero] [--bench]
                         [--format table|json|csv|html] [--output FILE] [--summary]
                         [--partial-output FILE]

        Scores every rep of the roster for every month of the range in which the rep was employed, and every
        competency that has a rule for the rep's primary role: attainment = min(total / target, cap) per rule
        (lower-is-better: target / total), score = weighted mean of the attainments (a task with no activity
        counts 0), status red < 0.7 <= amber < 1.0 <= green on the score rounded half-up to 6 decimals.
        A month the rep was employed for only part of is scored against targets pro-rated by the days employed:
        hired 2025-04-21, 10 of April's 30 days, a target of 40 becomes 13.33 and 12 calls attain 0.90.
        A month in which the rep has no activity at all (no row with a quantity above 0 for any task of the
        role) has status no-data and an empty score: counted apart, never averaged in as 0 or as the cap.
        Reps whose role has no rules are listed on standard error.

          --activities FILE   rep_id,task_id,occurred_on,quantity (date YYYY-MM-DD or ISO 8601 timestamp)
          --measures FILE     read --activities as a raw CRM export through this measure definition
                              (see sco activities); --owners FILE maps its owners to rep ids
          --store DIR         instead of --activities: the activity in a store (see sco store); without
                              --rules, the store's scoring policy in force on each month's first day
          --roster FILE       rep_id,role[,manager_id,hired_on,left_on,departure]
          --rules FILE        task_id,competency_id,role,monthly_target,weight[,direction]
          --assessments FILE  rep_id,competency_id,source,rating,assessed_on[,assessor_id] (ratings 1-5):
                              adds subjective, blended and divergent (|subjective - score| > 0.25) columns
          --from, --to        the months to score, both or neither (default: the months the activity spans)
          --time-zone ID      time zone for timestamps (default UTC)
          --cap X             attainment cap (default 1.5)
        \(PolicyOptions.help)
        \(GridOptions.help)
          --format            csv: rep_id,period,competency_id,score,status (score with 6 decimals, empty
                              for no-data);
                              html: a self-contained page with the heatmap of the last month, the trend per
                              competency and, with --assessments, the scores to validate
          --summary           print only rows, counts per band, no-data rows and the checksum of the
                              6-decimal scores (one JSON line; --format table or csv for those); every
                              input is still read and checked
          --partial-output F  write the activity's partial aggregate to F instead of scorecards, for
                              sco merge (a shard of the activity, split by rep or by time)

        Rows that are not scored (reps missing from the roster, tasks without rules, dates outside the range)
        are counted on standard error.
        """

    static let formats: [(form: String, choice: FormatChoice)] = [
        ("", .page), ("--summary", FormatChoice([.table, .json, .csv], default: .json)),
    ]

    static func run(_ arguments: inout Arguments) async throws {
        let activities = try arguments.input("--activities")
        let storePath = try arguments.option("--store")
        guard (activities == nil) != (storePath == nil) else {
            throw UsageError("give either --activities FILE or --store DIR")
        }
        let rosterPath = try arguments.requiredInput("--roster")
        let options = try PolicyOptions.parse(&arguments)
        let (rulesPath, cap, grid) = (options.rulesPath, options.cap, options.grid)
        guard rulesPath != nil || options.policyPath != nil || storePath != nil else {
            throw UsageError("--rules (or --policy) is required")
        }
        if storePath != nil, options.policyPath != nil || options.granularity != nil {
            throw UsageError("--policy and --period go with --activities; the store scores months")
        }
        let assessmentsPath = try arguments.input("--assessments")
        let periods = try arguments.periods()
        let summaryOnly = arguments.flag("--summary")
        let partialOutput = try arguments.output("--partial-output")
        let outputOptions = try OutputOptions(&arguments, formats[summaryOnly ? 1 : 0].choice)
        let (format, output) = (outputOptions.format, outputOptions.output)
        let measures = try MeasureOptions.optional(&arguments)
        try arguments.finish()
        let timeZone = try options.timeZone()
        let policy = try options.policy()
        let range = try periods.closed(policy?.granularity ?? .month)

        // A policy document carries the host's own ids: neither it nor the roster's roles are checked against the
        // built-in dictionary (reps of a role without rules are listed as not scored).
        let roster = try Roster(csvFile: rosterPath, dictionary: options.policyPath == nil ? .builtIn : nil)
        let scorecards: Scorecards
        if let storePath {
            scorecards = try await StoreCommand.score(
                store: StoreCommand.open(storePath, readOnly: true), roster: roster, rulesPath: rulesPath, cap: cap,
                grid: grid, timeZone: timeZone, range: range)
        } else if let activities, let policy {
            let engine = ScoringEngine(policy: policy, roster: roster)
            if let partialOutput {
                guard measures == nil else { throw UsageError("--partial-output reads activity CSV, not --measures") }
                return try writePartial(engine: engine, activities: activities, range: range, to: partialOutput)
            }
            if let measures {
                scorecards = try measures.score(activities, engine: engine, periods: range)
            } else {
                let progress = ProgressLine(reading: activities, what: "activities")
                scorecards = try engine.score(activitiesCSVFile: activities, periods: range)
                progress.finish()
            }
            // A header with no rows is an error here as in sco store import, not an empty table.
            guard scorecards.diagnostics.rowsRead > 0 else {
                throw InputError(.emptyFile, file: activities, line: 1, message: StoreCommand.headerOnly)
            }
        } else {
            preconditionFailure("checked above")
        }
        Console.note("sco score: \(scorecards.diagnostics.summary)")

        var assessed: BlendedScores?
        if let assessmentsPath {
            let assessments = try AssessmentLog(csvFile: assessmentsPath)
            assessed = try BlendedScores(scorecards: scorecards, assessments: assessments, policy: BlendPolicy())
        }
        if summaryOnly {
            try output.write(summaryText(scorecards.summary, format: format))
            return
        }
        switch format {
        case .csv:
            if let assessed {
                try output.write(assessed.csvText)
            } else {
                try output.write(bytesOf: scorecards.writeCSV)
            }
        case .json:
            if let assessed {
                try output.write(jsonText(assessed.cells))
            } else {
                try output.write(jsonText(Array(scorecards)))
            }
        case .html:
            try output.write(html(scorecards, assessed: assessed, roster: roster))
        default:
            try output.write(table(scorecards, assessed: assessed, colored: output.isColored))
        }
    }

    /// The summary line (`--summary`) in `format`: one JSON line, a CSV header and row, or a table.
    static func summaryText(_ summary: ScorecardSummary, format: OutputFormat) -> String {
        switch format {
        case .json:
            return summary.jsonLine + "\n"
        case .csv:
            return "rows,red,amber,green,no_data,checksum\n"
                + "\(summary.rows),\(summary.red),\(summary.amber),\(summary.green),\(summary.noData),\(summary.checksum)\n"
        default:
            var table = TextTable(columns: [
                .init("rows", alignment: .right), .init("red", alignment: .right), .init("amber", alignment: .right),
                .init("green", alignment: .right), .init("no-data", alignment: .right),
                .init("checksum", alignment: .right),
            ])
            table.append([
                String(summary.rows), String(summary.red), String(summary.amber), String(summary.green),
                String(summary.noData), summary.checksum,
            ])
            return table.render(colored: false)
        }
    }

    /// The scorecards as a self-contained HTML page.
    static func html(_ scorecards: Scorecards, assessed: BlendedScores?, roster: Roster) -> String {
        guard let periods = scorecards.periods else {
            var empty = Dashboard(title: "Competency scores")
            empty.addSection("Competency scores", [.paragraph("No activity to score.")])
            return empty.render()
        }
        var page = Dashboard(title: "Competency scores", subtitle: "\(periods.first) to \(periods.last)")
        page.addScorecards(scorecards, period: periods.last, roster: roster)
        if let assessed { page.addDivergences(assessed) }
        return page.render()
    }

    static func table(_ scorecards: Scorecards, assessed: BlendedScores?, colored: Bool) -> String {
        var columns: [TextTable.Column] = [
            .init("rep"), .init("period"), .init("competency"), .init("score", alignment: .right), .init("status"),
        ]
        if assessed != nil {
            columns += [.init("subjective", alignment: .right), .init("blended", alignment: .right), .init("check")]
        }
        var table = TextTable(columns: columns)
        for (index, card) in scorecards.enumerated() {
            let color: TextTable.Color =
                switch card.status {
                case .noData: .dim
                case .red: .red
                case .amber: .amber
                case .green: .green
                }
            var row = [
                card.repID.rawValue, card.period.description, card.competencyID.rawValue,
                card.score.map { NumberFormatting.fixed($0, decimals: 3) } ?? "", card.status.rawValue,
            ]
            if let cell = assessed?.cells[index] {
                row += [
                    cell.subjective.map { NumberFormatting.fixed($0, decimals: 3) } ?? "",
                    cell.blended.map { NumberFormatting.fixed($0, decimals: 3) } ?? "",
                    cell.isDivergent ? "validate" : "",
                ]
            }
            table.append(row, colors: [nil, nil, nil, color, color])
        }
        return table.render(colored: colored)
    }
}
