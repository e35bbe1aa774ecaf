import Foundation
import Testing

@testable import SalesCompetency

struct ConditionTests {
    typealias Condition = ActivityMeasures.Condition

    /// Whether `condition` holds for Subject = `subject` and Type = `type`.
    func holds(_ condition: Condition, _ subject: String, _ type: String = "") throws -> Bool {
        try CompiledCondition(condition, slots: ["Subject", "Type"]).holds([FieldText(subject), FieldText(type)])
    }

    @Test func equalsAndOneOf() throws {
        #expect(try holds(.equals("Subject", "Call"), "Call"))
        #expect(try !holds(.equals("Subject", "Call"), "call"))
        #expect(try holds(.equals("Subject", "CALL", ignoringCase: true), "call"))
        #expect(try holds(.oneOf("Type", ["Email", "Call"]), "x", "Call"))
        #expect(try !holds(.oneOf("Type", ["Email", "Call"]), "x", "call"))
        #expect(try holds(.oneOf("Type", ["Email", "Call"], ignoringCase: true), "x", "cALL"))
        #expect(try holds(.equals("Subject", "ÉTÉ", ignoringCase: true), "été"))  // Unicode case folding
    }

    @Test func containsAndStartsWith() throws {
        #expect(try holds(.contains("Subject", "call"), "Discovery call"))
        #expect(try !holds(.contains("Subject", "Call"), "Discovery call"))
        #expect(try holds(.contains("Subject", "CALL", ignoringCase: true), "Discovery call"))
        #expect(try holds(.startsWith("Subject", "Email:"), "Email: intro"))
        #expect(try !holds(.startsWith("Subject", "email:"), "Email: intro"))
        #expect(try holds(.startsWith("Subject", "email:", ignoringCase: true), "Email: intro"))
        #expect(try !holds(.startsWith("Subject", "intro"), "Email: intro"))
    }

    @Test func regularExpressions() throws {
        let voicemail = Condition.matches("Subject", "^(call|left voicemail)\\b")
        #expect(try holds(voicemail, "call back"))
        #expect(try !holds(voicemail, "Left Voicemail: Update"))
        #expect(
            try holds(.matches("Subject", "^(call|left voicemail)\\b", ignoringCase: true), "Left Voicemail: Update"))
        #expect(try !holds(.matches("Subject", "^(call|left voicemail)\\b", ignoringCase: true), "Recall"))
        #expect(try holds(.matches("Subject", "demo(nstration)?$"), "Product demonstration"))
    }

    @Test func allAnyAndNot() throws {
        let followUp = Condition.all([
            .startsWith("Subject", "follow up", ignoringCase: true), .not(.contains("Subject", "renewal")),
        ])
        #expect(try holds(followUp, "Follow up with Lead"))
        #expect(try !holds(followUp, "Follow up on renewal"))
        let call = Condition.any([.equals("Type", "Call"), .contains("Subject", "call", ignoringCase: true)])
        #expect(try holds(call, "x", "Call") && holds(call, "Call them") && !holds(call, "Lunch", "Email"))
        #expect(try holds(.not(.not(.equals("Subject", "a"))), "a"))
        #expect(call.fields == ["Type", "Subject"])
        #expect(
            followUp.description
                == "all(Subject starts with \"follow up\" (any case), not(Subject contains \"renewal\"))")
    }

    @Test func declaredDateFormats() throws {
        let utc = TimeZone(identifier: "UTC")!
        func day(_ format: ActivityMeasures.DateFormat, _ text: String) -> String? {
            format.day(text, in: utc)?.description
        }
        #expect(day(.isoDate, "2019-01-30") == "2019-01-30")
        #expect(day(.isoDate, "1/30/2019") == nil)
        #expect(day(.isoTimestamp, "2019-01-30T22:53:22.000+0000") == "2019-01-30")
        #expect(day(.isoTimestamp, "2019-01-30T22:53:22.000-0200") == "2019-01-31")
        #expect(day(.isoTimestamp, "2019-01-30T22:53:22Z") == "2019-01-30")
        #expect(day(.isoTimestamp, "2019-01-30 22:53") == "2019-01-30")
        #expect(day(.isoTimestamp, "2019-01-30") == nil)
        #expect(day(.monthDayYear, "1/30/2019") == "2019-01-30")
        #expect(day(.monthDayYear, "01/30/2019 10:53 PM") == "2019-01-30")
        #expect(day(.monthDayYear, "30/1/2019") == nil)
        #expect(day(.paddedMonthDayYear, "1/30/2019") == nil)
        #expect(day(.paddedMonthDayYear, "01/30/2019") == "2019-01-30")
        #expect(day(.dayMonthYear, "30/1/2019") == "2019-01-30")
        #expect(day(.paddedDayMonthYear, "30/01/2019") == "2019-01-30")
        #expect(day(.paddedDayMonthYear, "30/1/2019") == nil)
        #expect(day(.paddedDayMonthYear, "31/02/2019") == nil)
        #expect(day(.paddedDayMonthYear, "30/01/19") == nil)
        let tokyo = TimeZone(identifier: "Asia/Tokyo")!
        #expect(
            ActivityMeasures.DateFormat.isoTimestamp.day("2019-01-30T22:53:22.000+0000", in: tokyo)?.description
                == "2019-01-31")
    }

    @Test func partsSplitInsideQuotedFieldsAreReadAgain() throws {
        // Tiny parts put guessed line starts inside the quoted multi-line Descriptions; every split must give the
        // same activity and report as one part.
        var text = "Id,OwnerId,Subject,ActivityDate,CreatedDate,TaskSubtype,Type,IsDeleted,Description\n"
        for index in 0..<200 {
            let description = index % 3 == 0 ? "\"line one\nline \"\"two\"\",\nthree\"" : "plain"
            text +=
                "\(index % 150),rep-\(index % 7),Call \(index % 5),2025-0\(1 + index % 9)-1\(index % 10),,Task,,"
                + "\(index % 11 == 0 ? "true" : "false"),\(description)\n"
        }
        let path = try MeasuresFixture.file(text)
        var measures = ActivityMeasures.salesforceTaskExport
        measures.rules.append(.init(taskID: "other", when: .startsWith("Subject", "Call 4")))
        func read(parts: Int, bytes: Int, mapSlack: Int?) throws -> ([String], MeasureReport) {
            var sink = LogMeasureSink(taskIDs: measures.taskIDs)
            var reader = MeasureReader(
                measures: measures, owners: nil, timeZone: .gmt, workerCount: parts, partBytes: bytes)
            reader.mapSlack = mapSlack
            let report = try reader.read(files: [path], into: &sink)
            return (MeasuresFixture.lines(sink.log), report)
        }
        let (expected, report) = try read(parts: 1, bytes: 1 << 20, mapSlack: nil)
        #expect(report.rowsRead == 200 && report.rows(.duplicateRecord) > 0 && report.rows(.filteredOut) > 0)
        // Read with pread, and in place in mappings: wide ones, and ones so narrow that records run past them.
        for mapSlack in [nil, 1 << 20, 1, 7] {
            for parts in [1, 2, 3, 5] {
                for bytes in [17, 64, 333] {
                    let (lines, other) = try read(parts: parts, bytes: bytes, mapSlack: mapSlack)
                    #expect(
                        lines == expected && other == report,
                        "parts \(parts), bytes \(bytes), slack \(mapSlack.map(String.init) ?? "pread")")
                }
            }
        }
    }
}
