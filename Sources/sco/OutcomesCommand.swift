import Foundation
import SalesCompetency

/// `sco outcomes`: won, lost, win rate, sales-cycle days and won value from a CRM export.
enum OutcomesCommand: Command {
    static let name = "outcomes"
    static let summary = "Win rate, sales cycle and won value per rep, team or month from a CRM export"
    static let help = """
        Usage: sco outcomes --opportunities FILE [options]

        Reads any CRM export in CSV, maps its columns and stage labels, and prints per rep, team or month:
        deals won and lost, win rate = won / (won + lost) by close month, sales-cycle days = close - open over
        won deals with both dates (mean and median), and won value.

        Input:
          --opportunities FILE   the CRM export (CSV with a header row)
          --roster FILE          roster CSV (rep_id,role[,manager_id,hired_on,left_on,departure]): a rep's
                                 team is their manager; adds ramp time and non-induced churn to json/table
          --teams FILE           a CSV mapping reps to teams instead of the roster's managers
          --teams-columns R,T    its rep and team columns (default rep_id,team_id)

        Columns of the export (defaults in brackets):
          --owner COL [owner]  --opened COL [opened_on]  --closed COL [closed_on]  --stage COL [stage]
          --value COL [value]  --id COL [opportunity_id, if present]  --account COL [account, if present]
        Dates are YYYY-MM-DD; of an ISO 8601 timestamp the date part is taken as written.

        Stage labels (comma-separated, matched without regard to case):
          --won LABELS [won]  --lost LABELS [lost]
          --open LABELS          open stages [common CRM open stages: open, prospecting, engaging,
                                 qualification, proposal, negotiation, ...]
          --unknown-stages-open  treat any other label as open instead of failing with the labels found

        Report:
          --by rep|team|month    group rows by owner, by team, or by close month for everyone [rep]
          --monthly              with rep or team: one row per group and close month
          --from YYYY-MM --to YYYY-MM   only deals closed in these months (either alone leaves the other end open)
          --format table|json|csv|html [table]   --output FILE (html: the dashboard's outcomes section)

        csv columns: rep_id,period,won,lost,win_rate,mean_cycle_days,median_cycle_days,won_value
          rep_id holds the rep, the team with --by team (empty for reps in no team), or "all" with --by month;
          period is YYYY-MM, or FIRST..LAST for rows over the whole range (--from..--to when both are
          given, else the first and last close months found). win_rate has 6 decimals, cycle days
          2; a figure that does not exist (no closed deal, no won deal with both dates) is an empty cell.
          won_value is the exact sum as the export writes it. Rows are sorted by rep_id then period; the
          table sorts them by won value, largest first, and ends with an overall row.

        Example (a Maven CRM export):
          sco outcomes --opportunities sales_pipeline.csv --owner sales_agent --opened engage_date \\
            --closed close_date --stage deal_stage --value close_value --won Won --lost Lost
        """

    private enum Grouping: String {
        case rep, team, month
    }

    private struct Row: Encodable {
        var group: String?
        var period: String
        var summary: OutcomeSummary
        var sortKey: String

        enum CodingKeys: String, CodingKey { case group, period, summary }
    }

    private struct Report: Encodable {
        var by: String
        var periods: String?
        var openDeals: Int
        var overall: OutcomeSummary
        var rows: [Row]
        var ramp: Ramp?
        var churn: ChurnReport?
    }

    private struct Ramp: Encodable {
        var medianDays: Double?
        var meanDays: Double?
        var days: [Rep.ID: Int]
        var notYetWon: [Rep.ID]
        var unknownHireDay: [Rep.ID]
    }

    static let formats: [(form: String, choice: FormatChoice)] = [("", .page)]

