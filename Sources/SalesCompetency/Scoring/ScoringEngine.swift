import Dispatch
import Foundation

/// Turns activity into scorecards under a policy, for the reps of a roster.
///
/// Scoring is a map-reduce: activity is aggregated into per (rep, period, task) totals
/// (``ActivityAggregate``, mergeable across shards), then every cell of the grid — every rep × every period ×
/// every competency with a rule for the rep's primary role — is scored:
///
/// - attainment of a rule = `min(value / target, cap)` (higher is better) or `min(target / value, cap)`, `cap`
///   when the value is 0 (lower is better); a task with no activity has value 0;
/// - score = Σ weight × attainment ÷ Σ weight over **all** rules of the competency for the role.
///
/// ```swift
/// let engine = ScoringEngine(policy: policy, roster: roster)
/// let scorecards = try engine.score(activitiesCSVFile: "activities.csv")
/// for card in scorecards where card.status == .red { print(card.rep, card.competency, card.score) }
/// ```
public struct ScoringEngine: Sendable {
    /// The policy.
    public let policy: ScoringPolicy
    /// The roster.
    public let roster: Roster
    let plan: ScoringPlan

    /// Creates an engine: compiles the policy against the roster.
    ///
    /// - Parameters:
    ///   - policy: The scoring policy.
    ///   - roster: The reps to score; reps whose primary role has no rules get no scorecards.
    /// - Complexity: O(rules + reps).
    public init(policy: ScoringPolicy, roster: Roster) {
        self.policy = policy
        self.roster = roster
        self.plan = ScoringPlan(policy: policy, roster: roster)
    }

