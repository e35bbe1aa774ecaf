import Foundation
import SalesCompetency

/// `sco impact`: what an investment changed in one measure, from the organisation's own data.
enum ImpactCommand: Command {
    static let name = "impact"
    static let summary = "What an investment changed: difference in differences with interval and p-value"
    static let help = """
        Usage: sco impact --enrolments FILE --investment ID --measure MEASURE --roster FILE
                          (--opportunities FILE | --activities FILE --rules FILE | --store DIR [--rules FILE])
                          [--comparison REP,REP,..] [--months-before N] [--months-after N]
                          [--resamples N] [--permutations N] [--seed N] [--level 0.95]
                          [--from YYYY-MM] [--to YYYY-MM] [--time-zone ID]
                          [--format table|json|csv|html] [--output FILE]

        Compares the reps enrolled in the investment (participants) with the reps of the same primary roles
        never enrolled in it (the comparison group; --comparison names one instead), each participant around
        their own enrolment month: the mean of the N months after it minus the mean of the N months before it
        (default 3 and 3; the enrolment month itself counts in neither), minus the comparison group's change
        over the same calendar months, averaged over participants (difference in differences).
        Beside it: a 95% bootstrap interval (whole reps resampled, seeded, so the same every run), a
        permutation p-value, the same estimate on two windows before enrolment (pre-trend; a warning when
        its interval excludes 0), a trend-line projection of each participant's own months before, the
        months around enrolment, and the observed retention of the gain (R(t) = e^(-t/S)) beside the
        assumed S = 55.9 days (80% forgotten after 90 days).

          --enrolments FILE     rep_id,investment_id,enrolled_on[,completed_on,reinforced_on]
          --measure             won | win-rate | won-value | cycle-days (from --opportunities, a CRM export
                                with columns opportunity_id,owner,opened_on,closed_on,stage,value and
                                stages won/lost/open) | competency:ID (from --activities and --rules, or
                                --store, scored as sco score does; months without activity are skipped)
          --format csv          offset,participants,comparison,gain: the months around enrolment
          --format json         the whole report (schemaVersion 1); sco roi --impact reads it

        Example: sco impact --enrolments enrolments.csv --investment consultative-bootcamp-2025 \\
                   --measure win-rate --roster roster.csv --opportunities opportunities.csv
        """

    static func run(_ arguments: inout Arguments) throws {
        guard let enrolmentsPath = try arguments.option("--enrolments") else {
            throw UsageError("--enrolments FILE is required")
        }
        guard let investmentText = try arguments.option("--investment") else {
            throw UsageError("--investment ID is required")
        }
        guard let measureText = try arguments.option("--measure") else { throw UsageError("--measure is required") }
        guard let rosterPath = try arguments.option("--roster") else { throw UsageError("--roster FILE is required") }
        let opportunities = try arguments.option("--opportunities")
        let activities = try arguments.option("--activities")
        let storePath = try arguments.option("--store")
        let rulesPath = try arguments.option("--rules")
        let comparison = try arguments.option("--comparison").map {
            $0.split(separator: ",").map { Rep.ID(rawValue: String($0)) }
        }
        var options = ImpactOptions()
        if let value = try whole(&arguments, "--months-before") { options.monthsBefore = value }
        if let value = try whole(&arguments, "--months-after") { options.monthsAfter = value }
        if let value = try whole(&arguments, "--resamples") { options.resamples = value }
        if let value = try whole(&arguments, "--permutations") { options.permutations = value }
        if let value = try whole(&arguments, "--seed") { options.seed = UInt64(value) }
        if let value = try arguments.number("--level") { options.confidenceLevel = value }
        let from = try arguments.option("--from")
        let to = try arguments.option("--to")
        let zoneName = try arguments.option("--time-zone") ?? "UTC"
        let format = try arguments.format([.table, .json, .csv, .html])
        let output = Output(path: try arguments.option("--output"))
        try arguments.finish()
        let measure: ImpactMeasure
        do { measure = try ImpactMeasure(parsing: measureText) } catch let error as ValidationError {
            throw UsageError("option --measure: \(error.message)")
        }
        let inputs = [enrolmentsPath, rosterPath, opportunities, activities, rulesPath].compactMap { $0 }
        if let path = output.path, inputs.contains(path) {
            throw UsageError("--output \(path) is one of the inputs")
        }
        guard let timeZone = TimeZone(identifier: zoneName) else {
            throw UsageError("unknown time zone \"\(zoneName)\"")
        }
        let range = try ScoreCommand.periodRange(from: from, to: to)
        let roster = try Roster(csvFile: rosterPath)
        let enrolments = try EnrolmentList(csvFile: enrolmentsPath, roster: roster)
        let panel: MeasurePanel
        if measure.kind == .competency {
            guard opportunities == nil else {
                throw UsageError("a competency measure reads activity, not --opportunities")
            }
            guard (activities == nil) != (storePath == nil) else {
                throw UsageError(
                    "a competency measure needs either --activities FILE with --rules FILE, or --store DIR")
            }
            let scorecards: Scorecards
            if let storePath {
                scorecards = try StoreCommand.score(
                    store: StoreCommand.open(storePath, readOnly: true), roster: roster, rulesPath: rulesPath, cap: nil,
                    grid: GridOptions(), timeZone: timeZone, range: range)
            } else {
                guard let rulesPath, let activities else { throw UsageError("--activities needs --rules FILE") }
                let policy = try ScoringPolicy(rulesCSVFile: rulesPath, timeZone: timeZone)
                scorecards = try ScoringEngine(policy: policy, roster: roster).score(
                    activitiesCSVFile: activities, periods: range)
            }
            panel = try MeasurePanel(scorecards: scorecards, competencyID: measure.competencyID!, months: range)
        } else {
            guard let opportunities, activities == nil, storePath == nil else {
                throw UsageError("an outcome measure needs --opportunities FILE (and no --activities or --store)")
            }
            let deals = try OpportunityReader(stages: StageLabels(won: ["won"], lost: ["lost"], open: ["open"]))
                .read(csvFile: opportunities)
            guard let months = range ?? OutcomeMetrics(deals).coveredPeriods else {
                throw CommandFailure("\(opportunities): no closed deal to measure")
            }
            panel = try MeasurePanel(opportunities: deals, measure: measure, roster: roster, months: months)
        }
        let report = try ImpactReport(
            panel: panel, enrolments: enrolments, investmentID: Investment.ID(rawValue: investmentText),
            roster: roster, comparisonGroup: comparison, options: options)
        switch format {
        case .json: try output.write(jsonText(report))
        case .csv: try output.write(csv(report))
        case .html:
            var page = Dashboard(
                title: "Impact of \(report.investmentID)", subtitle: "\(report.months.first) to \(report.months.last)")
            page.addImpact(report)
            try output.write(page.render())
        default: try output.write(table(report, colored: output.isColored))
        }
    }

