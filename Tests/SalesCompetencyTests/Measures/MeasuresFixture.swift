import Foundation
import SalesCompetency
import Testing

/// Files and helpers shared by the measure tests (fixtures under `Fixtures/Measures`).
enum MeasuresFixture {
    static let utc = TimeZone(identifier: "UTC")!

    static func path(_ name: String, _ ext: String = "csv") throws -> String {
        try #require(Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures/Measures")).path
    }

    /// Writes `bytes` to a fresh temporary file and returns its path.
    static func file(_ bytes: [UInt8], name: String = "export.csv") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "measures-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func file(_ text: String, name: String = "export.csv") throws -> String {
        try file(Array(text.utf8), name: name)
    }

    /// The owner map of the task sample: three of its four owners.
    static func taskOwners() throws -> OwnerMap {
        try OwnerMap(
            csvText: "crm_user,rep_id\n0051U000003hCg0QAE,ava\n0051U000003hCg2QAE,ben\n0051U000003hCg3QAE,cy\n")
    }

    /// The activity as `rep task day quantity` lines.
    static func lines(_ log: ActivityLog) -> [String] {
        log.map { "\($0.rep) \($0.task) \($0.day) \(NumberFormatting.fixed($0.quantity, decimals: 1))" }
    }
}
