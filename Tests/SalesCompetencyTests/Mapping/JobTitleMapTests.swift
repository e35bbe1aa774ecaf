import Testing

@testable import SalesCompetency

struct JobTitleMapTests {
    @Test func everyExampleTitleMapsToItsRole() {
        let titles = JobTitleMap(dictionary: .builtIn)
        #expect(titles.allEntries.count == 31)
        for role in CompetencyDictionary.builtIn.roles {
            for title in role.exampleTitles {
                #expect(titles.roles(forTitle: title) == [role.id], "\(title)")
            }
        }
        #expect(titles.roles(forTitle: "  ACCOUNT-EXECUTIVE ") == ["consultant"])
        #expect(titles.roles(forTitle: "vice president of sales") == ["strategist"])
        #expect(titles.roles(forTitle: "Chief revenue officer").isEmpty)
    }

    @Test func hostTitlesMayCarrySeveralRoles() throws {
        var titles = JobTitleMap(dictionary: .builtIn)
        try titles.add("Sales Enablement Lead", role: "developer")
        try titles.add("sales enablement lead", role: "manager")
        try titles.add("Sales Enablement Lead", role: "manager")
        #expect(titles.roles(forTitle: "Sales enablement lead") == ["developer", "manager"])
        try titles.add("Sales coach", role: "manager")
        #expect(titles.roles(forTitle: "sales coach") == ["developer", "manager"])
        #expect(
            titles.roles(forTitles: ["Sales coach", "Sales analyst", "Sales Enablement Lead"]) == [
                "developer", "manager", "analyst",
            ])
    }

    @Test func rejectsUnknownRolesAndEmptyTitles() {
        var titles = JobTitleMap(dictionary: .builtIn)
        let before = titles
        let unknown = #expect(throws: ValidationError.self) { try titles.add("Hunter", role: "hunter") }
        #expect(unknown?.code == .danglingReference)
        let empty = #expect(throws: ValidationError.self) { try titles.add(" - ", role: "manager") }
        #expect(empty?.code == .missingValue)
        #expect(titles == before)
    }

    @Test func titlesOfRetiredRolesAreNotOffered() throws {
        var dictionary = CompetencyDictionary.builtIn
        try dictionary.retireRole("administrator")
        let titles = JobTitleMap(dictionary: dictionary)
        #expect(titles.roles(forTitle: "Sales coordinator").isEmpty)
        #expect(titles.allEntries.count == 26)
    }
}
