import Foundation
import Testing

@testable import SalesCompetency

struct CompetencyDictionaryJSONTests {
    @Test func theBuiltInModelMatchesItsGoldenFile() throws {
        try GoldenFile.check(try CompetencyDictionary.builtIn.encodedJSON(), against: "built-in")
    }

    @Test func theBuiltInGoldenFileReadsBackToTheBuiltInModel() throws {
        let decoded = try CompetencyDictionary(json: try GoldenFile.data("built-in"))
        #expect(decoded == CompetencyDictionary.builtIn)
        #expect(try decoded.encodedJSON() == GoldenFile.data("built-in"))
        #expect(decoded.resolveCompetency("formalizing agreements")?.id == "formalizing-commitment")
    }

    @Test func aCustomDictionaryRoundTripsThroughItsGoldenFile() throws {
        var custom = try CompetencyDictionaryEditingTests.small()
        try custom.retireCompetency("closing")
        try GoldenFile.check(try custom.encodedJSON(), against: "custom")
        let decoded = try CompetencyDictionary(json: try GoldenFile.data("custom"), file: "custom.json")
        #expect(decoded == custom)
        #expect(decoded.activeCompetencies.map(\.id) == ["prospecting"])
        #expect(decoded.effectiveDate == Day(daysSinceEpoch: 20_454))
    }

