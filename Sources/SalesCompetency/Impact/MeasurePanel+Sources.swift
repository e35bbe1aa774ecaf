import Foundation

extension MeasurePanel {
    /// The panel of an outcome measure, from the deals of the reps of a roster.
    ///
    /// A deal counts in the month of its close day. Deals won and won value are 0 in a month a rep is employed
    /// (from the roster's hire and leave days) without a won deal; win rate needs a closed deal in the month
    /// and mean cycle days a won deal with an open day, otherwise the month is missing.
    ///
    /// - Parameters:
    ///   - opportunities: The deals.
    ///   - measure: An outcome measure (not a competency).
    ///   - roster: The reps; deals of owners not in it are left out.
    ///   - months: The months of the panel.
    /// - Throws: ``ValidationError`` with code `.valueOutOfRange` for a competency measure or months that are
    ///   not months.
    /// - Complexity: O(deals + reps × months).
    public init(opportunities: [Opportunity], measure: ImpactMeasure, roster: Roster, months: PeriodRange) throws {
        guard measure.kind != .competency else {
            throw ValidationError(
                .valueOutOfRange, field: "measure", message: "a competency measure is read from scorecards")
        }
        guard months.first.granularity == .month else {
            throw ValidationError(.valueOutOfRange, field: "months", message: "an impact panel is monthly")
        }
        struct RepMonth: Hashable {
            var rep: Rep.ID
            var month: Period
        }
        let summaries = OutcomeMetrics(opportunities, range: months).summaries { deal, month in
            roster[deal.owner] == nil ? nil : RepMonth(rep: deal.owner, month: month)
        }
        let reps = roster.reps.map(\.id)
        var values = [Double](repeating: .nan, count: reps.count * months.count)
        for (index, rep) in roster.reps.enumerated() {
            for (offset, month) in months.enumerated() {
                let summary = summaries[RepMonth(rep: rep.id, month: month)]
                let employed =
                    rep.hiredOn.map { $0 <= month.lastDay } ?? true
                    && rep.leftOn.map { $0 >= month.firstDay } ?? true
                let value: Double? =
                    switch measure.kind {
                    case .won: summary.map { Double($0.won) } ?? (employed ? 0 : nil)
                    case .wonValue:
                        summary.map { NSDecimalNumber(decimal: $0.wonValue).doubleValue } ?? (employed ? 0 : nil)
                    case .winRate: summary?.winRate
                    case .cycleDays: summary?.meanCycleDays
                    case .competency: nil
                    }
                if let value { values[index * months.count + offset] = value }
            }
        }
        try self.init(measure: measure, reps: reps, months: months, values: values)
    }

    /// The panel of a competency measure, from scorecards: the score of each rep in each month it is scored.
    ///
    /// Months without a score (a rep off the grid, a month without activity, marked no-data) are missing, not 0.
    ///
    /// - Parameters:
    ///   - scorecards: The scorecards, monthly.
    ///   - competencyID: The competency.
    ///   - months: The months of the panel; `nil` for the scorecards' own.
    /// - Throws: ``ValidationError`` with code `.valueOutOfRange` when there is no scorecard of the competency or
    ///   the months are not months.
    /// - Complexity: O(scorecards).
    public init(
        scorecards: some Sequence<Scorecard>, competencyID: Competency.ID, months: PeriodRange? = nil
    ) throws {
        var observations: [Rep.ID: [Period: Double]] = [:]
        var first: Period?
        var last: Period?
        for card in scorecards where card.competency == competencyID {
            observations[card.rep, default: [:]][card.period] = nil
            let score: Double? = card.score
            if let score { observations[card.rep, default: [:]][card.period] = score }
            first = Swift.min(first ?? card.period, card.period)
            last = Swift.max(last ?? card.period, card.period)
        }
        guard let first, let last else {
            throw ValidationError(
                .valueOutOfRange, item: "competency \(competencyID)", field: "measure",
                message: "no rep is scored on competency \"\(competencyID)\"")
        }
        try self.init(
            measure: .competency(competencyID), months: months ?? PeriodRange(first, through: last),
            observations: observations)
    }
}
