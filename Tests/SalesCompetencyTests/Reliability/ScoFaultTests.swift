import Foundation
import SalesCompetency
import TestSupport
import Testing

/// `sco store import` that fails or is retried: the failure is reported in one line with a non-zero exit, the
/// store is left as it was, and a retry lands exactly once.
struct ScoFaultTests {
    @Test func aFailedImportStoresNothingAndARetryIsStoredOnce() throws {
        let folder = try ScratchFolder.make("full-disk")
        let store = folder.appendingPathComponent("store").path
        let first = folder.appendingPathComponent("first.csv").path
        let second = folder.appendingPathComponent("second.csv").path
        try "rep_id,task_id,occurred_on,quantity\nr1,emails,2025-03-02,4\nr2,calls,2025-03-05,1.5\n"
            .write(toFile: first, atomically: true, encoding: .utf8)
        try "rep_id,task_id,occurred_on,quantity\nr1,calls,2025-03-09,2\n"
            .write(toFile: second, atomically: true, encoding: .utf8)
        let imported = try Sco.run(["store", "import", "--store", store, "--activities", first, "--actor", "ana"])
        #expect(imported.status == 0, "\(imported.standardError)")

        // Issue 15, finding 1: an output that cannot be written fails the command before anything is stored.
        let failed = try Sco.run([
            "store", "import", "--store", store, "--activities", second, "--actor", "bo", "--output",
            folder.appendingPathComponent("no-such-folder/report.txt").path,
        ])
        #expect(failed.status == 3)  // the one exit status for "cannot write"
        #expect(failed.standardError.contains("cannot write"))
        // A retried import of the same file is reported as already stored and not added again.
        let retried = try Sco.run(["store", "import", "--store", store, "--activities", first, "--actor", "ana"])
        #expect(retried.status == 0 && retried.standardOutput.hasPrefix("already stored: \(first) is batch 0"))

        let clock: any WallClock = .fixed(Date(timeIntervalSince1970: 1_735_689_600))
        let reopened = try FileStore(
            directory: URL(fileURLWithPath: store), clock: clock, options: .init(readOnly: true))
        defer { reopened.close() }
        let days = (Day(year: 2025, month: 3, day: 1)!, Day(year: 2025, month: 3, day: 31)!)
        let activities = try reopened.activities(from: days.0, through: days.1, reps: nil)
        let firstBatch = activities.map { "\($0.repID) \($0.taskID) \($0.day) \($0.quantity)" }
        #expect(firstBatch == ["r1 emails 2025-03-02 4.0", "r2 calls 2025-03-05 1.5"])
        #expect(try reopened.batchCount() == 1)
        let entries = try reopened.auditEntries(from: .distantPast, before: .distantFuture)
        #expect(entries.map(\.actor) == ["ana"])
    }
}
