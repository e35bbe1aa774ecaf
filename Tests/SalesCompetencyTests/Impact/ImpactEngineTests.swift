import Testing

@testable import SalesCompetency

/// The blocked, branch-free resampling loops against the plain loops they replace, bit for bit.
struct ImpactEngineTests {
    /// An engine over a simulated organisation with missing months, staggered cohorts and the report's stages.
    static func engine(reps: Int, months: Int, seed: UInt64) -> ImpactEngine {
        let simulation = ImpactSimulation(reps: reps, months: months, effect: 1, stability: 90, seed: seed)
        let panel = simulation.panel
        var participants: [(row: Int, month: Int)] = []
        var enrolled = Set<Int>()
        for enrolment in simulation.enrolments.enrolments(in: "sim") {
            let row = panel.index(of: enrolment.repID)!
            let month = Period(containing: enrolment.enrolledOn).ordinal - panel.months.first.ordinal
            enrolled.insert(row)
            guard month >= 1, month < months else { continue }
            participants.append((row, month))
        }
        let comparison = (0..<panel.reps.count).filter { !enrolled.contains($0) }
        let stages = [
            ImpactEngine.Stage(before: -3...(-1), after: 1...3),
            ImpactEngine.Stage(before: -2...(-2), after: -1...(-1)),
            ImpactEngine.Stage(before: -3...(-1), after: 1...1),
            ImpactEngine.Stage(before: -3...(-1), after: 2...2),
            ImpactEngine.Stage(before: -3...(-1), after: 3...3),
        ]
        return ImpactEngine(
            values: panel.values, months: months, participants: participants, comparison: comparison,
            stages: stages, trendStage: stages[0])
    }

    /// The resample weights of `bootstrap(resamples:seed:)`, drawn as its documentation says.
    static func weights(_ engine: ImpactEngine, seed: UInt64, resample b: Int) -> ([Int32], [Int32]) {
        var random = SeededGenerator(seed: seed &+ UInt64(b))
        var participants = [Int32](repeating: 0, count: engine.participantCount)
        var comparison = [Int32](repeating: 0, count: engine.comparisonCount)
        for _ in 0..<engine.participantCount {
            participants[Int(random.unit() * Double(engine.participantCount))] += 1
        }
        for _ in 0..<engine.comparisonCount { comparison[Int(random.unit() * Double(engine.comparisonCount))] += 1 }
        return (participants, comparison)
    }

    @Test(arguments: [(60, 15, UInt64(1)), (150, 15, 2), (400, 24, 3)])
    func blockedBootstrapEqualsThePerStageLoopBitForBit(reps: Int, months: Int, seed: UInt64) {
        let engine = ImpactEngineTests.engine(reps: reps, months: months, seed: seed)
        let resamples = 2 * ImpactEngine.resampleBlock + 3  // a partial last block
        let rows = engine.bootstrap(resamples: resamples, seed: 99)
        let width = engine.stages.count + 1
        #expect(rows.count == resamples * width)
        var scratch: [Double] = []
        var compared = 0
        for b in 0..<resamples {
            let (pw, cw) = ImpactEngineTests.weights(engine, seed: 99, resample: b)
            for stage in engine.stages.indices {
                let expected = engine.estimate(
                    stage: stage, participantWeights: pw, comparisonWeights: cw, scratch: &scratch
                ).value
                let found = rows[b * width + stage]
                #expect(found.bitPattern == expected.bitPattern || (found.isNaN && expected.isNaN))
                if !expected.isNaN { compared += 1 }
            }
            #expect(rows[b * width + engine.stages.count] == engine.trendEstimate(participantWeights: pw))
        }
        #expect(compared > resamples * 3)
    }

    @Test func branchFreePermutationsEqualTheNaNSkippingLoopBitForBit() {
        let engine = ImpactEngineTests.engine(reps: 150, months: 15, seed: 4)
        let found = engine.permutations(count: 20, seed: 7)
        let cohorts = engine.cohortMonths.count
        for b in 0..<20 {
            var random = SeededGenerator(seed: 7 &+ UInt64(b))
            var order = Array(0..<engine.poolCount)
            for i in stride(from: engine.poolCount - 1, to: 0, by: -1) {
                order.swapAt(i, Int(random.unit() * Double(i + 1)))
            }
            var sums = [Double](repeating: 0, count: 2 * cohorts)
            for p in 0..<engine.poolCount {
                for k in 0..<cohorts where !engine.change[p * cohorts + k].isNaN {
                    sums[k] += engine.change[p * cohorts + k]
                    sums[cohorts + k] += 1
                }
            }
            for i in 0..<engine.participantCount {
                for k in 0..<cohorts where !engine.change[order[i] * cohorts + k].isNaN {
                    sums[k] -= engine.change[order[i] * cohorts + k]
                    sums[cohorts + k] -= 1
                }
            }
            var total = 0.0
            var weight = 0
            for i in 0..<engine.participantCount {
                let k = engine.participantCohort[i]
                let d = engine.change[order[i] * cohorts + k]
                guard !d.isNaN, sums[cohorts + k] > 0 else { continue }
                total += d - sums[k] / sums[cohorts + k]
                weight += 1
            }
            let expected = total / Double(weight)
            #expect(found[b].bitPattern == expected.bitPattern)
        }
    }
}
