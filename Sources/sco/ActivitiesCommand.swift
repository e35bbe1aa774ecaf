import Foundation
import SalesCompetency

/// `sco activities`: raw CRM exports in, our activity CSV out, through a measure definition.
enum ActivitiesCommand: Command {
    static let name = "activities"
    static let summary = "Turn raw CRM exports into activity through a measure definition: convert, preview, preset"
    static let help = """
        Usage: sco activities convert --input FILE [FILE...] --measures FILE [--owners FILE] [--time-zone ID]
                                      [--output FILE] [--report FILE] [--format table|json]
               sco activities preview --input FILE --measures FILE [--owners FILE] [--rows N] [--time-zone ID]
                                      [--format table|json|csv] [--output FILE]
               sco activities preset --name salesforce-task|salesforce-event|salesforce-report
                                     [--dates M/d/yyyy|dd/MM/yyyy] [--output FILE]

        A measure definition (JSON, see "From your CRM to scorecards" in the documentation) says how the rows
        of a raw export (Salesforce, HubSpot, ...) become activity: the rep, day and quantity columns, filters,
        task rules over fields, the declared date format and encoding, and a record id column so that
        overlapping exports count each record once.

          convert   writes rep_id,task_id,occurred_on,quantity (the file sco score --activities reads) to
                    --output or standard output, and the report of every row that did not become activity
                    (by reason, with the first lines, and the most common unmatched values) to standard error,
                    or as JSON to --report FILE
          preview   the first --rows N rows (default 20): the rep, day and task each became, or why not
          preset    prints a ready-to-copy definition

          --input FILE...   the exports, oldest first; several overlapping exports count each record once
          --measures FILE   the measure definition (JSON)
          --owners FILE     crm_user,rep_id: CRM user ids or display names to roster rep ids (without it the
                            rep column holds rep ids)
          --time-zone ID    the day a timestamp with an offset falls on (default UTC)

        sco score --measures FILE [--owners FILE] and sco store import --measures FILE [--owners FILE] read a
        raw export given as --activities directly, streamed, with no file in between.

        Example:
          sco activities preset --name salesforce-task --output measures.json
          sco activities convert --input Task.csv --measures measures.json --owners owners.csv --output activities.csv
        """

    static let formats: [(form: String, choice: FormatChoice)] = [
        ("convert", .receipt), ("preview", .report), ("preset", FormatChoice([.json], default: .json)),
    ]

    static func run(_ arguments: inout Arguments) async throws {
        guard let subcommand = arguments.subcommand() else {
            throw UsageError("missing subcommand: convert, preview or preset")
        }
        switch subcommand {
        case "convert":
            let source = try MeasureOptions(&arguments, inputOption: "--input")
            let reportPath = try arguments.output("--report")
            let options = try OutputOptions(&arguments, formats[0].choice)
            let (format, output) = (options.format, options.output)
            let inputs = source.files + arguments.positionalInputs()
            try arguments.finish()
            let measures = try source.measures()
            let owners = try source.owners()
            var report = MeasureReport()
            try output.write { body in
                report = try measures.writeActivityCSV(
                    files: inputs, owners: owners, timeZone: source.timeZone, body)
            }
            if let reportPath {
                try Output(path: reportPath).write(try jsonText(report))
            } else if format == .json {
                Console.current.err(try jsonText(report))
            } else {
                Console.note(report.summary)
            }
        case "preview":
            let source = try MeasureOptions(&arguments, inputOption: "--input")
            let rows = try arguments.wholeNumber("--rows", minimum: 1) ?? 20
            let options = try OutputOptions(&arguments, formats[1].choice)
            let (format, output) = (options.format, options.output)
            try arguments.finish()
            guard source.files.count == 1, let file = source.files.first else {
                throw UsageError("preview reads one --input FILE")
            }
            let preview = try source.measures().preview(
                file: file, rows: rows, owners: try source.owners(), timeZone: source.timeZone)
            switch format {
            case .json: try output.write(try jsonText(preview))
            case .csv:
                var text = "line,rep_id,occurred_on,task_id,outcome,why\n"
                for row in preview {
                    text +=
                        [
                            String(row.line), row.repID?.rawValue ?? "", row.day?.description ?? "",
                            row.taskIDs.map(\.rawValue).joined(separator: ";"), row.outcome.rawValue, row.why,
                        ].map(csvField).joined(separator: ",") + "\n"
                }
                try output.write(text)
            default:
                var table = TextTable(
                    columns: ["line", "rep", "day", "task", "outcome", "why"].map { TextTable.Column($0) })
                for row in preview {
                    table.append([
                        String(row.line), row.repID?.rawValue ?? "", row.day?.description ?? "",
                        row.taskIDs.map(\.rawValue).joined(separator: ", "), row.outcome.rawValue, row.why,
                    ])
                }
                try output.write(table.render(colored: output.isColored) + "\n")
            }
        case "preset":
            guard let name = try arguments.option("--name") else {
                throw UsageError("missing --name salesforce-task, salesforce-event or salesforce-report")
            }
            let datesText = try arguments.option("--dates")
            let output = try OutputOptions(&arguments, formats[2].choice).output
            try arguments.finish()
            let measures: ActivityMeasures
            switch name {
            case "salesforce-task": measures = .salesforceTaskExport
            case "salesforce-event": measures = .salesforceEventExport
            case "salesforce-report":
                let dates = try datesText.map { text in
                    guard let format = ActivityMeasures.DateFormat(rawValue: text) else {
                        throw UsageError("--dates must be one of M/d/yyyy, MM/dd/yyyy, d/M/yyyy, dd/MM/yyyy")
                    }
                    return format
                }
                measures = .salesforceActivitiesReport(dates: dates ?? .monthDayYear)
            default:
                throw Arguments.invalid("--name", "salesforce-task, salesforce-event or salesforce-report", name)
            }
            try output.write(String(decoding: measures.jsonData(), as: UTF8.self))
        default:
            throw UsageError("unknown subcommand \(ErrorText.quoted(subcommand)): convert, preview or preset")
        }
    }

    static func csvField(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}

/// The options every command that reads a raw CRM export shares: `--measures`, `--owners`, `--time-zone`.
struct MeasureOptions {
    let files: [String]
    let measuresPath: String
    let ownersPath: String?
    let timeZone: TimeZone

    /// Reads the options; the export files come from `inputOption`.
    init(_ arguments: inout Arguments, inputOption: String) throws {
        measuresPath = try arguments.requiredInput("--measures")
        files = [try arguments.requiredInput(inputOption)]
        ownersPath = try arguments.input("--owners")
        timeZone = try arguments.timeZone()
    }

    func measures() throws -> ActivityMeasures { try ActivityMeasures(jsonFile: measuresPath) }

    func owners() throws -> OwnerMap? { try ownersPath.map { try OwnerMap(csvFile: $0) } }
}
