// The writer and verifier of the file store's crash test (.ci/crash-test.sh).
//
//   StoreCrashTest write DIR              appends deterministic batches forever, printing "ack K" after batch K
//                                         is durable, and every 10th batch saves a document, printing "doc N"
//   StoreCrashTest verify DIR K N B       opens the store (cutting any torn tail) and checks that batches 0…K,
//                                         document versions 1…N and the B batches seen by the previous
//                                         verification are all there, exactly as written, with at most one more
import Foundation
import SalesCompetency

/// Batch `k`: 1 to 50 activities (2,000 for every tenth) whose every field is a function of `k` and the position.
func batch(_ k: Int) throws -> [Activity] {
    // Every tenth batch spans many pages, so that a SIGKILL can land in the middle of its write.
    try (0..<(k % 10 == 9 ? 2_000 : 1 + (k * 7) % 50)).map { j in
        try Activity(
            repID: Rep.ID(rawValue: "rep-\(k % 13)"), taskID: SalesTask.ID(rawValue: "task-\(j % 3)"),
            day: Day(daysSinceEpoch: 20_000 + k % 365),
            quantity: Double(k) + Double(j) / 8)
    }
}

let clock = FixedClock(Date(timeIntervalSince1970: 1_735_689_600))
let everything = (Day(daysSinceEpoch: 0), Day(daysSinceEpoch: 100_000))

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("StoreCrashTest: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else { fail("usage: StoreCrashTest write DIR | verify DIR LAST_ACK LAST_DOC KNOWN_BATCHES") }
let directory = URL(fileURLWithPath: arguments[2])

/// Writes a line straight to the file descriptor (no buffer a SIGKILL could lose).
func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

do {
    switch arguments[1] {
    case "write":
        let store = try FileStore(directory: directory, clock: clock)
        var k = try store.batchCount()
        var documentVersion = try store.versions(of: "counter", in: .rosters).last?.number ?? 0
        while true {
            _ = try store.append(try batch(k))
            say("ack \(k)")
            if k % 10 == 0 {
                documentVersion += 1
                try store.save(
                    DocumentVersion(
                        collection: .rosters, id: "counter", number: documentVersion, savedAt: clock.now,
                        author: "crash-test", payload: Data(String(repeating: "\(k),", count: 200).utf8)))
                say("doc \(documentVersion)")
            }
            k += 1
        }
    case "verify":
        guard arguments.count == 6, let lastAck = Int(arguments[3]), let lastDocument = Int(arguments[4]),
            let known = Int(arguments[5])
        else { fail("usage: StoreCrashTest verify DIR LAST_ACK LAST_DOC KNOWN_BATCHES") }
        let store = try FileStore(directory: directory, clock: clock)
        let count = try store.batchCount()
        guard count > lastAck else { fail("batch \(lastAck) was acknowledged but the log has only \(count) batches") }
        // Batches seen by the previous verification stay; at most one more than before can appear unacknowledged
        // (appended, then killed before it could say so).
        guard count >= known else { fail("\(count) batches, but the previous verification saw \(known)") }
        guard count <= max(known, lastAck + 1) + 1 else {
            fail("\(count) batches, but only \(lastAck + 1) acknowledged and \(known) seen before")
        }
        let stored = try store.activities(from: everything.0, through: everything.1, reps: nil)
        var expected: [Activity] = []
        for k in 0..<count { expected += try batch(k) }
        guard stored == expected else {
            let common = min(stored.count, expected.count)
            let first = (0..<common).first { stored[$0] != expected[$0] } ?? common
            fail("activity \(first) differs: \(stored.count) stored, \(expected.count) expected")
        }
        let versions = try store.versions(of: "counter", in: .rosters)
        guard versions.map(\.number) == Array(1...max(1, versions.count)) || versions.isEmpty,
            versions.count >= lastDocument
        else { fail("document versions \(versions.map(\.number)), but \(lastDocument) were acknowledged") }
        print(
            "ok \(count) batches, \(stored.count) activities, \(versions.count) document versions, cut \(store.recovery.activityBytesTruncated) torn bytes"
        )
    default:
        fail("unknown mode \(arguments[1])")
    }
} catch {
    fail("\(error)")
}
