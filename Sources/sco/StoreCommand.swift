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

          sco store import --store DIR --activities FILE [--time-zone ID]
              Appends the activities of FILE (rep_id,task_id,occurred_on,quantity; dates YYYY-MM-DD or ISO
              8601 timestamps, read in --time-zone, default UTC) as one batch: all of it or, on any error,
              nothing. Exactly once: a batch whose key (--key K, else the file name and a hash of its
              activities) is already stored is reported as "already stored" and not added again. With --measures FILE
              [--owners FILE], FILE is a raw CRM export read through that measure definition (sco activities).
          sco store policy --store DIR --rules FILE --from YYYY-MM-DD [--cap X] [--time-zone ID]
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
          sco store info --store DIR [--format table|json]
              Schema version, batches, activities and their days, documents per collection, audit entries.
          sco store audit --store DIR [--format table|json]
              The audit trail: when, who, what.
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
          --format, --output FILE   as for every command

        Example:
          sco store policy --store ./store --rules rules.csv --from 2025-01-01
          sco store import --store ./store --activities march.csv
          sco store snapshot --store ./store --month 2025-03 --roster roster.csv --format csv
        """

    static func run(_ arguments: inout Arguments) throws {
        guard let subcommand = arguments.subcommand() else {
            throw UsageError("missing subcommand: \(subcommands)")
        }
        guard let directory = try arguments.option("--store") else { throw UsageError("missing --store DIR") }
        let environmentUser = ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 }
        let actor = try arguments.option("--actor") ?? environmentUser ?? "sco"
        switch subcommand {
        case "import":
            guard let file = try arguments.option("--activities") else { throw UsageError("missing --activities FILE") }
            let timeZone = try timeZoneOption(&arguments)
            let key = try arguments.option("--key")
            let wait = try waitOption(&arguments)
            let output = Output(path: try arguments.option("--output"))
            let measures = try MeasureOptions.optional(&arguments)
            try arguments.finish()
            let activities = Array(
                try measures?.activityLog(file, timeZone: timeZone) ?? ActivityLog(csvFile: file, timeZone: timeZone))
            guard !activities.isEmpty else {
                throw InputError(.emptyFile, file: file, line: 1, message: headerOnly)
            }
            // A command that fails leaves the store as it was: check the output before storing, write it after.
            try output.checkWritable()
            let batch = ActivityBatch(activities, source: (file as NSString).lastPathComponent, key: key)
            let store = try open(directory, creating: true, wait: wait)
            let session = StoreSession(store: store, clock: .system, actor: actor)
            let receipt = try blocking { try await session.appendActivities(batch) }
            if receipt.alreadyStored {
                try output.write(
                    "already stored: \(file) is batch \(receipt.sequence) (\(receipt.count) activities, key \(receipt.key)); nothing imported\n"
                )
            } else {
                try output.write("imported \(receipt.count) activities from \(file) as batch \(receipt.sequence)\n")
            }
        case "policy":
            guard let rules = try arguments.option("--rules") else { throw UsageError("missing --rules FILE") }
            guard let fromText = try arguments.option("--from") else { throw UsageError("missing --from YYYY-MM-DD") }
            let from = try Day(parsing: fromText)
            let cap = try arguments.number("--cap") ?? 1.5
            let timeZone = try timeZoneOption(&arguments)
            let grid = try GridOptions.parse(&arguments)
            let wait = try waitOption(&arguments)
            let output = Output(path: try arguments.option("--output"))
            try arguments.finish()
            let policy = try ScoringPolicy(
                rulesCSVFile: rules, attainmentCap: cap, timeZone: timeZone, employment: grid.employment,
                absence: grid.absence)
            try output.checkWritable()
            let session = StoreSession(
                store: try open(directory, creating: true, wait: wait), clock: .system, actor: actor)
            let version = try blocking {
                try await session.scoringPolicies.save(policy, id: "default", effectiveFrom: from)
            }
            try output.write(
                "saved \(policy.rules.count) rules as scoring policy version \(version.number), in force from \(from)\n"
            )
        case "snapshot":
            guard let monthText = try arguments.option("--month") else { throw UsageError("missing --month YYYY-MM") }
            let month = try Period(parsing: monthText)
            guard month.granularity == .month else { throw UsageError("--month needs YYYY-MM, found \"\(monthText)\"") }
            guard let rosterPath = try arguments.option("--roster") else { throw UsageError("missing --roster FILE") }
            let rulesPath = try arguments.option("--rules")
            let cap = try arguments.number("--cap")
            let timeZone = try timeZoneOption(&arguments)
            let grid = try GridOptions.parse(&arguments)
            let allowEmpty = arguments.flag("--allow-empty")
            let allowOpen = arguments.flag("--allow-open")
            let format = try arguments.format([.table, .json, .csv])
            let wait = try waitOption(&arguments)
            let output = Output(path: try arguments.option("--output"))
            try arguments.finish()
            let store = try open(directory, creating: false, wait: wait)
            let scorecards = try score(
                store: store, roster: Roster(csvFile: rosterPath), rulesPath: rulesPath, cap: cap, grid: grid,
                timeZone: timeZone, range: try PeriodRange(month, through: month))
            // Check the output can be written before freezing: a month freezes once, so a failure after it
            // could not be retried.
            try output.checkWritable()
            let session = StoreSession(store: store, clock: .system, actor: actor)
            _ = try blocking {
                try await session.freezeScorecards(
                    scorecards, for: month, allowEmpty: allowEmpty, allowOpen: allowOpen)
            }
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
            let format = try arguments.format([.table, .json])
            let output = Output(path: try arguments.option("--output"))
            try arguments.finish()
            try output.write(try info(of: open(directory, readOnly: true), format: format))
        case "audit":
            let format = try arguments.format([.table, .json])
            let output = Output(path: try arguments.option("--output"))
            try arguments.finish()
            let entries = try open(directory, readOnly: true).auditEntries(from: .distantPast, before: .distantFuture)
            if format == .json {
                try output.write(try jsonText(entries))
            } else {
                var table = TextTable(
                    columns: ["at", "actor", "action", "subject", "detail"].map { TextTable.Column($0) })
                let formatter = ISO8601DateFormatter()
                for entry in entries {
                    table.append([
                        formatter.string(from: entry.at), entry.actor, entry.action.rawValue, entry.subject,
                        entry.detail,
                    ])
                }
                try output.write(table.render(colored: output.isColored))
            }
        case "migrate":
            let wait = try waitOption(&arguments)
            try arguments.finish()
            let store = try open(directory, creating: false, wait: wait)
            let from = store.recovery.migratedFrom
            print(
                from.map { "migrated \(directory) from schema \($0) to \(FileStore.schemaVersion)" }
                    ?? "\(directory) is at schema \(FileStore.schemaVersion); nothing to migrate")
        default:
            if try runMaintenance(subcommand, directory: directory, arguments: &arguments) { return }
            throw UsageError("unknown subcommand \"\(subcommand)\": \(subcommands)")
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

    static func timeZoneOption(_ arguments: inout Arguments) throws -> TimeZone {
        let name = try arguments.option("--time-zone") ?? "UTC"
        guard let timeZone = TimeZone(identifier: name) else { throw UsageError("unknown time zone \"\(name)\"") }
        return timeZone
    }
}
