import Foundation
import SalesCompetency

/// `sco roi`: what an investment returns (BCR, ROI %, payback, NPV, adoption, goals), from an investment
/// JSON file or from quick totals.
enum ROICommand: Command {
    static let name = "roi"
    static let summary = "Return on a sales investment: BCR, ROI %, payback, NPV, idle seats, goals"
    static let help = """
        Usage: sco roi --input investment.json [--horizon-years Y] [--discount-rate R]
                       [--impact impact.json [--impact-benefit NAME]]
               sco roi --benefits N --costs N [--months M]
               sco roi --costs-by-year N,N,.. --benefits-by-year N,N,.. --discount-rate R
               [--format table|json|csv|html] [--output FILE]

        --input reads an investment (JSON, schemaVersion 1: id, name, category, owner, startsOn, costs,
        benefits, ...; see the ROI article of the documentation) and reports over Y years (default 3) at a
        yearly discount rate R (default 0.10): fully loaded costs, retention-adjusted benefits, the
        benefit-cost ratio (benefits / costs), ROI % ((benefits - costs) / costs x 100), payback months
        (costs / average monthly benefits), the break-even month, yearly cash flows with NPV (year 0
        undiscounted, year k divided by (1 + R)^k), seats bought vs used and the spend idle seats waste,
        and the measured values against the source model's goals (90% retention after a year, non-induced churn
        -50%, sales cycle -5 to -10% a year).

        --impact reads a measured impact (sco impact --format json) of the same investment and shows the
        claimed and the measured return side by side: the benefit (the first, or --impact-benefit NAME) keeps
        its units, unit value and frequency, and its change becomes the measured difference in differences,
        with attribution 1 and the conservative confidence (interval end nearest to no effect / estimate).

        --benefits and --costs give BCR, ROI % and payback for totals over M months (default 12).
        --costs-by-year and --benefits-by-year give discounted flows; the first value is year 0.

        Amounts are exact decimals; they are rounded half away from zero only for display: money and
        percentages to 2 decimals, ratios to 4 in JSON and 2 in tables.

        --format html (with --input) writes a self-contained page: the investment's figures, its owner and
        goals, and the yearly cash flows. --format csv prints figure,value for --benefits/--costs; one row per
        year for --costs-by-year; and section,item,value for --input (cost and benefit lines, totals, present
        net per year, adoption, goals).

        Example: sco roi --costs-by-year 1000,0,0 --benefits-by-year 0,600,600 --discount-rate 0.1

        """ + OwnershipOptions.help

    static let formats: [(form: String, choice: FormatChoice)] = [("", .page)]

