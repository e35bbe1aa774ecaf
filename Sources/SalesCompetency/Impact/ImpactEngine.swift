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
        return [Double](uninitializedCapacity: count * width) { buffer, initialized in
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
    /// estimate. Returns `resamples × (stages + 1)` values, bit for bit those of ``estimate(stage:participantWeights:comparisonWeights:scratch:)``
    /// under each resample's weights.
    ///
    /// Resamples are taken in blocks: each comparison rep's row of changes (all stages and cohorts, NaN as 0) is
    /// read once per block and added, under each resample's weight, into that resample's sums in rep order, so
    /// every sum adds the same terms in the same order as the per-stage loop; the counts come from the short
    /// lists of reps whose change is missing (or present) per stage and cohort, and are exact integers.
    ///
    /// - Complexity: O(resamples × (comparison × stages × cohorts + participants × stages)).
    func bootstrap(resamples: Int, seed: UInt64) -> [Double] {
        let width = stages.count + 1
        let layout = ComparisonLayout(self)
        let block = ImpactEngine.resampleBlock
        let blocks = (resamples + block - 1) / block
        let rows = ImpactEngine.parallelRows(count: blocks, width: block * width) { blockIndex, out in
            let first = blockIndex * block
            let count = Swift.min(block, resamples - first)
            var participantWeights = [[Int32]](repeating: [], count: count)
            var comparisonWeights = [Int32](repeating: 0, count: count * comparisonCount)
            for r in 0..<count {
                var random = SeededGenerator(seed: seed &+ UInt64(first + r))
                var pw = [Int32](repeating: 0, count: participantCount)
                for _ in 0..<participantCount { pw[Int(random.unit() * Double(participantCount))] += 1 }
                for _ in 0..<comparisonCount {
                    comparisonWeights[r * comparisonCount + Int(random.unit() * Double(comparisonCount))] += 1
                }
                participantWeights[r] = pw
            }
            let means = layout.means(weights: comparisonWeights, resamples: count, comparisonCount: comparisonCount)
            for r in 0..<count {
                for stage in stages.indices {
                    out[r * width + stage] =
                        participantEstimate(
                            stage: stage, participantWeights: participantWeights[r], means: means,
                            at: r * layout.width
                        ).value
                }
                out[r * width + stages.count] = trendEstimate(participantWeights: participantWeights[r])
            }
            for index in (count * width)..<(block * width) { out[index] = .nan }
        }
        return Array(rows.prefix(resamples * width))
    }

    /// Resamples per block of ``bootstrap(resamples:seed:)``: their sums stay in the first-level cache while a
    /// comparison rep's row is added into each.
    static let resampleBlock = 8

    /// The participants' side of ``estimate(stage:participantWeights:comparisonWeights:scratch:)`` given the
    /// comparison group's weighted mean change per stage and cohort (NaN where it has no weight).
    func participantEstimate(stage: Int, participantWeights: [Int32], means: [Double], at offset: Int)
        -> (value: Double, weight: Int)
    {
        let cohorts = cohortMonths.count
        let base = stage * poolCount
        var total = 0.0
        var weight = 0
        for i in 0..<participantCount where participantWeights[i] > 0 {
            let k = participantCohort[i]
            let d = change[(base + i) * cohorts + k]
            let mean = means[offset + stage * cohorts + k]
            guard !d.isNaN, !mean.isNaN else { continue }
            let w = Int(participantWeights[i])
            total += Double(w) * (d - mean)
            weight += w
        }
        return (weight > 0 ? total / Double(weight) : .nan, weight)
    }

    /// The permutation statistics of stage 0: relabelling `b` shuffles the pool (Fisher–Yates from the end,
    /// j = ⌊unit × (i + 1)⌋) with a generator seeded `seed &+ b`; its first members take the participants'
    /// enrolment months in order, the rest form the comparison group.
    func permutations(count: Int, seed: UInt64) -> [Double] {
        let cohorts = cohortMonths.count
        // Stage 0's changes with NaN as 0, and 1 where a change is known: subtracting 0 leaves a sum as it was,
        // so the branch-free loop below gives the sums of the loop that skips NaN, bit for bit.
        var known = [Double](repeating: 0, count: poolCount * cohorts)
        var values = [Double](repeating: 0, count: poolCount * cohorts)
        var poolSums = [Double](repeating: 0, count: 2 * cohorts)
        for p in 0..<poolCount {
            for k in 0..<cohorts where !change[p * cohorts + k].isNaN {
                values[p * cohorts + k] = change[p * cohorts + k]
                known[p * cohorts + k] = 1
                poolSums[k] += change[p * cohorts + k]
                poolSums[cohorts + k] += 1
            }
        }
        let totals = poolSums
        let filled = values
        let present = known
        let poolCount = poolCount
        let participantCount = participantCount
        return ImpactEngine.parallelRows(count: count, width: 1) { b, row in
            var random = SeededGenerator(seed: seed &+ UInt64(b))
            var order = [Int](uninitializedCapacity: poolCount) { buffer, initialized in
                for i in 0..<poolCount { buffer[i] = i }
                initialized = poolCount
            }
            order.withUnsafeMutableBufferPointer { order in
                for i in stride(from: poolCount - 1, to: 0, by: -1) {
                    let j = Int(random.unit() * Double(i + 1))
                    let kept = order[i]
                    order[i] = order[j]
                    order[j] = kept
                }
            }
            var sums = totals
            order.withUnsafeBufferPointer { order in
                filled.withUnsafeBufferPointer { filled in
                    present.withUnsafeBufferPointer { present in
                        sums.withUnsafeMutableBufferPointer { sums in
                            let values = sums.baseAddress!
                            let counts = values + cohorts
                            for i in 0..<participantCount {
                                let from = filled.baseAddress! + order[i] * cohorts
                                let known = present.baseAddress! + order[i] * cohorts
                                for k in 0..<cohorts {
                                    values[k] -= from[k]
                                    counts[k] -= known[k]
                                }
                            }
                        }
                    }
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

/// The comparison reps' changes laid out for the blocked bootstrap: per rep, every stage's changes by cohort
/// (NaN as 0), and per stage and cohort the reps whose change is missing, or those whose change is known when
/// they are fewer.
struct ComparisonLayout {
    /// Stages × cohorts.
    let width: Int
    let values: [Double]
    /// Per column (stage × cohorts + cohort): `listStart[c]..<listStart[c + 1]` of `list`, reps in order.
    let listStart: [Int]
    let list: [Int32]
    /// Whether column c lists the missing reps (else the known ones).
    let listsMissing: [Bool]

    init(_ engine: ImpactEngine) {
        let cohorts = engine.cohortMonths.count
        let stages = engine.stages.count
        let members = engine.comparisonCount
        width = stages * cohorts
        var values = [Double](repeating: 0, count: members * width)
        var missing = [[Int32]](repeating: [], count: width)
        var present = [[Int32]](repeating: [], count: width)
        for j in 0..<members {
            for s in 0..<stages {
                let row = (s * engine.poolCount + engine.participantCount + j) * cohorts
                for k in 0..<cohorts {
                    let c = engine.change[row + k]
                    if c.isNaN {
                        missing[s * cohorts + k].append(Int32(j))
                    } else {
                        values[j * width + s * cohorts + k] = c
                        present[s * cohorts + k].append(Int32(j))
                    }
                }
            }
        }
        var listStart = [0]
        var list: [Int32] = []
        var listsMissing: [Bool] = []
        for column in 0..<width {
            let useMissing = missing[column].count <= present[column].count
            list += useMissing ? missing[column] : present[column]
            listsMissing.append(useMissing)
            listStart.append(list.count)
        }
        self.values = values
        self.listStart = listStart
        self.list = list
        self.listsMissing = listsMissing
    }

    /// Per resample (`weights[r * comparisonCount + j]`), the weighted mean change of each column: the weighted
    /// sum over reps in order (NaN-skipping, as ``ImpactEngine/estimate(stage:participantWeights:comparisonWeights:scratch:)``
    /// adds them) divided by the weight of the reps with a known change; NaN when that weight is 0.
    func means(weights: [Int32], resamples: Int, comparisonCount: Int) -> [Double] {
        var sums = [Double](repeating: 0, count: resamples * width)
        let width = width
        values.withUnsafeBufferPointer { values in
            weights.withUnsafeBufferPointer { weights in
                sums.withUnsafeMutableBufferPointer { sums in
                    for j in 0..<comparisonCount {
                        let row = values.baseAddress! + j * width
                        for r in 0..<resamples {
                            let w = weights[r * comparisonCount + j]
                            guard w > 0 else { continue }
                            let weight = Double(w)
                            let target = sums.baseAddress! + r * width
                            for i in 0..<width { target[i] += weight * row[i] }
                        }
                    }
                }
            }
        }
        for r in 0..<resamples {
            var total = 0
            for j in 0..<comparisonCount { total += Int(weights[r * comparisonCount + j]) }
            for column in 0..<width {
                var listed = 0
                for index in listStart[column]..<listStart[column + 1] {
                    listed += Int(weights[r * comparisonCount + Int(list[index])])
                }
                let count = listsMissing[column] ? total - listed : listed
                sums[r * width + column] = count > 0 ? sums[r * width + column] / Double(count) : .nan
            }
        }
        return sums
    }
}
