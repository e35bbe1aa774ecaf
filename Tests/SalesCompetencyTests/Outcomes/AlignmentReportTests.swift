import Foundation
import SalesCompetency
import Testing

struct AlignmentReportTests {
    func capacity(_ value: Double) -> CapacityIndex { CapacityIndex(value: value, normalized: [:]) }

    @Test func placesTeamsInQuadrantsWithTheThresholdCountingAsHigh() throws {
        let report = try AlignmentReport(
            capacity: [
                "aligned": capacity(0.5), "capacity-bound": capacity(0.4999), "competence-bound": capacity(0.5),
                "both-low": capacity(0.2), "no-competence": capacity(0.9),
            ],
            competence: [
                "aligned": 0.7, "capacity-bound": 0.7, "competence-bound": 0.6999, "both-low": 0.1,
                "no-capacity": 1.2,
            ])
        #expect(report.entries.map(\.teamID) == ["aligned", "both-low", "capacity-bound", "competence-bound"])
        for entry in report.entries {
            #expect(entry.quadrant.rawValue == entry.teamID.rawValue)
        }
        #expect(report.missingCompetence == ["no-competence"] && report.missingCapacity == ["no-capacity"])
        #expect(report.thresholds == .default && report.thresholds.capacity == 0.5)
    }

    @Test func thresholdsAreConfigurable() throws {
        let thresholds = try AlignmentReport.Thresholds(capacity: 0.8, competence: 1.0)
        let report = try AlignmentReport(
            capacity: ["east": capacity(0.7)], competence: ["east": 1.0], thresholds: thresholds)
        #expect(report.entries.first?.quadrant == .capacityBound)
        #expect(report.entries.first?.competence == 1.0 && report.entries.first?.capacity.value == 0.7)
    }

    @Test func rejectsBadThresholdsAndCompetence() {
        #expect(throws: ValidationError.self) { try AlignmentReport.Thresholds(capacity: 1.5) }
        #expect(throws: ValidationError.self) { try AlignmentReport.Thresholds(competence: .nan) }
        #expect(throws: ValidationError.self) {
            try AlignmentReport(capacity: ["east": capacity(0.5)], competence: ["east": -1])
        }
        let bad = #"{"capacity":2,"competence":0.7}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(AlignmentReport.Thresholds.self, from: Data(bad.utf8))
        }
    }

    @Test func fromIndicatorsAndRepScoresToAQuadrant() throws {
        let model = try CapacityModel([.netPromoterScore(), .marketShare()])
        let capacity = try model.indices(["m-1": ["net-promoter-score": 20, "market-share": 40]])  // (0.6 + 0.4) / 2
        let competence = try CompetenceIndex(
            repScores: ["Ann": 0.9, "Bob": 0.6], roster: try OutcomesFixtures.roster())
        let report = try AlignmentReport(capacity: capacity, competence: competence.teams)
        // capacity 0.5 ≥ 0.5 high; competence 0.75 ≥ 0.7 high.
        #expect(report.entries.first?.quadrant == .aligned)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(report), as: UTF8.self)
        #expect(json.contains(#""quadrant":"aligned""#) && json.contains(#""normalized":{"market-share":0.4"#))
    }
}
