import Foundation
import SalesCompetency
import TestSupport
import Testing

/// Files and helpers shared by the measure tests (fixtures under `Fixtures/Measures`).
enum MeasuresFixture {
    static let utc = TimeZone(identifier: "UTC")!

    static func path(_ name: String, _ ext: String = "csv") throws -> String {
        try #require(Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures/Measures")).path
    }

    /// Writes `bytes` to a fresh temporary file and returns its path.
    static func file(_ bytes: [UInt8], name: String = "export.csv") throws -> String {
        try ScratchFolder.file(bytes, named: name)
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
        log.map { "\($0.repID) \($0.taskID) \($0.day) \(NumberFormatting.fixed($0.quantity, decimals: 1))" }
    }
}
