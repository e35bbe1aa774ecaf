import Foundation
import SalesCompetency

// The impact analysis at size: 10,000 reps × 24 months, 40% enrolled in staggered months, 1,000 bootstrap
// resamples and 1,000 permutations. Run it in release:
//   swift build -c release --scratch-path .build-release --product ImpactBenchmark
//   .build-release/release/ImpactBenchmark [reps] [months] [resamples]
// It prints the time to generate the panel and the time of the analysis (median of 5 runs), and the estimate
// against the planted value.

// With --coverage N it instead runs N seeds for each of three organisation sizes, with and without a planted
// effect and with a planted pre-trend, and prints how often the 95% interval covers the planted value or 0,
// and how often the pre-trend is flagged (Documentation/ImpactCoverage.md records a run).

if CommandLine.arguments.dropFirst().first == "--coverage" {
    let seeds = CommandLine.arguments.dropFirst(2).first.flatMap { Int($0) } ?? 200
    var options = ImpactOptions()
    options.resamples = 500
    options.permutations = 0
    for size in [60, 150, 400] {
        var covered = 0
        var coveredZero = 0
        var flagged = 0
        var falseFlags = 0
        for seed in 0..<seeds {
            let planted = ImpactSimulation(reps: size, months: 15, effect: 1, stability: 90, seed: UInt64(seed))
            let found = try ImpactReport(
                panel: planted.panel, enrolments: planted.enrolments, investmentID: "sim", options: options)
            if found.estimate.interval?.contains(planted.trueEffect) == true { covered += 1 }
            if found.preTrend.map({ !$0.intervalContainsZero }) == true { falseFlags += 1 }
            let none = ImpactSimulation(reps: size, months: 15, effect: 0, seed: UInt64(seed + 100_000))
            let null = try ImpactReport(
                panel: none.panel, enrolments: none.enrolments, investmentID: "sim", options: options)
            if null.estimate.interval?.contains(0) == true { coveredZero += 1 }
            let drifting = ImpactSimulation(
                reps: size, months: 15, effect: 0, preTrend: 0.5, seed: UInt64(seed + 200_000))
            let trend = try ImpactReport(
                panel: drifting.panel, enrolments: drifting.enrolments, investmentID: "sim", options: options)
            if trend.preTrend.map({ !$0.intervalContainsZero }) == true { flagged += 1 }
        }
        let share = { (count: Int) in String(format: "%.1f%%", 100 * Double(count) / Double(seeds)) }
        print(
            "\(size) reps × 15 months, \(seeds) seeds: planted effect covered \(share(covered)), 0 covered without "
                + "effect \(share(coveredZero)), planted pre-trend flagged \(share(flagged)), pre-trend flagged "
                + "without one \(share(falseFlags))")
    }
    exit(0)
}

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let reps = arguments.count > 0 ? arguments[0] : 10_000
let months = arguments.count > 1 ? arguments[1] : 24
let resamples = arguments.count > 2 ? arguments[2] : 1_000
let clock = ContinuousClock()
var simulation: ImpactSimulation?
let generation = clock.measure {
    simulation = ImpactSimulation(reps: reps, months: months, effect: 1, stability: 120, seed: 2026)
}
let planted = simulation!
var options = ImpactOptions()
options.resamples = resamples
options.permutations = resamples
var timings: [Duration] = []
var report: ImpactReport?
for _ in 0..<5 {
    timings.append(
        try clock.measure {
            report = try ImpactReport(
                panel: planted.panel, enrolments: planted.enrolments, investmentID: "sim", options: options)
        })
}
let median = timings.sorted()[timings.count / 2]
let result = report!
print(
    "impact: \(reps) reps × \(months) months, \(result.estimate.reps) participants, \(result.comparisonReps) "
        + "comparison, \(resamples) resamples + \(resamples) permutations: "
        + "\(median.formatted(.units(allowed: [.milliseconds], fractionalPart: .show(length: 1)))) "
        + "(median of 5; runs \(timings.map { $0.formatted(.units(allowed: [.milliseconds])) }.joined(separator: ", "))); "
        + "generating the panel \(generation.formatted(.units(allowed: [.milliseconds])))")
print(
    "estimate \(ImpactReport.signed(result.estimate.value)) \(ImpactReport.bracket(result.estimate.interval)), "
        + "planted \(ImpactReport.signed(planted.trueEffect)); retention S "
        + (result.retention.map { String(format: "%.0f", $0.stability) } ?? "–") + " days (planted 120)")
