import SalesCompetency
import Testing

struct CompetenceIndexTests {
    @Test func meanOfEachTeamsRepScores() throws {
        let roster = try OutcomesFixtures.roster()
        let index = try CompetenceIndex(repScores: ["Ann": 0.9, "Bob": 0.6, "Cy": 0.8, "Zed": 1.0], roster: roster)
        #expect(index.teams == ["m-1": 0.75, "m-2": 0.8])  // (0.9 + 0.6) / 2; Cy alone (Dee has no score)
        #expect(index.scoredReps == ["m-1": 2, "m-2": 1])
        #expect(index.unassigned == ["Zed"])  // not in the roster, so in no team
    }

    @Test func rejectsScoresThatAreNotFiniteOrNegative() {
        #expect {
            try CompetenceIndex(repScores: ["Ann": .nan], teams: TeamMap(["Ann": "east"]))
        } throws: { error in
            let error = error as? ValidationError
            return error?.code == .outOfRange && error?.subject == "rep Ann"
        }
        #expect(throws: ValidationError.self) { try CompetenceIndex(teams: ["east": -0.1]) }
        #expect(throws: ValidationError.self) { try CompetenceIndex(teams: ["east": .infinity]) }
    }
}
