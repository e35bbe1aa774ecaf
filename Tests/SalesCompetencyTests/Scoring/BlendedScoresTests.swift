import Foundation
import SalesCompetency
import Testing

struct BlendedScoresTests {
    static func blended(_ policy: BlendPolicy) throws -> BlendedScores {
        let scorecards = try ScoringFixture.engine().score(ScoringFixture.log())
        let assessments = try AssessmentLog(csvFile: ScoringFixture.path("assessments"))
        return try BlendedScores(scorecards: scorecards, assessments: assessments, policy: policy)
    }

    @Test func blendsNormalisedRatingsBySourceWeight() throws {
        let result = try Self.blended(BlendPolicy())
        // r1 January communicating: objective 2.2 / 3 = 0.733333; field ride 5 → 1.0 (weight 1), self 3 → 0.5
        // (weight 0.5). Subjective = (1 + 0.25) / 1.5 = 0.833333; blended = (0.733333 + 1.25) / 2.5 = 0.793333;
        // |0.833333 − 0.733333| = 0.1 ≤ 0.25: not divergent.
        let r1 = result.cells[1]
        #expect(r1.scorecard.rep == "r1" && r1.scorecard.competency == "communicating-effectively")
        #expect(r1.assessmentCount == 2)
        #expect(abs(r1.subjective! - 1.25 / 1.5) < 1e-12)
        #expect(abs(r1.blended! - (2.2 / 3 + 1.25) / 2.5) < 1e-12)
        #expect(!r1.isDivergent)
        // r2 February building: objective 0.375; a 360 rating of 5 → 1.0. Blended (0.375 + 1) / 2 = 0.6875;
        // |1 − 0.375| = 0.625 > 0.25: flagged for validation.
        let r2 = result.cells[6]
        #expect(r2.scorecard.rep == "r2" && r2.scorecard.competency == "building-relationships")
        #expect(r2.subjective == 1 && r2.blended == 0.6875 && r2.isDivergent)
        // Unassessed cells keep the objective score; r3's March assessment matches no scorecard.
        #expect(result.cells[0].subjective == nil && result.cells[0].blended == 1.425 && !result.cells[0].isDivergent)
        #expect(result.cells.filter(\.isDivergent).count == 1 && result.unmatchedAssessments == 1)
    }

    @Test func weightsAndToleranceAreConfigurable() throws {
        // Self-assessments ignored and the objective weighted 3: r1 January subjective = 1.0 (field ride only),
        // blended = (3 × 0.733333 + 1) / 4 = 0.8; tolerance 0.2 < |1 − 0.733333| = 0.266667: divergent.
        let policy = try BlendPolicy(
            objectiveWeight: 3, sourceWeights: [.fieldRide: 1, .threeSixty: 1], divergenceTolerance: 0.2)
        let r1 = try Self.blended(policy).cells[1]
        #expect(r1.subjective == 1 && abs(r1.blended! - 0.8) < 1e-12 && r1.isDivergent)
        // A 0–10 scale: 5 → 0.5.
        #expect(try BlendPolicy(scale: ProficiencyScale(low: 0, high: 10)).normalised(5) == 0.5)
    }

    @Test func divergenceComparesWithTheObjectiveScoreCappedAtOne() throws {
        // r1 January building scores 1.425; a top rating (1.0) is within any tolerance of min(1.425, 1) = 1.
        let scorecards = try ScoringFixture.engine().score(ScoringFixture.log())
        let log = try AssessmentLog([
            try Assessment(
                rep: "r1", competency: "building-relationships", source: .manager, rating: 5,
                assessedOn: Day(parsing: "2025-01-20"))
        ])
        let cell = try BlendedScores(
            scorecards: scorecards, assessments: log, policy: BlendPolicy(divergenceTolerance: 0)
        ).cells[0]
        #expect(cell.subjective == 1 && !cell.isDivergent)
    }

    @Test func rejectsBadPoliciesAndRatingsOffTheScale() throws {
        #expect(throws: ScoringError.self) { try BlendPolicy(objectiveWeight: -1) }
        #expect(throws: ScoringError.self) { try BlendPolicy(sourceWeights: [.manager: .nan]) }
        #expect(throws: ValidationError.self) { try BlendPolicy(scale: ProficiencyScale(low: 3, high: 3)) }
        #expect(throws: ScoringError.self) { try BlendPolicy(divergenceTolerance: -0.1) }
        let offScale = try Assessment(
            rep: "r1", competency: "solving-problems", source: .manager, rating: 7,
            assessedOn: Day(parsing: "2025-01-01"))
        #expect(throws: ScoringError.self) { try AssessmentLog([offScale]) }
        #expect(throws: ScoringError.self) {
            try Assessment(
                rep: "r1", competency: "solving-problems", source: .manager, rating: .nan,
                assessedOn: Day(parsing: "2025-01-01"))
        }
    }

    static let header = "rep_id,competency_id,source,rating,assessed_on"

    @Test(arguments: [
        ("", ImportError.Code.emptyFile, nil as Int?, nil as String?),
        ("rep_id,competency_id,rating,assessed_on\n", .missingColumn, 1, "source"),
        ("\(header)\nr1,solving-problems,gossip,3,2025-01-01\n", .invalidValue, 2, "source"),
        ("\(header)\nr1,solving-problems,self,6,2025-01-01\n", .invalidValue, 2, "rating"),
        ("\(header)\nr1,solving-problems,self,nan,2025-01-01\n", .invalidValue, 2, "rating"),
        ("\(header)\nr1,solving-problems,self,3,2025-13-01\n", .invalidValue, 2, "assessed_on"),
        ("\(header)\nr1,charming,self,3,2025-01-01\n", .unknownID, 2, "competency_id"),
        ("\(header)\n,solving-problems,self,3,2025-01-01\n", .missingValue, 2, "rep_id"),
    ])
    func rejectsMalformedAssessmentFiles(text: String, code: ImportError.Code, line: Int?, field: String?) throws {
        let error = try #require(throws: ImportError.self) { try AssessmentLog(csvText: text, name: "a.csv") }
        #expect(error.code == code && error.line == line && error.field == field)
    }

    @Test func readsSourcesInTheirCommonSpellings() throws {
        let log = try AssessmentLog(csvFile: ScoringFixture.path("assessments"))
        #expect(log.map(\.source) == [.fieldRide, .selfAssessment, .threeSixty, .manager])
        #expect(log[0].assessor == "m1" && log[1].assessor == nil)
        #expect(Assessment.Source(text: "One-on-One") == .oneOnOne && Assessment.Source(text: "1-on-1") == .oneOnOne)
        let policy = try BlendPolicy()
        #expect(try JSONDecoder().decode(BlendPolicy.self, from: JSONEncoder().encode(policy)) == policy)
    }
}
