import Foundation
import SalesCompetency
import Testing

struct ScoringRuleTests {
    @Test func higherIsBetterIsTotalOverTargetCapped() throws {
        let rule = try ScoringRule(
            taskID: "calls", competencyID: "building-relationships", roleID: "consultant", target: 10, weight: 1)
        #expect(rule.attainment(of: 0, cap: 1.5) == 0)
        #expect(rule.attainment(of: 5, cap: 1.5) == 0.5)  // 5 / 10
        #expect(rule.attainment(of: 10, cap: 1.5) == 1)
        #expect(rule.attainment(of: 14, cap: 1.5) == 1.4)  // 14 / 10, under the cap
        #expect(rule.attainment(of: 20, cap: 1.5) == 1.5)  // 2.0 capped
        #expect(rule.attainment(of: 20, cap: 1.2) == 1.2)  // another cap
    }

    @Test func lowerIsBetterIsTargetOverTotalAndZeroAttainsTheCap() throws {
        let rule = try ScoringRule(
            taskID: "complaints", competencyID: "building-relationships", roleID: "consultant", target: 4, weight: 1,
            direction: .lowerIsBetter)
        #expect(rule.attainment(of: 8, cap: 1.5) == 0.5)  // 4 / 8: twice the target, half the attainment
        #expect(rule.attainment(of: 4, cap: 1.5) == 1)  // on target
        #expect(rule.attainment(of: 2, cap: 1.5) == 1.5)  // 4 / 2 = 2 capped
        #expect(rule.attainment(of: 0, cap: 1.5) == 1.5)  // none at all: the cap
    }

    @Test(arguments: [0.0, -1, .nan, .infinity])
    func rejectsTargetsThatAreNotPositiveAndFinite(target: Double) {
        #expect(throws: ValidationError.self) {
            try ScoringRule(taskID: "t", competencyID: "solving-problems", roleID: "analyst", target: target, weight: 1)
        }
    }

    @Test(arguments: [0.0, -0.5, .nan, -.infinity])
    func rejectsWeightsThatAreNotPositiveAndFinite(weight: Double) throws {
        let error = try #require(throws: ValidationError.self) {
            try ScoringRule(taskID: "t", competencyID: "solving-problems", roleID: "analyst", target: 1, weight: weight)
        }
        #expect(error.code == .outOfRange)
    }

    @Test func decodesThePinnedShapeAndChecksIt() throws {
        let json = #"{"task":"t","competency":"solving-problems","role":"analyst","target":3,"weight":2}"#
        let rule = try JSONDecoder().decode(ScoringRule.self, from: Data(json.utf8))
        #expect(rule.direction == .higherIsBetter && rule.target == 3 && rule.weight == 2)
        let bad = #"{"task":"t","competency":"solving-problems","role":"analyst","target":3,"weight":0}"#
        // The model's error comes through with its code and the right field (not folded into the target's key).
        let error = try #require(throws: ValidationError.self) {
            try JSONDecoder().decode(ScoringRule.self, from: Data(bad.utf8))
        }
        #expect(error.code == .outOfRange && error.field == "weight")
    }
}
