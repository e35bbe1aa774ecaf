import Foundation
import Testing

/// Golden files under `Fixtures/Dictionary/`: tests compare bytes against them. To regenerate them deliberately
/// after an intended change of shape or content, run
/// `SCO_REGENERATE_GOLDEN=1 swift test --filter JSONTests`, review the diff and commit it. A regenerating run
/// still fails every check it rewrote, so a run with the variable set can never pass by accident.
enum GoldenFile {
    static var isRegenerating: Bool { ProcessInfo.processInfo.environment["SCO_REGENERATE_GOLDEN"] == "1" }

    /// The bytes of a fixture in the test bundle.
    static func data(_ name: String) throws -> Data {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/Dictionary"),
            "missing fixture \(name).json")
        return try Data(contentsOf: url)
    }

    /// Compares `actual` with the golden file byte for byte, or rewrites the source copy when regenerating.
    static func check(_ actual: Data, against name: String, sourceFile: String = #filePath) throws {
        if isRegenerating {
            let url = URL(fileURLWithPath: sourceFile).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Fixtures/Dictionary/\(name).json")
            try actual.write(to: url, options: .atomic)
            Issue.record("rewrote \(name).json (SCO_REGENERATE_GOLDEN=1); review the diff and run again without it")
            return
        }
        let expected = try data(name)
        #expect(actual == expected, "\(name).json differs; see GoldenFile to regenerate it deliberately")
    }
}
