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
          --links               instead: for each competency, the rank correlation (Spearman) between reps'
                                monthly score and the outcome (--measure, default win-rate) in the next
                                month, with a bootstrap interval, ranked; needs --opportunities and
                                --activities/--rules or --store. A correlation is not a cause.

        Example: sco impact --enrolments enrolments.csv --investment consultative-bootcamp-2025 \\
                   --measure win-rate --roster roster.csv --opportunities opportunities.csv
        """

    static let formats: [(form: String, choice: FormatChoice)] = [("", .page), ("--links", .page)]

    static func run(_ arguments: inout Arguments) async throws {
        let links = arguments.flag("--links")
        let enrolmentsPath = try arguments.input("--enrolments")
        let investmentText = try arguments.option("--investment")
        guard links || (enrolmentsPath != nil && investmentText != nil) else {
            throw UsageError("--enrolments FILE and --investment ID are required (or --links)")
        }
        let measureText = try arguments.option("--measure") ?? (links ? "win-rate" : nil)
        guard let measureText else { throw UsageError("--measure is required") }
        let rosterPath = try arguments.requiredInput("--roster")
        var inputs = Inputs(
            opportunities: try arguments.input("--opportunities"), activities: try arguments.input("--activities"),
            store: try arguments.option("--store"), rules: try arguments.input("--rules"))
        let comparison = try arguments.option("--comparison").map {
            Arguments.list($0).map { Rep.ID(rawValue: $0) }
        }
        var options = ImpactOptions()
        if let value = try arguments.wholeNumber("--months-before") { options.monthsBefore = value }
        if let value = try arguments.wholeNumber("--months-after") { options.monthsAfter = value }
        if let value = try arguments.wholeNumber("--resamples") { options.resamples = value }
        if let value = try arguments.wholeNumber("--permutations") { options.permutations = value }
        if let value = try arguments.wholeNumber("--seed") { options.seed = UInt64(value) }
        if let value = try arguments.number("--level") { options.confidenceLevel = value }
        let months = try arguments.periods()
        inputs.timeZone = try arguments.timeZone()
        let outputOptions = try OutputOptions(&arguments, .page)
        let (format, output) = (outputOptions.format, outputOptions.output)
        try arguments.finish()
        let measure: ImpactMeasure
        do { measure = try ImpactMeasure(parsing: measureText) } catch let error as ValidationError {
            throw UsageError("option --measure: \(error.message)")
        }
        inputs.range = try months.closed()
        let roster = try Roster(csvFile: rosterPath)
        if links {
            guard measure.kind != .competency else { throw UsageError("--links measures an outcome (--measure)") }
            let result = try CompetencyOutcomeLinks(
                scorecards: try await inputs.scorecards(roster: roster),
                outcome: try inputs.outcomePanel(measure, roster: roster, alone: false), resamples: options.resamples,
                confidenceLevel: options.confidenceLevel, seed: options.seed)
            try output.write(linksText(result, format: format, colored: output.isColored))
            return
        }
        let enrolments = try EnrolmentList(csvFile: enrolmentsPath!, roster: roster)
        let panel: MeasurePanel
        if measure.kind == .competency {
            guard inputs.opportunities == nil else {
                throw UsageError("a competency measure reads activity, not --opportunities")
            }
            panel = try MeasurePanel(
                scorecards: try await inputs.scorecards(roster: roster), competencyID: measure.competencyID!,
                months: inputs.range)
        } else {
            panel = try inputs.outcomePanel(measure, roster: roster, alone: true)
        }
        let report = try ImpactReport(
            panel: panel, enrolments: enrolments, investmentID: Investment.ID(rawValue: investmentText!),
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

    /// Where the measure comes from.
    struct Inputs {
        var opportunities, activities, store, rules: String?
        var timeZone = TimeZone(identifier: "UTC")!
        var range: PeriodRange?

        /// Scores the activity of the files or the store, as `sco score` does.
        func scorecards(roster: Roster) async throws -> Scorecards {
            guard (activities == nil) != (store == nil) else {
                throw UsageError("a competency score needs either --activities FILE with --rules FILE, or --store DIR")
            }
            if let store {
                return try await StoreCommand.score(
                    store: StoreCommand.open(store, readOnly: true), roster: roster, rulesPath: rules, cap: nil,
                    grid: GridOptions(),
                    timeZone: timeZone, range: range)
            }
            guard let rules, let activities else { throw UsageError("--activities needs --rules FILE") }
            let policy = try ScoringPolicy(rulesCSVFile: rules, timeZone: timeZone)
            return try ScoringEngine(policy: policy, roster: roster).score(
                activitiesCSVFile: activities, periods: range)
        }

        /// The outcome per rep-month from the CRM export (stages won, lost, open).
        func outcomePanel(_ measure: ImpactMeasure, roster: Roster, alone: Bool) throws -> MeasurePanel {
            guard let opportunities, !alone || (activities == nil && store == nil) else {
                throw UsageError("an outcome measure needs --opportunities FILE (and no --activities or --store)")
            }
            let deals = try OpportunityReader(stages: StageLabels(won: ["won"], lost: ["lost"], open: ["open"]))
                .read(csvFile: opportunities)
            guard let months = range ?? OutcomeMetrics(deals).coveredPeriods else {
                throw CommandFailure("\(opportunities): no closed deal to measure")
            }
            return try MeasurePanel(opportunities: deals, measure: measure, roster: roster, months: months)
        }
    }

    /// The links in a format.
    static func linksText(_ links: CompetencyOutcomeLinks, format: OutputFormat, colored: Bool) throws -> String {
        switch format {
        case .json: return try jsonText(links)
        case .html:
            var page = Dashboard(title: "Competencies and results")
            page.addCompetencyLinks(links)
            return page.render()
        case .csv:
            var writer = CSVWriter(header: ["competency_id", "correlation", "lower", "upper", "pairs", "reps"])
            for link in links.links {
                writer.append([
                    .text(link.competencyID.rawValue), CSVWriter.number(link.correlation, decimals: 6),
                    link.interval.map { CSVWriter.number($0.lower, decimals: 6) } ?? .text(""),
                    link.interval.map { CSVWriter.number($0.upper, decimals: 6) } ?? .text(""),
                    CSVWriter.number(link.pairs), CSVWriter.number(link.reps),
                ])
            }
            return writer.text
        default:
            var table = TextTable(columns: [
                .init("competency"), .init("rank correlation", alignment: .right), .init("interval"),
                .init("pairs", alignment: .right),
            ])
            for link in links.links {
                table.append([
                    link.competencyID.rawValue, NumberFormatting.fixed(link.correlation, decimals: 3),
                    ImpactReport.bracket(link.interval), String(link.pairs),
                ])
            }
            return "Score in a month against \(links.outcome) in the next, ranked. A correlation is not a cause: "
                + "test a candidate with an enrolment before paying to train it.\n\n" + table.render(colored: colored)
        }
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
