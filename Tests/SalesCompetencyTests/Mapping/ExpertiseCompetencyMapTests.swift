import Foundation
import Testing

@testable import SalesCompetency

struct ExpertiseCompetencyMapTests {
    @Test func isEmptyByDefault() {
        let map = ExpertiseCompetencyMap()
        #expect(map.count == 0)
        #expect(map.competencies(for: "creating-and-closing-opportunities").isEmpty)
    }

    @Test func linksAreQueriedBothWaysAndThroughARolesAreas() {
        var map = ExpertiseCompetencyMap()
        map.link("negotiating-positions", to: "creating-and-closing-opportunities")
        map.link("articulating-value", to: "creating-and-closing-opportunities")
        map.link("negotiating-positions", to: "recruiting-sales-talent")
        map.link("executing-plans", to: "setting-sales-strategy")
        #expect(map.count == 4)
        #expect(
            map.areas(for: "negotiating-positions") == [
                "creating-and-closing-opportunities", "recruiting-sales-talent",
            ])
        // The strategist's areas in Table A-1 are setting-sales-strategy and designing-compensation.
        #expect(map.competencies(for: "strategist", through: .builtIn) == ["executing-plans"])
        // The analyst's include creating-and-closing-opportunities and recruiting-sales-talent.
        #expect(map.competencies(for: "analyst", through: .builtIn) == ["negotiating-positions", "articulating-value"])
        let changed1 = map.unlink("articulating-value", from: "creating-and-closing-opportunities")
        #expect(changed1)
        #expect(map.count == 3)
    }

    @Test func validatesAgainstADictionaryAndRoundTripsJSON() throws {
        let map = ExpertiseCompetencyMap(links: [
            (area: "designing-compensation", competency: "building-a-business-case"),
            (area: "designing-compensation", competency: "charm"),
        ])
        #expect(map.validate(against: .builtIn).map(\.message) == ["unknown competency \"charm\""])
        let data = try JSONEncoder().encode(map)
        #expect(try JSONDecoder().decode(ExpertiseCompetencyMap.self, from: data) == map)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(
            (object?["competenciesByArea"] as? [String: [String]])?["designing-compensation"] == [
                "building-a-business-case", "charm",
            ])
    }
}
