import SalesCompetency
import Testing

struct StageLabelsTests {
    @Test func matchesLabelsWithoutRegardToCaseOrSpaces() throws {
        let stages = try StageLabels(won: ["Closed Won"], lost: ["Closed Lost"])
        #expect(stages.outcome(of: "closed won") == .won)
        #expect(stages.outcome(of: " CLOSED LOST ") == .lost)
        #expect(stages.outcome(of: "Prospecting") == .open)
        #expect(stages.outcome(of: "Stalled") == nil)
    }

    @Test func unknownLabelsCanMeanOpen() throws {
        let stages = try StageLabels(open: ["pending"], unknownIsOpen: true)
        #expect(stages.outcome(of: "Stalled") == .open)
        #expect(stages.outcome(of: "Engaging") == .open)  // not in the given open set, but unknown = open
        #expect(try StageLabels(open: ["pending"]).outcome(of: "Engaging") == nil)
    }

    @Test func wonAndLostLabelsTakePrecedenceOverTheDefaultOpenLabels() throws {
        let stages = try StageLabels(won: ["Commit"], lost: ["lost"])
        #expect(stages.outcome(of: "commit") == .won)
        #expect(!stages.open.contains("commit"))
    }

    @Test func rejectsOverlappingOrEmptyLabels() {
        #expect(throws: ValidationError.self) { try StageLabels(won: ["done"], lost: ["Done"]) }
        #expect(throws: ValidationError.self) { try StageLabels(won: ["won"], lost: ["lost"], open: ["won"]) }
        #expect(throws: ValidationError.self) { try StageLabels(won: [], lost: ["lost"]) }
        #expect(throws: ValidationError.self) { try StageLabels(won: [" "], lost: ["lost"]) }
    }
}
