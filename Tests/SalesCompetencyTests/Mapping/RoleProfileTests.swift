import Foundation
import Testing

@testable import SalesCompetency

struct RoleProfileTests {
    static func consultant() throws -> RoleProfile {
        try RoleProfile(
            role: "consultant",
            requirements: ["communicating-effectively": 4, "negotiating-positions": 3, "articulating-value": 5])
    }

    @Test func ranksGapsLargestFirst() throws {
        let gaps = try Self.consultant().gaps(for: [
            "communicating-effectively": 4, "negotiating-positions": 2, "articulating-value": 3, "using-technology": 1,
        ])
        // articulating-value 5 − 3 = 2, negotiating-positions 3 − 2 = 1, communicating-effectively 4 − 4 = 0.
        #expect(
            gaps.map(\.competencyID) == ["articulating-value", "negotiating-positions", "communicating-effectively"])
        #expect(gaps.map(\.gap) == [2, 1, 0])
        #expect(gaps.map(\.normalizedGap) == [0.5, 0.25, 0])  // ÷ (5 − 1)
        #expect(gaps.map(\.isShortfall) == [true, true, false])
    }

    @Test func unassessedCompetenciesCountAsTheLowestLevel() throws {
        let gaps = try Self.consultant().gaps(for: ["articulating-value": 5, "negotiating-positions": 4])
        // communicating-effectively 4 − 1 = 3 (unassessed), articulating-value 0,
        // negotiating-positions 3 − 4 = −1.
        #expect(
            gaps.map(\.competencyID) == ["communicating-effectively", "articulating-value", "negotiating-positions"])
        #expect(gaps.map(\.gap) == [3, 0, -1])
        #expect(gaps[0].assessed == nil)
    }

    @Test func tiesAreBrokenByCompetencyID() throws {
        let gaps = try Self.consultant().gaps(for: [:])
        // 5 − 1 = 4, 4 − 1 = 3, 3 − 1 = 2: no ties; then with equal requirements:
        #expect(gaps.map(\.gap) == [4, 3, 2])
        let flat = try RoleProfile(role: "analyst", requirements: ["b-skill": 3, "a-skill": 3, "c-skill": 3])
        #expect(try flat.gaps(for: [:]).map(\.competencyID) == ["a-skill", "b-skill", "c-skill"])
    }

    @Test func rejectsLevelsOffTheScaleAndDuplicates() throws {
        let high = #expect(throws: ValidationError.self) {
            try RoleProfile(role: "consultant", requirements: ["closing": 6])
        }
        #expect(high?.code == .outOfRange)
        #expect(high?.subject == "profile consultant: competency closing")
        #expect(throws: ValidationError.self) { try RoleProfile(role: "consultant", requirements: ["closing": .nan]) }
        let twice = #expect(throws: ValidationError.self) {
            try RoleProfile(
                role: "consultant",
                requirements: [
                    .init(competencyID: "closing", level: 3), .init(competencyID: "closing", level: 4),
                ])
        }
        #expect(twice?.code == .duplicateID)
        let assessed = #expect(throws: ValidationError.self) {
            try Self.consultant().gaps(for: ["articulating-value": 0])
        }
        #expect(assessed?.code == .outOfRange)
    }

    @Test func validatesAgainstADictionary() throws {
        var dictionary = CompetencyDictionary.builtIn
        try dictionary.retireCompetency("negotiating-positions")
        let profile = try RoleProfile(
            role: "hunter", requirements: ["negotiating-positions": 3, "charm": 2, "articulating-value": 4])
        #expect(
            profile.validate(against: dictionary).map(\.code) == [.danglingReference, .danglingReference, .retiredItem])
        #expect(try Self.consultant().validate(against: .builtIn).isEmpty)
        #expect(try Self.consultant().requiredLevel(for: "negotiating-positions") == 3)
    }

    @Test func roundTripsJSON() throws {
        let scale = try ProficiencyScale(low: 0, high: 4)
        let profile = try RoleProfile(role: "manager", scale: scale, requirements: ["executing-plans": 3])
        let data = try JSONEncoder().encode(profile)
        #expect(try JSONDecoder().decode(RoleProfile.self, from: data) == profile)
        let offScale = #"{"roleID": "manager", "requirements": [{"competencyID": "executing-plans", "level": 9}]}"#
        #expect(throws: ValidationError.self) { try JSONDecoder().decode(RoleProfile.self, from: Data(offScale.utf8)) }
    }
}
