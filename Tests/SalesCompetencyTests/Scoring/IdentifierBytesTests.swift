import Foundation
import SalesCompetency
import SalesCompetencyTesting
import TestSupport
import Testing

/// Ids are compared as their exact UTF-8 bytes, as the warehouse engines compare text: two spellings of "Zoë"
/// (one precomposed scalar, or "e" and a combining diaeresis) are two ids everywhere, although Swift's `String`
/// calls them equal. Spark has no Unicode normalisation, so the SQL could not merge them; the library does not
/// either, on any path.
struct IdentifierBytesTests {
    static let composed = "Zo\u{EB}"  // NFC: 5A 6F C3 AB
    static let decomposed = "Zoe\u{308}"  // NFD: 5A 6F 65 CC 88

    @Test func canonicallyEquivalentIDsWithOtherBytesAreOtherIDs() {
        #expect(Self.composed == Self.decomposed)  // String: canonical equivalence
        let (a, b) = (Rep.ID(rawValue: Self.composed), Rep.ID(rawValue: Self.decomposed))
        #expect(a != b && Set([a, b]).count == 2)
        #expect(Competency.ID(rawValue: Self.composed) != Competency.ID(rawValue: Self.decomposed))
        // Byte order, as SQL's byte-order collation sorts: 0x65 ("e") before 0xC3.
        #expect(b < a && !(a < b))
        #expect([a, b].sorted() == [b, a])
        #expect((Rep.ID(rawValue: "rep-2") < Rep.ID(rawValue: "rep-10")) == ("rep-2" < "rep-10"))
    }

    @Test func everyScoringPathScoresThemAsTwoReps() throws {
        let roster = try Roster(
            csvText: "rep_id,role\n\(Self.composed),consultant\n\(Self.decomposed),consultant\n", name: "roster.csv")
        #expect(roster.count == 2)
        let policy = try ScoringPolicy(
            rulesCSVText: "task_id,competency_id,role,monthly_target,weight\n"
                + "calls,communicating-effectively,consultant,10,1\n",
            timeZone: TimeZone(identifier: "UTC")!)
        let activities =
            "rep_id,task_id,occurred_on,quantity\n\(Self.composed),calls,2025-06-02,3\n"
            + "\(Self.decomposed),calls,2025-06-03,4\n\(Self.composed),calls,2025-06-04,1\n"
        // 3 + 1 of 10 calls and 4 of 10, in roster order.
        let expected = """
            rep_id,period,competency_id,score,status
            \(Self.composed),2025-06,communicating-effectively,0.400000,red
            \(Self.decomposed),2025-06,communicating-effectively,0.400000,red

            """
        let engine = ScoringEngine(policy: policy, roster: roster)
        let fromText = try engine.score(engine.aggregate(activitiesCSVText: activities))
        #expect(fromText.csvText == expected)
        #expect(fromText.diagnostics.rowsScored == 3)
        let log = try ActivityLog(csvText: activities, timeZone: TimeZone(identifier: "UTC")!)
        #expect(engine.score(log).csvText == expected)
        let file = try ScratchFolder.file(activities.utf8, named: "ids.csv")
        #expect(try engine.score(activitiesCSVFile: file).csvText == expected)

        // A rep id in the activity that matches the roster only up to canonical equivalence is not on it.
        let one = try Roster(csvText: "rep_id,role\n\(Self.composed),consultant\n", name: "roster.csv")
        let strict = ScoringEngine(policy: policy, roster: one)
        #expect(strict.score(log).diagnostics.rowsScored == 2)
        #expect(try strict.score(activitiesCSVFile: file).diagnostics.rowsScored == 2)
    }

    /// The file store kept both spellings apart too: its batch encoding interned ids by `String` and stored the
    /// second spelling as the first. Each read path gives them back as written.
    @Test func theFileStoreKeepsBothSpellings() async throws {
        let folder = try ScratchFolder.make("ids").appendingPathComponent("store")
        let clock = FixedClock(Date(timeIntervalSince1970: 1_748_736_000))  // 2025-06-01T00:00:00Z
        let store = try FileStore(directory: folder, clock: clock)
        let june = try Day(parsing: "2025-06-02")
        let written = try [
            Activity(repID: Rep.ID(rawValue: Self.composed), taskID: "calls", day: june, quantity: 3),
            Activity(repID: Rep.ID(rawValue: Self.decomposed), taskID: "calls", day: june.adding(days: 1), quantity: 4),
            Activity(
                repID: Rep.ID(rawValue: Self.decomposed), taskID: "calls", day: june.adding(days: 40), quantity: 5),
        ]
        _ = try store.append(ActivityBatch(written, source: "zoe.csv"), auditing: [])
        store.close()
        let reader = try FileStore(directory: folder, clock: clock, options: .init(readOnly: true))
        let all = try reader.activities(from: june, through: june.adding(days: 100), reps: nil)
        #expect(all.map { Array($0.repID.rawValue.utf8) } == written.map { Array($0.repID.rawValue.utf8) })
        // The columnar read (sco score --store, sco store info) gives the same activities, and honours the days.
        var logs: [ActivityLog] = []
        try reader.forEachBatchLog(from: june, through: june.adding(days: 30)) { logs.append($0) }
        #expect(logs.count == 1 && Array(logs[0]) == Array(written.prefix(2)))
        #expect(
            logs[0].repIDs.map { Array($0.rawValue.utf8) } == [Array(Self.composed.utf8), Array(Self.decomposed.utf8)])
    }
}
