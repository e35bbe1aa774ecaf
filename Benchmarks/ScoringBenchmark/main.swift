// Release-mode benchmark of the scoring engine on a generated data set (see Benchmarks/run.sh):
//
//   ScoringBenchmark DATA_DIR [--repeat N] [--file-only]
//
// --file-only stops after the first measurement (the `sco score --summary` path): `Benchmarks/run.sh
// instructions` counts its instructions under callgrind, which cannot run `sco` itself (valgrind 3.19 crashes
// in libdispatch's signal thread of an async `main`).
//
// Prints one JSON line per measurement: parsing the activity file into an aggregate (the `sco score` path),
// loading it into an in-memory columnar ActivityLog, and rescoring the stored log (aggregate + score + summary),
// each the median of N runs, with the summary the reference scorers print.
import Foundation
import SalesCompetency

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: ScoringBenchmark DATA_DIR [--repeat N] [--file-only]\n".utf8))
    exit(2)
}
let folder = arguments[1]
let repeats = arguments.firstIndex(of: "--repeat").flatMap { Int(arguments[$0 + 1]) } ?? 5

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1
        ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func report(_ name: String, _ times: [Double], _ summary: ScorecardSummary, extra: String = "") {
    let line =
        "{\"measure\": \"\(name)\", \"median_s\": \(String(format: "%.4f", median(times))), "
        + "\"min_s\": \(String(format: "%.4f", times.min()!)), \"runs\": \(times.count), "
        + "\"rows\": \(summary.rows), \"red\": \(summary.red), \"amber\": \(summary.amber), \"green\": \(summary.green), "
        + "\"checksum\": \"\(summary.checksum)\"\(extra)}"
    print(line)
}

do {
    let utc = TimeZone(identifier: "UTC")!
    let year = try PeriodRange(.month(2025, 1), through: .month(2025, 12))
    let roster = try Roster(csvFile: folder + "/reps.csv")
    // The bench's definition: every rep in every month, absence scores 0 (`sco score --bench`).
    let policy = try ScoringPolicy(
        rulesCSVFile: folder + "/rules.csv", timeZone: utc, employment: .ignored, absence: .scoresZero)
    let engine = ScoringEngine(policy: policy, roster: roster)
    let activities = folder + "/activities.csv"

    var summary = ScorecardSummary()
    var times: [Double] = []
    for _ in 0..<repeats {
        times.append(try seconds { summary = try engine.score(activitiesCSVFile: activities, periods: year).summary })
    }
    report("file: parse + aggregate + score + summary", times, summary)
    if arguments.contains("--file-only") { exit(0) }

    var log = ActivityLog()
    times = []
    for _ in 0..<max(1, repeats / 2) {
        times.append(try seconds { log = try ActivityLog(csvFile: activities, timeZone: utc) })
    }
    report("file: load into a columnar ActivityLog", times, summary, extra: ", \"records\": \(log.count)")

    times = []
    var aggregateTimes: [Double] = []
    for _ in 0..<repeats {
        var aggregate: ActivityAggregate?
        aggregateTimes.append(seconds { aggregate = engine.aggregate(log, periods: year) })
        times.append(aggregateTimes.last! + seconds { summary = engine.score(aggregate!).summary })
    }
    report(
        "memory: rescore the stored log (aggregate + score + summary)", times, summary,
        extra: ", \"aggregate_median_s\": \(String(format: "%.4f", median(aggregateTimes))), \"records\": \(log.count)")
} catch {
    FileHandle.standardError.write(Data("ScoringBenchmark: \(error)\n".utf8))
    exit(1)
}
