import Foundation

extension Dashboard {
    /// Adds the return on each investment: owner, costs, benefits, benefit-cost ratio, ROI %, payback, NPV and
    /// idle seats, and the progress against the sales goals.
    ///
    /// - Parameters:
    ///   - reports: One report per investment.
    ///   - title: The section heading.
    /// - Complexity: O(investments).
    public mutating func addInvestments(_ reports: [ROIReport], title: String = "Return on investment") {
        let rows = reports.map(Dashboard.investmentRow)
        var fragments: [HTMLFragment] = [
            .table(
                header: [
                    "Investment", "Owner", "Category", "Costs", "Benefits", "BCR", "ROI", "Payback months", "NPV",
                    "Seats",
                ], rows: rows, numericColumns: [3, 4, 5, 6, 7, 8]),
            .note(
                "BCR = benefits ÷ costs; ROI = (benefits − costs) ÷ costs × 100. NPV discounts yearly cash flows, "
                    + "the initial outlay undiscounted. Benefits of training are scaled by modelled retention."),
        ]
        let goals = reports.flatMap { report in report.goals.map { (report.name, $0) } }
        if !goals.isEmpty {
            fragments.append(.paragraph("Progress against the sales goals"))
            fragments.append(
                .table(
                    header: ["Investment", "Goal", "Measured", "Target", "Status", "Gap"],
                    rows: goals.map { name, goal in
                        [
                            name, goal.goal.rawValue, Dashboard.percent(goal.measured), Dashboard.percent(goal.target),
                            goal.isMet ? "met" : "not met", goal.isMet ? "" : Dashboard.percent(goal.gap),
                        ]
                    }, numericColumns: [2, 3, 5]))
        }
        addSection(title, fragments)
    }

    /// Adds one investment's cost and benefit lines, as `sco roi` prints them: each cost item with its kind and
    /// total, and each benefit with its annual value, what it was adjusted for and its total.
    ///
    /// - Parameters:
    ///   - report: The investment's report.
    ///   - title: The section heading.
    /// - Complexity: O(lines).
    public mutating func addInvestmentLines(_ report: ROIReport, title: String = "Costs and benefits") {
        let exact = { (value: Decimal) in NumberFormatting.fixed(value, decimals: 2) }
        var fragments: [HTMLFragment] = [
            .table(
                header: ["Cost item", "Kind", "Total"],
                rows: report.costLines.map { [$0.name, $0.kind, exact($0.total)] }
                    + [["Total costs", "", exact(report.totals.costs)]], numericColumns: [2])
        ]
        if !report.benefitLines.isEmpty {
            fragments.append(
                .table(
                    header: ["Benefit", "Annual value", "Adjusted for", "Total"],
                    rows: report.benefitLines.map { line in
                        let adjustments = [
                            line.retentionAdjusted ? "retention" : nil, line.firstYearOnly ? "first year only" : nil,
                        ]
                        return [
                            line.name, exact(line.annualValue), adjustments.compactMap { $0 }.joined(separator: ", "),
                            exact(line.total),
                        ]
                    } + [["Total benefits", "", "", exact(report.totals.benefits)]], numericColumns: [1, 3]))
        }
        if !report.intangibles.isEmpty {
            fragments.append(.note("Intangibles (not monetised): " + report.intangibles.joined(separator: "; ")))
        }
        addSection(title, fragments)
    }

    static func money(_ value: Decimal) -> String { NumberFormatting.fixed(value, decimals: 0) }

    static func investmentRow(_ report: ROIReport) -> [String] {
        let payback = report.totals.paybackMonths.map { NumberFormatting.fixed($0, decimals: 1) } ?? "never"
        let seats = report.adoption.map { "\($0.idleSeats) idle, \(money($0.wastedSpend)) wasted" } ?? "–"
        let ratio: String = NumberFormatting.fixed(report.totals.benefitCostRatio, decimals: 2)
        let roi: String = NumberFormatting.fixed(report.totals.roiPercent, decimals: 1) + "%"
        return [
            report.name, report.ownerID.rawValue, report.category.rawValue, money(report.totals.costs),
            money(report.totals.benefits), ratio, roi, payback, money(report.cashFlows.netPresentValue), seats,
        ]
    }
}