    static func run(_ arguments: inout Arguments) async throws {
        let path = try arguments.requiredInput("--opportunities")
        var columns = OpportunityColumns()
        if let value = try arguments.option("--owner") { columns.owner = value }
        if let value = try arguments.option("--opened") { columns.opened = value }
        if let value = try arguments.option("--closed") { columns.closed = value }
        if let value = try arguments.option("--stage") { columns.stage = value }
        if let value = try arguments.option("--value") { columns.value = value }
        if let value = try arguments.option("--id") { columns.id = value }
        if let value = try arguments.option("--account") { columns.account = value }
        func labels(_ name: String) throws -> Set<String>? {
            try arguments.option(name).map { Set($0.split(separator: ",").map(String.init)) }
        }
        let won = try labels("--won") ?? ["won"]
        let lost = try labels("--lost") ?? ["lost"]
        let open = try labels("--open")
        let unknownIsOpen = arguments.flag("--unknown-stages-open")
        let rosterPath = try arguments.input("--roster")
        let teamsPath = try arguments.input("--teams")
        let teamsColumns = try arguments.option("--teams-columns")
        let byText = try arguments.option("--by") ?? "rep"
        guard let grouping = Grouping(rawValue: byText) else {
            throw Arguments.invalid("--by", "rep, team or month", byText)
        }
        let monthly = arguments.flag("--monthly")
        let months = try arguments.periods()
        let options = try OutputOptions(&arguments, .page)
        let (format, output) = (options.format, options.output)
        try arguments.finish()

        let stages: StageLabels
        do {
            stages = try StageLabels(won: won, lost: lost, open: open, unknownIsOpen: unknownIsOpen)
        } catch let error as ValidationError {
            throw UsageError(error.description)
        }
        let range = try months.open()
        if teamsColumns != nil, teamsPath == nil { throw UsageError("--teams-columns needs --teams FILE") }

        let deals = try OpportunityReader(columns: columns, stages: stages).read(csvFile: path)
        let roster = try rosterPath.map { try Roster(csvFile: $0) }
        var teams = roster.map { TeamMap(roster: $0) }
        if let teamsPath {
            let names = (teamsColumns ?? "rep_id,team_id").split(separator: ",").map(String.init)
            guard names.count == 2 else { throw UsageError("--teams-columns needs two columns REP,TEAM") }
            teams = try TeamMap(csvFile: teamsPath, repColumn: names[0], teamColumn: names[1])
        }
        if grouping == .team, teams == nil { throw UsageError("--by team needs --roster FILE or --teams FILE") }

        let metrics = OutcomeMetrics(deals, range: range)
        let covered = metrics.coveredPeriods
        let shown = months.from != nil && months.to != nil ? range : covered
        let span = shown.map { $0.first == $0.last ? "\($0.first)" : "\($0.first)..\($0.last)" } ?? ""
        var rows: [Row] = []
        func add(_ group: String?, _ period: Period?, _ summary: OutcomeSummary) {
            let label = period.map(\.description) ?? span
            rows.append(Row(group: group, period: label, summary: summary, sortKey: (group ?? "") + "\u{0}" + label))
        }
        struct GroupMonth: Hashable {
            var group: String?
            var period: Period?
        }
        let summaries = metrics.summaries { deal, period -> GroupMonth? in
            switch grouping {
            case .rep: GroupMonth(group: deal.ownerID.rawValue, period: monthly ? period : nil)
            case .team: GroupMonth(group: teams?.team(of: deal.ownerID)?.rawValue, period: monthly ? period : nil)
            case .month: GroupMonth(group: "all", period: period)
            }
        }
        for (key, summary) in summaries { add(key.group, key.period, summary) }
        rows.sort { $0.sortKey < $1.sortKey }

        var ramp: Ramp?
        var churn: ChurnReport?
        if let roster {
            let report = RampReport(roster: roster, opportunities: deals)
            ramp = Ramp(
                medianDays: report.medianDays, meanDays: report.meanDays, days: report.days,
                notYetWon: report.notYetWon, unknownHireDay: report.unknownHireDay)
            if let covered {
                churn = try ChurnReport(roster, from: covered.first.firstDay, through: covered.last.lastDay)
            }
        }
        let report = Report(
            by: grouping.rawValue, periods: covered == nil ? nil : span, openDeals: metrics.openDeals,
            overall: metrics.overall, rows: rows, ramp: ramp, churn: churn)
        switch format {
        case .csv: try output.write(csv(rows))
        case .json: try output.write(try jsonText(report))
        case .html:
            var page = Dashboard(title: "Outcomes", subtitle: report.periods ?? "")
            page.addOutcomes(metrics, churn: churn)
            try output.write(page.render())
        default: try output.write(table(report, grouping: grouping, colored: output.isColored))
        }
    }

