import Foundation
import SalesCompetency

/// The two investments of the demo organisation, with benefits measured from its own data.
enum DemoInvestments {
    /// The consultative-selling bootcamp: its benefit is the win-rate lift of the trained consultants over
    /// the untrained ones after the training, on the deals the trained group closes in a year, at the mean
    /// won deal value and a 30% margin.
    ///
    /// With `refresherDays`, the program adds refresher sessions on those days after the bootcamp (each a
    /// facilitator fee and 90 minutes of every participant's time), and retention is modelled with them.
    static func bootcamp(
        sample: SampleOrganisation, opportunities: [Opportunity], refresherDays: [Int] = []
    ) throws -> Investment {
        let trained = Set(sample.trainedReps)
        let after = opportunities.filter { deal in
            guard let closed = deal.closed else { return false }
            return closed >= sample.trainingDay.adding(days: 28)
        }
        let trainedSummary = OutcomeSummary(after.filter { trained.contains($0.owner) })
        let controlSummary = OutcomeSummary(after.filter { !trained.contains($0.owner) })
        let closedPerYear = Decimal(trainedSummary.won + trainedSummary.lost) * 4  // three months observed
        let meanWon =
            trainedSummary.won > 0 ? trainedSummary.wonValue / Decimal(trainedSummary.won) : Decimal(0)
        let lift = { (summary: OutcomeSummary) in
            Decimal(plainDecimal: NumberFormatting.fixed(summary.winRate ?? 0, decimals: 6)) ?? 0
        }
        var costs = [
            try CostItem(name: "Course fee", kind: .oneTime(amount: 36_000)),
            try CostItem(name: "Travel and venue", kind: .oneTime(amount: 9_500)),
            try CostItem(name: "Time in the classroom", kind: .participantTime(hours: 32, loadedHourlyRate: 65)),
        ]
        if !refresherDays.isEmpty {
            let sessions = Decimal(refresherDays.count)
            costs.append(try CostItem(name: "Refresher facilitation", kind: .oneTime(amount: 1_200 * sessions)))
            costs.append(
                try CostItem(
                    name: "Time in refreshers",
                    kind: .participantTime(hours: Decimal(string: "1.5")! * sessions, loadedHourlyRate: 65)))
        }
        let id: Investment.ID = refresherDays.isEmpty ? "bootcamp" : "bootcamp-with-refreshers"
        let name =
            refresherDays.isEmpty ? "Selling bootcamp alone" : "Selling bootcamp + \(refresherDays.count) refreshers"
        return try Investment(
            id: id, name: name, category: .training,
            owner: "mgr-north", startsOn: sample.trainingDay, endsOn: sample.trainingDay.adding(days: 4),
            participants: trained.count,
            costs: costs,
            benefits: [
                try Benefit(
                    name: "Win-rate lift on closed deals",
                    change: .controlGroup(
                        trained: lift(trainedSummary), control: lift(controlSummary)),
                    frequency: .year, units: closedPerYear, attribution: Decimal(string: "0.6")!,
                    confidence: Decimal(string: "0.8")!, unitValue: meanWon * Decimal(string: "0.3")!)
            ],
            intangibles: ["Shared selling vocabulary across the three teams"],
            retention: try RetentionAssumption(forgotten: 0.8, afterDays: 90, reinforcementDays: refresherDays))
    }

    /// The CRM rollout: its benefit is the admin time it saves each rep a month, at the loaded hourly rate.
    static func crmRollout(sample: SampleOrganisation, headcount: Int) throws -> Investment {
        try Investment(
            id: "crm-rollout", name: "CRM rollout", category: .crm, owner: "mgr-key-accounts",
            startsOn: sample.crmRolloutDay, participants: headcount, seatsBought: 60, seatsUsed: headcount,
            costs: [
                try CostItem(name: "Implementation partner", kind: .oneTime(amount: 42_000)),
                try CostItem(name: "Licences", kind: .perSeatMonthly(amount: 75, months: nil)),
                try CostItem(name: "Training hours", kind: .participantTime(hours: 6, loadedHourlyRate: 65)),
            ],
            benefits: [
                try Benefit(
                    name: "Admin hours saved per rep", change: .beforeAfter(before: 14, after: 8),
                    direction: .lowerIsBetter, frequency: .month, units: Decimal(headcount),
                    attribution: Decimal(string: "0.7")!, confidence: Decimal(string: "0.8")!, unitValue: 65)
            ],
            intangibles: ["One pipeline view for managers", "Forecasts from data instead of spreadsheets"])
    }
}