    @Test func thePinnedShapeHasTheseKeys() throws {
        let custom = try CompetencyDictionaryEditingTests.small()
        let object = try #require(
            try JSONSerialization.jsonObject(with: custom.encodedJSON()) as? [String: Any])
        #expect(
            object.keys.sorted() == [
                "areasOfExpertise", "clusters", "competencies", "effectiveDate", "roles", "schemaVersion", "version",
            ])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["effectiveDate"] as? String == "2026-01-01")
        let competency = try #require((object["competencies"] as? [[String: Any]])?.first)
        #expect(
            competency.keys.sorted() == [
                "aliases", "clusterID", "definition", "id", "isRetired", "keyActions", "name",
            ])
        let role = try #require((object["roles"] as? [[String: Any]])?.first)
        #expect(role.keys.sorted() == ["aliases", "exampleTitles", "id", "isRetired", "name", "summary"])
        let area = try #require((object["areasOfExpertise"] as? [[String: Any]])?.first)
        #expect(
            area.keys.sorted() == [
                "abilities", "aliases", "definition", "id", "isRetired", "keyActions", "knowledge", "name",
                "sampleOutputs",
            ])
    }

    @Test func optionalFieldsMayBeLeftOut() throws {
        let json = """
            {"schemaVersion": 1, "version": "a", "effectiveDate": "2026-03-01",
             "roles": [{"id": "hunter", "name": "Hunter"}],
             "clusters": [{"id": "core", "name": "Core"}],
             "competencies": [{"id": "closing", "name": "Closing", "clusterID": "core",
                               "keyActions": [{"title": "Asks for the order"}]}],
             "areasOfExpertise": []}
            """
        let dictionary = try CompetencyDictionary(json: Data(json.utf8))
        #expect(dictionary.competency("closing")?.keyActions == [KeyAction(title: "Asks for the order")])
        #expect(dictionary.role("hunter")?.isRetired == false)
    }

    @Test func truncatedJSONIsAnImportErrorNotACrash() throws {
        let whole = try GoldenFile.data("built-in")
        for length in [0, 1, 200, whole.count / 2, whole.count - 3] {
            let error = #expect(throws: InputError.self) {
                _ = try CompetencyDictionary(json: whole.prefix(length), file: "cut.json")
            }
            #expect(error?.code == .invalidJSON)
            #expect(error?.file == "cut.json")
            #expect(error?.description.hasPrefix("cut.json: ") == true)
            #expect(error?.message.hasPrefix("not valid JSON: ") == true)
        }
    }

    @Test func everyTruncationFailsCleanly() throws {
        let whole = try GoldenFile.data("built-in")
        for length in stride(from: 0, to: whole.count, by: 997) {
            #expect(throws: InputError.self) { _ = try CompetencyDictionary(json: whole.prefix(length)) }
        }
    }

    @Test func aDocumentOfTheWrongKindSaysWhatWasExpected() {
        let array = #expect(throws: InputError.self) { _ = try CompetencyDictionary(json: Data("[]".utf8)) }
        #expect(array?.field == nil)
        #expect(array?.message.hasPrefix("expected an object") == true)
        let roles = #"{"schemaVersion": 1, "version": "a", "effectiveDate": "2026-03-01", "roles": {}}"#
        let error = #expect(throws: InputError.self) { _ = try CompetencyDictionary(json: Data(roles.utf8)) }
        #expect(error?.field == "roles")
        #expect(error?.message.hasPrefix("expected an array") == true)
        let version = #"{"schemaVersion": "1"}"#
        let text = #expect(throws: InputError.self) { _ = try CompetencyDictionary(json: Data(version.utf8)) }
        #expect(text?.field == "schemaVersion")
    }

    @Test func aSyntaxErrorNamesItsLine() {
        let json = "{\"schemaVersion\": 1,\n \"version\": x}"
        let error = #expect(throws: InputError.self) {
            _ = try CompetencyDictionary(json: Data(json.utf8), file: "x.json")
        }
        #expect(error?.line == 2)
        #expect(error?.description.hasPrefix("x.json:2: not valid JSON") == true)
    }

    @Test func aMistypedValueNamesItsJSONPath() throws {
        var object = try #require(
            try JSONSerialization.jsonObject(with: GoldenFile.data("built-in")) as? [String: Any])
        var competencies = try #require(object["competencies"] as? [[String: Any]])
        competencies[3]["name"] = 42
        object["competencies"] = competencies
        let data = try JSONSerialization.data(withJSONObject: object)
        let error = #expect(throws: InputError.self) { _ = try CompetencyDictionary(json: data, file: "d.json") }
        #expect(error?.field == "competencies[3].name")
        #expect(error?.message.hasPrefix("expected a string") == true)
        #expect(error?.description.hasPrefix("d.json: field competencies[3].name: expected a string") == true)
    }

    @Test func aMissingKeyAndANullNameTheirPaths() throws {
        let missing = """
            {"schemaVersion": 1, "version": "a", "effectiveDate": "2026-03-01", "roles": [],
             "clusters": [{"id": "core", "name": "Core"}],
             "competencies": [{"id": "closing", "name": "Closing", "keyActions": [{"title": null}]}],
             "areasOfExpertise": []}
            """
        let keyError = #expect(throws: InputError.self) { _ = try CompetencyDictionary(json: Data(missing.utf8)) }
        #expect(keyError?.field == "competencies[0].clusterID")
        #expect(keyError?.message == "the required key \"clusterID\" is missing")
        let null = missing.replacingOccurrences(
            of: "\"name\": \"Closing\",", with: "\"name\": \"Closing\", \"clusterID\": \"core\",")
        let nullError = #expect(throws: InputError.self) { _ = try CompetencyDictionary(json: Data(null.utf8)) }
        #expect(nullError?.field == "competencies[0].keyActions[0].title")
        let badDate = missing.replacingOccurrences(of: "2026-03-01", with: "2026-02-30")
        let dateError = #expect(throws: InputError.self) { _ = try CompetencyDictionary(json: Data(badDate.utf8)) }
        #expect(dateError?.field == "effectiveDate")
    }

    @Test func rejectsAnUnknownSchemaVersionBeforeReadingFurther() throws {
        let json = #"{"schemaVersion": 2, "somethingNew": true}"#
        let error = #expect(throws: ValidationError.self) { _ = try CompetencyDictionary(json: Data(json.utf8)) }
        #expect(error?.code == .unsupportedSchemaVersion)
        #expect(error?.field == "schemaVersion")
        #expect(throws: ValidationError.self) { _ = try CompetencyDictionary.validate(json: Data(json.utf8)) }
        let viaDecoder = #expect(throws: ValidationError.self) {
            _ = try JSONDecoder().decode(CompetencyDictionary.self, from: Data(json.utf8))
        }
        #expect(viaDecoder?.code == .unsupportedSchemaVersion)
    }

    @Test func validateListsEveryContentProblem() throws {
        let json = """
            {"schemaVersion": 1, "version": "", "effectiveDate": "2026-03-01",
             "roles": [{"id": "hunter", "name": "Hunter"}, {"id": "hunter", "name": "Hunter 2"}],
             "clusters": [{"id": "core", "name": "Core"}],
             "competencies": [{"id": "closing", "name": "Closing", "clusterID": "cor"}],
             "areasOfExpertise": [{"id": "a", "name": "A"}, {"id": "b", "name": "B", "aliases": ["a"]}]}
            """
        let problems = try CompetencyDictionary.validate(json: Data(json.utf8), file: "x.json")
        #expect(problems.map(\.code) == [.missingValue, .duplicateID, .danglingReference, .aliasClash])
        #expect(
            problems.map(\.description) == [
                "field version: the version is empty",
                "role hunter: field id: another role has this id",
                "competency closing: field clusterID: unknown cluster \"cor\"",
                "area of expertise b: field aliases[0]: \"a\" also resolves to area of expertise a",
            ])
        #expect(throws: ValidationError.self) { _ = try CompetencyDictionary(json: Data(json.utf8)) }
        #expect(try CompetencyDictionary.validate(json: GoldenFile.data("built-in")).isEmpty)
    }

    @Test func jsonPathsAreWrittenTheWayJSONToolsWriteThem() {
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int?
            init(_ string: String) { stringValue = string }
            init(_ int: Int) {
                stringValue = "Index \(int)"
                intValue = int
            }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { self.init(intValue) }
        }
        #expect(InputError.jsonPath([]) == "")
        #expect(InputError.jsonPath([Key("competencies"), Key(3), Key("name")]) == "competencies[3].name")
        #expect(InputError.jsonPath([Key(0), Key(1), Key("a")]) == "[0][1].a")
    }
}