    private static func whole(_ arguments: inout Arguments, _ name: String) throws -> Int? {
        guard let text = try arguments.option(name) else { return nil }
        guard let value = Int(text), value >= 0 else {
            throw UsageError("option \(name) needs a whole number, found \"\(text.prefix(80))\"")
        }
        return value
    }

    /// The months around enrolment as CSV.
    static func csv(_ report: ImpactReport) -> String {
        var writer = CSVWriter(header: ["offset", "participants", "comparison", "gain"])
        let cell = { (value: Double?) -> CSVWriter.Cell in
            value.map { CSVWriter.number($0, decimals: 6) } ?? .text("")
        }
        for month in report.timeline {
            writer.append([
                .number(String(month.offset)), cell(month.participants), cell(month.comparison), cell(month.gain),
            ])
        }
        return writer.text
    }

    private static func number(_ value: Double?) -> String {
        value.map { NumberFormatting.fixed($0, decimals: 4) } ?? "–"
    }

    /// The report as text tables.
    static func table(_ report: ImpactReport, colored: Bool) -> String {
        var text = report.headline + "\n\n"
        var figures = TextTable(columns: [.init("figure"), .init("value", alignment: .right), .init("interval")])
        figures.append([
            "difference in differences", ImpactReport.signed(report.estimate.value),
            ImpactReport.bracket(report.estimate.interval),
        ])
        figures.append([
            "permutation p-value", report.pValue.map { NumberFormatting.fixed($0, decimals: 3) } ?? "–", "",
        ])
        figures.append([
            "pre-trend (two windows before)", ImpactReport.signed(report.preTrend?.value),
            ImpactReport.bracket(report.preTrend?.interval),
        ])
        figures.append([
            "trend-line projection", ImpactReport.signed(report.trendLine?.value),
            ImpactReport.bracket(report.trendLine?.interval),
        ])
        figures.append(["participants / comparison reps", "\(report.estimate.reps) / \(report.comparisonReps)", ""])
        text += figures.render(colored: colored) + "\n"
        var months = TextTable(columns: [
            .init("month from enrolment", alignment: .right), .init("participants", alignment: .right),
            .init("comparison", alignment: .right), .init("gain", alignment: .right),
        ])
        for month in report.timeline {
            months.append([
                String(month.offset), number(month.participants),
                number(month.comparison), ImpactReport.signed(month.gain),
            ])
        }
        text += months.render(colored: colored) + "\n"
        if let sentence = report.retentionSentence { text += sentence + "\n" }
        if let reinforcement = report.reinforcement {
            text +=
                "With reinforcement (\(reinforcement.reinforcedReps) reps): S "
                + (reinforcement.reinforced.map { NumberFormatting.fixed($0.stability, decimals: 0) + " days" }
                    ?? "not fitted")
                + "; without (\(reinforcement.unreinforcedReps) reps): S "
                + (reinforcement.unreinforced.map { NumberFormatting.fixed($0.stability, decimals: 0) + " days" }
                    ?? "not fitted")
                + ".\n"
        }
        for warning in report.warnings { text += "Warning: \(warning)\n" }
        return text
    }
}
