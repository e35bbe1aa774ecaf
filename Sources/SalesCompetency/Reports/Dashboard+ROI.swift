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
                    header: ["Investment", "Goal", "Measured", "Target", "Met"],
                    rows: goals.map { name, goal in
                        [
                            name, goal.goal.rawValue, NumberFormatting.fixed(goal.measured, decimals: 3),
                            NumberFormatting.fixed(goal.target, decimals: 3), goal.isMet ? "yes" : "no",
                        ]
                    }, numericColumns: [2, 3]))
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
