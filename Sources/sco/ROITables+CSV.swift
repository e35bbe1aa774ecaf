import Foundation
import SalesCompetency

extension ROITables {
    /// The figures of `sco roi --benefits --costs` as `figure,value`.
    static func csv(_ ratios: ROIRatios) -> String {
        var writer = CSVWriter(header: ["figure", "value"])
        for (figure, value) in figureCells(ratios) { writer.append([.text(figure), value]) }
        return writer.text
    }

    /// The yearly flows of `sco roi --costs-by-year` as one row per year.
    static func csv(_ flows: DiscountedCashFlows) -> String {
        var writer = CSVWriter(header: [
            "year", "costs", "benefits", "net", "discount_factor", "present_costs", "present_benefits", "present_net",
        ])
        for year in flows.years {
            writer.append([
                CSVWriter.number(year.year), number(year.costs), number(year.benefits), number(year.net),
                .number(NumberFormatting.fixed(year.discountFactor, decimals: 6)), number(year.presentCosts),
                number(year.presentBenefits), number(year.presentNet),
            ])
        }
        return writer.text
    }

    /// The report of `sco roi --input` as `section,item,value`: each cost line, each benefit line, the totals,
    /// each year's present net value, and each goal's measured value.
    static func csv(_ report: ROIReport) -> String {
        var writer = CSVWriter(header: ["section", "item", "value"])
        for line in report.costLines { writer.append([.text("cost"), .text(line.name), number(line.total)]) }
        for line in report.benefitLines { writer.append([.text("benefit"), .text(line.name), number(line.total)]) }
        for (figure, value) in figureCells(report.totals) { writer.append([.text("total"), .text(figure), value]) }
        writer.append([.text("total"), .text("net_present_value"), number(report.cashFlows.netPresentValue)])
        writer.append([
            .text("total"), .text("break_even_month"), .number(report.breakEvenMonth.map(String.init) ?? ""),
        ])
        for year in report.cashFlows.years {
            writer.append([.text("present_net"), .text("year \(year.year)"), number(year.presentNet)])
        }
        if let adoption = report.adoption {
            writer.append([.text("adoption"), .text("idle_seats"), CSVWriter.number(adoption.idleSeats)])
            writer.append([.text("adoption"), .text("wasted_spend"), number(adoption.wastedSpend)])
        }
        for goal in report.goals {
            writer.append([
                .text("goal"), .text(goal.goal.rawValue), .number(NumberFormatting.fixed(goal.measured, decimals: 6)),
            ])
        }
        return writer.text
    }

    private static func number(_ value: Decimal) -> CSVWriter.Cell { .number(money(value)) }

    private static func figureCells(_ ratios: ROIRatios) -> [(String, CSVWriter.Cell)] {
        [
            ("costs", number(ratios.costs)), ("benefits", number(ratios.benefits)),
            ("net_benefits", number(ratios.netBenefits)),
            ("benefit_cost_ratio", .number(NumberFormatting.fixed(ratios.benefitCostRatio, decimals: 4))),
            ("roi_percent", number(ratios.roiPercent)),
            ("payback_months", .number(ratios.paybackMonths.map { NumberFormatting.fixed($0, decimals: 2) } ?? "")),
        ]
    }
}
