import Foundation
import SalesCompetency

/// `sco store`: keep activity in a file store, look at it, and freeze a month.
enum StoreCommand: Command {
    static let name = "store"
    static let summary = "Keep activity in a crash-safe file store: import, info, snapshot a month, audit"
    static let help = """
        Usage: sco store <import|info|snapshot|audit> --store DIR [options]

        A store is a directory (created when missing) holding the activity log, versioned documents and an
        audit trail; see "Implementing a Store" in the documentation. Every change is flushed to disk before
        sco reports it, and is recorded in the audit trail with the time and --actor.

          sco store import --store DIR --activities FILE [--actor NAME]
              Appends the activities of FILE (CSV rep_id,task_id,occurred_on,quantity; dates YYYY-MM-DD;
              quantities finite and not negative) as one batch: all of it or, on any error, nothing.
              Import each new file once; importing a file twice counts it twice.
          sco store info --store DIR [--format table|json]
              Schema version, batches, activities and their days, documents per collection, audit entries.
          sco store snapshot --store DIR --month YYYY-MM [--actor NAME] [--format table|json|csv]
              Freezes the month's activity totals per rep and task into the store (collection
              activity-snapshots, id YYYY-MM) and prints them; a month is frozen once and never replaced.
          sco store audit --store DIR [--format table|json]
              The audit trail: when, who, what.

        Options:
          --store DIR       the store's directory (required)
          --actor NAME      who the change is attributed to [$USER, else "sco"]
          --format, --output FILE   as for every command

        Example:
          sco store import --store ./store --activities march.csv
          sco store snapshot --store ./store --month 2025-03 --format csv
        """

    static func run(_ arguments: inout Arguments) throws {
        guard let subcommand = arguments.subcommand() else {
            throw UsageError("missing subcommand: import, info, snapshot or audit")
        }
        guard let directory = try arguments.option("--store") else { throw UsageError("missing --store DIR") }
        let actor =
            try arguments.option("--actor") ?? ProcessInfo.processInfo.environment["USER"].flatMap {
                $0.isEmpty ? nil : $0
            } ?? "sco"
        switch subcommand {
        case "import":
            guard let file = try arguments.option("--activities") else { throw UsageError("missing --activities FILE") }
            let output = Output(path: try arguments.option("--output"))
            try arguments.finish()
            let batch = try readActivities(file)
            let store = try open(directory)
            let session = StoreSession(store: store, clock: .system, actor: actor)
            let receipt = try blocking { try await session.appendActivities(batch) }
            try output.write("imported \(receipt.count) activities from \(file) as batch \(receipt.sequence)\n")
        case "info":
            let format = try arguments.format([.table, .json])
            let output = Output(path: try arguments.option("--output"))
            try arguments.finish()
            try output.write(try info(of: open(directory), format: format))
        case "snapshot":
            guard let monthText = try arguments.option("--month") else { throw UsageError("missing --month YYYY-MM") }
            let month = try Period(parsing: monthText)
            guard month.granularity == .month else { throw UsageError("--month needs YYYY-MM, found \"\(monthText)\"") }
            let format = try arguments.format([.table, .json, .csv])
            let output = Output(path: try arguments.option("--output"))
            try arguments.finish()
            let store = try open(directory)
            let session = StoreSession(store: store, clock: .system, actor: actor)
            let activities = try store.activities(from: month.firstDay, through: month.lastDay, reps: nil)
            let snapshot = ActivitySnapshot(month: month, activities: activities)
            let snapshots = session.documents(ActivitySnapshot.self, in: ActivitySnapshot.collection)
            _ = try blocking { try await snapshots.freeze(snapshot, id: month.description) }
            try output.write(try snapshot.render(format))
        case "audit":
            let format = try arguments.format([.table, .json])
            let output = Output(path: try arguments.option("--output"))
            try arguments.finish()
            let entries = try open(directory).auditEntries(from: .distantPast, before: .distantFuture)
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
        default:
            throw UsageError("unknown subcommand \"\(subcommand)\": import, info, snapshot or audit")
        }
    }

    static func open(_ directory: String) throws -> FileStore {
        try FileStore(directory: URL(fileURLWithPath: directory), clock: .system)
    }
}
