import Foundation
import Testing

@testable import SalesCompetency

struct DashboardTests {
    static let day = Day(year: 2025, month: 3, day: 1)!

    @Test func outcomesSectionShowsTheFiguresAndEscapesRepNames() throws {
        let deals = [
            try Opportunity(
                id: "o1", ownerID: "<b>Ann</b>", opened: Self.day, closed: Self.day.adding(days: 10), outcome: .won,
                value: 1000),
            try Opportunity(
                id: "o2", ownerID: "<b>Ann</b>", opened: Self.day, closed: Self.day.adding(days: 20), outcome: .lost,
                value: 0),
        ]
        var dashboard = Dashboard(title: "T")
        dashboard.addOutcomes(OutcomeMetrics(deals))
        let html = dashboard.render()
        #expect(html.contains("<div class=\"value\">50.0%</div>"))  // 1 won of 2 closed
        #expect(html.contains("<div class=\"value\">10.0 days</div>"))  // cycle of the won deal only
        #expect(html.contains("&lt;b&gt;Ann&lt;/b&gt;") && !html.contains("<b>Ann"))
    }

    @Test func retentionSectionDrawsBothCurvesAndThePlan() throws {
        let model = try RetentionModel(forgotten: 0.8, afterDays: 90)
        let plan = try ReinforcementPlanner(model: model, target: 0.9, horizonDays: 365).plan()
        var dashboard = Dashboard(title: "T")
        try dashboard.addRetention(plan: plan, model: model)
        let html = dashboard.render()
        #expect(html.contains("without reinforcement") && html.contains("with the plan"))
        #expect(html.contains("on days \(plan.days.map(String.init).joined(separator: ", "))"))
        // S = 90 / ln 5 = 55.92 days; retention at day 365 without reinforcement = e^(-365/55.92) = 0.15%.
        #expect(html.contains(">55.9 days<") && html.contains(">0.1%<"))
    }
}

struct DashboardScoringTests {
    @Test func heatmapShowsEachEmployedPersonsScoresInTheirBands() throws {
        let utc = TimeZone(identifier: "UTC")!
        let roster = try Roster(
            csvText: """
                rep_id,role,manager_id,hired_on,left_on,departure
                boss,manager,,,,
                ann,consultant,boss,,,
                gone,consultant,boss,,2025-01-20,voluntary
                """)
        let policy = try ScoringPolicy(
            rulesCSVText: """
                task_id,competency_id,role,monthly_target,weight
                calls,communicating-effectively,consultant,10,1
                """, timeZone: utc)
        // ann: 7 calls in February = 0.7 of the target, amber exactly at the boundary; gone: 12 calls in January.
        let engine = ScoringEngine(policy: policy, roster: roster)
        let scorecards = try engine.score(
            engine.aggregate(
                activitiesCSVText: """
                    rep_id,task_id,occurred_on,quantity
                    ann,calls,2025-02-03,7
                    gone,calls,2025-01-10,12
                    """, periods: try PeriodRange(.month(2025, 1), through: .month(2025, 2))))
        var dashboard = Dashboard(title: "T")
        dashboard.addScorecards(scorecards, period: .month(2025, 2), roster: roster)
        let html = dashboard.render()
        #expect(html.contains("ann (consultant)"))
        #expect(!html.contains("gone (consultant)"))  // left in January, not shown for February
        #expect(html.contains("fill=\"#e8a33d\"/><text") && html.contains(">0.70<"))  // amber cell
        #expect(html.contains(">Communicating Effectively<"))
        #expect(html.contains("<div class=\"label\">Amber</div><div class=\"value\">1</div>"))
    }
}

struct DashboardLayoutTests {
    @Test func heatmapLabelsTheTeamsAndKeepsItsLegendOutsideTheGrid() {
        var map = Heatmap(columns: ["A", "B", "C", "D", "E"])
        map.append(row: "ann", cells: [.init(value: 0.5, tone: .red)], group: "Team of boss")
        map.append(row: "bo", cells: [.init(value: 1.2, tone: .green)], group: "Team of boss")
        map.append(row: "cy", cells: [.init(value: 0.8, tone: .amber)], group: "Team of lead")
        let html = map.fragment().html
        #expect(html.components(separatedBy: ">Team of boss</text>").count == 2)  // one heading per team
        #expect(html.contains(">Team of lead</text>"))
        let grid = html.components(separatedBy: "</svg>")[0]
        #expect(!grid.contains("green: 1.00 and above"))  // the legend wraps as HTML: never clipped by the grid
        #expect(html.contains("<ul class=\"legend\">") && html.contains("green: 1.00 and above</li>"))
        #expect(html.contains("<div class=\"scroll\"><svg"))  // on a phone the grid scrolls sideways
    }

    @Test func ownershipWithoutFindingsIsOneSentenceAndNoEmptyTable() {
        var page = Dashboard(title: "T")
        page.addOwnership([], investmentsChecked: 1)
        let html = page.render()
        #expect(html.contains("has one owner set up to succeed") && !html.contains("<table>"))
    }

    @Test func tablesScrollOnANarrowScreen() {
        let table = HTMLFragment.table(header: ["a"], rows: [["1"]]).html
        #expect(table.hasPrefix("<div class=\"scroll\"><table>") && table.hasSuffix("</table></div>"))
        #expect(HTMLDocument.style.contains("@media (max-width:600px)"))
    }

    @Test func theROIPageShowsGoalsAsPercentagesAndTheCostAndBenefitLines() throws {
        let investment = try Investment(
            id: "crm", name: "CRM", category: .crm, ownerID: "ana", startsOn: Day(year: 2025, month: 1, day: 1)!,
            participants: 10,
            costs: [try CostItem(name: "Implementation", kind: .oneTime(amount: 10_000))],
            benefits: [
                try Benefit(
                    name: "Admin hours saved", change: .beforeAfter(before: 14, after: 8), direction: .lowerIsBetter,
                    frequency: .month, units: 10, attribution: 1, confidence: 1, unitValue: 65)
            ],
            measured: try GoalMeasurements(retentionAfterOneYear: 0.86))
        let report = try ROICalculator().report(for: investment)
        var page = Dashboard(title: "CRM")
        page.addInvestments([report])
        page.addInvestmentLines(report)
        let html = page.render()
        #expect(html.contains(">Implementation</td>") && html.contains(">10000.00</td>"))
        #expect(html.contains(">Admin hours saved</td>"))
        let goal = try #require(report.goals.first)
        #expect(html.contains(">\(NumberFormatting.percent(goal.measured))</td>"))
        #expect(!html.contains(">\(NumberFormatting.fixed(goal.measured, decimals: 3))</td>"))
    }
}
