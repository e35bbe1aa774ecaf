// Release-mode benchmark of a day's update on top of a long history in the file store (see Benchmarks/run.sh):
//
//   IncrementalBenchmark DATA_DIR [--repeat N] [--store DIR]
//
// 1. Appends DATA_DIR/activities.csv (the history, e.g. 1M or 10M rows of 2025) to a fresh FileStore (DIR, by
//    default DATA_DIR/store), one batch per day, each flushed with fsync (not part of the figure; printed).
// 2. Builds the live scorecards of 2025 from the store once: every record read back, aggregated and scored
//    (the cold start, printed).
// 3. N times: a new day of 30,000 activity rows (deterministic, dated 2025-12-31) is appended to the store
//    (durable) and to the live scorecards, which rescore what it touched in December. That whole update is the
//    figure: median and maximum of the N runs.
//    Then, N times, December alone rescored from the store (its batches found by their recorded day range);
//    its summary must equal the live one.
// 4. Checks that the live scorecards equal a full rescore of everything the store then holds, and prints
//    December's summary.
//
// Prints one JSON line per measurement.
import Foundation
import SalesCompetency

var options: [String: String] = [:]
var positional: [String] = []
var rest = CommandLine.arguments.dropFirst()
while let argument = rest.popFirst() {
    if argument.hasPrefix("--") { options[argument] = rest.popFirst() ?? "" } else { positional.append(argument) }
}
guard let folder = positional.first else {
    FileHandle.standardError.write(Data("usage: IncrementalBenchmark DATA_DIR [--repeat N] [--store DIR]\n".utf8))
    exit(2)
}
let repeats = options["--repeat"].flatMap { Int($0) } ?? 5
let storePath = options["--store"] ?? folder + "/store"
let dayRows = 30_000

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func format(_ value: Double) -> String { String(format: "%.4f", value) }

/// A new day of activity: `count` rows of reps and tasks drawn from the roster and the rules by a fixed
/// linear congruential generator, quantities 0 to 5.
func newDay(_ day: Day, count: Int, reps: [Rep.ID], tasks: [SalesTask.ID], seed: UInt64) throws -> [Activity] {
    var state = seed
    func next() -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(truncatingIfNeeded: state >> 33)
    }
    return try (0..<count).map { _ in
        try Activity(
            repID: reps[next() % reps.count], taskID: tasks[next() % tasks.count], day: day,
            quantity: Double(next() % 6))
    }
}

/// Appends the activity file to the store one batch per day (fsync each), printing the time it took; returns the
/// number of records.
func appendHistory(_ path: String, to store: FileStore, timeZone: TimeZone) throws -> Int {
    let history = try ActivityLog(csvFile: path, timeZone: timeZone)
    var byDay: [Int32: [Int]] = [:]
    for row in history.indices { byDay[history.days[row], default: []].append(row) }
    var batches = 0
    let loadSeconds = try seconds {
        for day in byDay.keys.sorted() {
            _ = try store.append(byDay[day]!.map { history[$0] })
            batches += 1
        }
    }
    print(
        "{\"measure\": \"store: append the history, one batch per day\", \"records\": \(history.count), "
            + "\"batches\": \(batches), \"seconds\": \(format(loadSeconds))}")
    return history.count
}

