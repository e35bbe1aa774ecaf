import Foundation
import SalesCompetency

/// Everything `sco demo` computes from the sample organisation, kept apart from the printing.
struct DemoRun {
    let sample: SampleOrganisation
    let roster: Roster
    let scorecards: Scorecards
    let blended: BlendedScores
    let opportunities: [Opportunity]
    let outcomes: OutcomeMetrics
    let churn: ChurnReport
    let investments: [ROIReport]
    let impacts: [ImpactReport]
    let links: CompetencyOutcomeLinks
    let retentionModel: RetentionModel
    let plan: ReinforcementPlan
    let programme: DemoProgramme
    let dashboard: Dashboard
    let summary: String

    init(seed: UInt64) throws {
        let sample = SampleOrganisation(seed: seed)
        let roster = try Roster(csvText: sample.rosterCSV, name: "roster.csv")
        self.sample = sample
        self.roster = roster
        let dictionary = CompetencyDictionary.builtIn
        let map = RoleExpertiseMap.builtIn

        let utc = TimeZone(identifier: "UTC")!
        let policy = try ScoringPolicy(rulesCSVText: sample.rulesCSV, name: "rules.csv", timeZone: utc)
        let months = try PeriodRange(Period(containing: sample.firstDay), through: Period(containing: sample.lastDay))
        let scorecards = try ScoringEngine(policy: policy, roster: roster)
            .score(
                ScoringEngine(policy: policy, roster: roster).aggregate(
                    activitiesCSVText: sample.activitiesCSV, name: "activities.csv", periods: months))
        self.scorecards = scorecards
        let assessments = try AssessmentLog(csvText: sample.assessmentsCSV, name: "assessments.csv")
        let blended = try BlendedScores(scorecards: scorecards, assessments: assessments, policy: BlendPolicy())
        self.blended = blended

        opportunities = try OpportunityReader(stages: try StageLabels(won: ["won"], lost: ["lost"]))
            .read(csvText: sample.opportunitiesCSV, name: "opportunities.csv")
        outcomes = OutcomeMetrics(opportunities)
        churn = try ChurnReport(roster, from: sample.firstDay, through: sample.lastDay)
        impacts = try DemoRun.impacts(
            sample: sample, roster: roster, scorecards: scorecards, opportunities: opportunities, months: months)
        links = try DemoRun.links(
            sample: sample, roster: roster, scorecards: scorecards, opportunities: opportunities, months: months)

        retentionModel = try RetentionModel(forgotten: 0.8, afterDays: 90)
        let plan = try ReinforcementPlanner(model: retentionModel, target: 0.9, horizonDays: 365).plan()
        self.plan = plan

        let headcount = roster.filter { $0.isEmployed(on: sample.lastDay) }.count
        let calculator = try ROICalculator()
        let bootcamp = try DemoInvestments.bootcamp(sample: sample, opportunities: opportunities)
        let refreshed = try DemoInvestments.bootcamp(
            sample: sample, opportunities: opportunities, refresherDays: plan.days)
        let crm = try DemoInvestments.crmRollout(sample: sample, headcount: headcount)
        investments = try [bootcamp, refreshed, crm].map { try calculator.report(for: $0) }
        let programme = try DemoProgramme(
            sample: sample, roster: roster, scorecards: scorecards, opportunities: opportunities, plan: plan,
            investments: [refreshed, crm])
        self.programme = programme

        var dashboard = Dashboard(
            title: "Sales competency dashboard",
            subtitle: "Sample organisation (seed \(seed)), \(sample.firstDay) to \(sample.lastDay)")
        dashboard.addScorecards(scorecards, period: months.last, roster: roster)
        dashboard.addDivergences(blended)
        dashboard.addOutcomes(outcomes, churn: churn)
        dashboard.addInvestments(investments)
        for report in impacts { dashboard.addImpact(report) }
        dashboard.addCompetencyLinks(links)
        try dashboard.addRetention(plan: plan, model: retentionModel)
        dashboard.addOwnership(programme.findings, investmentsChecked: programme.checked.count)
        self.dashboard = dashboard

        let overall = outcomes.overall
        let winRate = overall.winRate.map { NumberFormatting.percent($0) } ?? "n/a"
        let cycle = NumberFormatting.fixed(overall.meanCycleDays ?? 0, decimals: 1)
        let wonValue = NumberFormatting.fixed(overall.wonValue, decimals: 0)
        let churnRate = churn.rate.map { NumberFormatting.percent($0) } ?? "n/a"
        let areas = map.areas(for: "consultant").count
        var lines = [
            "swift-sales-competency demo: a sample organisation of \(roster.count) people in 3 teams, "
                + "\(sample.firstDay) to \(sample.lastDay) (seed \(seed)).",
            "",
            "Dictionary   \(dictionary.roles.count) roles, \(dictionary.competencies.count) competencies in "
                + "\(dictionary.clusters.count) clusters, \(dictionary.areasOfExpertise.count) areas of expertise; "
                + "consultants work in \(areas) of them (Table A-1).",
            "Scoring      " + DemoRun.scoringLine(scorecards, period: months.last),
            "Validation   " + DemoRun.validationLine(blended),
            "Coaching     " + DemoRun.coachingLine(scorecards, roster: roster, period: months.last),
            "Outcomes     \(overall.won) won, \(overall.lost) lost, win rate \(winRate), mean cycle \(cycle) days, "
                + "won value \(wonValue); non-induced churn \(churnRate).",
        ]
        for (index, report) in investments.enumerated() {
            lines.append((index == 0 ? "Investments  " : "             ") + DemoRun.line(for: report))
        }
        lines += DemoRun.impactLines(impacts)
        lines.append(DemoRun.linksLine(links))
        let planLines = plan.summary.split(separator: "\n").map(String.init)
        for (index, line) in planLines.enumerated() {
            lines.append((index == 0 ? "Retention    " : "             ") + line)
        }
        lines.append("")
        summary = lines.joined(separator: "\n")
    }

