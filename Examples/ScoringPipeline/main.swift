import Foundation
import SalesCompetency

// ScoringPipeline: from everyday sales activity to coaching priorities, on the built-in sample organisation
// (53 people in three teams, January to June 2025). The steps: a scoring policy, the activity log, scorecards
// with colour bands, blending with what managers observe, rollups by team, and what to coach each rep on.

let sample = SampleOrganisation(seed: 2025)
let roster = try Roster(csvText: sample.rosterCSV, name: "roster.csv")
let timeZone = TimeZone(identifier: "America/New_York")!  // timestamps fall on days here, never the machine's zone
func fixed(_ value: Double?, _ decimals: Int) -> String {
    value.map { NumberFormatting.fixed($0, decimals: decimals) } ?? "no data"
}

// 1. The policy. Each rule says: this task evidences this competency for this role, with a monthly target and a
//    weight. To the sample's rules we add a ratio task, replies per email sent, with a target of 15%, and
//    stricter bands for administrators.
let replyRate = SalesTask(
    id: "reply_rate", kind: .ratio(numerator: "prospecting_email_replies", denominator: "prospecting_emails_sent"))
let policy = try ScoringPolicy(
    rulesCSVText: sample.rulesCSV + "reply_rate,communicating-effectively,consultant,0.15,2,higher\n",
    name: "rules.csv", tasks: [replyRate], attainmentCap: 1.5, bands: .default,
    roleBands: ["administrator": try StatusBands(amberFrom: 0.8, greenFrom: 1.0)], timeZone: timeZone)
print("Policy: \(policy.rules.count) rules over \(policy.tasks.count) tasks")

// 2. The activity log (`rep_id,task_id,occurred_on,quantity`), held column by column.
let log = try ActivityLog(csvText: sample.activitiesCSV, name: "activities.csv", timeZone: timeZone)

// 3. Score every rep × month of employment × competency with a rule for the rep's role: a month worked in part
//    has its targets pro-rated by the days employed, and a month without any activity has no score (no-data).
let scorecards = ScoringEngine(policy: policy, roster: roster).score(log)
let summary = scorecards.summary
print("Activity: \(scorecards.diagnostics.summary)")
print(
    "Scorecards: \(summary.rows) (\(summary.green) green, \(summary.amber) amber, \(summary.red) red, "
        + "\(summary.noData) no data)")

// Why is a score what it is? Each scorecard is the weighted mean of its rules' attainments (capped at 1.5).
let june = Period.month(2025, 6)
let card = scorecards.scorecard(rep: "rep-01", period: june, competency: "communicating-effectively")!
print("\nrep-01, \(june), \(card.competency): \(fixed(card.score, 3)) \(card.status)")
for term in scorecards.attainments(of: card)! {
    print(
        "  \(term.task): \(fixed(term.value, 2)) of \(fixed(term.target, 2)) → attainment "
            + "\(fixed(term.attainment, 3)) × weight \(fixed(term.weight, 0))")
}

// 4. Blend in field rides, 1-on-1s, 360s and self-assessments (1–5, normalised to 0–1). Where what people see
//    and what the activity shows differ by more than 0.25, the score is flagged for a manager to validate.
let assessments = try AssessmentLog(csvText: sample.assessmentsCSV, name: "assessments.csv")
let blended = try BlendedScores(scorecards: scorecards, assessments: assessments, policy: BlendPolicy())
func disagreement(_ cell: BlendedScore) -> Double {
    abs((cell.subjective ?? 0) - min(cell.scorecard.score ?? 0, 1))
}
let divergent = blended.cells.filter(\.isDivergent).sorted { disagreement($0) > disagreement($1) }
print("\n\(assessments.count) assessments blended; \(divergent.count) scores to validate. The widest gaps:")
for cell in divergent.prefix(3) {
    let scorecard = cell.scorecard
    print(
        "  \(scorecard.rep) \(scorecard.period) \(scorecard.competency): activity \(fixed(scorecard.score, 2)), "
            + "observed \(fixed(cell.subjective ?? 0, 2)), blended \(fixed(cell.blended, 2))")
}

// 5. Rollups: each manager's team in June (the managers themselves have none), and the organisation's trend.
print("\nJune by manager:")
for rollup in scorecards.rollups(by: .manager, roster: roster) where rollup.period == june {
    let group = rollup.group == "-" ? "(no manager)" : rollup.group
    print(
        "  \(group): mean \(fixed(rollup.meanScore, 3)), "
            + "\(rollup.green) green, \(rollup.amber) amber, \(rollup.red) red")
}
let trend = scorecards.trends(by: .organisation, roster: roster)
print("Organisation mean by month: " + trend.map { "\($0.period) \(fixed($0.meanScore, 3))" }.joined(separator: ", "))

// 6. Coaching priorities: the competencies furthest below target, and the weakest task behind each.
print("\nWhat to coach rep-20 (hired in March) on in June:")
for priority in scorecards.coachingPriorities(for: "rep-20", in: june).prefix(3) {
    print(
        "  \(priority.competency) (\(priority.status), \(fixed(priority.gap, 2)) below target): "
            + "start with \(priority.weakestTask.map(\.rawValue) ?? "-")")
}
