// Appends activity records to a fresh file store and prints the throughput; build in release:
//
//   swift run -c release StoreAppendBenchmark [RECORDS=10000000] [BATCH=100000] [DIR]
import Foundation
import SalesCompetency

let arguments = CommandLine.arguments
let total = arguments.count > 1 ? Int(arguments[1]) ?? 10_000_000 : 10_000_000
let batchSize = arguments.count > 2 ? Int(arguments[2]) ?? 100_000 : 100_000
let directory =
    arguments.count > 3
    ? URL(fileURLWithPath: arguments[3])
    : FileManager.default.temporaryDirectory.appendingPathComponent("sco-append-benchmark-\(getpid())")
try? FileManager.default.removeItem(at: directory)
defer { try? FileManager.default.removeItem(at: directory) }

let reps = (0..<2_000).map { Rep.ID(rawValue: "rep-\(String(format: "%06d", $0))") }
let tasks = (0..<12).map { SalesTask.ID(rawValue: "task-\($0)") }
let clock = FixedClock(Date(timeIntervalSince1970: 1_735_689_600))
let store = try FileStore(directory: directory, clock: clock)

func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

var appendSeconds = 0.0
var written = 0
var batchIndex = 0
while written < total {
    let size = min(batchSize, total - written)
    let batch = try (0..<size).map { i -> Activity in
        let n = written + i
        return try Activity(
            repID: reps[n % reps.count], taskID: tasks[(n / 7) % tasks.count],
            day: Day(daysSinceEpoch: 19_723 + n % 731),
            quantity: Double(n % 17))
    }
    let start = ContinuousClock.now
    _ = try store.append(batch)
    appendSeconds += seconds(since: start)
    written += size
    batchIndex += 1
}
let bytes = (try FileManager.default.attributesOfItem(atPath: directory.path + "/activity.log")[.size] as? Int) ?? 0
let readStart = ContinuousClock.now
let readBack = try store.activities(from: Day(daysSinceEpoch: 0), through: Day(daysSinceEpoch: 100_000), reps: nil)
let readSeconds = seconds(since: readStart)
precondition(readBack.count == total, "read back \(readBack.count) of \(total)")
let columnarStart = ContinuousClock.now
let log = ActivityLog(readBack)
let columnarSeconds = seconds(since: columnarStart)
precondition(log.count == total)
print(
    """
    file store append: \(total) records in \(batchIndex) batches of \(batchSize), each flushed with fsync
      append: \(String(format: "%.2f", appendSeconds)) s, \(Int(Double(total) / appendSeconds)) records/s, \
    \(String(format: "%.1f", Double(bytes) / appendSeconds / 1e6)) MB/s, log \(bytes / 1_000_000) MB \
    (\(String(format: "%.1f", Double(bytes) / Double(total))) bytes/record)
      read back all: \(String(format: "%.2f", readSeconds)) s, \(Int(Double(total) / readSeconds)) records/s; \
    into a columnar ActivityLog for scoring: \(String(format: "%.2f", columnarSeconds)) s
    """)
