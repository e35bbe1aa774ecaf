import SalesCompetency

// QuickStart: the built-in competency dictionary, what one role needs, and a tiny team's sales outcomes.

// The World-Class Sales Competency Model is built in. Which areas of expertise does a manager need? Table A-1
// of the model says (hosts can replace the table).
let dictionary = CompetencyDictionary.builtIn
let manager = dictionary.role("manager")!
let areas = RoleExpertiseMap.builtIn.areas(for: manager.id).compactMap { dictionary.areaOfExpertise($0) }
print("A \(manager.name) needs: " + areas.map(\.name).sorted().joined(separator: ", "))
print(
    "The model has \(dictionary.roles.count) roles, \(dictionary.competencies.count) competencies and "
        + "\(dictionary.areasOfExpertise.count) areas of expertise.")

// Names resolve forgivingly: an alias or a different spelling finds the same competency.
print("\"formalizing agreements\" is \(dictionary.resolveCompetency("formalizing agreements")!.id)")

// Outcomes of a tiny team from a CRM export: won and lost deals by close month, cycle length, won value.
let deals = try OpportunityReader(stages: StageLabels()).read(
    csvText: """
        opportunity_id,owner,opened_on,closed_on,stage,value
        o1,ava,2025-01-06,2025-02-14,won,12000
        o2,ava,2025-01-20,2025-02-28,lost,0
        o3,ben,2025-02-03,2025-03-10,won,8500
        o4,ben,2025-02-10,,open,0
        """)
let outcomes = OutcomeMetrics(deals)
for (rep, summary) in outcomes.byRep().sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
    let winRate = summary.winRate.map { NumberFormatting.fixed($0 * 100, decimals: 0) + "%" } ?? "-"
    print("\(rep): won \(summary.won), lost \(summary.lost), win rate \(winRate), won value \(summary.wonValue)")
}
