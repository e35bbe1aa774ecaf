import Foundation
import SalesCompetency
import Testing

struct EnrolmentListTests {
    static let roster = try! Roster(
        csvText: """
            rep_id,role,hired_on,left_on
            rep-1,consultant,2024-01-01,
            rep-2,consultant,2024-01-01,2025-01-31
            rep-3,consultant,,
            """)

    @Test func readsDatesCompletionAndReinforcements() throws {
        let list = try EnrolmentList(
            csvText: """
                rep_id,investment_id,enrolled_on,completed_on,reinforced_on
                rep-1,bootcamp,2025-03-03,2025-03-07,2025-06-02;2025-04-01
                rep-3,bootcamp,2025-05-05,,
                rep-1,crm,2025-01-10,,
                """, roster: Self.roster, investments: ["bootcamp", "crm"])
        #expect(list.count == 3)
        #expect(list.investmentIDs == ["bootcamp", "crm"])
        #expect(list.enrolments(in: "bootcamp").map(\.repID) == ["rep-1", "rep-3"])
        let first = try #require(list.enrolment(of: "rep-1", in: "bootcamp"))
        #expect(first.enrolledOn.description == "2025-03-03" && first.completedOn?.description == "2025-03-07")
        #expect(first.reinforcedOn.map(\.description) == ["2025-04-01", "2025-06-02"])
        #expect(first.isReinforced && !(list.enrolment(of: "rep-3", in: "bootcamp")?.isReinforced ?? true))
        #expect(list.enrolment(of: "rep-2", in: "bootcamp") == nil)
    }

    @Test func onlyRequiredColumnsAndNoChecks() throws {
        let list = try EnrolmentList(csvText: "rep_id,investment_id,enrolled_on\nghost,anything,2025-01-01\n")
        #expect(list.first?.completedOn == nil && list.first?.reinforcedOn == [])
    }

    @Test func csvAndJSONRoundTrip() throws {
        let list = try EnrolmentList([
            Enrolment(
                repID: "rep-1", investmentID: "bootcamp", enrolledOn: Day(parsing: "2025-03-03"),
                completedOn: Day(parsing: "2025-03-07"), reinforcedOn: [Day(parsing: "2025-04-01")]),
            Enrolment(repID: "rep-3", investmentID: "bootcamp", enrolledOn: Day(parsing: "2025-05-05")),
        ])
        #expect(
            list.csvText == """
                rep_id,investment_id,enrolled_on,completed_on,reinforced_on
                rep-1,bootcamp,2025-03-03,2025-03-07,2025-04-01
                rep-3,bootcamp,2025-05-05,,

                """)
        #expect(try EnrolmentList(csvText: list.csvText) == list)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(list), as: UTF8.self)
        #expect(
            json == """
                [{"completedOn":"2025-03-07","enrolledOn":"2025-03-03","investmentID":"bootcamp",\
                "reinforcedOn":["2025-04-01"],"repID":"rep-1"},\
                {"enrolledOn":"2025-05-05","investmentID":"bootcamp","reinforcedOn":[],"repID":"rep-3"}]
                """)
        #expect(try JSONDecoder().decode(EnrolmentList.self, from: Data(json.utf8)) == list)
    }

    @Test func rejectsInvalidEnrolmentsInCode() throws {
        let day = try Day(parsing: "2025-03-03")
        #expect(throws: ValidationError.self) {
            try Enrolment(repID: "rep-1", investmentID: "x", enrolledOn: day, completedOn: day.adding(days: -1))
        }
        #expect(throws: ValidationError.self) {
            try Enrolment(repID: "rep-1", investmentID: "x", enrolledOn: day, reinforcedOn: [day.adding(days: -1)])
        }
        #expect(throws: ValidationError.self) { try Enrolment(repID: "", investmentID: "x", enrolledOn: day) }
        let one = try Enrolment(repID: "rep-1", investmentID: "x", enrolledOn: day)
        #expect(throws: ValidationError.self) { try EnrolmentList([one, one]) }
        let json = #"[{"repID":"rep-1","investmentID":"x","enrolledOn":"2025-03-03","completedOn":"2025-03-01"}]"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(EnrolmentList.self, from: Data(json.utf8)) }
    }

    @Test(arguments: [
        ("", ImportError.Code.emptyFile, nil as Int?, nil as String?),
        ("rep_id,investment_id,enrolled_on\n", .emptyFile, 1, nil),
        ("rep_id,enrolled_on\nrep-1,2025-01-01\n", .missingColumn, 1, "investment_id"),
        ("rep_id,investment_id,enrolled_on\nghost,bootcamp,2025-03-03\n", .unknownID, 2, "rep_id"),
        ("rep_id,investment_id,enrolled_on\nrep-1,yoga,2025-03-03\n", .unknownID, 2, "investment_id"),
        ("rep_id,investment_id,enrolled_on\nrep-1,bootcamp,2025-02-30\n", .invalidValue, 2, "enrolled_on"),
        ("rep_id,investment_id,enrolled_on\nrep-1,bootcamp,2023-12-31\n", .invalidValue, 2, "enrolled_on"),
        ("rep_id,investment_id,enrolled_on\nrep-2,bootcamp,2025-02-01\n", .invalidValue, 2, "enrolled_on"),
        ("rep_id,investment_id,enrolled_on\n,bootcamp,2025-03-03\n", .missingValue, 2, "rep_id"),
        ("rep_id,investment_id,enrolled_on\nrep-1,,2025-03-03\n", .missingValue, 2, "investment_id"),
        (
            "rep_id,investment_id,enrolled_on,completed_on\nrep-1,bootcamp,2025-03-03,2025-03-01\n",
            .invalidValue, 2, "completed_on"
        ),
        (
            "rep_id,investment_id,enrolled_on,reinforced_on\nrep-1,bootcamp,2025-03-03,2025-04-01;soon\n",
            .invalidValue, 2, "reinforced_on"
        ),
        (
            "rep_id,investment_id,enrolled_on,reinforced_on\nrep-1,bootcamp,2025-03-03,2025-01-01\n",
            .invalidValue, 2, "reinforced_on"
        ),
        (
            "rep_id,investment_id,enrolled_on\nrep-1,bootcamp,2025-03-03\nrep-3,bootcamp,2025-03-03\n"
                + "rep-1,bootcamp,2025-04-03\n", .duplicateID, 4, "rep_id"
        ),
        ("rep_id,investment_id,enrolled_on\nrep-1,bootcamp\n", .wrongFieldCount, 2, nil),
    ])
    func rejectsMalformedFiles(text: String, code: ImportError.Code, line: Int?, field: String?) {
        #expect {
            try EnrolmentList(
                csvText: text, name: "enrolments.csv", roster: Self.roster, investments: ["bootcamp"])
        } throws: { error in
            guard let error = error as? ImportError else { return false }
            return error.code == code && error.line == line && error.field == field && error.file == "enrolments.csv"
        }
    }
}
