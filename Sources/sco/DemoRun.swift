import Foundation
import SalesCompetency

/// Everything `sco demo` computes from the sample organisation, kept apart from the printing.
struct DemoRun {
    let sample: SampleOrganisation
    let roster: Roster
    let opportunities: [Opportunity]
    let outcomes: OutcomeMetrics
    let churn: ChurnReport
    let investments: [ROIReport]
    let retentionModel: RetentionModel
    let plan: ReinforcementPlan
    let dashboard: Dashboard
    let summary: String

    init(seed: UInt64) throws {
        let sample = SampleOrganisation(seed: seed)
        let roster = try Roster(csvText: sample.rosterCSV, name: "roster.csv")
        self.sample = sample
        self.roster = roster
        let dictionary = CompetencyDictionary.builtIn
        let map = RoleExpertiseMap.builtIn

        opportunities = try OpportunityReader(stages: try StageLabels(won: ["won"], lost: ["lost"]))
            .read(csvText: sample.opportunitiesCSV, name: "opportunities.csv")
        outcomes = OutcomeMetrics(opportunities)
        churn = try ChurnReport(roster, from: sample.firstDay, through: sample.lastDay)

        retentionModel = try RetentionModel(forgotten: 0.8, afterDays: 90)
        let plan = try ReinforcementPlanner(model: retentionModel, target: 0.9, horizonDays: 365).plan()
        self.plan = plan

        let headcount = roster.filter { $0.isEmployed(on: sample.lastDay) }.count
        let calculator = try ROICalculator()
        investments = [
            try calculator.report(for: DemoInvestments.bootcamp(sample: sample, opportunities: opportunities)),
            try calculator.report(
                for: DemoInvestments.bootcamp(sample: sample, opportunities: opportunities, refresherDays: plan.days)),
            try calculator.report(for: DemoInvestments.crmRollout(sample: sample, headcount: headcount)),
        ]

        var dashboard = Dashboard(
            title: "Sales competency dashboard",
            subtitle: "Sample organisation (seed \(seed)), \(sample.firstDay) to \(sample.lastDay)")
        dashboard.addOutcomes(outcomes, churn: churn)
        dashboard.addInvestments(investments)
        try dashboard.addRetention(plan: plan, model: retentionModel)
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
            "Outcomes     \(overall.won) won, \(overall.lost) lost, win rate \(winRate), mean cycle \(cycle) days, "
                + "won value \(wonValue); non-induced churn \(churnRate).",
        ]
        for (index, report) in investments.enumerated() {
            lines.append((index == 0 ? "Investments  " : "             ") + DemoRun.line(for: report))
        }
        let planLines = plan.summary.split(separator: "\n").map(String.init)
        for (index, line) in planLines.enumerated() {
            lines.append((index == 0 ? "Retention    " : "             ") + line)
        }
        lines.append("")
        summary = lines.joined(separator: "\n")
    }

    /// One line of the summary for an investment.
    static func line(for report: ROIReport) -> String {
        let ratio = NumberFormatting.fixed(report.totals.benefitCostRatio, decimals: 2)
        let roi = NumberFormatting.fixed(report.totals.roiPercent, decimals: 1)
        let payback = report.totals.paybackMonths.map { NumberFormatting.fixed($0, decimals: 1) + " months" }
        let npv = NumberFormatting.fixed(report.cashFlows.netPresentValue, decimals: 0)
        let seats = report.adoption.map { ", \($0.idleSeats) idle seats" } ?? ""
        return "\(report.name) (owner \(report.owner)): BCR \(ratio), ROI \(roi)%, payback \(payback ?? "never"), "
            + "NPV \(npv)\(seats)."
    }

    /// The sample files, named as the other commands' examples name them.
    var files: [(String, String)] {
        [
            ("roster.csv", sample.rosterCSV), ("rules.csv", sample.rulesCSV),
            ("activities.csv", sample.activitiesCSV), ("assessments.csv", sample.assessmentsCSV),
            ("opportunities.csv", sample.opportunitiesCSV),
        ]
    }
}
