import Dispatch
import Foundation

/// The arithmetic of an impact analysis on dense arrays: per-rep changes between two windows around each
/// cohort's enrolment month, the difference-in-differences under rep weights (1 for the estimate, bootstrap
/// counts for an interval), and relabelled pools for the permutation test.
///
/// Layout: `change[(stage * pool + member) * cohorts + cohort]`, NaN where a window has no value. The pool
/// holds the participants first (in the order given), then the comparison reps.
struct ImpactEngine: Sendable {
    /// Two windows of months relative to the enrolment month, both inclusive.
    struct Stage: Sendable {
        var before: ClosedRange<Int>
        var after: ClosedRange<Int>
    }

    let stages: [Stage]
    let cohortMonths: [Int]
    let participantCohort: [Int]
    let participantCount: Int
    let comparisonCount: Int
    let change: [Double]
    /// The trend-line effect of each participant, NaN when it has fewer than two months before.
    let trend: [Double]

    var poolCount: Int { participantCount + comparisonCount }

    /// Builds the changes.
    ///
    /// - Parameters:
    ///   - values: Rep-major panel values, NaN where missing.
    ///   - months: The panel's month count.
    ///   - participants: Each participant's panel row and enrolment month index.
    ///   - comparison: The comparison reps' panel rows.
    ///   - stages: The windows.
    ///   - trendStage: The windows of the trend-line projection.
    init(
        values: [Double], months: Int, participants: [(row: Int, month: Int)], comparison: [Int], stages: [Stage],
        trendStage: Stage
    ) {
        let cohortMonths = Array(Set(participants.map(\.month))).sorted()
        let cohortIndex = Dictionary(uniqueKeysWithValues: cohortMonths.enumerated().map { ($1, $0) })
        let pool = participants.map(\.row) + comparison
        let cohorts = cohortMonths.count
        var change = [Double](repeating: .nan, count: stages.count * pool.count * cohorts)
        for (s, stage) in stages.enumerated() {
            for (p, row) in pool.enumerated() {
                for (k, month) in cohortMonths.enumerated() {
                    let before = ImpactEngine.mean(
                        values, row: row, months: months, ImpactEngine.shift(stage.before, month))
                    let after = ImpactEngine.mean(
                        values, row: row, months: months, ImpactEngine.shift(stage.after, month))
                    change[(s * pool.count + p) * cohorts + k] = after - before
                }
            }
        }
        self.stages = stages
        self.cohortMonths = cohortMonths
        self.participantCohort = participants.map { cohortIndex[$0.month]! }
        self.participantCount = participants.count
        self.comparisonCount = comparison.count
        self.change = change
        self.trend = participants.map {
            ImpactEngine.trendEffect(values, row: $0.row, months: months, month: $0.month, stage: trendStage)
        }
    }

    /// `range` moved by `offset`.
    static func shift(_ range: ClosedRange<Int>, _ offset: Int) -> ClosedRange<Int> {
        (range.lowerBound + offset)...(range.upperBound + offset)
    }

    /// The mean of a rep's values over months `range` (clipped to the panel), NaN when none is known.
    static func mean(_ values: [Double], row: Int, months: Int, _ range: ClosedRange<Int>) -> Double {
        var sum = 0.0
        var count = 0
        for month in range where month >= 0 && month < months {
            let value = values[row * months + month]
            if !value.isNaN {
                sum += value
                count += 1
            }
        }
        return count > 0 ? sum / Double(count) : .nan
    }

    /// The mean of (value − the least-squares line through the months before, projected), NaN when fewer than
    /// two months before or no month after has a value.
    static func trendEffect(_ values: [Double], row: Int, months: Int, month: Int, stage: Stage) -> Double {
        var points: [(Double, Double)] = []
        for m in (ImpactEngine.shift(stage.before, month)) where m >= 0 && m < months && !values[row * months + m].isNaN
        {
            points.append((Double(m), values[row * months + m]))
        }
        guard points.count >= 2 else { return .nan }
        let n = Double(points.count)
        let mx = points.reduce(0) { $0 + $1.0 } / n
        let my = points.reduce(0) { $0 + $1.1 } / n
        let sxy = points.reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = points.reduce(0) { $0 + ($1.0 - mx) * ($1.0 - mx) }
        let slope = sxy / sxx
        var sum = 0.0
        var count = 0
        for m in (ImpactEngine.shift(stage.after, month)) where m >= 0 && m < months && !values[row * months + m].isNaN
        {
            sum += values[row * months + m] - (my + slope * (Double(m) - mx))
            count += 1
        }
        return count > 0 ? sum / Double(count) : .nan
    }

