import Foundation
import SalesCompetency
import Testing

struct CapacityModelTests {
    let model = try! CapacityModel([
        .marketShare(weight: 2), .netPromoterScore(), .leadershipPosition(competitors: 5),
    ])

    @Test func normalisesEachIndicatorOverItsStatedRange() throws {
        #expect(try CapacityIndicator.netPromoterScore().normalize(40) == 0.7)  // (40 + 100) / 200
        #expect(try CapacityIndicator.netPromoterScore().normalize(-100) == 0)
        #expect(try CapacityIndicator.marketShare().normalize(30) == 0.3)
        #expect(try CapacityIndicator.customerRetention().normalize(0.9) == 0.9)
        let rank = try CapacityIndicator.leadershipPosition(competitors: 5)
        #expect(try rank.normalize(1) == 1 && rank.normalize(5) == 0 && rank.normalize(2) == 0.75)  // (5 − 2) / 4
    }

    @Test func weightsTheNormalisedIndicators() throws {
        let index = try model.index(["market-share": 30, "net-promoter-score": 40, "leadership-position": 2])
        // (2 × 0.3 + 1 × 0.7 + 1 × 0.75) / 4 = 2.05 / 4 = 0.5125
        #expect(abs(index.value - 0.5125) < 1e-12)
        #expect(index.normalized == ["market-share": 0.3, "net-promoter-score": 0.7, "leadership-position": 0.75])
    }

    @Test func indexesEachTeam() throws {
        let indices = try model.indices([
            "east": ["market-share": 100, "net-promoter-score": 100, "leadership-position": 1],
            "west": ["market-share": 0, "net-promoter-score": -100, "leadership-position": 5],
        ])
        #expect(indices["east"]?.value == 1 && indices["west"]?.value == 0)
    }

    @Test func rejectsMissingUnknownAndOutOfRangeReadingsNamingTheTeam() {
        #expect {
            try model.indices(["east": ["market-share": 30, "net-promoter-score": 40]])
        } throws: { error in
            let error = error as? ValidationError
            return error?.code == .missingValue && error?.subject == "team east"
                && error?.field == "leadership-position"
        }
        #expect {
            try model.index(["market-share": 30, "net-promoter-score": 40, "leadership-position": 2, "nps": 1])
        } throws: { ($0 as? ValidationError)?.code == .danglingReference }
        #expect {
            try model.indices(["east": ["market-share": 30, "net-promoter-score": 120, "leadership-position": 2]])
        } throws: { error in
            let error = error as? ValidationError
            return error?.code == .outOfRange && error?.subject?.contains("team east") == true
                && error?.subject?.contains("net-promoter-score") == true
        }
        #expect(throws: ValidationError.self) { try CapacityIndicator.marketShare().normalize(.nan) }
    }

    @Test func rejectsBadIndicatorsAndModels() {
        #expect(throws: ValidationError.self) { try CapacityIndicator(id: "x", lower: 1, upper: 1) }
        #expect(throws: ValidationError.self) { try CapacityIndicator(id: "x", lower: 0, upper: .infinity) }
        #expect(throws: ValidationError.self) { try CapacityIndicator(id: "x", lower: 0, upper: 1, weight: 0) }
        #expect(throws: ValidationError.self) { try CapacityIndicator(id: "x", lower: 0, upper: 1, weight: .nan) }
        #expect(throws: ValidationError.self) { try CapacityModel([]) }
        #expect(throws: ValidationError.self) { try CapacityModel([.marketShare(), .marketShare(weight: 2)]) }
    }

    @Test func modelJSONRoundTripsAndIsChecked() throws {
        let data = try JSONEncoder().encode(model)
        #expect(try JSONDecoder().decode(CapacityModel.self, from: data) == model)
        let bad = #"{"indicators":[{"id":"nps","lower":100,"upper":-100}]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CapacityModel.self, from: Data(bad.utf8)) }
    }
}
