extension Dashboard {
    /// Adds the forgetting curve of a training with and without the planned reinforcements, and the plan.
    ///
    /// - Parameters:
    ///   - plan: The reinforcement plan to draw.
    ///   - model: The forgetting curve without reinforcement.
    ///   - policy: How reinforcements raise stability.
    ///   - title: The section heading.
    /// - Throws: ``ValidationError`` when the plan's days are not increasing.
    /// - Complexity: O(horizon days).
    public mutating func addRetention(
        plan: ReinforcementPlan, model: RetentionModel, policy: ReinforcementPolicy = .default,
        title: String = "Knowledge retention"
    ) throws {
        let reinforced = try RetentionTimeline(model: model, policy: policy, reinforcementDays: plan.days)
        let days = Array(0...plan.horizonDays)
        var chart = LineChart(xLabels: days.map { "day \($0)" }, yRange: 0...1)
        chart.yFormat = .percent
        chart.append(series: "without reinforcement", values: days.map { model.retention(atDay: Double($0)) })
        chart.append(series: "with the plan", values: days.map { reinforced.retention(atDay: Double($0)) })
        chart.reference(at: plan.target, label: "target \(Dashboard.percent(plan.target))")
        let schedule =
            plan.isFeasible
            ? "The plan holds \(Dashboard.percent(plan.target)) through day \(plan.horizonDays) with "
                + "\(plan.events.count) reinforcements, on days \(plan.days.map(String.init).joined(separator: ", "))."
            : "No schedule of at most \(plan.maximumEvents) reinforcements holds \(Dashboard.percent(plan.target)) "
                + "through day \(plan.horizonDays)."
        let unreinforced =
            plan.unreinforcedFallsBelowTargetOnDay.map {
                "Without reinforcement retention falls below the target on day "
                    + "\(NumberFormatting.fixed($0, decimals: 1))."
            } ?? "Without reinforcement retention stays above the target."
        addSection(
            title,
            [
                .figures([
                    ("Stability S", NumberFormatting.fixed(model.stability, decimals: 1) + " days"),
                    ("Retained at day 365 without", Dashboard.percent(model.retention(atDay: 365))),
                    ("Retained at day 365 with", Dashboard.percent(reinforced.retention(atDay: 365))),
                ]),
                chart.fragment(), .paragraph(unreinforced), .paragraph(schedule),
            ])
    }
}
