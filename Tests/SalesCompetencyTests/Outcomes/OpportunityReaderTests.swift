import Foundation
import SalesCompetency
import Testing

struct OpportunityReaderTests {
    let header = "opportunity_id,sales_agent,account,deal_stage,engage_date,close_date,close_value\n"

    @Test func readsAMavenLikeExport() throws {
        let deals = try OutcomesFixtures.deals()
        #expect(deals.count == 11)
        #expect(deals.count { $0.outcome == .won } == 6)
        #expect(deals.count { $0.outcome == .lost } == 3)
        #expect(deals.count { $0.outcome == .open } == 2)
        let a4 = try #require(deals.first { $0.id == "A4" })
        #expect(a4.ownerID == "Ann" && a4.accountID == nil && a4.value == Decimal(string: "250.50"))
        #expect(a4.opened?.description == "2017-03-01" && a4.closed?.description == "2017-04-05")
        let c1 = try #require(deals.first { $0.id == "C1" })  // Prospecting: no dates, no value
        #expect(c1.outcome == .open && c1.opened == nil && c1.closed == nil && c1.value == 0)
        #expect(deals.first { $0.id == "C3" }?.accountID == "Gamma")  // after a quoted product with a comma
    }

    @Test func defaultColumnsAndLabels() throws {
        let text = "owner,opened_on,closed_on,stage,value\nrep-1,2025-01-01,2025-01-31,WON,10\nrep-2,,,open,\n"
        let deals = try OpportunityReader(stages: StageLabels()).read(csvText: text)
        #expect(deals.map(\.id) == ["line-2", "line-3"])  // no id column
        #expect(deals[0].outcome == .won && deals[0].cycleDays == 30)
    }

    @Test func takesTheDatePartOfTimestamps() throws {
        let text = header + "o1,Ann,,Won,2017-01-10T23:30:00-08:00,2017-03-01 09:15:00,5\n"
        let deal = try #require(try OutcomesFixtures.mavenReader.read(csvText: text).first)
        #expect(deal.opened?.description == "2017-01-10" && deal.closed?.description == "2017-03-01")
    }

    @Test func listsEveryUnknownStageLabelWithItsFirstLine() {
        let text =
            header + "o1,Ann,,Won,2017-01-10,2017-03-01,5\no2,Ann,,Stalled,,,\no3,Bob,,On hold,,,\n"
            + "o4,Bob,,Stalled,,,\n"
        #expect {
            try OutcomesFixtures.mavenReader.read(csvText: text, name: "crm.csv")
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.code == .invalidValue && error.file == "crm.csv" && error.line == 3
                && error.field == "deal_stage"
                && error.message.contains(#""On hold" (1 deals), "Stalled" (2 deals)"#)
        }
    }

    @Test func unknownStagesAreOpenWhenTheHostSaysSo() throws {
        var reader = OutcomesFixtures.mavenReader
        reader.stages.unknownIsOpen = true
        let deals = try reader.read(csvText: header + "o2,Ann,,Stalled,,,\n")
        #expect(deals.first?.outcome == .open)
    }

    @Test(arguments: [
        // (body after the header, line, column, code)
        ("o1,Ann,,Won,2017-03-02,2017-03-01,5\n", 2, "close_date", InputError.Code.invalidValue),
        ("o1,Ann,,Won,2017-01-10,2017-03-01,-5\n", 2, "close_value", .invalidValue),
        ("o1,Ann,,Won,2017-01-10,2017-03-01,12abc\n", 2, "close_value", .invalidValue),
        ("o1,Ann,,Won,2017-01-10,2017-03-01,\"1,000\"\n", 2, "close_value", .invalidValue),
        ("o1,Ann,,Won,2017-01-10,2017-03-01,NaN\n", 2, "close_value", .invalidValue),
        ("o1,Ann,,Won,2017-02-30,2017-03-01,5\n", 2, "engage_date", .invalidValue),
        ("o1,Ann,,Won,2017-01-10,03/01/2017,5\n", 2, "close_date", .invalidValue),
        ("o1,Ann,,Won,2017-01-10,,5\n", 2, "close_date", .missingValue),
        ("o1,Ann,,Lost,2017-01-10,,0\n", 2, "close_date", .missingValue),
        ("o1,Ann,,Won,2017-01-10,2017-03-01,\n", 2, "close_value", .missingValue),
        ("o1,,,Won,2017-01-10,2017-03-01,5\n", 2, "sales_agent", .missingValue),
        (
            "o1,Ann,,Won,2017-01-10,2017-03-01,5\no1,Bob,,Lost,2017-01-10,2017-03-01,0\n", 3, "opportunity_id",
            .duplicateID
        ),
    ])
    func rejectsBadRecordsNamingFileLineAndColumn(body: String, line: Int, column: String, code: InputError.Code) {
        #expect {
            try OutcomesFixtures.mavenReader.read(csvText: header + body, name: "crm.csv")
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.code == code && error.file == "crm.csv" && error.line == line && error.field == column
        }
    }

    @Test func theReversedDateErrorNamesTheDeal() {
        #expect {
            try OutcomesFixtures.mavenReader.read(csvText: header + "X9,Ann,,Won,2017-03-02,2017-03-01,5\n")
        } throws: { "\($0)".contains("opportunity X9") && "\($0)".contains("before it opens on 2017-03-02") }
    }

    @Test(arguments: [
        ("", InputError.Code.emptyFile, nil as Int?, nil as String?),
        ("opportunity_id,sales_agent,account,deal_stage,engage_date,close_date,close_value\r\n", .emptyFile, 1, nil),
        (
            "opportunity_id,sales_agent,deal_stage,engage_date,close_date\no1,Ann,Won,2017-01-01,2017-02-01\n",
            .missingColumn, 1, "close_value"
        ),
        (
            "opportunity_id,sales_agent,account,deal_stage,engage_date,close_date,close_value\no1,Ann,Won\n",
            .wrongFieldCount, 2, nil
        ),
    ])
    func rejectsMalformedFiles(text: String, code: InputError.Code, line: Int?, field: String?) {
        #expect {
            try OutcomesFixtures.mavenReader.read(csvText: text, name: "crm.csv")
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.code == code && error.line == line && error.field == field && error.file == "crm.csv"
        }
    }

    @Test func aMissingFileIsAnError() {
        #expect(throws: InputError.self) { try OutcomesFixtures.mavenReader.read(csvFile: "/no/such/export.csv") }
    }
}
