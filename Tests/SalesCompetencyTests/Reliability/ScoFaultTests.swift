import Foundation
import SalesCompetency
import Testing

/// `sco` on a store whose disk fills up: the failure is reported in one line with a non-zero exit, and what
/// the store held before is still there.
struct ScoFaultTests {
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs Linux's /dev/full"))
    func importOntoAFullDiskReportsTheFailureAndLosesNothing() throws {
        let folder = try Sco.folder("full-disk")
        let store = folder.appendingPathComponent("store").path
        let first = folder.appendingPathComponent("first.csv").path
        let second = folder.appendingPathComponent("second.csv").path
        try "rep_id,task_id,occurred_on,quantity\nr1,emails,2025-03-02,4\nr2,calls,2025-03-05,1.5\n"
            .write(toFile: first, atomically: true, encoding: .utf8)
        try "rep_id,task_id,occurred_on,quantity\nr1,calls,2025-03-09,2\n"
            .write(toFile: second, atomically: true, encoding: .utf8)
        let imported = try Sco.run(["store", "import", "--store", store, "--activities", first, "--actor", "ana"])
        #expect(imported.status == 0, "\(imported.standardError)")

        // The audit trail's disk is full: every write to it fails with ENOSPC.
        let audit = store + "/audit.log"
        let auditBefore = try Data(contentsOf: URL(fileURLWithPath: audit))
        try FileManager.default.removeItem(atPath: audit)
        try FileManager.default.createSymbolicLink(atPath: audit, withDestinationPath: "/dev/full")
        let report = folder.appendingPathComponent("report.txt").path
        try "previous\n".write(toFile: report, atomically: true, encoding: .utf8)
        let failed = try Sco.run([
            "store", "import", "--store", store, "--activities", second, "--actor", "bo", "--output", report,
        ])
        #expect(failed.status == 1)
        #expect(failed.standardError == "sco: \(audit): write failed: No space left on device\n")
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "previous\n")

        // With the disk back, the store opens and holds the first import whole; the second one's batch is whole
        // or absent, and the audit trail is as it was.
        try FileManager.default.removeItem(atPath: audit)
        try auditBefore.write(to: URL(fileURLWithPath: audit))
        let clock: any WallClock = .fixed(Date(timeIntervalSince1970: 1_735_689_600))
        let reopened = try FileStore(directory: URL(fileURLWithPath: store), clock: clock)
        defer { reopened.close() }
        let days = (Day(year: 2025, month: 3, day: 1)!, Day(year: 2025, month: 3, day: 31)!)
        let activities = try reopened.activities(from: days.0, through: days.1, reps: nil)
        let firstBatch = activities.prefix(2).map { "\($0.repID) \($0.taskID) \($0.day) \($0.quantity)" }
        #expect(firstBatch == ["r1 emails 2025-03-02 4.0", "r2 calls 2025-03-05 1.5"])
        #expect(activities.count == 2 || activities.count == 3)
        #expect(try reopened.batchCount() == activities.count - 1)
        let entries = try reopened.auditEntries(from: .distantPast, before: .distantFuture)
        #expect(entries.map(\.actor) == ["ana"])
    }
}