    private static func cells(_ summary: OutcomeSummary) -> [CSVWriter.Cell] {
        [
            CSVWriter.number(summary.won), CSVWriter.number(summary.lost),
            summary.winRate.map { CSVWriter.number($0, decimals: 6) } ?? .number(""),
            summary.meanCycleDays.map { CSVWriter.number($0, decimals: 2) } ?? .number(""),
            summary.medianCycleDays.map { CSVWriter.number($0, decimals: 2) } ?? .number(""),
            .number(summary.wonValue.description),
        ]
    }

    private static func csv(_ rows: [Row]) -> String {
        var writer = CSVWriter(header: [
            "rep_id", "period", "won", "lost", "win_rate", "mean_cycle_days", "median_cycle_days", "won_value",
        ])
        for row in rows {
            writer.append([.text(row.group ?? ""), .text(row.period)] + cells(row.summary))
        }
        return writer.text
    }

    private static func table(_ report: Report, grouping: Grouping, colored: Bool) -> String {
        let heading = grouping == .team ? "team" : grouping == .month ? "reps" : "rep"
        var table = TextTable(columns: [
            .init(heading), .init("period"), .init("won", alignment: .right), .init("lost", alignment: .right),
            .init("win rate", alignment: .right), .init("mean cycle", alignment: .right),
            .init("median cycle", alignment: .right), .init("won value", alignment: .right),
        ])
        func texts(_ summary: OutcomeSummary) -> [String] {
            [
                String(summary.won), String(summary.lost),
                summary.winRate.map { NumberFormatting.fixed($0 * 100, decimals: 1) + "%" } ?? "-",
                summary.meanCycleDays.map { NumberFormatting.fixed($0, decimals: 1) } ?? "-",
                summary.medianCycleDays.map { NumberFormatting.fixed($0, decimals: 1) } ?? "-",
                summary.wonValue.description,
            ]
        }
        let ordered =
            grouping == .month
            ? report.rows
            : report.rows.sorted { ($0.summary.wonValue, $1.sortKey) > ($1.summary.wonValue, $0.sortKey) }
        for row in ordered {
            table.append([row.group ?? "(no team)", row.period] + texts(row.summary))
        }
        table.append(["overall", report.periods ?? "-"] + texts(report.overall), colors: [.dim])
        var text = table.render(colored: colored)
        text += "open deals (not counted): \(report.openDeals)\n"
        if let ramp = report.ramp {
            let median = ramp.medianDays.map { NumberFormatting.fixed($0, decimals: 1) } ?? "-"
            text += "ramp (hire to first win): median \(median) days over \(ramp.days.count) reps; "
            text += "\(ramp.notYetWon.count) not yet won, \(ramp.unknownHireDay.count) without a hire day\n"
        }
        if let churn = report.churn {
            let rate = churn.rate.map { NumberFormatting.fixed($0 * 100, decimals: 1) + "%" } ?? "-"
            text += "non-induced churn \(churn.from)..\(churn.through): \(rate) (\(churn.voluntary) voluntary ÷ "
            text += "average headcount \(NumberFormatting.fixed(churn.averageHeadcount, decimals: 1)); "
            text += "\(churn.induced) induced and \(churn.unknownReason) without a reason not counted)\n"
        }
        return text
    }
}
