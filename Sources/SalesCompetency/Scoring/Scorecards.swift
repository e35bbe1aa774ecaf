import Dispatch
public import Foundation

/// The scorecard grid: every rep × every period in which the rep was employed (every period when the policy
/// ignores employment) × every competency with a rule for the rep's primary role, stored as one flat array of
/// scores in that order (reps in roster order, competencies sorted by id).
///
/// A rep-period without activity has the status ``ScoreStatus/noData`` and no score, unless the policy scores
/// absence as 0 (``ScoringPolicy/Absence``).
///
/// It is a random-access collection of ``Scorecard``s, built on access; the attainments behind a score are
/// computed on request (``attainments(of:)``), so scoring millions of cells stays fast.
public struct Scorecards: Sendable, RandomAccessCollection {
    /// The periods scored, or `nil` when there was nothing to score.
    public var periods: PeriodRange? { aggregate.periods }
    /// The totals the scores come from.
    public internal(set) var aggregate: ActivityAggregate
    /// The scores, in grid order; NaN for a scorecard without data (``ScoreStatus/noData``).
    public internal(set) var scores: [Double]
    let plan: ScoringPlan
    /// Which periods each rep is on the grid for, and where its rows start.
    let grid: ScoringGrid
    /// Per rep, its first row; the last element is the row count.
    var rowStarts: [Int] { grid.rowStarts }

