import Testing

@testable import SalesCompetency

struct CompetencyDictionaryEditingTests {
    static let launch = Day(daysSinceEpoch: 20_454)  // 2026-01-01

    /// A small custom dictionary: one role, one cluster, two competencies, one area.
    static func small() throws -> CompetencyDictionary {
        try CompetencyDictionary(
            version: "2026.1", effectiveDate: launch,
            roles: [Role(id: "hunter", name: "Hunter", exampleTitles: ["New business rep"])],
            clusters: [CompetencyCluster(id: "core", name: "Core")],
            competencies: [
                Competency(
                    id: "prospecting", name: "Prospecting", clusterID: "core",
                    keyActions: [KeyAction(title: "Books first meetings")], aliases: ["Lead generation"]),
                Competency(id: "closing", name: "Closing", clusterID: "core"),
            ],
            areasOfExpertise: [AreaOfExpertise(id: "new-logos", name: "New Logos")])
    }

    @Test func addsItemsThatThenResolve() throws {
        var dictionary = try Self.small()
        try dictionary.add(Competency(id: "negotiating", name: "Negotiating", clusterID: "core", aliases: ["Haggling"]))
        try dictionary.add(Role(id: "farmer", name: "Farmer"))
        try dictionary.add(CompetencyCluster(id: "extra", name: "Extra"))
        try dictionary.add(AreaOfExpertise(id: "renewals", name: "Renewals"))
        #expect(dictionary.resolveCompetency("haggling")?.id == "negotiating")
        #expect(dictionary.resolveRole("FARMER")?.id == "farmer")
        #expect(dictionary.resolveCluster("extra")?.id == "extra")
        #expect(dictionary.resolveAreaOfExpertise("renewals")?.id == "renewals")
        #expect(dictionary.competencies.map(\.id) == ["prospecting", "closing", "negotiating"])
    }

    @Test func aFailedAddChangesNothing() throws {
        var dictionary = try Self.small()
        let before = dictionary
        #expect(throws: ValidationError.self) {
            try dictionary.add(Competency(id: "closing", name: "Closing again", clusterID: "core"))
        }
        #expect(throws: ValidationError.self) {
            try dictionary.add(Competency(id: "orphan", name: "Orphan", clusterID: "missing"))
        }
        #expect(throws: ValidationError.self) {
            try dictionary.add(Competency(id: "leads", name: "Lead Generation!", clusterID: "core"))
        }
        #expect(dictionary == before)
        #expect(dictionary.resolveCompetency("orphan") == nil)
    }

    @Test func renameKeepsTheOldNameResolvable() throws {
        var dictionary = try Self.small()
        try dictionary.renameCompetency("prospecting", to: "Pipeline Building")
        let renamed = try #require(dictionary.competency("prospecting"))
        #expect(renamed.name == "Pipeline Building")
        #expect(renamed.aliases == ["Lead generation", "Prospecting"])
        #expect(dictionary.resolveCompetency("prospecting")?.id == "prospecting")
        #expect(dictionary.resolveCompetency("pipeline building")?.id == "prospecting")
        // Renaming only the case adds no alias.
        try dictionary.renameRole("hunter", to: "HUNTER")
        #expect(dictionary.role("hunter")?.aliases == [])
        try dictionary.renameCluster("core", to: "Core Skills")
        #expect(dictionary.resolveCluster("Core")?.id == "core")
        try dictionary.renameAreaOfExpertise("new-logos", to: "New Business")
        #expect(dictionary.resolveAreaOfExpertise("New Logos")?.id == "new-logos")
    }

    @Test func renameRejectsUnknownIDsClashesAndEmptyNames() throws {
        var dictionary = try Self.small()
        let before = dictionary
        let unknown = #expect(throws: ValidationError.self) { try dictionary.renameCompetency("nope", to: "X") }
        #expect(unknown?.code == .danglingReference)
        #expect(unknown?.subject == "competency nope")
        let clash = #expect(throws: ValidationError.self) {
            try dictionary.renameCompetency("closing", to: "prospecting")
        }
        #expect(clash?.code == .aliasClash)
        #expect(clash?.subject == "competency closing")
        let empty = #expect(throws: ValidationError.self) { try dictionary.renameRole("hunter", to: " ") }
        #expect(empty?.code == .missingValue)
        #expect(empty?.field == "name")
        #expect(dictionary == before)
    }

    @Test func retiredItemsResolveButAreNotOffered() throws {
        var dictionary = try Self.small()
        try dictionary.retireCompetency("closing")
        try dictionary.retireRole("hunter")
        try dictionary.retireAreaOfExpertise("new-logos")
        #expect(dictionary.activeCompetencies.map(\.id) == ["prospecting"])
        #expect(dictionary.activeRoles.isEmpty)
        #expect(dictionary.activeAreasOfExpertise.isEmpty)
        #expect(dictionary.resolveCompetency("Closing")?.isRetired == true)
        #expect(dictionary.competency("closing")?.isRetired == true)
        #expect(dictionary.competencies.count == 2)
        let error = #expect(throws: ValidationError.self) { try dictionary.retireCompetency("gone") }
        #expect(error?.code == .danglingReference)
    }

    @Test func setsVersionAndEffectiveDate() throws {
        var dictionary = try Self.small()
        let later = Self.launch.adding(days: 90)
        try dictionary.setVersion("2026.2", effectiveDate: later)
        #expect(dictionary.version == "2026.2")
        #expect(dictionary.effectiveDate == later)
        let error = #expect(throws: ValidationError.self) { try dictionary.setVersion("", effectiveDate: later) }
        #expect(error?.field == "version")
        #expect(dictionary.version == "2026.2")
    }
}
