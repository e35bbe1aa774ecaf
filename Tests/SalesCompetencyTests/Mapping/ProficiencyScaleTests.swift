import Foundation
import Testing

@testable import SalesCompetency

struct ProficiencyScaleTests {
    @Test func theStandardScaleRunsFromOneToFive() {
        let scale = ProficiencyScale.default
        #expect(scale.low == 1)
        #expect(scale.high == 5)
        #expect(scale.levels.map(\.label) == ["Awareness", "Developing", "Proficient", "Advanced", "Expert"])
    }

    @Test func normalisesByHand() throws {
        let scale = ProficiencyScale.default
        // (value − 1) ÷ (5 − 1): 1 → 0, 2 → 0.25, 3 → 0.5, 3.5 → 0.625, 5 → 1.
        #expect(try scale.normalized(1) == 0)
        #expect(try scale.normalized(2) == 0.25)
        #expect(try scale.normalized(3) == 0.5)
        #expect(try scale.normalized(3.5) == 0.625)
        #expect(try scale.normalized(5) == 1)
        // × 100: 4 → 75.
        #expect(try scale.standardScore(4) == 75)
        #expect(try scale.standardScore(2) == 25)
    }

    @Test func worksOnOtherRanges() throws {
        // 0–10: 7 → 0.7; 2–4 with half steps: 3 → (3 − 2) ÷ (4 − 2) = 0.5.
        let tens = try ProficiencyScale(low: 0, high: 10)
        #expect(tens.levels.count == 11)
        #expect(abs(try tens.normalized(7) - 0.7) < 1e-12)
        let custom = try ProficiencyScale(levels: [
            .init(value: 2, label: "Learning"), .init(value: 2.5, label: "Doing"), .init(value: 4, label: "Teaching"),
        ])
        #expect(try custom.standardScore(3) == 50)
        #expect(custom.label(for: 3) == "Doing")
        #expect(custom.label(for: 4) == "Teaching")
        #expect(custom.label(for: 1) == nil)
    }

    @Test func rejectsValuesOffTheScale() {
        let scale = ProficiencyScale.default
        for value in [0.99, 5.01, -1, .nan, .infinity, -.infinity] {
            let error = #expect(throws: ValidationError.self) { try scale.normalized(value) }
            #expect(error?.code == .outOfRange)
        }
        #expect(!scale.contains(.nan))
        #expect(scale.contains(1))
    }

    @Test func rejectsScalesWhoseLowIsNotBelowHigh() {
        for (low, high) in [(5, 5), (5, 1)] {
            let error = #expect(throws: ValidationError.self) { try ProficiencyScale(low: low, high: high) }
            #expect(error?.code == .invalidScale)
        }
        let oneLevel = #expect(throws: ValidationError.self) {
            try ProficiencyScale(levels: [.init(value: 1, label: "Only")])
        }
        #expect(oneLevel?.code == .invalidScale)
        let descending = #expect(throws: ValidationError.self) {
            try ProficiencyScale(levels: [.init(value: 2, label: "A"), .init(value: 1, label: "B")])
        }
        #expect(descending?.field == "levels[1].value")
        let infinite = #expect(throws: ValidationError.self) {
            try ProficiencyScale(levels: [.init(value: 1, label: "A"), .init(value: .infinity, label: "B")])
        }
        #expect(infinite?.code == .invalidScale)
        let unlabeled = #expect(throws: ValidationError.self) {
            try ProficiencyScale(levels: [.init(value: 1, label: "A"), .init(value: 2, label: "")])
        }
        #expect(unlabeled?.code == .missingValue)
    }

    @Test func decodingChecksTheScale() throws {
        let good = #"{"levels": [{"value": 0, "label": "None"}, {"value": 3, "label": "Full"}]}"#
        #expect(try JSONDecoder().decode(ProficiencyScale.self, from: Data(good.utf8)).high == 3)
        let bad = #"{"levels": [{"value": 3, "label": "Full"}, {"value": 0, "label": "None"}]}"#
        #expect(throws: ValidationError.self) { try JSONDecoder().decode(ProficiencyScale.self, from: Data(bad.utf8)) }
    }
}