    /// Aggregates an in-memory activity log.
    ///
    /// - Parameters:
    ///   - log: The activity.
    ///   - periods: The periods to cover; by default those spanned by the log's days.
    /// - Returns: The totals and the diagnostics of every row.
    /// - Complexity: O(n + reps × periods × tasks); runs on all cores for large logs.
    public func aggregate(_ log: ActivityLog, periods: PeriodRange? = nil) -> ActivityAggregate {
        let dayRange = ScoringEngine.dayRange(of: log)
        let range =
            periods
            ?? dayRange.map { span in
                try! PeriodRange(
                    Period(containing: Day(daysSinceEpoch: span.lowerBound), granularity: policy.granularity),
                    through: Period(containing: Day(daysSinceEpoch: span.upperBound), granularity: policy.granularity))
            }
        let accumulator = LogAccumulator(plan: plan, log: log, range: range, dayRange: dayRange)
        let block = plan.reps.count * plan.slots.count
        let size = (range?.count ?? 0) * block
        let parts = log.count >= 1 << 20 ? max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8)) : 1
        var totals = [Double].zeroed(count: size)
        var diagnostics = ScoringDiagnostics()
        if parts == 1 {
            let counters = totals.withUnsafeMutableBufferPointer { buffer in
                accumulator.run(log, rows: 0..<log.count, totals: buffer.baseAddress!)
            }
            LogAccumulator.record(counters, rows: log.count, log: log, into: &diagnostics)
        } else {
            // Part 0 adds into the result directly, the others into arrays of their own, added in afterwards.
            let partials = totals.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let shared = buffer.baseAddress!
                return ParallelParts(count: parts) { part in
                    let rows = (log.count * part / parts)..<(log.count * (part + 1) / parts)
                    guard part > 0 else {
                        return ([Double](), accumulator.run(log, rows: rows, totals: shared), rows.count)
                    }
                    var local = [Double].zeroed(count: size)
                    let counters = local.withUnsafeMutableBufferPointer { buffer in
                        accumulator.run(log, rows: rows, totals: buffer.baseAddress!)
                    }
                    return (local, counters, rows.count)
                }.results
            }
            totals.withUnsafeMutableBufferPointer { target in
                for (local, counters, rows) in partials {
                    local.withUnsafeBufferPointer { source in
                        for index in source.indices { target[index] += source[index] }
                    }
                    LogAccumulator.record(counters, rows: rows, log: log, into: &diagnostics)
                }
            }
        }
        return ActivityAggregate(
            reps: plan.reps, tasks: plan.slots, periods: range, totals: totals, diagnostics: diagnostics)
    }

    /// Reads and aggregates an activity CSV file (`rep_id,task_id,occurred_on,quantity`) without keeping its
    /// rows: the fast path for large files, parsed on all cores.
    ///
    /// Dates are `YYYY-MM-DD` or ISO 8601 timestamps, which fall on days in the policy's time zone.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - periods: The periods to cover; by default those spanned by the file's dates.
    /// - Returns: The totals and the diagnostics of every row.
    /// - Throws: ``InputError`` naming the file, line and column of the first bad row; nothing is kept.
    /// - Complexity: O(file size + reps × periods × tasks).
    public func aggregate(activitiesCSVFile path: String, periods: PeriodRange? = nil) throws -> ActivityAggregate {
        try aggregate(activitiesCSVFile: path, periods: periods, chunkCount: nil)
    }

    /// - Parameter stageRows: Makes the sinks stage rows in stages of this size, and share their totals given
    ///   `periods`, whatever the size of the grid (for tests).
    func aggregate(activitiesCSVFile path: String, periods: PeriodRange?, chunkCount: Int?, stageRows: Int? = nil)
        throws -> ActivityAggregate
    {
        let plan = plan
        let reps = ByteInterner(seeding: plan.reps.map(\.rawValue))
        let tasks = ByteInterner(seeding: plan.slots.map(\.rawValue))
        let blockSize = plan.reps.count * plan.slots.count
        guard let periods, blockSize > 0,
            stageRows != nil
                || AggregatingSink.stages(reps: plan.reps.count, slots: plan.slots.count, blocks: periods.count)
        else {
            return combine(
                try ActivityImporter.read(
                    file: path, timeZone: policy.timeZone, reps: reps, tasks: tasks, chunkCount: chunkCount
                ) { AggregatingSink(plan: plan, range: periods, stageRows: stageRows) }, periods: periods)
        }
        // With a range and rows staged (a block's stage is added under one lock), the sinks of all cores add to
        // one array of totals: the aggregate's.
        var totals = [Double].zeroed(count: periods.count * blockSize)
        let parsers = try totals.withUnsafeMutableBufferPointer { buffer in
            let shared = SharedTotals(buffer.baseAddress!, blocks: periods.count, blockSize: blockSize)
            return try ActivityImporter.read(
                file: path, timeZone: policy.timeZone, reps: reps, tasks: tasks, chunkCount: chunkCount,
                restart: shared.reset
            ) { AggregatingSink(plan: plan, range: periods, shared: shared, stageRows: stageRows) }
        }
        return combine(parsers, periods: periods, sharedTotals: totals)
    }

    /// Aggregates activity CSV text; see ``aggregate(activitiesCSVFile:periods:)``.
    ///
    /// - Throws: ``InputError`` naming `name`, the line and the column of the first bad row.
    public func aggregate(activitiesCSVText text: String, name: String = "<activities>", periods: PeriodRange? = nil)
        throws -> ActivityAggregate
    {
        var parser = ActivityRowParser(
            reps: ByteInterner(seeding: plan.reps.map(\.rawValue)),
            tasks: ByteInterner(seeding: plan.slots.map(\.rawValue)), sink: AggregatingSink(plan: plan, range: periods),
            timeZone: policy.timeZone)
        try ActivityImporter.readGeneral(CSVReader(string: text, name: name), into: &parser)
        return combine([parser], periods: periods)
    }

    /// The aggregate of sinks that read one file: their counts, and their totals added up (or `sharedTotals`, the
    /// totals they all added to).
    func combine(
        _ parsers: consuming [ActivityRowParser<AggregatingSink>], periods: PeriodRange?, sharedTotals: [Double]? = nil
    ) -> ActivityAggregate {
        var parsers = parsers
        var diagnostics = ScoringDiagnostics()
        var minDay = Int32.max
        var maxDay = Int32.min
        for parser in parsers {
            let sink = parser.sink
            diagnostics.rowsRead += sink.rowsRead
            diagnostics.rowsScored += sink.rowsScored
            diagnostics.rowsWithoutRuleForRole += sink.rowsWithoutRule
            diagnostics.rowsOutsidePeriods += sink.rowsOutside
            for (index, count) in sink.unknownRepRows.enumerated() where count > 0 {
                diagnostics.unknownReps[Rep.ID(rawValue: parser.reps.string(at: sink.reps + index)), default: 0] +=
                    count
            }
            for (index, count) in sink.unknownTaskRows.enumerated() where count > 0 {
                let id = SalesTask.ID(rawValue: parser.tasks.string(at: sink.slots + index))
                diagnostics.unknownTasks[id, default: 0] += count
            }
            minDay = min(minDay, sink.minDay)
            maxDay = max(maxDay, sink.maxDay)
        }
        let range =
            periods
            ?? (minDay <= maxDay
                ? try! PeriodRange(
                    Period(containing: Day(daysSinceEpoch: Int(minDay)), granularity: policy.granularity),
                    through: Period(containing: Day(daysSinceEpoch: Int(maxDay)), granularity: policy.granularity))
                : nil)
        let block = plan.reps.count * plan.slots.count
        var totals: [Double]
        var first = 0
        if let sharedTotals {
            precondition(sharedTotals.count == (range?.count ?? 0) * block)
            totals = sharedTotals
            first = parsers.count
        } else if let range, parsers[0].sink.blockPeriods == Array(range) {
            // Already in order (the sinks of a range have their blocks from the start): add into it, no copy.
            totals = parsers[0].sink.totals
            parsers[0].sink.totals = []
            first = 1
        } else {
            totals = .zeroed(count: (range?.count ?? 0) * block)
        }
        if first < parsers.count {
            totals.withUnsafeMutableBufferPointer { target in
                for parser in parsers[first...] {
                    parser.sink.totals.withUnsafeBufferPointer { source in
                        for (blockIndex, period) in parser.sink.blockPeriods.enumerated() {
                            let shift = (period.ordinal - range!.first.ordinal) * block
                            let from = blockIndex * block
                            for index in 0..<block { target[shift + index] += source[from + index] }
                        }
                    }
                }
            }
        }
        return ActivityAggregate(
            reps: plan.reps, tasks: plan.slots, periods: range, totals: totals, diagnostics: diagnostics)
    }

    static func dayRange(of log: ActivityLog) -> ClosedRange<Int>? {
        log.days.withUnsafeBufferPointer { days in
            guard var low = days.first else { return nil }
            var high = low
            for day in days {
                low = min(low, day)
                high = max(high, day)
            }
            return Int(low)...Int(high)
        }
    }
}

extension ScoringEngine {
    /// Scores every cell of the grid from an aggregate this engine built (or merged from ones it built).
    ///
    /// - Parameter aggregate: The totals.
    /// - Returns: The scorecards.
    /// - Complexity: O(reps × periods × rules); runs on all cores for large grids.
    public func score(_ aggregate: ActivityAggregate) -> Scorecards {
        Scorecards(plan: plan, aggregate: aggregate)
    }

    /// Aggregates and scores an in-memory log.
    ///
    /// - Parameters:
    ///   - log: The activity.
    ///   - periods: The periods to score; by default those spanned by the log.
    /// - Returns: The scorecards.
    /// - Complexity: O(n + reps × periods × (tasks + rules)).
    public func score(_ log: ActivityLog, periods: PeriodRange? = nil) -> Scorecards {
        score(aggregate(log, periods: periods))
    }

    /// Reads, aggregates and scores an activity CSV file; see ``aggregate(activitiesCSVFile:periods:)``.
    ///
    /// - Throws: ``InputError`` for the first bad row.
    public func score(activitiesCSVFile path: String, periods: PeriodRange? = nil) throws -> Scorecards {
        score(try aggregate(activitiesCSVFile: path, periods: periods))
    }
}
