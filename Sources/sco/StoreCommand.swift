import Foundation
import SalesCompetency

/// `sco store`: keep activity, scoring policies and frozen months in a crash-safe file store.
enum StoreCommand: Command {
    static let name = "store"
    static let summary = "Keep activity, rules and frozen months in a crash-safe store: import, policy, snapshot"
    static let help = """
        Usage: sco store <import|policy|snapshot|info|audit|verify|repair|migrate> --store DIR [options]

        A store is a directory (created when missing) holding the activity log, versioned documents and an
        audit trail; see "Implementing a Store" in the documentation. Every change is flushed to disk before
        sco reports it and is recorded in the audit trail with the time and --actor.

          sco store import --store DIR --activities FILE [--time-zone ID] [--format table|json]
              Appends the activities of FILE (rep_id,task_id,occurred_on,quantity; dates YYYY-MM-DD or ISO
              8601 timestamps, read in --time-zone, default UTC) as one batch: all of it or, on any error,
              nothing. Exactly once: a batch whose key (--key K, else the file name and a hash of its
              activities) is already stored is reported as "already stored" and not added again. With --measures FILE
              [--owners FILE], FILE is a raw CRM export read through that measure definition (sco activities).
          sco store policy --store DIR --rules FILE --effective YYYY-MM-DD [--cap X] [--time-zone ID]
                           [--employment pro-rated|whole|ignored] [--absence no-data|zero] [--bench]
              Saves the rules (task_id,competency_id,role,monthly_target,weight[,direction]) as a new
              version of the scoring policy, in force from that day. Earlier months keep the rules they had.
              --employment and --absence are as for sco score (see sco score --help).
          sco store snapshot --store DIR --month YYYY-MM --roster FILE [--rules FILE] [--format ...]
                             [--allow-empty] [--allow-open]
              Scores the month from the stored activity, with --rules or else the stored policy in force on
              the month's first day, freezes the scorecards in the store (once: a frozen month is never
              replaced) and prints them like sco score. Refused, with exit 1 and nothing frozen, when the
              month has no scored activity (a month frozen before its activity arrives could never be
              frozen correctly; --allow-empty forces it) or when it can still receive activity: until its
              last day plus 3 days of grace have passed, in the policy's time zone (--allow-open forces it).
          sco store info --store DIR [--format table|json|csv]
              Schema version, batches, activities and their days, documents per collection, audit entries.
          sco store audit --store DIR [--format table|json|csv]
              The audit trail: when (ISO 8601), who, what.
          sco store verify --store DIR [--format table|json]
              Reads every frame, the head and every document without changing anything; lists every damaged
              range and what it held. Exit 1 when anything is damaged.
          sco store repair --store DIR --into NEW [--format table|json]
              Salvages every intact batch (with its key and audit entries), audit record and document into the
              new store NEW, and reports what was lost. DIR is never changed.
          sco store migrate --store DIR
              Migrates an older store to the current format (writers also do this on open).

        Scoring from a store: sco score --store DIR --roster FILE [--rules FILE] [--from YYYY-MM --to YYYY-MM]

        Options:
          --store DIR       the store's directory (required)
          --actor NAME      who the change is attributed to [$USER, else "sco"]
          --wait SECONDS    how long a writer waits for another writer to finish [30]; readers never wait
          --format, --output FILE   as for every command; import and policy print what they stored (json:
                                    the batch, its key and count, or the policy version and the day)

        Example:
          sco store policy --store ./store --rules rules.csv --effective 2025-01-01
          sco store import --store ./store --activities march.csv
          sco store snapshot --store ./store --month 2025-03 --roster roster.csv --format csv
        """

    static let formats: [(form: String, choice: FormatChoice)] = [
        ("import", .receipt), ("policy", .receipt), ("snapshot", .report), ("info", .report), ("audit", .report),
        ("verify", .receipt), ("repair", .receipt),
    ]

    /// What `store import` and `store policy` did, as `--format json` prints it.
    struct Receipt: Encodable {
        var message: String
        var batch: Int?
        var activities: Int?
        var key: String?
        var alreadyStored: Bool?
        var policyVersion: Int?
        var effective: String?
    }

    /// One audit entry as `store audit --format json` prints it: the time in ISO 8601.
    struct AuditLine: Encodable {
        var at: Date
        var actor: String
        var action: String
        var subject: String
        var detail: String
    }

