import Foundation
import SalesCompetency

extension DemoRun {
    /// The bootcamp's measured impact on win rate and on the gathering-intelligence score, from the sample's
    /// enrolments: the planted effect found again.
    static func impacts(
        sample: SampleOrganisation, roster: Roster, scorecards: Scorecards, opportunities: [Opportunity],
        months: PeriodRange
    ) throws -> [ImpactReport] {
        let enrolments = try EnrolmentList(csvText: sample.enrolmentsCSV, name: "enrolments.csv", roster: roster)
        let winRate = try MeasurePanel(opportunities: opportunities, measure: .winRate, roster: roster, months: months)
        let competency = try MeasurePanel(scorecards: scorecards, competencyID: "gathering-intelligence")
        return try [winRate, competency].map {
            try ImpactReport(panel: $0, enrolments: enrolments, investmentID: "bootcamp", roster: roster)
        }
    }

    /// The competencies ranked by how they move with next month's win rate.
    static func links(
        sample: SampleOrganisation, roster: Roster, scorecards: Scorecards, opportunities: [Opportunity],
        months: PeriodRange
    ) throws -> CompetencyOutcomeLinks {
        let winRate = try MeasurePanel(opportunities: opportunities, measure: .winRate, roster: roster, months: months)
        return try CompetencyOutcomeLinks(scorecards: scorecards, outcome: winRate, resamples: 200)
    }

    /// The summary line of the links.
    static func linksLine(_ links: CompetencyOutcomeLinks) -> String {
        let top = links.links.prefix(3).map {
            "\($0.competencyID) \(NumberFormatting.fixed($0.correlation, decimals: 2))"
        }
        return "Links        moving most with next month's win rate (rank correlation, not a cause): "
            + top.joined(separator: ", ") + "."
    }

    /// The summary lines of the impact step.
    static func impactLines(_ reports: [ImpactReport]) -> [String] {
        var lines: [String] = []
        for report in reports {
            lines.append(report.headline)
            if let sentence = report.retentionSentence { lines.append(sentence) }
        }
        lines.append(
            "(Planted: win probability +\(Int(SampleOrganisation.plantedWinRateGain * 100)) points and skill "
                + "+\(SampleOrganisation.plantedActivityGain) at enrolment, fading with S = "
                + "\(Int(SampleOrganisation.plantedStability)) days, twice that after a refresher.)")
        return lines.enumerated().map { ($0.offset == 0 ? "Impact       " : "             ") + $0.element }
    }
}
