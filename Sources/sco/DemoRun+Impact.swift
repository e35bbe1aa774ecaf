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
