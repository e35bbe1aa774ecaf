import Foundation
import SalesCompetency

// QuickStart: the built-in competency dictionary, what one role needs, and a tiny team scored for one month.
// The lines from `let dictionary` to the end are the README's first example.

// The World-Class Sales Competency Model is built in; Table A-1 says which areas of expertise each role needs.
let dictionary = CompetencyDictionary.builtIn
let manager = dictionary.role("manager")!
let areas = RoleExpertiseMap.builtIn.areas(for: manager.id).compactMap { dictionary.areaOfExpertise($0) }
print("A \(manager.name) needs: " + areas.map(\.name).sorted().joined(separator: ", "))

// Score a tiny team for March: 40 calls a month evidence "communicating effectively" for a consultant.
let roster = try Roster(csvText: "rep_id,role\nava,consultant\nben,consultant\n")
let rules = "task_id,competency_id,role,monthly_target,weight\ncalls_made,communicating-effectively,consultant,40,1\n"
let policy = try ScoringPolicy(rulesCSVText: rules, timeZone: TimeZone(identifier: "Europe/London")!)
let calls = "rep_id,task_id,occurred_on,quantity\nava,calls_made,2025-03-03,46\nben,calls_made,2025-03-04,22\n"
let activity = try ActivityLog(csvText: calls, timeZone: policy.timeZone)
for card in ScoringEngine(policy: policy, roster: roster).score(activity) {
    let score = card.score.map { String($0) } ?? "no data"  // no activity at all in the month: no score
    print("\(card.rep) \(card.period) \(card.competency): \(score) \(card.status)")
}

// Attainment = calls ÷ target, capped at 1.5; the bands are red below 0.7, amber below 1.0 and green from 1.0.
// Names resolve forgivingly, so rules and files can use an alias or another spelling of a competency:
print("\"Formalizing Agreements\" is \(dictionary.resolveCompetency("formalizing agreements")!.id)")
