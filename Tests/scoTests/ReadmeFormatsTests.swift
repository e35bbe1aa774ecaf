import Foundation
import Testing

@testable import sco

/// Keeps the README's formats table true: one row per command and per form that prints a result, listing the
/// formats `--format` accepts, the default first; `—` for a command that prints no report.
struct ReadmeFormatsTests {
    /// The repository root, found from this file's path (Tests/scoTests/…).
    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The rows the code declares: `sco store import` → `table, json`.
    static func declaredRows() -> [String: String] {
        var rows: [String: String] = [:]
        for command in Sco.commands {
            if command.formats.isEmpty { rows["sco \(command.name)"] = "—" }
            for (form, choice) in command.formats {
                let name = form.isEmpty ? "sco \(command.name)" : "sco \(command.name) \(form)"
                let formats = [choice.fallback] + choice.formats.filter { $0 != choice.fallback }
                rows[name] = formats.map(\.rawValue).joined(separator: ", ")
            }
        }
        return rows
    }

    /// The rows of the README table under the heading "Formats".
    static func readmeRows() throws -> [String: String] {
        let readme = try String(contentsOf: root.appending(path: "README.md"), encoding: .utf8)
        guard let start = readme.range(of: "\n### Formats\n") else { return [:] }
        var rows: [String: String] = [:]
        for line in readme[start.upperBound...].split(separator: "\n").drop(while: { !$0.hasPrefix("|") }) {
            guard line.hasPrefix("|") else { break }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2, cells[0].hasPrefix("`sco") else { continue }
            rows[cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = cells[1]
        }
        return rows
    }

    @Test func theReadmeFormatsTableListsWhatEveryCommandAccepts() throws {
        let readme = try Self.readmeRows()
        let declared = Self.declaredRows()
        #expect(!readme.isEmpty, "the README has no \"### Formats\" table")
        for (name, formats) in declared.sorted(by: { $0.key < $1.key }) {
            #expect(readme[name] == formats, "README row for \(name): \(readme[name] ?? "missing"), code: \(formats)")
        }
        #expect(Set(readme.keys) == Set(declared.keys))
    }

    @Test func everyReportTakesTableJSONAndCSV() {
        let receipts: Set<String> = [
            "sco activities convert", "sco activities preset", "sco review", "sco store import", "sco store policy",
            "sco store verify", "sco store repair",
        ]
        for (name, formats) in Self.declaredRows() where formats != "—" && !receipts.contains(name) {
            let list = formats.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(Set(["table", "json", "csv"]).isSubset(of: list), "\(name) prints \(formats)")
        }
    }

    @Test func everyCommandsHelpNamesTheFormatsItAccepts() {
        for command in Sco.commands {
            let words = Set(command.help.split(whereSeparator: { !$0.isLetter }).map(String.init))
            for (form, choice) in command.formats {
                for format in choice.formats {
                    #expect(words.contains(format.rawValue), "sco \(command.name) \(form) --help never says \(format)")
                }
            }
        }
    }
}