    /// The count per band in the last period, from the same ``Scorecards/summary(in:)`` as the dashboard's figures.
    static func scoringLine(_ scorecards: Scorecards, period: Period) -> String {
        let summary = scorecards.summary(in: period)
        return "\(scorecards.count) scorecards over \(scorecards.periods?.count ?? 0) months; in \(period): "
            + "\(summary.red) red, \(summary.amber) amber, \(summary.green) green, \(summary.noData) no data."
    }

    /// How many scores the assessments contradict, and the largest gap.
    static func validationLine(_ blended: BlendedScores) -> String {
        let divergent = blended.cells.filter(\.isDivergent)
        let assessed = blended.cells.filter { $0.subjective != nil }.count
        let gap = { (cell: BlendedScore) in abs((cell.subjective ?? 0) - (cell.scorecard.score ?? 0)) }
        guard let worst = divergent.max(by: { gap($0) < gap($1) })
        else { return "\(assessed) assessed scores, none contradicts the activity." }
        let card = worst.scorecard
        return "\(assessed) assessed scores, \(divergent.count) differ from the activity by more than the "
            + "tolerance; largest: \(card.repID) \(card.competencyID) in \(card.period), activity "
            + "\(NumberFormatting.fixed(card.score ?? 0, decimals: 2)) vs assessed "
            + "\(NumberFormatting.fixed(worst.subjective ?? 0, decimals: 2))."
    }

    /// The rep with the most red competencies in the last period and their first coaching priority.
    static func coachingLine(_ scorecards: Scorecards, roster: Roster, period: Period) -> String {
        var reds: [Rep.ID: Int] = [:]
        for card in scorecards where card.period == period && card.status == .red { reds[card.repID, default: 0] += 1 }
        guard let (rep, count) = reds.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
            let first = scorecards.coachingPriorities(for: rep, in: period).first
        else { return "nobody is in the red in \(period)." }
        let task = first.weakestTaskID.map { ", weakest task \($0)" } ?? ""
        return "\(rep) has \(count) red competencies in \(period); start with \(first.competencyID) "
            + "(score \(NumberFormatting.fixed(first.score, decimals: 2))\(task))."
    }

    /// One line of the summary for an investment.
    static func line(for report: ROIReport) -> String {
        let ratio = NumberFormatting.fixed(report.totals.benefitCostRatio, decimals: 2)
        let roi = NumberFormatting.fixed(report.totals.roiPercent, decimals: 1)
        let payback = report.totals.paybackMonths.map { NumberFormatting.fixed($0, decimals: 1) + " months" }
        let npv = NumberFormatting.fixed(report.cashFlows.netPresentValue, decimals: 0)
        let seats = report.adoption.map { ", \($0.idleSeats) idle seats" } ?? ""
        return "\(report.name) (owner \(report.ownerID)): BCR \(ratio), ROI \(roi)%, payback \(payback ?? "never"), "
            + "NPV \(npv)\(seats)."
    }

    /// The sample files, named as the other commands' examples name them.
    var files: [(String, String)] {
        [
            ("roster.csv", sample.rosterCSV), ("rules.csv", sample.rulesCSV),
            ("activities.csv", sample.activitiesCSV), ("assessments.csv", sample.assessmentsCSV),
            ("opportunities.csv", sample.opportunitiesCSV), ("enrolments.csv", sample.enrolmentsCSV),
        ] + crmFiles
    }
}
