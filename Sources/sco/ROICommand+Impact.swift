import Foundation
import SalesCompetency

extension ROICommand {
    /// The claimed investment and the same investment with one benefit's change replaced by a measured impact.
    struct ClaimedAndMeasured: Encodable {
        let impact: Impact
        let claimed: InvestmentJSON
        let measured: InvestmentJSON

        struct Impact: Encodable {
            let benefit: String
            let measure: String
            let estimate: Double
            let interval: ConfidenceInterval?
            let confidence: Double
            let rule: String
        }
    }

    /// Reads an impact report (`sco impact --format json`) and the investment's measured variant.
    static func measured(_ investment: Investment, impactPath: String, benefitName: String?) throws -> (
        Investment, ImpactReport, Benefit
    ) {
        let report: ImpactReport
        do {
            report = try JSONDecoder().decode(
                ImpactReport.self, from: Data(contentsOf: URL(fileURLWithPath: impactPath)))
        } catch {
            throw InputError(
                .invalidJSON, file: impactPath, message: "not an impact report of sco impact --format json (\(error))")
        }
        guard report.investmentID == investment.id else {
            throw InputError(
                .invalidValue, file: impactPath, field: "investmentID",
                message:
                    "the impact is of \(ErrorText.quoted(report.investmentID.rawValue)), the investment is \(ErrorText.quoted(investment.id.rawValue))"
            )
        }
        guard let index = investment.benefits.firstIndex(where: { benefitName == nil || $0.name == benefitName })
        else {
            throw UsageError(
                benefitName.map { "--impact-benefit: no benefit named \(ErrorText.quoted($0))" }
                    ?? "the investment has no benefit to set the measured change beside")
        }
        var measured = investment
        let claimed = investment.benefits[index]
        measured.benefits[index] = try claimed.measured(by: report)
        return (measured, report, claimed)
    }

    /// The claimed and the measured report side by side.
    static func sideBySide(
        claimed: ROIReport, measured: ROIReport, impact: ImpactReport, benefit: Benefit, colored: Bool
    ) -> String {
        var text = "\(claimed.investmentID): \(claimed.name): claimed against measured\n"
        text += impact.headline + "\n"
        text +=
            "Benefit \"\(benefit.name)\": the measured change counts with confidence "
            + "\(NumberFormatting.fixed(Benefit.conservativeConfidence(of: impact), decimals: 3)) (the interval's end "
            + "nearest to no effect, divided by the estimate) and attribution 1 (the comparison group isolates it).\n\n"
        var table = TextTable(columns: [
            .init("figure"), .init("claimed", alignment: .right), .init("measured", alignment: .right),
        ])
        let claimedRows = ROITables.ratioRows(claimed.totals) + extraRows(claimed)
        let measuredRows = ROITables.ratioRows(measured.totals) + extraRows(measured)
        for (left, right) in zip(claimedRows, measuredRows) { table.append([left.0, left.1, right.1]) }
        return text + table.render(colored: colored)
    }

    private static func extraRows(_ report: ROIReport) -> [(String, String)] {
        [
            (
                "Payback",
                report.totals.paybackMonths.map { NumberFormatting.fixed($0, decimals: 1) + " months" }
                    ?? "never"
            ),
            (
                "NPV at \(ROITables.percent(report.cashFlows.discountRate * 100))",
                ROITables.money(report.cashFlows.netPresentValue)
            ),
        ]
    }
}