    /// The difference-in-differences of one stage under rep weights, with the number of participants (weighted)
    /// it rests on.
    ///
    /// - Complexity: O(comparison × cohorts + participants).
    func estimate(stage: Int, participantWeights: [Int32], comparisonWeights: [Int32], scratch: inout [Double])
        -> (value: Double, weight: Int)
    {
        let cohorts = cohortMonths.count
        if scratch.count < 2 * cohorts { scratch = [Double](repeating: 0, count: 2 * cohorts) }
        for k in 0..<(2 * cohorts) { scratch[k] = 0 }
        let base = stage * poolCount
        change.withUnsafeBufferPointer { change in
            scratch.withUnsafeMutableBufferPointer { sums in
                for j in 0..<comparisonCount where comparisonWeights[j] > 0 {
                    let w = Double(comparisonWeights[j])
                    let row = (base + participantCount + j) * cohorts
                    for k in 0..<cohorts {
                        let c = change[row + k]
                        if !c.isNaN {
                            sums[k] += w * c
                            sums[cohorts + k] += w
                        }
                    }
                }
            }
        }
        var total = 0.0
        var weight = 0
        for i in 0..<participantCount where participantWeights[i] > 0 {
            let k = participantCohort[i]
            let d = change[(base + i) * cohorts + k]
            guard !d.isNaN, scratch[cohorts + k] > 0 else { continue }
            let w = Int(participantWeights[i])
            total += Double(w) * (d - scratch[k] / scratch[cohorts + k])
            weight += w
        }
        return (weight > 0 ? total / Double(weight) : .nan, weight)
    }

    /// The weighted mean trend-line effect.
    func trendEstimate(participantWeights: [Int32]) -> Double {
        var total = 0.0
        var weight = 0.0
        for i in 0..<participantCount where participantWeights[i] > 0 && !trend[i].isNaN {
            total += Double(participantWeights[i]) * trend[i]
            weight += Double(participantWeights[i])
        }
        return weight > 0 ? total / weight : .nan
    }

    /// Runs `count` jobs on up to two threads, each writing `width` results into its own row.
    static func parallelRows(count: Int, width: Int, _ body: @Sendable (Int, UnsafeMutablePointer<Double>) -> Void)
        -> [Double]
    {
        guard count > 0 else { return [] }
        return [Double](unsafeUninitializedCapacity: count * width) { buffer, initialized in
            nonisolated(unsafe) let base = buffer.baseAddress!
            let parts = Swift.min(count, Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, 8)))
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                for job in (count * part / parts)..<(count * (part + 1) / parts) {
                    body(job, base + job * width)
                }
            }
            initialized = count * width
        }
    }

    /// The bootstrap: resample `b` draws participants then comparison reps with replacement (index =
    /// ⌊unit × n⌋) from a generator seeded `seed &+ b`, and records each stage's estimate and the trend-line
    /// estimate. Returns `resamples × (stages + 1)` values.
    func bootstrap(resamples: Int, seed: UInt64) -> [Double] {
        let width = stages.count + 1
        return ImpactEngine.parallelRows(count: resamples, width: width) { b, row in
            var random = SeededGenerator(seed: seed &+ UInt64(b))
            var pw = [Int32](repeating: 0, count: participantCount)
            var cw = [Int32](repeating: 0, count: comparisonCount)
            for _ in 0..<participantCount { pw[Int(random.unit() * Double(participantCount))] += 1 }
            for _ in 0..<comparisonCount { cw[Int(random.unit() * Double(comparisonCount))] += 1 }
            var scratch: [Double] = []
            for stage in stages.indices {
                row[stage] =
                    estimate(
                        stage: stage, participantWeights: pw, comparisonWeights: cw, scratch: &scratch
                    ).value
            }
            row[stages.count] = trendEstimate(participantWeights: pw)
        }
    }

    /// The permutation statistics of stage 0: relabelling `b` shuffles the pool (Fisher–Yates from the end,
    /// j = ⌊unit × (i + 1)⌋) with a generator seeded `seed &+ b`; its first members take the participants'
    /// enrolment months in order, the rest form the comparison group.
    func permutations(count: Int, seed: UInt64) -> [Double] {
        let cohorts = cohortMonths.count
        var poolSums = [Double](repeating: 0, count: 2 * cohorts)
        for p in 0..<poolCount {
            for k in 0..<cohorts where !change[p * cohorts + k].isNaN {
                poolSums[k] += change[p * cohorts + k]
                poolSums[cohorts + k] += 1
            }
        }
        let totals = poolSums
        return ImpactEngine.parallelRows(count: count, width: 1) { b, row in
            var random = SeededGenerator(seed: seed &+ UInt64(b))
            var order = Array(0..<poolCount)
            for i in stride(from: poolCount - 1, to: 0, by: -1) {
                order.swapAt(i, Int(random.unit() * Double(i + 1)))
            }
            var sums = totals
            for i in 0..<participantCount {
                let base = order[i] * cohorts
                for k in 0..<cohorts where !change[base + k].isNaN {
                    sums[k] -= change[base + k]
                    sums[cohorts + k] -= 1
                }
            }
            var total = 0.0
            var weight = 0
            for i in 0..<participantCount {
                let k = participantCohort[i]
                let d = change[order[i] * cohorts + k]
                guard !d.isNaN, sums[cohorts + k] > 0 else { continue }
                total += d - sums[k] / sums[cohorts + k]
                weight += 1
            }
            row[0] = weight > 0 ? total / Double(weight) : .nan
        }
    }
}