    static func run(_ arguments: inout Arguments) async throws {
        let input = try arguments.input("--input")
        let impactPath = try arguments.input("--impact")
        let impactBenefit = try arguments.option("--impact-benefit")
        let benefits = try arguments.decimal("--benefits")
        let costs = try arguments.decimal("--costs")
        let months = try arguments.wholeNumber("--months")
        let costsByYear = try arguments.decimals("--costs-by-year")
        let benefitsByYear = try arguments.decimals("--benefits-by-year")
        let rate = try arguments.decimal("--discount-rate")
        let horizon = try arguments.wholeNumber("--horizon-years")
        let options = try OutputOptions(&arguments, .page)
        let (format, output) = (options.format, options.output)
        let ownership = try OwnershipOptions(&arguments)
        try arguments.finish()

        let forms = [input != nil, benefits != nil || costs != nil, costsByYear != nil || benefitsByYear != nil]
        guard forms.filter({ $0 }).count == 1 else {
            throw UsageError(
                "give exactly one of --input, --benefits with --costs, or --costs-by-year with --benefits-by-year")
        }
        guard format != .html || input != nil else { throw UsageError("--format html goes with --input") }
        guard ownership.isEmpty || input != nil else {
            throw UsageError(
                "--roster, --portfolio, --max-live-programmes, --vendor-contacts and --effective go with --input")
        }
        guard impactPath != nil || impactBenefit == nil else { throw UsageError("--impact-benefit goes with --impact") }
        guard input != nil || impactPath == nil else { throw UsageError("--impact goes with --input") }
        if let input {
            guard months == nil else { throw UsageError("--months goes with --benefits and --costs") }
            let years = horizon
            let investment = try Investment(jsonFile: input)
            let calculator = try optionError {
                try ROICalculator(horizonYears: years ?? 3, discountRate: rate ?? Decimal(string: "0.1")!)
            }
            let report = try calculator.report(for: investment)
            let findings = try ownership.findings(for: investment)
            if let impactPath {
                guard format == .table || format == .json else { throw UsageError("--impact prints table or json") }
                let (variant, impact, benefit) = try measured(
                    investment, impactPath: impactPath, benefitName: impactBenefit)
                let measuredReport = try calculator.report(for: variant)
                if format == .json {
                    try output.write(
                        jsonText(
                            ClaimedAndMeasured(
                                impact: .init(
                                    benefit: benefit.name, measure: impact.measure.description,
                                    estimate: impact.estimate.value, interval: impact.estimate.interval,
                                    confidence: Benefit.conservativeConfidence(of: impact),
                                    rule: "interval end nearest to no effect / estimate, clamped to 0...1"),
                                claimed: try InvestmentJSON(report), measured: try InvestmentJSON(measuredReport))))
                } else {
                    try output.write(
                        sideBySide(
                            claimed: report, measured: measuredReport, impact: impact, benefit: benefit,
                            colored: output.isColored) + "\n")
                }
                return
            }
            switch format {
            case .json:
                var json = try InvestmentJSON(report)
                json.ownership = findings
                try output.write(jsonText(json))
            case .html: try output.write(html(report, ownership: findings))
            case .csv: try output.write(ROITables.csv(report))
            default:
                try output.write(ROITables.investment(report, colored: output.isColored) + ownershipText(findings))
            }
        } else if let benefits, let costs {
            guard rate == nil, horizon == nil else {
                throw UsageError("--discount-rate and --horizon-years go with --input or --costs-by-year")
            }
            let ratios = try optionError { try ROIRatios(benefits: benefits, costs: costs, months: months ?? 12) }
            switch format {
            case .json: try output.write(jsonText(RatiosJSON(ratios)))
            case .csv: try output.write(ROITables.csv(ratios))
            default: try output.write(ROITables.ratios(ratios))
            }
        } else if let costsByYear, let benefitsByYear {
            guard let rate else { throw UsageError("--costs-by-year needs --discount-rate") }
            guard months == nil, horizon == nil else {
                throw UsageError("--months and --horizon-years do not go with --costs-by-year")
            }
            let text = try optionError(byYear: true) {
                let flows = try DiscountedCashFlows(costs: costsByYear, benefits: benefitsByYear, discountRate: rate)
                switch format {
                case .json: return try jsonText(try FlowsJSON(flows))
                case .csv: return ROITables.csv(flows)
                default: return try ROITables.flows(flows)
                }
            }
            try output.write(text)
        } else {
            throw UsageError(
                benefits == nil && costs == nil
                    ? "--benefits-by-year and --costs-by-year go together"
                    : "--benefits and --costs go together")
        }
    }

    /// The report as a self-contained HTML page.
    static func html(_ report: ROIReport, ownership: [OwnershipFinding]) -> String {
        var page = Dashboard(title: report.name, subtitle: "Owner \(report.ownerID), from \(report.startsOn)")
        page.addInvestments([report])
        page.addInvestmentLines(report)
        let money = { (value: Decimal) in NumberFormatting.fixed(value, decimals: 2) }
        page.addSection(
            "Yearly cash flows at \(NumberFormatting.fixed(report.cashFlows.discountRate * 100, decimals: 1))%",
            [
                .table(
                    header: ["Year", "Costs", "Benefits", "Net", "Discount factor", "Present net"],
                    rows: report.cashFlows.years.map { year in
                        [
                            String(year.year), money(year.costs), money(year.benefits), money(year.net),
                            NumberFormatting.fixed(year.discountFactor, decimals: 4), money(year.presentNet),
                        ]
                    }, numericColumns: [0, 1, 2, 3, 4, 5]),
                .paragraph("Net present value: \(money(report.cashFlows.netPresentValue))"),
            ]
                + (report.intangibles.isEmpty
                    ? [] : [.paragraph("Intangibles: " + report.intangibles.joined(separator: "; "))]))
        page.addOwnership(ownership, investmentsChecked: 1)
        return page.render()
    }

    /// Runs `body`, turning an ``ValidationError`` about a value given on the command line into a usage error
    /// that names the option.
    private static func optionError<T>(byYear: Bool = false, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ValidationError {
            var field = error.field ?? ""
            var position = ""
            if let open = field.firstIndex(of: "["), let index = Int(field[field.index(after: open)...].dropLast()) {
                position = " value \(index + 1)"
                field = String(field[..<open])
            }
            if byYear, field == "costs" || field == "benefits" { field += "-by-year" }
            let option =
                switch field {
                case "discountRate": "--discount-rate"
                case "horizonYears": "--horizon-years"
                default: "--" + field
                }
            throw UsageError("option \(option)\(position): \(error.message)")
        }
    }
}