    init(plan: ScoringPlan, aggregate: ActivityAggregate) {
        precondition(aggregate.reps == plan.reps && aggregate.tasks == plan.slots, "aggregate of another engine")
        self.plan = plan
        self.aggregate = aggregate
        let periodCount = aggregate.periodCount
        let grid = ScoringGrid(plan: plan, range: aggregate.periods)
        self.grid = grid
        let starts = grid.rowStarts
        let rows = starts.last!
        let parts = Scorecards.parts(forRows: rows)
        self.scores = [Double](uninitializedCapacity: rows) { buffer, initialized in
            nonisolated(unsafe) let base = buffer.baseAddress
            aggregate.totals.withUnsafeBufferPointer { totals in
                nonisolated(unsafe) let totalsBase = totals.baseAddress
                let reps = plan.reps.count
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    let repRange = (reps * part / parts)..<(reps * (part + 1) / parts)
                    for rep in repRange {
                        Scorecards.score(
                            plan: plan, grid: grid, rep: rep, periods: 0..<periodCount, totals: totalsBase!,
                            scores: base! + starts[rep])
                    }
                }
            }
            initialized = rows
        }
    }

    /// Scores the periods of `periods` in which rep `rep` is on the grid into `scores` (the rep's first row).
    ///
    /// A rep-period without activity gets NaN scores (no data) or 0 (when absence scores 0).
    static func score(
        plan: ScoringPlan, grid: ScoringGrid, rep: Int, periods: Range<Int>, totals: UnsafePointer<Double>,
        scores: UnsafeMutablePointer<Double>
    ) {
        let roleIndex = Int(plan.repRole[rep])
        guard roleIndex >= 0 else { return }
        let role = plan.roles[roleIndex]
        let competencies = role.competencies.count
        let reps = plan.reps.count
        let slots = plan.slots.count
        let first = grid.firstPeriod[rep]
        let onGrid = periods.clamped(to: first..<(first + grid.periodCount[rep]))
        let absent = plan.absence == .noData ? Double.nan : 0
        withUnsafeTemporaryAllocation(of: Double.self, capacity: Swift.max(1, role.terms.count)) { scratch in
            for period in onGrid {
                let cell = totals + (period * reps + rep) * slots
                let target = scores + (period - first) * competencies
                var active = false
                for slot in role.activitySlots where cell[slot] != 0 {
                    active = true
                    break
                }
                guard active else {
                    target.update(repeating: absent, count: competencies)
                    continue
                }
                plan.scoreCell(
                    role: role, totals: cell, factors: grid.factors(plan: plan, rep: rep, period: period),
                    attainments: scratch.baseAddress!, scores: target)
            }
        }
    }

    /// The first position.
    public var startIndex: Int { 0 }
    /// One past the last position.
    public var endIndex: Int { scores.count }

    /// The scorecard at `position`.
    ///
    /// - Complexity: O(log reps).
    public subscript(position: Int) -> Scorecard {
        let cell = locate(position)
        let role = plan.roles[Int(plan.repRole[cell.rep])]
        let score = scores[position]
        return Scorecard(
            repID: plan.reps[cell.rep], roleID: role.role,
            period: Period(
                granularity: aggregate.periods!.first.granularity,
                ordinal: aggregate.periods!.first.ordinal + cell.period),
            competencyID: role.competencies[cell.competency], score: score.isNaN ? nil : score,
            status: score.isNaN ? .noData : role.bands.status(of: score))
    }

    /// The rep, period offset (within ``periods``) and competency index of a row.
    func locate(_ position: Int) -> (rep: Int, period: Int, competency: Int) {
        var low = 0
        var high = plan.reps.count - 1
        while low < high {  // the last rep whose first row is ≤ position, skipping reps without rows
            let middle = (low + high + 1) / 2
            if rowStarts[middle] <= position { low = middle } else { high = middle - 1 }
        }
        let count = plan.competencyCount(rep: low)
        let offset = position - rowStarts[low]
        return (low, grid.firstPeriod[low] + offset / count, offset % count)
    }

    /// The position of the scorecard of `rep`, `period` and `competency`, or `nil` when it is not in the grid
    /// (the rep was not employed in the period, or its role has no rule for the competency).
    ///
    /// - Complexity: O(reps + competencies of the role).
    public func index(rep: Rep.ID, period: Period, competency: Competency.ID) -> Int? {
        guard let periods = aggregate.periods, periods.contains(period), let repIndex = plan.reps.firstIndex(of: rep)
        else { return nil }
        let roleIndex = Int(plan.repRole[repIndex])
        let offset = period.ordinal - periods.first.ordinal
        guard roleIndex >= 0, grid.contains(rep: repIndex, period: offset),
            let position = plan.roles[roleIndex].competencies.firstIndex(of: competency)
        else { return nil }
        let count = plan.roles[roleIndex].competencies.count
        return rowStarts[repIndex] + (offset - grid.firstPeriod[repIndex]) * count + position
    }

    /// The scorecard of `rep`, `period` and `competency`, or `nil` when it is not in the grid.
    ///
    /// - Complexity: O(reps + competencies of the role).
    public func scorecard(rep: Rep.ID, period: Period, competency: Competency.ID) -> Scorecard? {
        index(rep: rep, period: period, competency: competency).map { self[$0] }
    }

    /// The attainment of each rule behind the scorecard at `position`, in rule order, with the targets
    /// scaled to the period and pro-rated by the days employed; empty for a no-data scorecard.
    ///
    /// - Complexity: O(rules of the competency).
    public func attainments(at position: Int) -> [TaskAttainment] {
        guard !scores[position].isNaN else { return [] }
        let cell = locate(position)
        let role = plan.roles[Int(plan.repRole[cell.rep])]
        let base = (cell.period * plan.reps.count + cell.rep) * plan.slots.count
        let factors = grid.factors(plan: plan, rep: cell.rep, period: cell.period)
        let absent = !role.activitySlots.contains { aggregate.totals[base + $0] != 0 }
        var result: [TaskAttainment] = []
        for rule in role.ruleStart[cell.competency]..<role.ruleStart[cell.competency + 1] {
            let term = role.terms[role.ruleTerms[rule]]
            var value = aggregate.totals[base + term.numerator]
            if term.denominator >= 0 {
                let bottom = aggregate.totals[base + term.denominator]
                value = bottom > 0 ? value / bottom : 0
            }
            let target = term.target * (term.perPeriod ? factors.perPeriod : factors.monthly)
            result.append(
                TaskAttainment(
                    taskID: term.task, value: value, target: target, weight: role.ruleWeights[rule],
                    direction: term.lowerIsBetter ? .lowerIsBetter : .higherIsBetter,
                    attainment: absent
                        ? 0
                        : ScoringRule.attainment(
                            of: value, target: target, lowerIsBetter: term.lowerIsBetter, cap: plan.cap)))
        }
        return result
    }

    /// The attainment of each rule behind `scorecard`, or `nil` when it is not in the grid; empty when the
    /// scorecard has no data.
    public func attainments(of scorecard: Scorecard) -> [TaskAttainment]? {
        index(rep: scorecard.repID, period: scorecard.period, competency: scorecard.competencyID).map(attainments(at:))
    }

    /// Row count, count per band, the no-data rows apart, and the checksum of the scores rounded to 6 decimals.
    ///
    /// - Complexity: O(rows).
    public var summary: ScorecardSummary {
        let reps = plan.reps.count
        let parts = Scorecards.parts(forRows: count)
        // Counts and a checksum of integers: the parts add up to exactly the sequential result.
        let scorecards = self
        let sums = ParallelParts(count: parts) { part in
            scorecards.summary(ofReps: (reps * part / parts)..<(reps * (part + 1) / parts))
        }.results
        var summary = ScorecardSummary()
        for part in sums {
            summary.red += part.red
            summary.amber += part.amber
            summary.green += part.green
            summary.noData += part.noData
            summary.checksumMicro += part.checksumMicro
        }
        summary.rows = scores.count
        return summary
    }

    /// How many parts (one per core, at most 8) work over `rows` scorecard rows is split into: scoring, the summary
    /// and the CSV; one below 65,536 rows, where starting threads costs more than it saves.
    static func parts(forRows rows: Int) -> Int {
        rows >= 1 << 16 ? Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, 8)) : 1
    }

    /// The counts and checksum of the rows of the reps in `range` (``ScorecardSummary/rows`` left at 0).
    private func summary(ofReps range: Range<Int>) -> ScorecardSummary {
        var summary = ScorecardSummary()
        scores.withUnsafeBufferPointer { scores in
            for rep in range {
                let roleIndex = Int(plan.repRole[rep])
                guard roleIndex >= 0 else { continue }
                let bands = plan.roles[roleIndex].bands
                for row in rowStarts[rep]..<rowStarts[rep + 1] {
                    guard !scores[row].isNaN else {
                        summary.noData += 1
                        continue
                    }
                    let micro = StatusBands.micro(scores[row])
                    summary.checksumMicro += micro
                    switch bands.status(micro: micro) {
                    case .red: summary.red += 1
                    case .amber: summary.amber += 1
                    case .green: summary.green += 1
                    case .noData: summary.noData += 1
                    }
                }
            }
        }
        return summary
    }

    /// The time zone of the policy the scores come from.
    public var timeZone: TimeZone { plan.timeZone }

    /// Whether any activity in `period` was scored into the totals (of any rep of the roster).
    ///
    /// - Parameter period: The period.
    /// - Returns: `false` when the period is not scored or every total in it is 0.
    /// - Complexity: O(reps × tasks).
    public func hasActivity(in period: Period) -> Bool {
        guard let periods, periods.contains(period) else { return false }
        let block = plan.reps.count * plan.slots.count
        let start = (period.ordinal - periods.first.ordinal) * block
        return aggregate.totals[start..<(start + block)].contains { $0 != 0 }
    }

    /// The summary of one period's scorecards: what the dashboard's figures and `sco demo`'s scoring line show.
    ///
    /// - Parameter period: The period.
    /// - Returns: Its rows, counts per band, no-data rows and checksum; empty when the period is not scored.
    /// - Complexity: O(reps × competencies of a role).
    public func summary(in period: Period) -> ScorecardSummary {
        var summary = ScorecardSummary()
        guard let periods, periods.contains(period) else { return summary }
        let offset = period.ordinal - periods.first.ordinal
        for rep in plan.reps.indices where grid.contains(rep: rep, period: offset) {
            let role = plan.roles[Int(plan.repRole[rep])]
            let count = role.competencies.count
            let start = rowStarts[rep] + (offset - grid.firstPeriod[rep]) * count
            for score in scores[start..<(start + count)] {
                summary.rows += 1
                guard !score.isNaN else {
                    summary.noData += 1
                    continue
                }
                let micro = StatusBands.micro(score)
                summary.checksumMicro += micro
                switch role.bands.status(micro: micro) {
                case .red: summary.red += 1
                case .amber: summary.amber += 1
                case .green: summary.green += 1
                case .noData: summary.noData += 1
                }
            }
        }
        return summary
    }

    /// The diagnostics of the activity behind the scores, with what the grid adds: reps whose role has no rules,
    /// and rep-periods with activity in which the rep was not employed.
    ///
    /// - Complexity: O(reps × periods × tasks of the role).
    public var diagnostics: ScoringDiagnostics {
        var diagnostics = aggregate.diagnostics
        var outside = 0
        let periodCount = aggregate.periodCount
        for rep in plan.reps.indices {
            let roleIndex = Int(plan.repRole[rep])
            guard roleIndex >= 0 else {
                diagnostics.repsWithoutRules.append(plan.reps[rep])
                continue
            }
            guard grid.periodCount[rep] < periodCount else { continue }
            let slots = plan.roles[roleIndex].activitySlots
            for period in 0..<periodCount where !grid.contains(rep: rep, period: period) {
                let base = (period * plan.reps.count + rep) * plan.slots.count
                if slots.contains(where: { aggregate.totals[base + $0] != 0 }) { outside += 1 }
            }
        }
        diagnostics.repPeriodsOutsideEmployment += outside
        return diagnostics
    }
}
