/// What the two kinds of target are multiplied by in one rep-period: the scaling of a monthly target to the
/// period's days and the pro-rating by the days employed, as one factor each.
struct TargetFactors: Sendable, Equatable {
    /// For monthly targets: Σ over the counted days of `1 / days in the day's month`.
    var monthly: Double
    /// For targets per period: counted days ÷ days of the period.
    var perPeriod: Double

    /// The factors when nothing is scaled or pro-rated.
    static let one = TargetFactors(monthly: 1, perPeriod: 1)
}

/// The rows of a scorecard grid over a range of periods: which periods each rep is on the grid for (the
/// periods of employment, or all of them when the policy ignores employment), where each rep's rows start,
/// and the target factors of each rep-period. Computed per rep, after aggregation, never per activity row.
struct ScoringGrid: Sendable {
    /// Per rep, the offset of its first period on the grid within the range.
    let firstPeriod: [Int]
    /// Per rep, how many consecutive periods it is on the grid for (0 when none, or when its role has no rules).
    let periodCount: [Int]
    /// Per rep, the first row; the last element is the number of rows.
    let rowStarts: [Int]
    /// Per period offset, its first and last day (days since the epoch).
    let days: [(first: Int, last: Int)]
    /// Per period offset, the factors of a rep employed on every day of it.
    let fullFactors: [TargetFactors]
    let employment: ScoringPolicy.Employment

    /// The grid of `plan` over `range` (`nil`: no periods, no rows).
    init(plan: ScoringPlan, range: PeriodRange?) {
        let periods = range.map(Array.init) ?? []
        let days = periods.map { (first: $0.firstDay.daysSinceEpoch, last: $0.lastDay.daysSinceEpoch) }
        self.days = days
        employment = plan.employment
        var full: [TargetFactors] = []
        for index in periods.indices {
            full.append(
                plan.granularity == .month
                    ? .one : ScoringGrid.factors(from: days[index].first, through: days[index].last))
        }
        fullFactors = full
        var first: [Int] = []
        var count: [Int] = []
        var starts: [Int] = []
        first.reserveCapacity(plan.reps.count)
        count.reserveCapacity(plan.reps.count)
        starts.reserveCapacity(plan.reps.count + 1)
        var row = 0
        for rep in plan.reps.indices {
            var low = 0
            var high = periods.count  // one past the last
            if plan.employment != .ignored {
                let from = plan.employedFrom[rep]
                let through = plan.employedThrough[rep]
                while low < high && days[low].last < from { low += 1 }
                while high > low && days[high - 1].first > through { high -= 1 }
            }
            let competencies = plan.competencyCount(rep: rep)
            let periodsOnGrid = competencies == 0 ? 0 : high - low
            first.append(low)
            count.append(periodsOnGrid)
            starts.append(row)
            row += competencies * periodsOnGrid
        }
        starts.append(row)
        firstPeriod = first
        periodCount = count
        rowStarts = starts
    }

    /// Whether rep `rep` is on the grid in period offset `period`.
    @inline(__always)
    func contains(rep: Int, period: Int) -> Bool {
        period >= firstPeriod[rep] && period < firstPeriod[rep] + periodCount[rep]
    }

    /// The target factors of rep `rep` in period offset `period`.
    @inline(__always)
    func factors(plan: ScoringPlan, rep: Int, period: Int) -> TargetFactors {
        guard employment == .proRated else { return fullFactors[period] }
        let (first, last) = days[period]
        let from = Swift.max(first, plan.employedFrom[rep])
        let through = Swift.min(last, plan.employedThrough[rep])
        if from == first && through == last { return fullFactors[period] }
        return ScoringGrid.factors(from: from, through: through, of: last - first + 1)
    }

    /// The factors of the days `from...through` counted within a period of `periodDays` days (by default, those
    /// days are the whole period).
    ///
    /// The monthly factor is the exact fraction `units / 377580`, where each day of a month of `n` days adds
    /// `377580 / n` units, rounded once to a `Double`; the factor per period is `days / periodDays`, also rounded
    /// once.
    static func factors(from: Int, through: Int, of periodDays: Int? = nil) -> TargetFactors {
        guard from <= through else { return TargetFactors(monthly: 0, perPeriod: 0) }
        var units = 0
        var day = from
        while day <= through {
            let civil = Day(daysSinceEpoch: day).civil
            let monthDays = Day.daysInMonth(year: civil.year, month: civil.month)
            let monthEnd = day + (monthDays - civil.day)
            let last = Swift.min(monthEnd, through)
            units += (last - day + 1) * (ScoringPolicy.monthUnits / monthDays)
            day = last + 1
        }
        return TargetFactors(
            monthly: Double(units) / Double(ScoringPolicy.monthUnits),
            perPeriod: Double(through - from + 1) / Double(periodDays ?? through - from + 1))
    }
}
