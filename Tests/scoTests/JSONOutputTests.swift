import Foundation
import SalesCompetency
import TestSupport
import Testing

@testable import sco

/// Every JSON that `sco` prints uses camelCase keys and ISO 8601 dates, whatever the command.
struct JSONOutputTests {
    /// Keys that hold ids (reps, collections) rather than field names.
    static let idKeyedObjects: Set<String> = ["days", "documents", "rolesByArea", "weights"]

    /// The keys of `value` that are not camelCase, with their paths.
    static func badKeys(_ value: Any, path: String = "") -> [String] {
        if let object = value as? [String: Any] {
            return object.flatMap { key, child -> [String] in
                let here = path + "." + key
                let own = key.wholeMatch(of: /[a-z][a-zA-Z0-9]*/) == nil ? [here] : []
                let keyedByID = idKeyedObjects.contains(key) && child is [String: Any]
                let children =
                    keyedByID
                    ? (child as! [String: Any]).values.flatMap { badKeys($0, path: here) } : badKeys(child, path: here)
                return own + children
            }
        }
        if let array = value as? [Any] { return array.flatMap { badKeys($0, path: path + "[]") } }
        return []
    }

    /// Runs `sco` with `words` and `--format json --output FILE`, and returns the parsed JSON.
    static func json(_ words: [String], in folder: URL) async throws -> Any {
        let file = folder.appending(path: "out-\(UUID().uuidString).json").path
        let status = await Sco.main(words + ["--format", "json", "--output", file])
        try #require(status == 0, "sco \(words.joined(separator: " ")) exited \(status)")
        return try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file)))
    }

    @Test func everyJSONOutputHasCamelCaseKeysAndISODates() async throws {
        let folder = try ScratchFolder.make("sco")
        let sample = SampleOrganisation()
        func file(_ name: String, _ text: String) throws -> String {
            let path = folder.appending(path: name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        let roster = try file("roster.csv", sample.rosterCSV)
        let rules = try file("rules.csv", sample.rulesCSV)
        let activities = try file("activities.csv", sample.activitiesCSV)
        let opportunities = try file("opportunities.csv", sample.opportunitiesCSV)
        let store = folder.appending(path: "store").path
        let runs: [[String]] = [
            ["dictionary"], ["mapping"], ["retention"], ["roi", "--benefits", "150000", "--costs", "100000"],
            [
                "score", "--activities", activities, "--roster", roster, "--rules", rules, "--from", "2025-05", "--to",
                "2025-06",
            ],
            ["outcomes", "--opportunities", opportunities, "--roster", roster],
            ["store", "import", "--store", store, "--activities", activities, "--actor", "test"],
            ["store", "policy", "--store", store, "--rules", rules, "--effective", "2025-01-01", "--actor", "test"],
            ["store", "info", "--store", store], ["store", "audit", "--store", store],
        ]
        for words in runs {
            let value = try await Self.json(words, in: folder)
            #expect(Self.badKeys(value).isEmpty, "sco \(words[0]): \(Self.badKeys(value).prefix(5))")
        }
        let audit = try #require(
            try await Self.json(["store", "audit", "--store", store], in: folder) as? [[String: Any]])
        #expect(audit.count == 2)
        for entry in audit {
            let at = try #require(entry["at"] as? String, "the audit time is a number, not ISO 8601")
            #expect(at.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil)
        }
    }

    @Test func theKeyCheckFindsSnakeCase() {
        #expect(Self.badKeys(["rep_id": 1, "ok": ["a_b": 2]]).sorted() == [".ok.a_b", ".rep_id"])
        #expect(Self.badKeys(["days": ["rep-01": 3]]).isEmpty)
    }
}