do {
    let utc = TimeZone(identifier: "UTC")!
    let year = try PeriodRange(.month(2025, 1), through: .month(2025, 12))
    let december = Period.month(2025, 12)
    let roster = try Roster(csvFile: folder + "/reps.csv")
    let policy = try ScoringPolicy(rulesCSVFile: folder + "/rules.csv", timeZone: utc)
    let engine = ScoringEngine(policy: policy, roster: roster)

    // 1. The history into a fresh store, one batch per day; the parsed file is released afterwards, as a
    //    service holding only the store and the live scorecards would have it.
    let directory = URL(fileURLWithPath: storePath)
    try? FileManager.default.removeItem(at: directory)
    defer { try? FileManager.default.removeItem(at: directory) }
    let store = try FileStore(directory: directory, clock: .system)
    let historyCount = try appendHistory(folder + "/activities.csv", to: store, timeZone: utc)

    // 2. The live scorecards from the store (cold start).
    var built: IncrementalScorer?
    let coldSeconds = try seconds {
        let stored = ActivityLog(try store.activities(from: year.first.firstDay, through: year.last.lastDay, reps: nil))
        built = IncrementalScorer(engine: engine, periods: year, log: stored)
    }
    guard var live = built else { preconditionFailure("set above") }
    built = nil  // the live scorecards' storage is then not shared, so the first update does not copy it
    print(
        "{\"measure\": \"cold start: read every stored record, aggregate and score 2025\", \"records\": "
            + "\(historyCount), \"seconds\": \(format(coldSeconds))}")

    // 3. A day's update, N times.
    let reps = roster.reps.map(\.id)
    let tasks = Array(Set(policy.rules.map(\.taskID))).sorted()
    var times: [Double] = []
    var storeTimes: [Double] = []
    var rescoreTimes: [Double] = []
    var rescored = 0
    for run in 0..<repeats {
        let day = try newDay(
            december.lastDay, count: dayRows, reps: reps, tasks: tasks, seed: UInt64(20_251_231 + run))
        var storeSeconds = 0.0
        var rescoreSeconds = 0.0
        times.append(
            try seconds {
                storeSeconds = try seconds { _ = try store.append(day) }
                rescoreSeconds = seconds { rescored = live.append(ActivityLog(day)) }
            })
        storeTimes.append(storeSeconds)
        rescoreTimes.append(rescoreSeconds)
    }
    times.sort()
    storeTimes.sort()
    rescoreTimes.sort()
    print(
        "{\"measure\": \"a day's update: append \(dayRows) rows to the store and rescore December\", "
            + "\"history_records\": \(historyCount), \"median_s\": \(format(times[times.count / 2])), "
            + "\"max_s\": \(format(times.last!)), \"runs\": \(times.count), \"cells_rescored\": \(rescored), "
            + "\"store_append_median_s\": \(format(storeTimes[storeTimes.count / 2])), "
            + "\"rescore_median_s\": \(format(rescoreTimes[rescoreTimes.count / 2]))}")

    // 3b. December rescored from the store alone: the batches whose recorded day range misses December are
    //     skipped without being read, so the cost follows December's records, not the history before it.
    var monthTimes: [Double] = []
    var monthCards: Scorecards?
    for _ in 0..<repeats {
        monthTimes.append(
            try seconds {
                let stored = ActivityLog(
                    try store.activities(from: december.firstDay, through: december.lastDay, reps: nil))
                monthCards = engine.score(stored, periods: try PeriodRange(december, through: december))
            })
    }
    monthTimes.sort()
    let decemberSummary = monthCards!.summary(in: december)
    precondition(
        decemberSummary == live.scorecards.summary(in: december),
        "December rescored from the store differs from the live scorecards")
    print(
        "{\"measure\": \"rescore December from the store (other months' batches skipped by their day range)\", "
            + "\"history_records\": \(historyCount), \"median_s\": \(format(monthTimes[monthTimes.count / 2])), "
            + "\"max_s\": \(format(monthTimes.last!)), \"runs\": \(monthTimes.count)}")

    // 4. The live scorecards equal a full rescore of the store.
    let full = engine.score(
        ActivityLog(try store.activities(from: year.first.firstDay, through: year.last.lastDay, reps: nil)),
        periods: year)
    // NaN marks a no-data scorecard (no activity in that rep-month), so compare NaN-aware.
    precondition(
        full.scores.elementsEqual(live.scorecards.scores) { $0 == $1 || ($0.isNaN && $1.isNaN) },
        "the live scorecards differ from a full rescore")
    var counts: [String: Int] = [:]
    for card in live.scorecards where card.period == december { counts[card.status.rawValue, default: 0] += 1 }
    let monthCounts = counts.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ")
    print(
        "{\"measure\": \"check: live scorecards == full rescore of the store\", \"ok\": true, "
            + "\"december\": {\(monthCounts)}}")
} catch {
    FileHandle.standardError.write(Data("IncrementalBenchmark: \(error)\n".utf8))
    exit(1)
}
