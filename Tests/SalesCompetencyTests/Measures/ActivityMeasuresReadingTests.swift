import Foundation
import SalesCompetency
import Testing

struct ActivityMeasuresReadingTests {
    let task = ActivityMeasures.salesforceTaskExport

    @Test func readsTheSalesforceTaskSampleWithEveryQuirk() throws {
        // BOM, a quoted Description with "" and an embedded newline (lines 4-5), no ActivityDate on line 6 (the
        // CreatedDate 2019-01-31T23:30-02:00 is 2019-02-01 in UTC), a deleted row, a record repeated on line 10.
        let (log, report) = try task.activityLog(
            files: [MeasuresFixture.path("salesforce-task-sample")], owners: MeasuresFixture.taskOwners(),
            timeZone: MeasuresFixture.utc)
        #expect(
            MeasuresFixture.lines(log) == [
                "ava calls_made 2015-06-21 1.0", "ben proposals_sent 2015-06-21 1.0",
                "ben meetings_held 2019-02-01 1.0", "ava emails_sent 2015-07-02 1.0",
            ])
        #expect(report.rowsRead == 8 && report.rowsConverted == 4 && report.activities == 4)
        #expect(report.skipped.map(\.reason) == [.filteredOut, .noTaskRule, .unknownOwner, .duplicateRecord])
        #expect(report.skipped.map(\.rows) == [1, 1, 1, 1])
        #expect(report.skipped.map { $0.firstLines.map(\.line) } == [[8], [3], [9], [10]])
        #expect(report.rows(.noDate) == 0)
        #expect(report.ruleFields == ["TaskSubtype", "Type", "Subject"])
        #expect(report.topUnmatched == [MeasureReport.UnmatchedValue(values: ["Task", "", "Review Case"], rows: 1)])
    }

    @Test func withoutAnOwnerMapTheOwnerColumnHoldsRepIDs() throws {
        let (log, report) = try task.activityLog(
            files: [MeasuresFixture.path("salesforce-task-sample")], timeZone: MeasuresFixture.utc)
        #expect(log.repIDs.map(\.rawValue) == ["0051U000003hCg0QAE", "0051U000003hCg2QAE", "0051U000003hCgXQAE"])
        #expect(report.rowsConverted == 5 && report.rows(.unknownOwner) == 0)
    }

    @Test func timestampsFallOnTheDayOfTheTimeZone() throws {
        let path = try MeasuresFixture.path("salesforce-task-sample")
        for (zone, day) in [("Etc/GMT+2", "2019-01-31"), ("Europe/Berlin", "2019-02-01"), ("Asia/Tokyo", "2019-02-01")]
        {
            let (log, _) = try task.activityLog(files: [path], timeZone: TimeZone(identifier: zone)!)
            #expect(log.first { $0.task == "meetings_held" }?.day.description == day, "\(zone)")
        }
    }

    @Test func readsTheActivitiesReportAndSkipsItsFooter() throws {
        let owners = try OwnerMap(csvText: "crm_user,rep_id\nZoë Müller,zoe\nBen Ode,ben\n")
        let measures = ActivityMeasures.salesforceActivitiesReport(dates: .paddedDayMonthYear)
        let path = try MeasuresFixture.path("salesforce-activities-report")
        let (log, report) = try measures.activityLog(files: [path], owners: owners, timeZone: MeasuresFixture.utc)
        #expect(
            MeasuresFixture.lines(log) == [
                "zoe calls_made 2021-01-20 1.0", "zoe meetings_held 2021-01-21 1.0",
                "ben proposals_sent 2021-02-03 1.0",
            ])
        #expect(report.rowsRead == 5 && report.rowsConverted == 3)
        #expect(report.rows(.noTaskRule) == 1 && report.rows(.unknownOwner) == 1)
        #expect(report.footerLines == [path: 6])
        #expect(report.summary.contains("footer: 6 lines after the blank line"))
        // Without the footer rule, the footer is read as data and fails loudly.
        var noFooter = measures
        noFooter.endsAtBlankLine = false
        #expect(throws: ImportError.self) { try noFooter.activityLog(files: [path], owners: owners, timeZone: .gmt) }
    }

    @Test func declaredEncodingsDecodeOrFail() throws {
        let path = try MeasuresFixture.path("salesforce-activities-report")
        let owners = try OwnerMap(csvText: "crm_user,rep_id\nZoë Müller,zoe\nBen Ode,ben\n")
        var latin1 = ActivityMeasures.salesforceActivitiesReport(dates: .paddedDayMonthYear)
        latin1.encoding = .isoLatin1  // the names are the same in both; only 0x80-0x9F differ
        #expect(try latin1.activityLog(files: [path], owners: owners, timeZone: .gmt).report.rowsConverted == 3)
        var utf8 = latin1
        utf8.encoding = .utf8
        let error = try #require(throws: ImportError.self) {
            try utf8.activityLog(files: [path], owners: owners, timeZone: .gmt)
        }
        #expect(error.code == .invalidUTF8 && error.line == 2 && error.field == "Subject")
        // 0x81 is not a Windows-1252 character.
        let bad = try MeasuresFixture.file(
            Array("\"Assigned\",\"Subject\",\"Date\"\r\n\"Ben Ode\",\"Call \u{1}\",\"01/02/2021\"\r\n".utf8).map {
                $0 == 1 ? 0x81 : $0
            })
        let undefined = try #require(throws: ImportError.self) {
            try ActivityMeasures.salesforceActivitiesReport(dates: .paddedDayMonthYear)
                .activityLog(files: [bad], owners: owners, timeZone: .gmt)
        }
        #expect(undefined.line == 2 && undefined.field == "Subject" && undefined.message.contains("0x81"))
    }

    @Test func overlappingExportsCountEachRecordOnce() throws {
        let header = "Id,OwnerId,Subject,ActivityDate,CreatedDate,TaskSubtype,Type,IsDeleted\n"
        let march = try MeasuresFixture.file(
            header + "00T1,ava,Call,2025-03-01,,Call,,false\n00T2,ava,Call,2025-03-02,,Call,,false\n", name: "march.csv"
        )
        let april = try MeasuresFixture.file(
            header + "00T2,ava,Call,2025-03-02,,Call,,false\n00T3,ava,Call,2025-04-01,,Call,,false\n", name: "april.csv"
        )
        let (log, report) = try task.activityLog(files: [march, april], timeZone: .gmt)
        #expect(log.count == 3 && report.rowsRead == 4)
        let duplicate = try #require(report.skipped.first { $0.reason == .duplicateRecord })
        #expect(duplicate.rows == 1 && duplicate.firstLines == [MeasureReport.Location(file: april, line: 2)])
    }

    @Test func everyMatchingRuleCountsWhenAsked() throws {
        let path = try MeasuresFixture.file(
            "rep,day,subject\nava,2025-01-02,Call about the demo\nava,2025-01-03,Lunch\n")
        let measures = try ActivityMeasures(
            name: "every", repColumn: "rep", days: [.init(column: "day", format: .isoDate)], match: .every,
            rules: [
                .init(taskID: "calls", when: .contains("subject", "call", ignoringCase: true)),
                .init(taskID: "demos", when: .contains("subject", "demo")),
                .init(taskID: "calls", when: .contains("subject", "about")),
            ])
        let (log, report) = try measures.activityLog(files: [path], timeZone: .gmt)
        #expect(MeasuresFixture.lines(log) == ["ava calls 2025-01-02 1.0", "ava demos 2025-01-02 1.0"])
        #expect(report.rowsConverted == 1 && report.activities == 2 && report.rows(.noTaskRule) == 1)
    }

    @Test func quantityIsAScaledColumnAndEmptyCountsZero() throws {
        let path = try MeasuresFixture.file(
            "rep,day,seconds\nava,2025-01-02,90\nava,2025-01-03,\nava,2025-01-04,30.5\n")
        let measures = try ActivityMeasures(
            name: "minutes", repColumn: "rep", days: [.init(column: "day", format: .isoDate)],
            quantity: .column("seconds", scale: 1.0 / 60),
            rules: [.init(taskID: "call_minutes", when: .equals("rep", "ava"))])
        let (log, _) = try measures.activityLog(files: [path], timeZone: .gmt)
        #expect(log.quantities == [1.5, 0, 30.5 / 60])
    }

    @Test func aRowWithoutAnyDateIsCountedNotGuessed() throws {
        let path = try MeasuresFixture.file("rep,due,created,subject\nava,,,Call\nava,,2025-01-05,Call\n")
        let measures = try ActivityMeasures(
            name: "dates", repColumn: "rep",
            days: [.init(column: "due", format: .monthDayYear), .init(column: "created", format: .isoDate)],
            rules: [.init(taskID: "calls", when: .equals("subject", "call", ignoringCase: true))])
        let (log, report) = try measures.activityLog(files: [path], timeZone: .gmt)
        #expect(log.count == 1 && report.skipped.map(\.reason) == [.noDate])
        #expect(report.skipped[0].firstLines.map(\.line) == [2])
    }

    @Test func scoresARawExportThroughTheEngine() throws {
        let roster = try Roster(csvText: "rep_id,role\nava,consultant\nben,consultant\n")
        let rules =
            "task_id,competency_id,role,monthly_target,weight\ncalls_made,communicating-effectively,consultant,2,1\n"
        let policy = try ScoringPolicy(rulesCSVText: rules, timeZone: MeasuresFixture.utc)
        let engine = ScoringEngine(policy: policy, roster: roster)
        let path = try MeasuresFixture.path("salesforce-task-sample")
        let (aggregate, report) = try engine.aggregate(
            crmExports: [path], measures: task, owners: MeasuresFixture.taskOwners(), periods: nil)
        #expect(report.rowsConverted == 4)
        // Four activities: one calls_made (scored), three tasks without rules.
        #expect(aggregate.diagnostics.rowsRead == 4 && aggregate.diagnostics.rowsScored == 1)
        let cards = engine.score(aggregate)
        let june = try #require(cards.first { $0.rep == "ava" && $0.period == .month(2015, 6) })
        #expect(june.score == 0.5)
    }
}

