import Foundation
import Testing

@testable import SalesCompetency

/// Inputs the libFuzzer harnesses under `Fuzz/` found to crash, kept as ordinary tests once fixed. Each input is
/// also a seed in the harness's corpus.
struct FuzzRegressionTests {
    /// `Fuzz/RosterCSV/corpus/regression-empty-roles-json`: roster JSON whose rep has no roles decoded, and the
    /// first use of `primaryRole` trapped with "Index out of range".
    @Test func rosterJSONRefusesARepWithoutRoles() throws {
        let json = Data(#"{"reps":[{"id":"a","roles":[],"hiredOn":"2020-01-09"}]}"#.utf8)
        let error = try #require(throws: DecodingError.self) { try JSONDecoder().decode(Roster.self, from: json) }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted, got \(error)")
            return
        }
        #expect(context.codingPath.map(\.stringValue) == ["reps", "Index 0", "roles"])
        #expect(context.debugDescription == "a person holds at least one role")
        // The same rep with a role still decodes, with every field.
        let valid = Data(#"{"reps":[{"id":"a","roles":["consultant"],"hiredOn":"2020-01-09"}]}"#.utf8)
        let roster = try JSONDecoder().decode(Roster.self, from: valid)
        #expect(roster.reps == [Rep(id: "a", roles: ["consultant"], hiredOn: Day(year: 2020, month: 1, day: 9))])
    }

    static let utc = TimeZone(identifier: "UTC")!

    /// `Fuzz/ScoringPolicy/corpus/regression-huge-weights`: two rules of one competency with weight 1e308 each. The
    /// weights summed to infinity, the score was not a number, and rounding it to millionths trapped.
    @Test func rulesRefuseAWeightAboveTheMaximum() throws {
        let rules = "task_id,competency_id,role,monthly_target,weight\na,c,r,1,1e308\nb,c,r,1,1e308\n"
        let error = try #require(throws: ImportError.self) {
            try ScoringPolicy(rulesCSVText: rules, name: "rules.csv", timeZone: Self.utc, dictionary: nil)
        }
        #expect(error.code == .invalidValue && error.line == 2 && error.field == "weight")
        #expect(error.description == #"rules.csv:2: field weight: "1e308" is more than the largest weight, 1000000000"#)
        let direct = try #require(throws: ScoringError.self) {
            try ScoringRule(task: "a", competency: "c", role: "r", target: 1, weight: 2e9)
        }
        #expect(direct.code == .invalidWeight)
        // The largest weight itself is accepted, twice over, and scores.
        let policy = try ScoringPolicy(
            rulesCSVText: rules.replacingOccurrences(of: "1e308", with: "1e9"), timeZone: Self.utc, dictionary: nil)
        let roster = try Roster([Rep(id: "p", roles: ["r"])])
        let day = Day(year: 2025, month: 1, day: 2)!
        let cards = ScoringEngine(policy: policy, roster: roster).score(
            ActivityLog([try Activity(rep: "p", task: "a", day: day, quantity: 1)]),
            periods: try PeriodRange(.month(2025, 1), through: .month(2025, 1)))
        // a: 1 / 1 = 1; b: 0; mean with equal weights = 0.5.
        #expect(cards.map(\.score) == [0.5])
    }

    /// `Fuzz/ScoringPolicy/corpus/regression-huge-cap`: a policy with attainment cap 1e300 scored 10¹⁵ of a task
    /// with target 1e-300; the score passed 9.2 × 10¹² and rounding it to millionths overflowed Int64.
    @Test func policyRefusesAnAttainmentCapAboveTheMaximum() throws {
        let rule = try ScoringRule(task: "a", competency: "c", role: "r", target: 1, weight: 1)
        let error = try #require(throws: ScoringError.self) {
            try ScoringPolicy(rules: [rule], attainmentCap: 1e300, timeZone: Self.utc, dictionary: nil)
        }
        #expect(error.code == .invalidCap)
        #expect(error.message == "attainment cap must be positive, finite and at most 1000000000, found 1e+300")
        let json = Data(
            #"{"rules":[{"task":"a","competency":"c","role":"r","target":1e-300,"weight":1}],"attainmentCap":1e300,"timeZone":"UTC"}"#
                .utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ScoringPolicy.self, from: json) }
        _ = try ScoringPolicy(rules: [rule], attainmentCap: 1e9, timeZone: Self.utc, dictionary: nil)
    }

    /// Totals that overflow to infinity on both sides of a ratio task: ∞ ÷ ∞ was not a number and trapped when
    /// rounded; the ratio now counts as reaching the cap, like any other overflowing total.
    @Test func ratioOfTwoOverflowingTotalsScoresAtTheCap() throws {
        let policy = try ScoringPolicy(
            rules: [try ScoringRule(task: "rate", competency: "c", role: "r", target: 0.5, weight: 1)],
            tasks: [SalesTask(id: "rate", kind: .ratio(numerator: "replies", denominator: "emails"))],
            timeZone: Self.utc, dictionary: nil)
        let roster = try Roster([Rep(id: "p", roles: ["r"])])
        let day = Day(year: 2025, month: 1, day: 2)!
        let log = ActivityLog(
            try ["replies", "replies", "emails", "emails"].map {
                try Activity(rep: "p", task: SalesTask.ID(rawValue: $0), day: day, quantity: 1e308)
            })
        let cards = ScoringEngine(policy: policy, roster: roster).score(
            log, periods: try PeriodRange(.month(2025, 1), through: .month(2025, 1)))
        #expect(cards.map(\.score) == [1.5])
        #expect(cards.map(\.status) == [.green])
    }

    /// `Fuzz/FileStoreLog/corpus/regression-document-renamed`: a document file whose versions name another id, or
    /// skip a number, was returned as that document's history, and the next save numbered itself after it.
    @Test func fileStoreReportsADocumentFileThatDisagreesWithItsName() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let clock: any WallClock = .fixed(Date(timeIntervalSince1970: 1_735_689_600))
        let store = try FileStore(directory: folder.url, clock: clock)
        let first = try DocumentVersion(
            collection: .rosters, id: "2025", number: 1, savedAt: clock.now, author: "ana", payload: Data("{}".utf8))
        try store.save(first)
        let path = folder.child("documents/rosters/2025.json").path
        let original = try String(contentsOfFile: path, encoding: .utf8)
        for (edit, message) in [
            (("\"id\" : \"2025\"", "\"id\" : \"2026\""), "version 1 belongs to rosters/2026, not rosters/2025"),
            (("\"number\" : 1", "\"number\" : 2"), "version 1 is numbered 2; versions must count 1, 2, 3..."),
        ] {
            #expect(original.contains(edit.0))
            let damaged = original.replacingOccurrences(of: edit.0, with: edit.1)
            try damaged.write(toFile: path, atomically: true, encoding: .utf8)
            let read = try #require(throws: StoreError.self) { try store.versions(of: "2025", in: .rosters) }
            #expect(read.code == .corruptFile && read.path == path && read.message == message)
            // A save on top of the damaged file is refused, and the file is left as it is.
            var next = first
            next.number = 2
            #expect(throws: StoreError.self) { try store.save(next) }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == damaged)
        }
        store.close()
    }

    /// `Fuzz/ActivityCSV/corpus/regression-blank-lines-before-header`: blank lines before the header. The text
    /// reader skips them; the file fast path took the first, empty, line for the header and said "the header line
    /// is empty". Both also named line 1 for a header further down.
    @Test func activityFileWithBlankLinesBeforeTheHeaderReadsLikeText() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let text = "\n\r\n\nrep_id,task_id,occurred_on,quantity\nr1,emails,2025-01-02,3\nr2,calls,2025-01-03,1\n"
        let path = folder.child("activities.csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let fromFile = try ActivityLog(csvFile: path, timeZone: Self.utc)
        #expect(fromFile == (try ActivityLog(csvText: text, timeZone: Self.utc)))
        #expect(fromFile.map(\.quantity) == [3, 1])

        let wrong = "\n\nrep_id,task,occurred_on,quantity\nr1,emails,2025-01-02,3\n"
        try wrong.write(toFile: path, atomically: true, encoding: .utf8)
        for attempt in [
            { _ = try ActivityLog(csvFile: path, timeZone: Self.utc) },
            { _ = try ActivityLog(csvText: wrong, name: path, timeZone: Self.utc) },
        ] {
            let error = try #require(throws: ImportError.self) { try attempt() }
            #expect(error.code == .missingColumn && error.line == 3 && error.field == "task_id")
        }
    }

    /// `Fuzz/ActivityCSV/corpus/regression-lone-cr-after-header`: a header ended by a lone carriage return, a
    /// record after it on the same "line". The text reader read the record; the file fast path kept only the
    /// header and silently dropped the record.
    @Test func activityFileWithALoneCarriageReturnAfterTheHeaderKeepsTheRecord() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.child("activities.csv").path
        let text = "rep_id,task_id,occurred_on,quantity\rr1,emails,2025-01-02,3\r\nr2,calls,2025-01-03,1\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let fromFile = try ActivityLog(csvFile: path, timeZone: Self.utc)
        #expect(fromFile == (try ActivityLog(csvText: text, timeZone: Self.utc)))
        #expect(fromFile.map(\.rep) == ["r1", "r2"])
        // The fuzzer's input: the record after the lone CR is short, and both readers say so on line 2.
        let short = "rep_id,task_id,occurred_on,quantity\r01-2,1\r\n"
        try short.write(toFile: path, atomically: true, encoding: .utf8)
        for attempt in [
            { _ = try ActivityLog(csvFile: path, timeZone: Self.utc) },
            { _ = try ActivityLog(csvText: short, name: path, timeZone: Self.utc) },
        ] {
            let error = try #require(throws: ImportError.self) { try attempt() }
            #expect(error.code == .wrongFieldCount && error.line == 2)
        }
        // `regression-lone-cr-before-header`: a lone CR before the header is a blank line 1; the bad date is on
        // line 3 for both readers (the fast path said 2).
        let early = "\rrep_id,task_id,occurred_on,quantity\nr1,emails,2025-01-02KK,12\n"
        try early.write(toFile: path, atomically: true, encoding: .utf8)
        for attempt in [
            { _ = try ActivityLog(csvFile: path, timeZone: Self.utc) },
            { _ = try ActivityLog(csvText: early, name: path, timeZone: Self.utc) },
        ] {
            let error = try #require(throws: ImportError.self) { try attempt() }
            #expect(error.code == .invalidValue && error.line == 3 && error.field == "occurred_on")
        }
    }

    /// `Fuzz/FileStoreLog/corpus/regression-audit-frame-as-activities`: audit trail JSON read as an activity
    /// batch. Its first four bytes, read as a count of strings, reserved room for 1.6 billion strings and ran out
    /// of memory; it is now a damaged batch.
    @Test func fileStoreReportsAForeignPayloadAsADamagedBatch() throws {
        let audit = try FileStore.auditPayload([
            AuditEntry(
                at: Date(timeIntervalSince1970: 1_735_689_600), actor: "ana", action: .activitiesAppended, subject: "x")
        ])
        #expect(audit.starts(with: Array("[{".utf8)))  // the count would read as 0x61227B5B
        var activities: [Activity] = []
        let error = try #require(throws: StoreError.self) {
            try ActivityBatchCoding.decode(
                audit[...], days: 0...100_000, reps: nil, path: "journal.log", into: &activities)
        }
        #expect(error.code == .corruptFile && error.path == "journal.log")
    }
}
