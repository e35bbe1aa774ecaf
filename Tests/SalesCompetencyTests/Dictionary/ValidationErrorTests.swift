import Testing

@testable import SalesCompetency

struct ValidationErrorTests {
    typealias Small = CompetencyDictionaryEditingTests

    private func problems(
        version: String = "1", roles: [Role] = [Role(id: "hunter", name: "Hunter")],
        clusters: [CompetencyCluster] = [CompetencyCluster(id: "core", name: "Core")],
        competencies: [Competency] = [Competency(id: "closing", name: "Closing", clusterID: "core")],
        areas: [AreaOfExpertise] = [AreaOfExpertise(id: "new-logos", name: "New Logos")]
    ) -> [ValidationError] {
        CompetencyDictionary.validate(
            version: version, effectiveDate: Small.launch, roles: roles, clusters: clusters,
            competencies: competencies, areasOfExpertise: areas)
    }

    @Test func aValidDictionaryHasNoProblems() {
        #expect(problems().isEmpty)
    }

    @Test func reportsDuplicateIDs() {
        let found = problems(competencies: [
            Competency(id: "closing", name: "Closing", clusterID: "core"),
            Competency(id: "closing", name: "Closing deals", clusterID: "core"),
        ])
        #expect(
            found == [
                ValidationError(
                    .duplicateID, subject: "competency closing", field: "id", message: "another competency has this id")
            ])
        #expect(found.first?.description == "competency closing: field id: another competency has this id")
    }

    @Test func reportsDanglingClusterReferences() {
        let found = problems(competencies: [Competency(id: "closing", name: "Closing", clusterID: "solutions")])
        #expect(found.map(\.code) == [.danglingReference])
        #expect(found.first?.subject == "competency closing")
        #expect(found.first?.field == "clusterID")
        #expect(found.first?.message == "unknown cluster \"solutions\"")
    }

    @Test func reportsEmptyNamesLabelsAndVersion() {
        let found = problems(
            version: " ",
            roles: [Role(id: "hunter", name: "", exampleTitles: ["Rep", ""])],
            competencies: [
                Competency(id: "closing", name: "Closing", clusterID: "core", keyActions: [KeyAction(title: "")])
            ],
            areas: [AreaOfExpertise(id: "new-logos", name: "New Logos", knowledge: [""], aliases: ["!!"])])
        #expect(
            found.map(\.field) == [
                "version", "name", "exampleTitles[1]", "keyActions[0].title", "aliases[0]", "knowledge[0]",
            ])
        #expect(found.allSatisfy { $0.code == .missingValue })
        #expect(found[1].subject == "role hunter")
        #expect(found[3].subject == "competency closing")
        #expect(found[4].subject == "area of expertise new-logos")
    }

    @Test func reportsAnAliasThatResolvesToAnotherItem() {
        let found = problems(competencies: [
            Competency(id: "closing", name: "Closing", clusterID: "core"),
            Competency(id: "negotiating", name: "Negotiating", clusterID: "core", aliases: ["Bargaining", "CLOSING"]),
        ])
        #expect(found.count == 1)
        #expect(found.first?.code == .aliasClash)
        #expect(found.first?.subject == "competency negotiating")
        #expect(found.first?.field == "aliases[1]")
        #expect(found.first?.message == "\"CLOSING\" also resolves to competency closing")
    }

    @Test func anIDWrittenAsWordsClashesWithAName() {
        let found = problems(roles: [Role(id: "hunter", name: "Hunter"), Role(id: "big-game", name: "hunter!")])
        #expect(found.map(\.code) == [.aliasClash])
        #expect(found.first?.field == "name")
    }

    @Test func namesInDifferentKindsDoNotClash() {
        #expect(problems(roles: [Role(id: "core", name: "Core")]).isEmpty)
    }

    @Test func reportsEmptyOrPaddedIDs() {
        let found = problems(roles: [Role(id: "", name: "Nobody"), Role(id: " hunter", name: "Hunter")])
        #expect(found.map(\.code) == [.invalidID, .invalidID])
    }

    @Test func collectsEveryProblemAndTheInitialiserThrowsTheFirst() {
        let roles = [Role(id: "hunter", name: ""), Role(id: "hunter", name: "Again")]
        let competencies = [Competency(id: "closing", name: "Closing", clusterID: "nowhere")]
        let found = problems(roles: roles, competencies: competencies)
        #expect(found.map(\.code) == [.missingValue, .duplicateID, .danglingReference])
        let thrown = #expect(throws: ValidationError.self) {
            _ = try CompetencyDictionary(
                version: "1", effectiveDate: Small.launch, roles: roles, clusters: [], competencies: competencies,
                areasOfExpertise: [])
        }
        #expect(thrown == found.first)
    }
}
