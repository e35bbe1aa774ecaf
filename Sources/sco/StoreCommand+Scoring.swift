import Foundation
import SalesCompetency

extension StoreCommand {
    /// Scores stored activity: over `range`, or the months the activity spans; with the rules of `rulesPath` and
    /// the grid options, or else the stored policy in force on the first day of each month (which must be the
    /// same policy for the whole range, and carries its own grid options). Batch by batch, from one snapshot of
    /// the store: memory follows the largest batch and the grid, not the history; batches outside the range are
    /// skipped unread.
    static func score(
        store: FileStore, roster: Roster, rulesPath: String?, cap: Double?, grid: GridOptions, timeZone: TimeZone,
        range: PeriodRange?
    ) async throws -> Scorecards {
        let first = range?.first.firstDay ?? Day(daysSinceEpoch: Int(Int32.min))
        let last = range?.last.lastDay ?? Day(daysSinceEpoch: Int(Int32.max))
        let days = try store.batchSummaries().compactMap(\.days)
        guard
            let months = try range
                ?? days.map(\.lowerBound).min().map({ low in
                    try PeriodRange(
                        Period(containing: low), through: Period(containing: days.map(\.upperBound).max()!))
                })
        else { throw UsageError("the store holds no activity; import some with sco store import") }
        let policy: ScoringPolicy
        if let rulesPath {
            policy = try ScoringPolicy(
                rulesCSVFile: rulesPath, attainmentCap: cap ?? 1.5, timeZone: timeZone, employment: grid.employment,
                absence: grid.absence)
        } else {
            guard cap == nil else { throw UsageError("--cap goes with --rules; a stored policy has its own cap") }
            guard !grid.given else {
                throw UsageError(
                    "--employment, --absence and --bench go with --rules; a stored policy has its own (sco store policy)"
                )
            }
            let session = StoreSession(store: store, clock: .system, actor: "sco")
            var policies: [(Period, ScoringPolicy?)] = []
            for month in months {
                policies.append((month, try await session.scoringPolicies.policy(inEffectOn: month.firstDay)))
            }
            guard let (firstMonth, firstPolicy) = policies.first, let chosen = firstPolicy else {
                throw UsageError(
                    "no scoring policy in force on \(months.first.firstDay); save one with sco store policy or give --rules"
                )
            }
            if let (month, _) = policies.first(where: { $0.1 != chosen }) {
                throw UsageError(
                    "the stored rules change between \(firstMonth) and \(month); score those months separately")
            }
            policy = chosen
        }
        let engine = ScoringEngine(policy: policy, roster: roster)
        var aggregate = engine.aggregate(ActivityLog(), periods: months)
        try store.forEachBatchLog(from: first, through: last) { log in
            aggregate = try aggregate.merging(engine.aggregate(log, periods: months))
        }
        return engine.score(aggregate)
    }
}
