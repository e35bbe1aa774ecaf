import Foundation
import Testing

@testable import SalesCompetency

struct RoleExpertiseMapTests {
    /// Table A-1 transcribed by hand, one row per area in the table's order; columns Consultant, Strategist,
    /// Developer, Manager, Analyst, Admin. The table's second row reads "Managing Accounts".
    static let tableA1: [(AreaOfExpertise.ID, String)] = [
        ("creating-and-closing-opportunities", "X...X."),
        ("protecting-accounts", "X....X"),
        ("defining-and-positioning-solutions", "X....."),
        ("supporting-indirect-selling", "X..X.X"),
        ("setting-sales-strategy", "XX...."),
        ("managing-within-the-sales-ecosystem", "X..X.."),
        ("developing-sales-force-capability", "X.X.X."),
        ("delivering-sales-training", "X.X..."),
        ("coaching-for-sales-results", "X.XX.."),
        ("building-sales-infrastructure", "X.X..."),
        ("designing-compensation", "XX..X."),
        ("maintaining-accounts", "X...XX"),
        ("recruiting-sales-talent", "X..XX."),
    ]
    static let columns: [Role.ID] = ["consultant", "strategist", "developer", "manager", "analyst", "administrator"]

    let map = RoleExpertiseMap.builtIn

    @Test func theDefaultIsTableA1CellByCell() {
        #expect(Self.tableA1.count == 13)
        var marked = 0
        for (area, row) in Self.tableA1 {
            for (role, cell) in zip(Self.columns, row) {
                #expect(map.contains(role: role, area: area) == (cell == "X"), "\(area) × \(role)")
                if cell == "X" { marked += 1 }
            }
        }
        #expect(marked == 31)
        #expect(map.count == 31)
    }

    @Test func queriesBothWays() {
        #expect(map.roles(for: "designing-compensation") == ["consultant", "strategist", "analyst"])
        #expect(
            map.areas(for: "administrator") == [
                "protecting-accounts", "supporting-indirect-selling", "maintaining-accounts",
            ])
        #expect(map.areas(for: "consultant").count == 13)
        #expect(map.areas(for: "strategist") == ["setting-sales-strategy", "designing-compensation"])
        #expect(map.areas(for: "developer").count == 4)
        #expect(map.areas(for: "manager").count == 4)
        #expect(map.areas(for: "analyst").count == 5)
        #expect(map.roles(for: "unknown").isEmpty)
    }

    @Test func everyIDIsKnownToTheBuiltInDictionary() {
        #expect(map.validate(against: .builtIn).isEmpty)
    }

    @Test func hostsEditAndReplaceTheMap() {
        var edited = map
        let changed1 = edited.link("strategist", to: "recruiting-sales-talent")
        #expect(changed1)
        let changed2 = edited.link("strategist", to: "recruiting-sales-talent")
        #expect(!changed2)
        let changed3 = edited.unlink("consultant", from: "maintaining-accounts")
        #expect(changed3)
        let changed4 = edited.unlink("consultant", from: "maintaining-accounts")
        #expect(!changed4)
        #expect(edited.roles(for: "recruiting-sales-talent") == ["consultant", "manager", "analyst", "strategist"])
        #expect(!edited.areas(for: "consultant").contains("maintaining-accounts"))
        edited.setRoles(["developer"], for: "setting-sales-strategy")
        #expect(edited.roles(for: "setting-sales-strategy") == ["developer"])
        #expect(!edited.areas(for: "strategist").contains("setting-sales-strategy"))
        edited.setRoles([], for: "setting-sales-strategy")
        #expect(edited.roles(for: "setting-sales-strategy").isEmpty)
        #expect(edited.count == 31 + 1 - 1 - 2)
        #expect(map.count == 31)  // the built-in value is untouched

        let replaced = RoleExpertiseMap(links: [(role: "hunter", area: "new-logos")])
        #expect(replaced.links.map { "\($0.area)/\($0.role)" } == ["new-logos/hunter"])
    }

    @Test func validationNamesUnknownRolesAndAreas() {
        let bad = RoleExpertiseMap(links: [
            (role: "hunter", area: "new-logos"), (role: "consultant", area: "setting-sales-strategy"),
        ])
        let problems = bad.validate(against: .builtIn)
        #expect(
            problems.map(\.description) == [
                "mapping new-logos: field area: unknown area of expertise \"new-logos\"",
                "mapping hunter: field role: unknown role \"hunter\"",
            ])
        #expect(problems.allSatisfy { $0.code == .danglingReference })
    }

    @Test func jsonMatchesItsGoldenFileAndRoundTrips() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        var data = try encoder.encode(map)
        data.append(0x0A)
        try GoldenFile.check(data, against: "table-a1")
        let decoded = try JSONDecoder().decode(RoleExpertiseMap.self, from: GoldenFile.data("table-a1"))
        #expect(decoded == map)
    }

    @Test func rejectsAnUnknownSchemaVersionAndMistypedJSON() throws {
        let future = #"{"schemaVersion": 9, "rolesByArea": {}}"#
        #expect(throws: ValidationError.self) {
            try JSONDecoder().decode(RoleExpertiseMap.self, from: Data(future.utf8))
        }
        let mistyped = #"{"schemaVersion": 1, "rolesByArea": {"setting-sales-strategy": "strategist"}}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RoleExpertiseMap.self, from: Data(mistyped.utf8))
        }
    }
}
