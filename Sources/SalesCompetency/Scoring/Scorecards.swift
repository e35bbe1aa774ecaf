import Dispatch
import Foundation

/// The scorecard grid: every rep × every period × every competency with a rule for the rep's primary role,
/// stored as one flat array of scores in that order (reps in roster order, competencies sorted by id).
///
/// It is a random-access collection of ``Scorecard``s, built on access; the attainments behind a score are
/// computed on request (``attainments(of:)``), so scoring millions of cells stays fast.
public struct Scorecards: Sendable, RandomAccessCollection {
    /// The periods scored, or `nil` when there was nothing to score.
    public var periods: PeriodRange? { aggregate.periods }
    /// The totals the scores come from.
    public internal(set) var aggregate: ActivityAggregate
    /// The scores, in grid order.
    public internal(set) var scores: [Double]
    let plan: ScoringPlan
    /// Per rep, its first row; the last element is the row count.
    let rowStarts: [Int]

    init(plan: ScoringPlan, aggregate: ActivityAggregate) {
        precondition(aggregate.reps == plan.reps && aggregate.tasks == plan.slots, "aggregate of another engine")
        self.plan = plan
        self.aggregate = aggregate
        let periodCount = aggregate.periodCount
        let starts = plan.rowStarts(periodCount: periodCount)
        self.rowStarts = starts
        let rows = starts.last!
        let parts = rows >= 1 << 16 ? Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, 8)) : 1
        self.scores = [Double](unsafeUninitializedCapacity: rows) { buffer, initialized in
            nonisolated(unsafe) let base = buffer.baseAddress
            aggregate.totals.withUnsafeBufferPointer { totals in
                nonisolated(unsafe) let totalsBase = totals.baseAddress
                let reps = plan.reps.count
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    let repRange = (reps * part / parts)..<(reps * (part + 1) / parts)
                    for rep in repRange {
                        Scorecards.score(
                            plan: plan, rep: rep, periods: 0..<periodCount, periodCount: periodCount,
                            totals: totalsBase!, scores: base! + starts[rep])
                    }
                }
            }
            initialized = rows
        }
    }

    /// Scores periods `periods` of rep `rep` into `scores` (the rep's first row).
    static func score(
        plan: ScoringPlan, rep: Int, periods: Range<Int>, periodCount: Int, totals: UnsafePointer<Double>,
        scores: UnsafeMutablePointer<Double>
    ) {
        let roleIndex = Int(plan.repRole[rep])
        guard roleIndex >= 0 else { return }
        let role = plan.roles[roleIndex]
        let competencies = role.competencies.count
        let reps = plan.reps.count
        let slots = plan.slots.count
        withUnsafeTemporaryAllocation(of: Double.self, capacity: Swift.max(1, role.terms.count)) { scratch in
            for period in periods {
                plan.scoreCell(
                    role: role, totals: totals + (period * reps + rep) * slots, attainments: scratch.baseAddress!,
                    scores: scores + period * competencies)
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
            competencyID: role.competencies[cell.competency], score: score, status: role.bands.status(of: score))
    }

    /// The rep, period offset and competency index of a row.
    func locate(_ position: Int) -> (rep: Int, period: Int, competency: Int) {
        var low = 0
        var high = plan.reps.count - 1
        while low < high {  // the last rep whose first row is ≤ position, skipping reps without rows
            let middle = (low + high + 1) / 2
            if rowStarts[middle] <= position { low = middle } else { high = middle - 1 }
        }
        let count = plan.competencyCount(rep: low)
        let offset = position - rowStarts[low]
        return (low, offset / count, offset % count)
    }

    /// The position of the scorecard of `rep`, `period` and `competency`, or `nil` when it is not in the grid.
    ///
    /// - Complexity: O(reps + competencies of the role).
    public func index(rep: Rep.ID, period: Period, competency: Competency.ID) -> Int? {
        guard let periods = aggregate.periods, periods.contains(period), let repIndex = plan.reps.firstIndex(of: rep)
        else { return nil }
        let roleIndex = Int(plan.repRole[repIndex])
        guard roleIndex >= 0, let position = plan.roles[roleIndex].competencies.firstIndex(of: competency) else {
            return nil
        }
        let count = plan.roles[roleIndex].competencies.count
        return rowStarts[repIndex] + (period.ordinal - periods.first.ordinal) * count + position
    }

    /// The scorecard of `rep`, `period` and `competency`, or `nil` when it is not in the grid.
    ///
    /// - Complexity: O(reps + competencies of the role).
    public func scorecard(rep: Rep.ID, period: Period, competency: Competency.ID) -> Scorecard? {
        index(rep: rep, period: period, competency: competency).map { self[$0] }
    }

    /// The attainment of each rule behind the scorecard at `position`, in rule order.
    ///
    /// - Complexity: O(rules of the competency).
    public func attainments(at position: Int) -> [TaskAttainment] {
        let cell = locate(position)
        let role = plan.roles[Int(plan.repRole[cell.rep])]
        let base = (cell.period * plan.reps.count + cell.rep) * plan.slots.count
        var result: [TaskAttainment] = []
        for rule in role.ruleStart[cell.competency]..<role.ruleStart[cell.competency + 1] {
            let term = role.terms[role.ruleTerms[rule]]
            var value = aggregate.totals[base + term.numerator]
            if term.denominator >= 0 {
                let bottom = aggregate.totals[base + term.denominator]
                value = bottom > 0 ? value / bottom : 0
            }
            result.append(
                TaskAttainment(
                    taskID: term.task, value: value, target: term.target, weight: role.ruleWeights[rule],
                    direction: term.lowerIsBetter ? .lowerIsBetter : .higherIsBetter,
                    attainment: ScoringRule.attainment(
                        of: value, target: term.target, lowerIsBetter: term.lowerIsBetter, cap: plan.cap)))
        }
        return result
    }

    /// The attainment of each rule behind `scorecard`, or `nil` when it is not in the grid.
    public func attainments(of scorecard: Scorecard) -> [TaskAttainment]? {
        index(rep: scorecard.repID, period: scorecard.period, competency: scorecard.competencyID).map(attainments(at:))
    }

    /// Row count, count per band and checksum of the scores rounded to 6 decimals.
    ///
    /// - Complexity: O(rows).
    public var summary: ScorecardSummary {
        var summary = ScorecardSummary()
        scores.withUnsafeBufferPointer { scores in
            for rep in plan.reps.indices {
                let roleIndex = Int(plan.repRole[rep])
                guard roleIndex >= 0 else { continue }
                let bands = plan.roles[roleIndex].bands
                for row in rowStarts[rep]..<rowStarts[rep + 1] {
                    let micro = StatusBands.micro(scores[row])
                    summary.checksumMicro += micro
                    switch bands.status(micro: micro) {
                    case .red: summary.red += 1
                    case .amber: summary.amber += 1
                    case .green: summary.green += 1
                    }
                }
            }
        }
        summary.rows = scores.count
        return summary
    }

    /// The diagnostics of the activity behind the scores.
    public var diagnostics: ScoringDiagnostics { aggregate.diagnostics }
}
