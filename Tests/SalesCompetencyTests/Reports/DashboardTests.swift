import Foundation
import SalesCompetency
import Testing

struct DashboardTests {
    static let day = Day(year: 2025, month: 3, day: 1)!

    @Test func outcomesSectionShowsTheFiguresAndEscapesRepNames() throws {
        let deals = [
            try Opportunity(
                id: "o1", owner: "<b>Ann</b>", opened: Self.day, closed: Self.day.adding(days: 10), outcome: .won,
                value: 1000),
            try Opportunity(
                id: "o2", owner: "<b>Ann</b>", opened: Self.day, closed: Self.day.adding(days: 20), outcome: .lost,
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