/// The real Salesforce Task export of `../shared/data/real` (158 rows, one quoted field with an embedded newline,
/// one row without ActivityDate), when the checkout has it beside it: counts per owner, month and task against
/// `task-csv-reference-counts.csv`, computed independently by `Benchmarks/CRMMeasures/reference_counts.py`.
/// `.ci/measures.sh` runs the same check through `sco` on every CI run.
struct RealTaskExportTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../../shared/data/real/salesforce-task-export-sample/Task.csv").standardized.path

    @Test(.enabled(if: FileManager.default.fileExists(atPath: path), "needs ../shared/data/real beside the checkout"))
    func countsPerOwnerMonthAndTaskMatchTheReference() throws {
        let (log, report) = try ActivityMeasures.salesforceTaskExport.activityLog(
            files: [RealTaskExportTests.path], timeZone: MeasuresFixture.utc)
        #expect(report.rowsRead == 158 && report.rowsConverted == 70 && report.rows(.noTaskRule) == 88)
        var counts: [String: Int] = [:]
        for activity in log {
            counts["\(activity.rep),\(Period(containing: activity.day)),\(activity.task)", default: 0] += 1
        }
        let reference = try String(contentsOfFile: MeasuresFixture.path("task-csv-reference-counts"), encoding: .utf8)
        var expected: [String: Int] = [:]
        for line in reference.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            expected[fields[0..<3].joined(separator: ","), default: 0] = Int(fields[3])!
        }
        #expect(counts == expected)
        #expect(expected.values.reduce(0, +) == 70)
    }
}
