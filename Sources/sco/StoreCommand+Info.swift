import Foundation
import SalesCompetency

extension StoreCommand {
    struct Info: Encodable {
        var directory: String
        var schemaVersion: Int
        var batches: Int
        var activities: Int
        var firstDay: String?
        var lastDay: String?
        var reps: Int
        var documents: [String: Int]
        var auditEntries: Int
    }

    static let knownCollections: [DocumentCollection] = [
        .dictionaries, .roleExpertiseMaps, .expertiseCompetencyMaps, .proficiencyScales, .roleProfiles,
        .scoringPolicies, .assessments, .opportunities, .rosters, .investments,
        .scorecardSnapshots,
    ]

    static func info(of store: FileStore, format: OutputFormat) throws -> String {
        // Batch by batch: memory follows the largest batch and the number of reps, not the history.
        let summaries = try store.batchSummaries()
        var reps = Set<Rep.ID>()
        try store.forEachBatchLog(
            from: Day(daysSinceEpoch: Int(Int32.min)), through: Day(daysSinceEpoch: Int(Int32.max))
        ) { reps.formUnion($0.repIDs) }
        let days = summaries.compactMap(\.days)
        var documents: [String: Int] = [:]
        for collection in knownCollections {
            let count = try store.documentIDs(in: collection).count
            if count > 0 { documents[collection.rawValue] = count }
        }
        let info = Info(
            directory: store.directory.path, schemaVersion: FileStore.schemaVersion, batches: summaries.count,
            activities: summaries.reduce(0) { $0 + $1.count },
            firstDay: days.map(\.lowerBound).min()?.description, lastDay: days.map(\.upperBound).max()?.description,
            reps: reps.count, documents: documents,
            auditEntries: try store.auditEntries(from: .distantPast, before: .distantFuture).count)
        if format == .json { return try jsonText(info) }
        if format == .csv {
            var writer = CSVWriter(header: ["figure", "value"])
            writer.append([.text("directory"), .text(info.directory)])
            writer.append([.text("schema_version"), CSVWriter.number(info.schemaVersion)])
            writer.append([.text("batches"), CSVWriter.number(info.batches)])
            writer.append([.text("activities"), CSVWriter.number(info.activities)])
            writer.append([.text("first_day"), .text(info.firstDay ?? "")])
            writer.append([.text("last_day"), .text(info.lastDay ?? "")])
            writer.append([.text("reps"), CSVWriter.number(info.reps)])
            for collection in documents.keys.sorted() {
                writer.append([.text("documents \(collection)"), CSVWriter.number(documents[collection]!)])
            }
            writer.append([.text("audit_entries"), CSVWriter.number(info.auditEntries)])
            return writer.text
        }
        var lines = [
            "store \(info.directory) (schema \(info.schemaVersion))",
            "activities: \(info.activities) in \(info.batches) \(info.batches == 1 ? "batch" : "batches"), \(info.reps) reps"
                + (info.firstDay.map { ", \($0) to \(info.lastDay ?? $0)" } ?? ""),
        ]
        lines.append(
            "documents: "
                + (documents.isEmpty
                    ? "none" : documents.keys.sorted().map { "\($0) \(documents[$0]!)" }.joined(separator: ", ")))
        lines.append("audit entries: \(info.auditEntries)")
        return lines.joined(separator: "\n") + "\n"
    }
}
