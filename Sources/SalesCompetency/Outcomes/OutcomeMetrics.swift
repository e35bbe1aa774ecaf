/// Outcome figures of a set of deals: won, lost, win rate, sales-cycle days and won value, overall and
/// grouped per rep, team, period, or any key the host chooses.
///
/// A closed deal counts in the period of its close day (win rate by close month). When a range is given,
/// only deals closed within it count; open deals never count in these figures (see ``openDeals``).
///
/// ```swift
/// let metrics = try OutcomeMetrics(deals, range: PeriodRange(.month(2017, 3), through: .month(2017, 12)))
/// metrics.overall.winRate                      // 0.63...
/// metrics.byRep()["Darcel Schlecht"]?.won
/// metrics.byTeam(TeamMap(roster: roster))
/// ```
public struct OutcomeMetrics: Hashable, Sendable {
    /// The deals, as given.
    public let opportunities: [Opportunity]
    /// The length of the periods deals are grouped into.
    public let granularity: Period.Granularity
    /// The periods whose closed deals count, or `nil` for all.
    public let range: PeriodRange?

    /// Creates the figures of a set of deals.
    ///
    /// - Parameters:
    ///   - opportunities: The deals.
    ///   - granularity: The period length, used when `range` is `nil`. Default month.
    ///   - range: The periods whose closed deals count; its granularity is the one used. `nil` for all.
    public init(_ opportunities: [Opportunity], granularity: Period.Granularity = .month, range: PeriodRange? = nil) {
        self.opportunities = opportunities
        self.granularity = range?.first.granularity ?? granularity
        self.range = range
    }

    /// The period in which a deal counts, or `nil` when it is open or closed outside the range.
    ///
    /// - Parameter deal: The deal.
    public func period(of deal: Opportunity) -> Period? {
        guard deal.isClosed, let closed = deal.closed else { return nil }
        let period = Period(containing: closed, granularity: granularity)
        if let range, !range.contains(period) { return nil }
        return period
    }

    /// The figures of every counted deal.
    ///
    /// - Complexity: O(n log n).
    public var overall: OutcomeSummary {
        OutcomeSummary(opportunities.filter { period(of: $0) != nil })
    }

    /// The number of open deals, whatever the range.
    public var openDeals: Int { opportunities.count { $0.outcome == .open } }

    /// The periods from the first to the last in which a counted deal closed (within ``range`` when one is
    /// given); `nil` when no deal counts.
    ///
    /// - Complexity: O(n).
    public var coveredPeriods: PeriodRange? {
        let periods = opportunities.compactMap(period(of:))
        guard let first = periods.min(), let last = periods.max() else { return nil }
        return try? PeriodRange(first, through: last)
    }

    /// The figures of counted deals grouped by a key the host chooses; deals for which `key` returns `nil`
    /// are left out.
    ///
    /// ```swift
    /// struct RepMonth: Hashable { var rep: Rep.ID; var month: Period }
    /// metrics.summaries { deal, period in RepMonth(rep: deal.owner, month: period) }
    /// ```
    ///
    /// - Parameter key: The group of a deal, given the deal and the period in which it counts.
    /// - Returns: The figures of each group that has at least one counted deal.
    /// - Complexity: O(n log n).
    public func summaries<Key: Hashable>(by key: (Opportunity, Period) throws -> Key?) rethrows -> [Key: OutcomeSummary]
    {
        var tallies: [Key: OutcomeTally] = [:]
        for deal in opportunities {
            guard let period = period(of: deal), let group = try key(deal, period) else { continue }
            tallies[group, default: OutcomeTally()].add(deal)
        }
        return tallies.mapValues(OutcomeSummary.init)
    }

    /// The figures per owner.
    ///
    /// - Complexity: O(n log n).
    public func byRep() -> [Rep.ID: OutcomeSummary] {
        summaries { deal, _ in deal.ownerID }
    }

    /// The figures per team; the deals of reps in no team are grouped under `nil`.
    ///
    /// - Parameter teams: The team of each rep, for example ``TeamMap/init(roster:)``.
    /// - Complexity: O(n log n).
    public func byTeam(_ teams: TeamMap) -> [Team.ID?: OutcomeSummary] {
        summaries { deal, _ in Optional(teams.team(of: deal.ownerID)) }
    }

    /// The figures per period (month by default) of the close day.
    ///
    /// - Complexity: O(n log n).
    public func byPeriod() -> [Period: OutcomeSummary] {
        summaries { _, period in period }
    }
}
