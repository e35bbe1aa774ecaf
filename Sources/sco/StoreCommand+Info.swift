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
        var tornBytesCut: Int
    }

    static let knownCollections: [DocumentCollection] = [
        .dictionaries, .roleExpertiseMaps, .expertiseCompetencyMaps, .proficiencyScales, .roleProfiles,
        .scoringPolicies, .assessments, .opportunities, .rosters, .investments,
        .scorecardSnapshots,
    ]

    static func info(of store: FileStore, format: OutputFormat) throws -> String {
        let activities = try store.activities(
            from: Day(daysSinceEpoch: Int(Int32.min)), through: Day(daysSinceEpoch: Int(Int32.max)), reps: nil)
        var documents: [String: Int] = [:]
        for collection in knownCollections {
            let count = try store.documentIDs(in: collection).count
            if count > 0 { documents[collection.rawValue] = count }
        }
        let info = Info(
            directory: store.directory.path, schemaVersion: FileStore.schemaVersion, batches: try store.batchCount(),
            activities: activities.count, firstDay: activities.map(\.day).min()?.description,
            lastDay: activities.map(\.day).max()?.description, reps: Set(activities.map(\.repID)).count,
            documents: documents,
            auditEntries: try store.auditEntries(from: .distantPast, before: .distantFuture).count,
            tornBytesCut: store.recovery.activityBytesTruncated + store.recovery.auditBytesTruncated)
        if format == .json { return try jsonText(info) }
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
        if info.tornBytesCut > 0 { lines.append("recovered: cut \(info.tornBytesCut) bytes of an interrupted write") }
        return lines.joined(separator: "\n") + "\n"
    }
}
