import Foundation
import SalesCompetency

/// `sco retention`: the forgetting curve from "x% forgotten after d days", and the fewest reinforcements
/// that hold a retention target through a horizon.
enum RetentionCommand: Command {
    static let name = "retention"
    static let summary = "Forgetting curve and the fewest reinforcements that hold a retention target"
    static let help = """
        Usage: sco retention [--forgotten F] [--after-days D] [--target T] [--horizon-days H]
                             [--max-events N] [--min-gap-days G] [--spacing-gain K] [--max-factor M]
                             [--format table|json|csv|html] [--output FILE]

        Calibrates the forgetting curve R(t) = e^(-t/S) from "a fraction F is forgotten after D days"
        (S = -D / ln(1 - F); default 80% after 90 days, the source model's figure), then plans the fewest
        reinforcements (coaching, refreshers, spaced practice) on whole days that keep retention at or
        above T (default 0.9) from the training (day 0) through day H (default 365). At a reinforcement
        retention returns to 1 and stability becomes min(S + K * gap, M * S) (defaults K = 10, M = 4).
        When no schedule of at most N events (default 12) at least G days apart (default 1) can hold
        the target, it says so and shows the schedule that holds it longest.

        --format csv prints day,retention_unreinforced,retention_planned for days 0 to H (6 decimals);
        --format html writes a page with both curves and the plan.

        Example: sco retention --forgotten 0.8 --after-days 120 --target 0.9 --horizon-days 365
        """

    static let formats: [(form: String, choice: FormatChoice)] = [("", .page)]

    static func run(_ arguments: inout Arguments) async throws {
        let forgotten = try arguments.number("--forgotten") ?? 0.8
        let afterDays = try arguments.number("--after-days") ?? 90
        let target = try arguments.number("--target") ?? 0.9
        let horizon = try arguments.wholeNumber("--horizon-days") ?? 365
        let maximumEvents = try arguments.wholeNumber("--max-events") ?? 12
        let minimumGap = try arguments.wholeNumber("--min-gap-days") ?? 1
        let gain = try arguments.number("--spacing-gain") ?? 10
        let factor = try arguments.number("--max-factor") ?? 4
        let options = try OutputOptions(&arguments, .page)
        let (format, output) = (options.format, options.output)
        try arguments.finish()

        let model: RetentionModel
        let planner: ReinforcementPlanner
        do {
            model = try RetentionModel(forgotten: forgotten, afterDays: afterDays)
            planner = try ReinforcementPlanner(
                model: model, policy: try ReinforcementPolicy(spacingGain: gain, maximumFactor: factor),
                target: target, horizonDays: horizon, maximumEvents: maximumEvents, minimumGapDays: minimumGap)
        } catch let error as ValidationError {
            throw UsageError("--\(optionName(error.field ?? "")): \(error.message)")
        }
        let plan = planner.plan()
        switch format {
        case .json:
            try output.write(
                jsonText(
                    RetentionJSON(
                        forgotten: forgotten, afterDays: afterDays, stability: model.stability,
                        halfLife: model.halfLife, spacingGain: gain, maximumFactor: factor, plan: plan)))
        case .csv:
            let plain = try RetentionTimeline(model: model, policy: planner.policy)
            let planned = try RetentionTimeline(model: model, policy: planner.policy, reinforcementDays: plan.days)
            var csv = CSVWriter(header: ["day", "retention_unreinforced", "retention_planned"])
            for day in 0...horizon {
                csv.append([
                    CSVWriter.number(day), CSVWriter.number(plain.retention(atDay: Double(day)), decimals: 6),
                    CSVWriter.number(planned.retention(atDay: Double(day)), decimals: 6),
                ])
            }
            try output.write(csv.text)
        case .html:
            var page = Dashboard(title: "Retention and reinforcement")
            try page.addRetention(plan: plan, model: model, policy: planner.policy)
            try output.write(page.render())
        default:
            try output.write(table(model: model, forgotten: forgotten, afterDays: afterDays, plan: plan, output))
        }
    }

    private static func table(
        model: RetentionModel, forgotten: Double, afterDays: Double, plan: ReinforcementPlan, _ output: Output
    ) throws -> String {
        func percent(_ value: Double) -> String { NumberFormatting.fixed(value * 100, decimals: 1) + "%" }
        var text = """
            Forgetting curve: \(percent(forgotten)) forgotten after \(NumberFormatting.fixed(afterDays, decimals: 0)) \
            days, so stability S = \(NumberFormatting.fixed(model.stability, decimals: 2)) days \
            (half-life \(NumberFormatting.fixed(model.halfLife, decimals: 2)) days).

            """
        var curve = TextTable(columns: [.init("day", alignment: .right), .init("retention", alignment: .right)])
        for day in [1, 7, 30, 60, 90, 120, 180, 365] where day <= max(plan.horizonDays, 120) {
            curve.append([String(day), percent(model.retention(atDay: Double(day)))])
        }
        text += curve.render(colored: output.isColored) + "\n" + plan.summary + "\n"
        if !plan.events.isEmpty {
            var events = TextTable(columns: [
                .init("#", alignment: .right), .init("day", alignment: .right), .init("gap", alignment: .right),
                .init("retention before", alignment: .right), .init("stability after", alignment: .right),
            ])
            for (index, event) in plan.events.enumerated() {
                let color: TextTable.Color? = event.retentionBefore >= plan.target ? nil : .red
                events.append(
                    [
                        String(index + 1), String(event.day), String(event.gapDays), percent(event.retentionBefore),
                        NumberFormatting.fixed(event.stabilityAfter, decimals: 2),
                    ], colors: [nil, nil, nil, color, nil])
            }
            text += "\n" + events.render(colored: output.isColored)
        }
        text += "\nRetention on day \(plan.horizonDays): \(percent(plan.retentionAtHorizon)); "
        text += "lowest \(percent(plan.minimumRetention)).\n"
        return text
    }

    private static func optionName(_ field: String) -> String {
        switch field {
        case "afterDays": "after-days"
        case "horizonDays": "horizon-days"
        case "maximumEvents": "max-events"
        case "minimumGapDays": "min-gap-days"
        case "spacingGain": "spacing-gain"
        case "maximumFactor": "max-factor"
        default: field
        }
    }
}

/// The JSON `sco retention --format json` prints.
private struct RetentionJSON: Encodable {
    let forgotten: Double
    let afterDays: Double
    let stability: Double
    let halfLife: Double
    let spacingGain: Double
    let maximumFactor: Double
    let plan: ReinforcementPlan
}