    static func run(_ arguments: inout Arguments) async throws {
        guard let subcommand = arguments.subcommand() else {
            throw UsageError("missing subcommand: \(subcommands)")
        }
        let directory = try arguments.required("--store", "DIR")
        let environmentUser = ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 }
        let actor = try arguments.option("--actor") ?? environmentUser ?? "sco"
        switch subcommand {
        case "import":
            let file = try arguments.requiredInput("--activities")
            let timeZone = try arguments.timeZone()
            let key = try arguments.option("--key")
            let wait = try waitOption(&arguments)
            let options = try OutputOptions(&arguments, .receipt)
            let measures = try MeasureOptions.optional(&arguments)
            try arguments.finish()
            let activities = Array(
                try measures?.activityLog(file, timeZone: timeZone) ?? ActivityLog(csvFile: file, timeZone: timeZone))
            guard !activities.isEmpty else {
                throw InputError(.emptyFile, file: file, line: 1, message: headerOnly)
            }
            // A command that fails leaves the store as it was: check the output before storing, write it after.
            try options.output.checkWritable()
            let batch = ActivityBatch(activities, source: (file as NSString).lastPathComponent, key: key)
            let store = try open(directory, creating: true, wait: wait)
            let session = StoreSession(store: store, clock: .system, actor: actor)
            let receipt = try await session.appendActivities(batch)
            let message =
                receipt.alreadyStored
                ? "already stored: \(file) is batch \(receipt.sequence) (\(receipt.count) activities, key \(receipt.key)); "
                    + "nothing imported"
                : "imported \(receipt.count) activities from \(file) as batch \(receipt.sequence)"
            try write(
                Receipt(
                    message: message, batch: receipt.sequence, activities: receipt.count, key: receipt.key,
                    alreadyStored: receipt.alreadyStored), options)
        case "policy":
            let rules = try arguments.requiredInput("--rules")
            if try arguments.option("--from") != nil {
                throw UsageError(
                    "the day rules are in force from is --effective YYYY-MM-DD (--from and --to are months)")
            }
            guard let from = try arguments.day("--effective") else {
                throw UsageError("--effective YYYY-MM-DD is required")
            }
            let cap = try arguments.number("--cap") ?? 1.5
            let timeZone = try arguments.timeZone()
            let grid = try GridOptions.parse(&arguments)
            let wait = try waitOption(&arguments)
            let options = try OutputOptions(&arguments, .receipt)
            try arguments.finish()
            let policy = try ScoringPolicy(
                rulesCSVFile: rules, attainmentCap: cap, timeZone: timeZone, employment: grid.employment,
                absence: grid.absence)
            try options.output.checkWritable()
            let session = StoreSession(
                store: try open(directory, creating: true, wait: wait), clock: .system, actor: actor)
            let version = try await session.scoringPolicies.save(policy, id: "default", effectiveFrom: from)
            try write(
                Receipt(
                    message: "saved \(policy.rules.count) rules as scoring policy version \(version.number), "
                        + "in force from \(from)", policyVersion: version.number, effective: from.description),
                options)
        case "snapshot":
            let monthText = try arguments.required("--month", "YYYY-MM")
            guard let month = try? Period(parsing: monthText), month.granularity == .month else {
                throw Arguments.invalid("--month", "a month YYYY-MM", monthText)
            }
            let rosterPath = try arguments.requiredInput("--roster")
            let rulesPath = try arguments.input("--rules")
            let cap = try arguments.number("--cap")
            let timeZone = try arguments.timeZone()
            let grid = try GridOptions.parse(&arguments)
            let allowEmpty = arguments.flag("--allow-empty")
            let allowOpen = arguments.flag("--allow-open")
            let wait = try waitOption(&arguments)
            let options = try OutputOptions(&arguments, .report)
            let (format, output) = (options.format, options.output)
            try arguments.finish()
            let store = try open(directory, creating: false, wait: wait)
            let scorecards = try await score(
                store: store, roster: Roster(csvFile: rosterPath), rulesPath: rulesPath, cap: cap, grid: grid,
                timeZone: timeZone, range: try PeriodRange(month, through: month))
            // Check the output can be written before freezing: a month freezes once, so a failure after it
            // could not be retried.
            try output.checkWritable()
            let session = StoreSession(store: store, clock: .system, actor: actor)
            _ = try await session.freezeScorecards(scorecards, for: month, allowEmpty: allowEmpty, allowOpen: allowOpen)
            switch format {
            case .csv: try output.write(bytesOf: scorecards.writeCSV)
            case .json: try output.write(jsonText(Array(scorecards)))
            default:
                let summary = scorecards.summary(in: month)
                try output.write(
                    "froze \(scorecards.count) scorecards of \(month) (\(summary.red) red, \(summary.amber) amber, "
                        + "\(summary.green) green, \(summary.noData) no-data)\n"
                        + ScoreCommand.table(scorecards, assessed: nil, colored: output.isColored))
            }
        case "info":
            let options = try OutputOptions(&arguments, .report)
            try arguments.finish()
            try options.output.write(try info(of: open(directory, readOnly: true), format: options.format))
        case "audit":
            let options = try OutputOptions(&arguments, .report)
            try arguments.finish()
            let entries = try open(directory, readOnly: true).auditEntries(from: .distantPast, before: .distantFuture)
            let lines = entries.map {
                AuditLine(
                    at: $0.at, actor: $0.actor, action: $0.action.rawValue, subject: $0.subject, detail: $0.detail)
            }
            try options.output.write(try auditText(lines, format: options.format, colored: options.output.isColored))
        case "migrate":
            let wait = try waitOption(&arguments)
            try arguments.finish()
            let store = try open(directory, creating: false, wait: wait)
            let from = store.recovery.migratedFrom
            Console.line(
                from.map { "migrated \(directory) from schema \($0) to \(FileStore.schemaVersion)" }
                    ?? "\(directory) is at schema \(FileStore.schemaVersion); nothing to migrate")
        default:
            if try runMaintenance(subcommand, directory: directory, arguments: &arguments) { return }
            throw UsageError("unknown subcommand \(ErrorText.quoted(subcommand)): \(subcommands)")
        }
    }

    /// What `score` and `store import` say about a file with a header and no rows.
    static let headerOnly = "the file has a header but no activities; nothing to do"

    static let subcommands = "import, policy, snapshot, info, audit, verify, repair or migrate"

    /// Opens the store in `directory`: read-only for reports (no lock, no change to any file), else as a writer
    /// that waits up to `wait` for its turn. Unless `creating`, the directory must already hold something.
    static func open(
        _ directory: String, creating: Bool = false, readOnly: Bool = false, wait: Duration = .seconds(30)
    ) throws -> FileStore {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        guard creating || !entries.filter({ $0 != "lock" }).isEmpty else {
            throw StoreError(
                .unsupportedSchema, path: directory, message: "no store here; create one with sco store import")
        }
        return try FileStore(
            directory: URL(fileURLWithPath: directory), clock: .system,
            options: FileStore.Options(readOnly: readOnly, lockTimeout: wait))
    }

    /// `--wait SECONDS`: how long a writer waits for another writer (default 30).
    static func waitOption(_ arguments: inout Arguments) throws -> Duration {
        guard let seconds = try arguments.number("--wait") else { return .seconds(30) }
        guard seconds >= 0, seconds <= 86_400 else { throw UsageError("--wait needs 0 to 86400 seconds") }
        return .milliseconds(Int(seconds * 1000))
    }

    /// A receipt as a line of text or JSON.
    static func write(_ receipt: Receipt, _ options: OutputOptions) throws {
        try options.output.write(options.format == .json ? try jsonText(receipt) : receipt.message + "\n")
    }

    /// The audit trail as a table, JSON or CSV; times in ISO 8601.
    static func auditText(_ lines: [AuditLine], format: OutputFormat, colored: Bool) throws -> String {
        let formatter = ISO8601DateFormatter()
        switch format {
        case .json: return try jsonText(lines)
        case .csv:
            var writer = CSVWriter(header: ["at", "actor", "action", "subject", "detail"])
            for line in lines {
                writer.append([formatter.string(from: line.at), line.actor, line.action, line.subject, line.detail])
            }
            return writer.text
        default:
            var table = TextTable(columns: ["at", "actor", "action", "subject", "detail"].map { TextTable.Column($0) })
            for line in lines {
                table.append([formatter.string(from: line.at), line.actor, line.action, line.subject, line.detail])
            }
            return table.render(colored: colored)
        }
    }
}
