/// Scorecards kept up to date as activity arrives: appending a day of activity adds it to the totals and
/// rescores only the (rep, period) cells it touched, so the cost follows the new rows, not the history.
///
/// ```swift
/// var live = IncrementalScorer(engine: engine, periods: year2025)
/// live.append(todaysLog)           // rescoring what today's rows touched
/// live.scorecards.summary
/// ```
public struct IncrementalScorer: Sendable {
    /// The engine.
    public let engine: ScoringEngine
    /// The current scorecards, equal to a full rescore of everything appended.
    public private(set) var scorecards: Scorecards
    /// The plan's reps and slots by id, built once rather than on every append.
    private let index: LogAccumulator.Index

    /// Creates scorecards for a fixed range of periods, from an initial log.
    ///
    /// - Parameters:
    ///   - engine: The engine.
    ///   - periods: The periods kept; later rows outside them are counted in the diagnostics.
    ///   - log: The activity so far.
    /// - Complexity: O(n + grid).
    public init(engine: ScoringEngine, periods: PeriodRange, log: ActivityLog = ActivityLog()) {
        self.engine = engine
        self.scorecards = engine.score(log, periods: periods)
        self.index = LogAccumulator.Index(engine.plan)
    }

    /// Adds activity and rescores the cells it touches.
    ///
    /// - Parameter log: The new activity.
    /// - Returns: The number of (rep, period) cells rescored.
    /// - Complexity: O(log.count + reps × periods / 8 + rescored cells × rules).
    @discardableResult
    public mutating func append(_ log: ActivityLog) -> Int {
        guard let periods = scorecards.periods else { return 0 }
        let plan = engine.plan
        let accumulator = LogAccumulator(
            plan: plan, log: log, range: periods, dayRange: ScoringEngine.dayRange(of: log), index: index)
        let reps = plan.reps.count
        var touched = [Bool](repeating: false, count: reps * periods.count)
        let counters = scorecards.aggregate.totals.withUnsafeMutableBufferPointer { totals in
            touched.withUnsafeMutableBufferPointer { marks in
                accumulator.run(log, rows: 0..<log.count, totals: totals.baseAddress!, touched: marks.baseAddress!)
            }
        }
        LogAccumulator.record(counters, rows: log.count, log: log, into: &scorecards.aggregate.diagnostics)
        var rescored = 0
        let starts = scorecards.rowStarts
        let grid = scorecards.grid
        scorecards.aggregate.totals.withUnsafeBufferPointer { totals in
            scorecards.scores.withUnsafeMutableBufferPointer { scores in
                for cell in touched.indices where touched[cell] {
                    let period = cell / reps
                    let rep = cell % reps
                    guard grid.contains(rep: rep, period: period) else { continue }
                    Scorecards.score(
                        plan: plan, grid: grid, rep: rep, periods: period..<period + 1, totals: totals.baseAddress!,
                        scores: scores.baseAddress! + starts[rep])
                    rescored += 1
                }
            }
        }
        return rescored
    }
}
