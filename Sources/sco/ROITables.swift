import Foundation
import SalesCompetency

/// The terminal tables of `sco roi`. Money and percentages show 2 decimals, rounded half away from zero.
enum ROITables {
    static func money(_ value: Decimal) -> String { NumberFormatting.fixed(value, decimals: 2) }
    static func percent(_ value: Decimal) -> String { NumberFormatting.fixed(value, decimals: 2) + "%" }
    static func fraction(_ value: Double) -> String { NumberFormatting.fixed(value * 100, decimals: 1) + "%" }

    static func figures(_ rows: [(String, String)]) -> TextTable {
        var table = TextTable(columns: [.init("figure"), .init("value", alignment: .right)])
        for row in rows { table.append([row.0, row.1]) }
        return table
    }

    static func ratioRows(_ ratios: ROIRatios, prefix: String = "") -> [(String, String)] {
        func label(_ text: String) -> String {
            // "Costs" becomes "PV costs"; an acronym such as "ROI %" keeps its capitals.
            prefix.isEmpty || text.prefix(2).allSatisfy(\.isUppercase)
                ? prefix + text : prefix + text.prefix(1).lowercased() + text.dropFirst()
        }
        return [
            (label("Costs"), money(ratios.costs)),
            (label("Benefits"), money(ratios.benefits)),
            (label("Net benefits"), money(ratios.netBenefits)),
            (
                label("Benefit-cost ratio (benefits / costs)"),
                NumberFormatting.fixed(ratios.benefitCostRatio, decimals: 2)
            ),
            (label("ROI % ((benefits - costs) / costs x 100)"), percent(ratios.roiPercent)),
        ]
    }

    static func ratios(_ ratios: ROIRatios) -> String {
        var rows = ratioRows(ratios)
        rows.append(
            (
                "Payback (costs / monthly benefits over \(ratios.months) months)",
                ratios.paybackMonths.map { NumberFormatting.fixed($0, decimals: 1) + " months" } ?? "never"
            ))
        return figures(rows).render(colored: false)
    }

    static func flowTable(_ flows: DiscountedCashFlows) -> TextTable {
        var table = TextTable(
            columns: ["year", "costs", "benefits", "net", "discount factor", "PV costs", "PV benefits", "PV net"]
                .enumerated()
                .map { .init($0.element, alignment: $0.offset == 0 ? .left : .right) })
        for year in flows.years {
            table.append([
                String(year.year), money(year.costs), money(year.benefits), money(year.net),
                NumberFormatting.fixed(year.discountFactor, decimals: 6), money(year.presentCosts),
                money(year.presentBenefits), money(year.presentNet),
            ])
        }
        return table
    }

    static func flows(_ flows: DiscountedCashFlows) throws -> String {
        var rows = [("NPV at \(percent(flows.discountRate * 100))", money(flows.netPresentValue))]
        rows += ratioRows(try flows.presentValueRatios(), prefix: "PV ")
        return flowTable(flows).render(colored: false) + "\n" + figures(rows).render(colored: false)
    }

    static func investment(_ report: ROIReport, colored: Bool) -> String {
        var text = "\(report.investmentID): \(report.name) (\(report.category)), owner \(report.ownerID), "
        text += "starts \(report.startsOn); \(report.horizonYears)-year horizon\n\n"
        var costs = TextTable(columns: [.init("cost item"), .init("kind"), .init("total", alignment: .right)])
        for line in report.costLines { costs.append([line.name, line.kind, money(line.total)]) }
        text += costs.render(colored: colored) + "\n"
        if !report.benefitLines.isEmpty {
            var benefits = TextTable(columns: [
                .init("benefit"), .init("annual value", alignment: .right), .init("adjusted for"),
                .init("total", alignment: .right),
            ])
            for line in report.benefitLines {
                let adjustments = [
                    line.retentionAdjusted ? "retention" : nil, line.firstYearOnly ? "first year only" : nil,
                ]
                .compactMap { $0 }.joined(separator: ", ")
                benefits.append([line.name, money(line.annualValue), adjustments, money(line.total)])
            }
            text += benefits.render(colored: colored) + "\n"
        }
        var rows = ratioRows(report.totals)
        rows.append(
            (
                "Payback (costs / average monthly benefits)",
                report.totals.paybackMonths.map {
                    NumberFormatting.fixed($0, decimals: 1) + " months"
                } ?? "never"
            ))
        rows.append(
            ("Break-even month (cumulative)", report.breakEvenMonth.map(String.init) ?? "not within the horizon"))
        rows.append(("NPV at \(percent(report.cashFlows.discountRate * 100))", money(report.cashFlows.netPresentValue)))
        rows.append(
            ("PV benefit-cost ratio", NumberFormatting.fixed(report.presentValueRatios.benefitCostRatio, decimals: 2)))
        rows.append(("PV ROI %", percent(report.presentValueRatios.roiPercent)))
        if let retention = report.modelledRetentionAfterOneYear {
            rows.append(("Modelled retention on day 365", fraction(retention)))
        }
        if let adoption = report.adoption {
            rows.append(("Seats used / bought", "\(adoption.seatsUsed) / \(adoption.seatsBought)"))
            rows.append(("Spend wasted on \(adoption.idleSeats) idle seats", money(adoption.wastedSpend)))
        }
        text += figures(rows).render(colored: colored) + "\n" + flowTable(report.cashFlows).render(colored: colored)
        if !report.goals.isEmpty {
            var goals = TextTable(columns: [
                .init("goal"), .init("measured", alignment: .right), .init("target", alignment: .right),
                .init("status"),
                .init("gap", alignment: .right),
            ])
            for goal in report.goals {
                goals.append(
                    [
                        goal.goal.rawValue, fraction(goal.measured), fraction(goal.target),
                        goal.isMet ? "met" : "not met", goal.isMet ? "" : fraction(goal.gap),
                    ], colors: [nil, nil, nil, goal.isMet ? .green : .red, nil])
            }
            text += "\n" + goals.render(colored: colored)
        }
        if !report.intangibles.isEmpty {
            text += "\nIntangibles (not monetised): " + report.intangibles.joined(separator: "; ") + "\n"
        }
        return text
    }
}

