import Foundation
import SalesCompetency

// HiringReadiness: which candidate is closest to a role's profile, and what would each need to learn?
// Uses the built-in dictionary, Table A-1 and the default 1–5 proficiency scale.
let dictionary = CompetencyDictionary.builtIn
let titles = JobTitleMap(dictionary: dictionary)
let role = titles.roles(forTitle: "Account Executive")[0]  // consultant
let areas = RoleExpertiseMap.builtIn.areas(for: role).compactMap { dictionary.areaOfExpertise($0)?.name }.sorted()
print("An account executive plays the \(role) role, which needs \(areas.count) areas of expertise.")

// Names resolve forgivingly, so the profile can be written the way people speak.
var requirements: [Competency.ID: Double] = [:]
for (name, level) in [
    ("Aligning to customers' needs", 4.0), ("negotiating positions", 4), ("Formalizing Agreements", 3),
] {
    guard let competency = dictionary.resolveCompetency(name) else { fatalError("unknown competency \(name)") }
    requirements[competency.id] = level
}
let profile = try RoleProfile(role: role, requirements: requirements)

let candidates: [String: [Competency.ID: Double]] = [
    "avery": ["aligning-to-customers": 4, "negotiating-positions": 3, "formalizing-commitment": 3],
    "blake": ["aligning-to-customers": 5, "negotiating-positions": 2],
]
for (candidate, readiness) in try RoleReadiness.rank(candidates: candidates, for: profile) {
    let match = String(format: "%.0f", readiness.matchPercent)
    let gaps = readiness.shortfalls.map { "\($0.competencyID) +\(String(format: "%.0f", $0.gap))" }
    print("\(candidate): \(match)% match; to learn: \(gaps.isEmpty ? "nothing" : gaps.joined(separator: ", "))")
}
