// The writer, reader and verifier of the file store's crash test (.ci/crash-test.sh).
//
//   StoreCrashTest write DIR START [COUNT]  appends batches START, START+1, … (COUNT of them, else forever), each
//                                           with key "batch-K" and its audit entry, printing "ack K" once batch K
//                                           is acknowledged (a retried batch that was already stored is
//                                           acknowledged too); every 10th batch also saves a document and
//                                           prints "doc N"
//   StoreCrashTest read DIR                 reads the store read-only in a loop until killed, checking that every
//                                           snapshot is a prefix of batches 0, 1, 2… exactly as written
//   StoreCrashTest verify DIR K N           checks, read-only, exactly-once delivery: batches 0…K all there once,
//                                           in order, with their audit entries, at most one more (stored but
//                                           killed before it was acknowledged), nothing else; document versions
//                                           1…N at least
import Foundation
import SalesCompetency

/// Batch `k`: 1 to 50 activities (2,000 for every tenth) whose every field is a function of `k` and the position.
func batch(_ k: Int) throws -> [Activity] {
    // Every tenth batch spans many pages, so that a SIGKILL can land in the middle of its write.
    try (0..<(k % 10 == 9 ? 2_000 : 1 + (k * 7) % 50)).map { j in
        try Activity(
            rep: Rep.ID(rawValue: "rep-\(k % 13)"), task: SalesTask.ID(rawValue: "task-\(j % 3)"),
            day: Day(daysSinceEpoch: 20_000 + k % 365),
            quantity: Double(k) + Double(j) / 8)
    }
}

let clock = FixedWallClock(Date(timeIntervalSince1970: 1_735_689_600))
let everything = (Day(daysSinceEpoch: 0), Day(daysSinceEpoch: 100_000))

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("StoreCrashTest: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else { fail("usage: StoreCrashTest write DIR START [COUNT] | read DIR | verify DIR K N") }
let directory = URL(fileURLWithPath: arguments[2])
let readOnly = FileStore.Options(readOnly: true)

/// Writes a line straight to the file descriptor (no buffer a SIGKILL could lose).
func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

/// Checks that the store holds batches 0..<count exactly once each, in order, with one audit entry each.
func checkPrefix(_ store: FileStore) throws -> (batches: Int, activities: Int) {
    let summaries = try store.batchSummaries()
    for summary in summaries where summary.key != "batch-\(summary.sequence)" {
        fail("batch \(summary.sequence) has key \(summary.key)")
    }
    var k = 0
    var activities = 0
    try store.forEachBatch(from: everything.0, through: everything.1) { stored in
        guard k < summaries.count else { return }  // appended after the summaries were read
        guard stored.key == "batch-\(k)", stored.activities == (try batch(k)) else {
            fail("batch \(k) (key \(stored.key)) is not exactly as written")
        }
        activities += stored.activities.count
        k += 1
    }
    guard k >= summaries.count else { fail("\(summaries.count) batches listed but \(k) read") }
    let audited = try store.auditEntries(from: .distantPast, before: .distantFuture)
        .filter { $0.action == .activitiesAppended }.map(\.subject)
    guard Array(audited.prefix(summaries.count)) == (0..<summaries.count).map({ "activities/batch-\($0)" }) else {
        fail("the audit trail lists \(audited.prefix(5))… for \(summaries.count) batches")
    }
    return (summaries.count, activities)
}

do {
    switch arguments[1] {
    case "write":
        guard arguments.count >= 4, let start = Int(arguments[3]) else { fail("usage: write DIR START [COUNT]") }
        let end = arguments.count > 4 ? start + (Int(arguments[4]) ?? 0) : Int.max
        let store = try FileStore(directory: directory, clock: clock)
        var documentVersion = try store.versions(of: "counter", in: .rosters).last?.number ?? 0
        var k = start
        while k < end {
            let receipt = try store.append(
                ActivityBatch(try batch(k), source: "crash-test", key: "batch-\(k)"),
                auditing: [
                    AuditEntry(
                        at: clock.now, actor: "crash-test", action: .activitiesAppended,
                        subject: "activities/batch-\(k)")
                ])
            guard receipt.sequence == k else { fail("batch-\(k) got sequence \(receipt.sequence)") }
            say("ack \(k)")
            if documentVersion < k / 10 + 1 {  // every 10th batch, or a save a kill interrupted
                documentVersion += 1
                try store.save(
                    DocumentVersion(
                        collection: .rosters, id: "counter", number: documentVersion, savedAt: clock.now,
                        author: "crash-test", payload: Data(String(repeating: "\(k),", count: 200).utf8)))
                say("doc \(documentVersion)")
            }
            k += 1
        }
    case "read":
        var reads = 0
        while true {
            do {
                let store = try FileStore(directory: directory, clock: clock, options: readOnly)
                _ = try checkPrefix(store)
                reads += 1
            } catch let error as StoreError where error.code == .unsupportedSchema {
                usleep(1_000)  // not created yet
            }
        }
    case "verify":
        guard arguments.count == 5, let lastAck = Int(arguments[3]), let lastDocument = Int(arguments[4]) else {
            fail("usage: verify DIR LAST_ACK LAST_DOC")
        }
        let store: FileStore
        do {
            store = try FileStore(directory: directory, clock: clock, options: readOnly)
        } catch let error as StoreError where error.code == .unsupportedSchema && lastAck < 0 {
            print("ok 0 batches, no store yet")
            exit(0)
        }
        let (count, activities) = try checkPrefix(store)
        guard count > lastAck else { fail("batch \(lastAck) was acknowledged but the store has only \(count) batches") }
        guard count <= lastAck + 2 else { fail("\(count) batches, but only \(lastAck + 1) were acknowledged") }
        let versions = try store.versions(of: "counter", in: .rosters)
        guard versions.map(\.number) == Array(1...max(1, versions.count)) || versions.isEmpty,
            versions.count >= lastDocument
        else { fail("document versions \(versions.map(\.number)), but \(lastDocument) were acknowledged") }
        let report = try FileStore.verify(directory: directory)
        guard report.damage.isEmpty else { fail("verify found damage: \(report.damage)") }
        print(
            "ok \(count) batches, \(activities) activities, \(versions.count) document versions, \(report.unacknowledgedBytes) unacknowledged bytes"
        )
    default:
        fail("unknown mode \(arguments[1])")
    }
} catch {
    fail("\(error)")
}
