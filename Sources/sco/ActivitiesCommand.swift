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

    static func run(_ arguments: inout Arguments) throws {
        guard let subcommand = arguments.subcommand() else {
            throw UsageError("missing subcommand: convert, preview or preset")
        }
        switch subcommand {
        case "convert":
            let source = try MeasureOptions(&arguments, inputOption: "--input")
            let format = try arguments.format([.table, .json])
            let reportPath = try arguments.option("--report")
            let output = Output(path: try arguments.option("--output"))
            let inputs = source.files + remainingFiles(&arguments)
            try arguments.finish()
            try ActivitiesCommand.checkNotInput(
                output, inputs + [source.measuresPath] + (source.ownersPath.map { [$0] } ?? []))
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
                FileHandle.standardError.write(Data(try jsonText(report).utf8))
            } else {
                FileHandle.standardError.write(Data((report.summary + "\n").utf8))
            }
        case "preview":
            let source = try MeasureOptions(&arguments, inputOption: "--input")
            let rowsText = try arguments.option("--rows") ?? "20"
            guard let rows = Int(rowsText), rows > 0 else {
                throw UsageError("--rows needs a whole number > 0, found \"\(rowsText)\"")
            }
            let format = try arguments.format([.table, .json, .csv])
            let output = Output(path: try arguments.option("--output"))
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
            let output = Output(path: try arguments.option("--output"))
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
                throw UsageError("unknown preset \"\(name)\": salesforce-task, salesforce-event or salesforce-report")
            }
            try output.write(String(decoding: measures.jsonData(), as: UTF8.self))
        default:
            throw UsageError("unknown subcommand \"\(subcommand)\": convert, preview or preset")
        }
    }

    /// Files given after the first one of a repeated option (`--input a.csv b.csv`): the words no option took.
    static func remainingFiles(_ arguments: inout Arguments) -> [String] {
        var files: [String] = []
        while let word = arguments.subcommand() { files.append(word) }
        return files
    }

    /// Refuses an output that is one of the inputs (it would be truncated before it is read).
    static func checkNotInput(_ output: Output, _ inputs: [String]) throws {
        guard let path = output.path else { return }
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs
        where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == target {
            throw UsageError("--output \(path) is also an input")
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
        guard let measuresPath = try arguments.option("--measures") else { throw UsageError("missing --measures FILE") }
        guard let input = try arguments.option(inputOption) else { throw UsageError("missing \(inputOption) FILE") }
        self.measuresPath = measuresPath
        files = [input]
        ownersPath = try arguments.option("--owners")
        timeZone = try StoreCommand.timeZoneOption(&arguments)
    }

    func measures() throws -> ActivityMeasures { try ActivityMeasures(jsonFile: measuresPath) }

    func owners() throws -> OwnerMap? { try ownersPath.map { try OwnerMap(csvFile: $0) } }
}