/// Rounds for display: money and percentages to 2 decimals, ratios to 4.
private func shown(_ value: Decimal, _ decimals: Int = 2) -> Decimal {
    NumberFormatting.rounded(value, decimals: decimals)
}

/// The JSON of `sco roi --benefits --costs`.
struct RatiosJSON: Encodable {
    let benefits, costs, netBenefits, benefitCostRatio, roiPercent: Decimal
    let paybackMonths: Decimal?
    let months: Int

    init(_ ratios: ROIRatios) {
        benefits = shown(ratios.benefits)
        costs = shown(ratios.costs)
        netBenefits = shown(ratios.netBenefits)
        benefitCostRatio = shown(ratios.benefitCostRatio, 4)
        roiPercent = shown(ratios.roiPercent)
        paybackMonths = ratios.paybackMonths.map { shown($0) }
        months = ratios.months
    }
}

/// The JSON of `sco roi --costs-by-year`.
struct FlowsJSON: Encodable {
    struct Year: Encodable {
        let year: Int
        let costs, benefits, net, discountFactor, presentCosts, presentBenefits, presentNet: Decimal
    }

    let discountRate: Decimal
    let years: [Year]
    let netPresentValue: Decimal
    let presentValue: RatiosJSON

    init(_ flows: DiscountedCashFlows) throws {
        discountRate = flows.discountRate
        years = flows.years.map {
            Year(
                year: $0.year, costs: shown($0.costs), benefits: shown($0.benefits), net: shown($0.net),
                discountFactor: shown($0.discountFactor, 6), presentCosts: shown($0.presentCosts),
                presentBenefits: shown($0.presentBenefits), presentNet: shown($0.presentNet))
        }
        netPresentValue = shown(flows.netPresentValue)
        presentValue = RatiosJSON(try flows.presentValueRatios())
    }
}

/// The JSON of `sco roi --input`.
struct InvestmentJSON: Encodable {
    struct Line: Encodable {
        let name: String
        let kind: String?
        let annualValue: Decimal?
        let total: Decimal
    }

    struct Adoption: Encodable {
        let seatsBought, seatsUsed, idleSeats: Int
        let utilisation: Double?
        let seatSpend, wastedSpend: Decimal
    }

    let investmentID, name, category, owner, startsOn: String
    let horizonYears: Int
    let costs: [Line]
    let benefits: [Line]
    let totals: RatiosJSON
    let breakEvenMonth: Int?
    let cashFlows: FlowsJSON
    let adoption: Adoption?
    let modelledRetentionAfterOneYear: Double?
    let goals: [GoalResult]
    let intangibles: [String]
    var ownership: [OwnershipFinding] = []

    init(_ report: ROIReport) throws {
        investmentID = report.investmentID.rawValue
        name = report.name
        category = report.category.rawValue
        owner = report.ownerID.rawValue
        startsOn = report.startsOn.description
        horizonYears = report.horizonYears
        costs = report.costLines.map { Line(name: $0.name, kind: $0.kind, annualValue: nil, total: shown($0.total)) }
        benefits = report.benefitLines.map {
            Line(name: $0.name, kind: nil, annualValue: shown($0.annualValue), total: shown($0.total))
        }
        totals = RatiosJSON(report.totals)
        breakEvenMonth = report.breakEvenMonth
        cashFlows = try FlowsJSON(report.cashFlows)
        adoption = report.adoption.map {
            Adoption(
                seatsBought: $0.seatsBought, seatsUsed: $0.seatsUsed, idleSeats: $0.idleSeats,
                utilisation: $0.utilisation, seatSpend: shown($0.seatSpend), wastedSpend: shown($0.wastedSpend))
        }
        modelledRetentionAfterOneYear = report.modelledRetentionAfterOneYear
        goals = report.goals
        intangibles = report.intangibles
    }
}
