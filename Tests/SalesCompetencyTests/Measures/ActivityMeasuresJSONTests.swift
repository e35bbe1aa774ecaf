import Foundation
import SalesCompetency
import Testing

struct ActivityMeasuresJSONTests {
    @Test(arguments: [
        ActivityMeasures.salesforceTaskExport, .salesforceEventExport, .salesforceActivitiesReport(),
        .salesforceActivitiesReport(dates: .paddedDayMonthYear),
    ])
    func presetsRoundTripThroughJSON(_ measures: ActivityMeasures) throws {
        let data = measures.jsonData()
        #expect(try ActivityMeasures(jsonData: data) == measures)
        #expect(String(decoding: data, as: UTF8.self).contains("\"schemaVersion\" : 1"))
    }

    @Test func aPatternThatDoesNotCompileNamesItsJSONPath() throws {
        let json = """
            {"schemaVersion": 1, "repColumn": "OwnerId", "days": [{"column": "ActivityDate", "format": "yyyy-MM-dd"}],
             "match": "first", "rules": [
               {"taskID": "calls", "when": {"field": "Subject", "contains": "call"}},
               {"taskID": "emails", "when": {"any": [{"field": "Subject", "matches": "(unclosed"}]}}]}
            """
        let error = try #require(throws: ImportError.self) {
            try ActivityMeasures(jsonData: Data(json.utf8), file: "measures.json")
        }
        #expect(error.code == .invalidJSON && error.file == "measures.json")
        #expect(error.field == "rules[1].when.any[0].matches")
        #expect(error.message.contains("(unclosed"))
    }

    @Test func unknownKeysAndBadShapesAreRejected() throws {
        func problem(_ json: String) throws -> ImportError {
            try #require(throws: ImportError.self) { try ActivityMeasures(jsonData: Data(json.utf8)) }
        }
        let base =
            #""schemaVersion": 1, "repColumn": "r", "days": [{"column": "d", "format": "yyyy-MM-dd"}], "match": "first""#
        let typo = try problem(
            "{\(base), \"rules\": [{\"taskID\": \"t\", \"when\": {\"field\": \"s\", \"contain\": \"x\"}}]}")
        #expect(typo.field == "rules[0].when.contain" && typo.message.contains("unknown key"))
        let two = try problem(
            "{\(base), \"rules\": [{\"taskID\": \"t\", \"when\": {\"field\": \"s\", \"equals\": \"x\", \"contains\": \"y\"}}]}"
        )
        #expect(two.field == "rules[0].when" && two.message.contains("exactly one"))
        let empty = try problem("{\(base), \"rules\": [{\"taskID\": \"t\", \"when\": {\"all\": []}}]}")
        #expect(empty.field == "rules[0].when.all")
        let format = try problem(
            #"{"schemaVersion": 1, "repColumn": "r", "days": [{"column": "d", "format": "d.M.yy"}], "match": "first", "rules": []}"#
        )
        #expect(format.field == "days[0].format")
        let version = try problem(#"{"schemaVersion": 2}"#)
        #expect(version.code == .unsupportedSchemaVersion)
        let noRules = try problem("{\(base), \"rules\": []}")
        #expect(noRules.field == "rules")
    }

    @Test func validationNamesTheFieldInCode() throws {
        let error = try #require(throws: ValidationError.self) {
            try ActivityMeasures(
                name: "x", repColumn: "r", days: [.init(column: "d", format: .isoDate)],
                quantity: .column("q", scale: 0),
                rules: [.init(taskID: "t", when: .equals("s", "x"))])
        }
        #expect(error.field == "quantity")
        let pattern = try #require(throws: ValidationError.self) {
            try ActivityMeasures(
                name: "x", repColumn: "r", days: [.init(column: "d", format: .isoDate)],
                rules: [.init(taskID: "t", when: .not(.matches("s", "[a-")))])
        }
        #expect(pattern.code == .invalidPattern && pattern.field == "rules[0].when.not.matches")
    }

    @Test func aColumnTheExportLacksIsNamedWithTheColumnsItHas() throws {
        var measures = ActivityMeasures.salesforceTaskExport
        measures.rules.append(.init(taskID: "x", when: .equals("Call Result", "Connected")))
        let path = try MeasuresFixture.path("salesforce-task-sample")
        let error = try #require(throws: ImportError.self) {
            try measures.activityLog(files: [path], timeZone: .gmt)
        }
        #expect(error.code == .missingColumn && error.field == "Call Result" && error.line == 1)
        #expect(error.message.contains("it has: Id, Subject, ActivityDate, Status, OwnerId, Description"))
    }

    @Test func aDateNotInTheDeclaredFormatNamesFileLineAndColumn() throws {
        let path = try MeasuresFixture.file(
            "Id,OwnerId,Subject,ActivityDate,CreatedDate,TaskSubtype,Type,IsDeleted\n"
                + "1,ava,Call,2025-03-01,,Call,,\n2,ava,Call,3/2/2025,,Call,,\n")
        let error = try #require(throws: ImportError.self) {
            try ActivityMeasures.salesforceTaskExport.activityLog(files: [path], timeZone: .gmt)
        }
        #expect(error.code == .invalidValue && error.file == path && error.line == 3 && error.field == "ActivityDate")
        #expect(error.message == "\"3/2/2025\" is not a date in the declared format yyyy-MM-dd")
    }

    @Test func malformedRowsAreErrorsNotSkips() throws {
        let measures = ActivityMeasures.salesforceTaskExport
        let header = "Id,OwnerId,Subject,ActivityDate,CreatedDate,TaskSubtype,Type,IsDeleted\n"
        let short = try MeasuresFixture.file(header + "1,ava,Call,2025-03-01\n")
        #expect((try? measures.activityLog(files: [short], timeZone: .gmt)) == nil)
        let quote = try MeasuresFixture.file(header + "1,ava,\"Call,2025-03-01,,Call,,\n")
        let error = try #require(throws: ImportError.self) { try measures.activityLog(files: [quote], timeZone: .gmt) }
        #expect(error.code == .malformedQuote && error.line == 2)
        let empty = try MeasuresFixture.file("")
        #expect(throws: ImportError.self) { try measures.activityLog(files: [empty], timeZone: .gmt) }
    }

    @Test func ownerMapsRejectConflicts() throws {
        let error = try #require(throws: ImportError.self) {
            try OwnerMap(csvText: "crm_user,rep_id\nAva Jones,ava\nAva Jones,ben\n")
        }
        #expect(error.line == 3 && error.field == "crm_user")
        #expect(try OwnerMap(csvText: "crm_user,rep_id\n 005A ,ava\n").repID(for: "005A") == "ava")
    }
}
