import Foundation
import SalesCompetency
import Testing

struct ScoringPolicyTests {
    static let header = "task_id,competency_id,role,monthly_target,weight,direction"

    static func rule(
        _ task: SalesTask.ID, _ competency: Competency.ID, _ role: Role.ID = "consultant", weight: Double = 1
    ) throws -> ScoringRule {
        try ScoringRule(taskID: task, competencyID: competency, roleID: role, target: 5, weight: weight)
    }

    @Test func readsRulesWithDirectionsAndDefaults() throws {
        let policy = try ScoringFixture.policy()
        #expect(policy.rules.count == 6)
        #expect(policy.rules[4].direction == .lowerIsBetter && policy.rules[1].direction == .higherIsBetter)
        #expect(policy.tasks.map(\.id) == ["emails", "replies", "calls", "complaints", "reports"])
        #expect(policy.tasks.allSatisfy { $0.kind == .sum })
        #expect(policy.attainmentCap == 1.5 && policy.granularity == .month && policy.bands == .default)
    }

    @Test func rejectsUnknownCompetenciesAndRoles() throws {
        let competency = try #require(throws: ValidationError.self) {
            try ScoringPolicy(rules: [Self.rule("calls", "charming-people")], timeZone: ScoringFixture.utc)
        }
        #expect(competency.code == .danglingReference && competency.field == "competency")
        let role = try #require(throws: ValidationError.self) {
            try ScoringPolicy(rules: [Self.rule("calls", "solving-problems", "wizard")], timeZone: ScoringFixture.utc)
        }
        #expect(role.code == .danglingReference)
        // Without a dictionary, any id goes.
        _ = try ScoringPolicy(
            rules: [Self.rule("calls", "charming-people", "wizard")], timeZone: ScoringFixture.utc, dictionary: nil)
    }

    @Test func rejectsDuplicateRulesTasksBadCapsAndBadRatios() throws {
        let rules = [try Self.rule("calls", "solving-problems"), try Self.rule("calls", "solving-problems", weight: 2)]
        #expect(throws: ValidationError.self) { try ScoringPolicy(rules: rules, timeZone: ScoringFixture.utc) }
        let one = [try Self.rule("calls", "solving-problems")]
        let duplicateTask = try #require(throws: ValidationError.self) {
            try ScoringPolicy(rules: one, tasks: [SalesTask(id: "calls"), SalesTask(id: "calls")], timeZone: .gmt)
        }
        #expect(duplicateTask.code == .duplicateID)
        for cap in [0, -1, Double.nan, .infinity] {
            #expect(throws: ValidationError.self) { try ScoringPolicy(rules: one, attainmentCap: cap, timeZone: .gmt) }
        }
        let nested = try #require(throws: ValidationError.self) {
            try ScoringPolicy(
                rules: [try Self.rule("r2", "solving-problems")],
                tasks: [
                    SalesTask(id: "r1", kind: .ratio(numerator: "a", denominator: "b")),
                    SalesTask(id: "r2", kind: .ratio(numerator: "r1", denominator: "b")),
                ], timeZone: .gmt)
        }
        #expect(nested.code == .invalidRatio)
        #expect(throws: ValidationError.self) {
            try ScoringPolicy(
                rules: [try Self.rule("r", "solving-problems")],
                tasks: [SalesTask(id: "r", kind: .ratio(numerator: "a", denominator: "a"))], timeZone: .gmt)
        }
    }

    @Test(arguments: [
        ("", InputError.Code.emptyFile, nil as Int?, nil as String?),
        ("task_id,competency_id,role,weight\n", .missingColumn, 1, "monthly_target"),
        ("\(header)\ncalls,solving-problems,analyst,0,1,\n", .invalidValue, 2, "monthly_target"),
        ("\(header)\ncalls,solving-problems,analyst,5,-1,\n", .invalidValue, 2, "weight"),
        ("\(header)\ncalls,solving-problems,analyst,nan,1,\n", .invalidValue, 2, "monthly_target"),
        ("\(header)\ncalls,solving-problems,analyst,inf,1,\n", .invalidValue, 2, "monthly_target"),
        ("\(header)\ncalls,solving-problems,analyst,five,1,\n", .invalidValue, 2, "monthly_target"),
        (
            "\(header)\ncalls,solving-problems,analyst,5,1,\ncalls,charming,analyst,5,1,\n", .unknownID, 3,
            "competency_id"
        ),
        ("\(header)\ncalls,solving-problems,wizard,5,1,\n", .unknownID, 2, "role"),
        ("\(header)\ncalls,solving-problems,analyst,5,1,sideways\n", .invalidValue, 2, "direction"),
        ("\(header)\n,solving-problems,analyst,5,1,\n", .missingValue, 2, "task_id"),
        ("\(header)\ncalls,solving-problems,analyst,5\n", .wrongFieldCount, 2, nil),
        (
            "\(header)\ncalls,solving-problems,analyst,5,1,\ncalls,solving-problems,analyst,6,1,\n", .duplicateID, 3,
            "task_id"
        ),
    ])
    func rejectsMalformedRulesFiles(text: String, code: InputError.Code, line: Int?, field: String?) throws {
        let error = try #require(throws: InputError.self) {
            try ScoringPolicy(rulesCSVText: text, name: "rules.csv", timeZone: ScoringFixture.utc)
        }
        #expect(error.code == code && error.line == line && error.field == field && error.file == "rules.csv")
    }

    @Test func roundTripsThroughJSON() throws {
        let policy = try ScoringPolicy(
            rules: [try Self.rule("rate", "solving-problems")],
            tasks: [
                SalesTask(id: "rate", kind: .ratio(numerator: "a", denominator: "b")), SalesTask(id: "a", kind: .count),
            ],
            attainmentCap: 2, roleBands: ["consultant": try StatusBands(amberFrom: 0.5, greenFrom: 0.9)],
            granularity: .week, timeZone: TimeZone(identifier: "Europe/Berlin")!)
        let data = try JSONEncoder().encode(policy)
        #expect(try JSONDecoder().decode(ScoringPolicy.self, from: data) == policy)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""timeZone":"Europe\/Berlin""#) && text.contains(#""kind":"ratio""#))
    }
}
