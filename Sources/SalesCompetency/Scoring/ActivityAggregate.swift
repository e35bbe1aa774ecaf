/// Per (rep, period, task) totals of an activity log, in one flat array: the partial aggregate that scoring
/// reads, and that hosts can build per shard (by rep or by time) and merge.
///
/// Totals of sum tasks add quantities, totals of count tasks count rows. Merging adds totals cell by cell and
/// widens the period range to cover both, so merging the aggregates of disjoint shards gives the aggregate of
/// the whole (exactly so whenever quantities are integers or other exactly representable sums).
///
/// ```swift
/// let january = engine.aggregate(logOfJanuary)
/// let february = engine.aggregate(logOfFebruary)
/// let both = try january.merging(february)
/// ```
public struct ActivityAggregate: Sendable, Equatable {
    /// The reps, in roster order.
    public let reps: [Rep.ID]
    /// The accumulated tasks (sum and count tasks; ratios are computed from them), in slot order.
    public let tasks: [SalesTask.ID]
    /// The periods covered, or `nil` when there was no activity and no range was asked for.
    public let periods: PeriodRange?
    /// The totals, indexed `((period × reps.count) + rep) × tasks.count + task`.
    public internal(set) var totals: [Double]
    /// What happened to each row read.
    public internal(set) var diagnostics: ScoringDiagnostics

    init(
        reps: [Rep.ID], tasks: [SalesTask.ID], periods: PeriodRange?, totals: [Double], diagnostics: ScoringDiagnostics
    ) {
        self.reps = reps
        self.tasks = tasks
        self.periods = periods
        self.totals = totals
        self.diagnostics = diagnostics
    }

    /// The number of periods covered.
    public var periodCount: Int { periods?.count ?? 0 }

    /// The total of `task` for `rep` in `period`, or `nil` when any of them is not covered.
    ///
    /// - Complexity: O(reps + tasks).
    public func total(of task: SalesTask.ID, rep: Rep.ID, period: Period) -> Double? {
        guard let periods, periods.contains(period), let repIndex = reps.firstIndex(of: rep),
            let taskIndex = tasks.firstIndex(of: task)
        else { return nil }
        let offset = period.ordinal - periods.first.ordinal
        return totals[(offset * reps.count + repIndex) * tasks.count + taskIndex]
    }

    /// The aggregate of both shards: totals added, periods widened to cover both, diagnostics merged.
    ///
    /// - Parameter other: An aggregate built by an engine with the same roster and policy.
    /// - Returns: The merged aggregate.
    /// - Throws: ``ValidationError`` with code `.incompatibleAggregates` when the reps, tasks or granularity differ.
    /// - Complexity: O(totals).
    public func merging(_ other: ActivityAggregate) throws -> ActivityAggregate {
        guard reps == other.reps, tasks == other.tasks else {
            throw ValidationError(
                .incompatibleAggregates, message: "aggregates of different rosters or task lists do not merge")
        }
        guard let mine = periods else { return other.addingDiagnostics(diagnostics) }
        guard let theirs = other.periods else { return addingDiagnostics(other.diagnostics) }
        guard mine.first.granularity == theirs.first.granularity else {
            throw ValidationError(
                .incompatibleAggregates, message: "aggregates of different period granularities do not merge")
        }
        let first = mine.first.ordinal <= theirs.first.ordinal ? mine.first : theirs.first
        let last = mine.last.ordinal >= theirs.last.ordinal ? mine.last : theirs.last
        let range = try PeriodRange(first, through: last)
        let block = reps.count * tasks.count
        var merged = [Double].zeroed(count: range.count * block)
        for part in [self, other] {
            let shift = (part.periods!.first.ordinal - first.ordinal) * block
            merged.withUnsafeMutableBufferPointer { target in
                part.totals.withUnsafeBufferPointer { source in
                    for index in source.indices { target[shift + index] += source[index] }
                }
            }
        }
        var diagnostics = diagnostics
        diagnostics.merge(other.diagnostics)
        return ActivityAggregate(reps: reps, tasks: tasks, periods: range, totals: merged, diagnostics: diagnostics)
    }

    private func addingDiagnostics(_ extra: ScoringDiagnostics) -> ActivityAggregate {
        var copy = self
        copy.diagnostics.merge(extra)
        return copy
    }
}
