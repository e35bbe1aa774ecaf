import SalesCompetency
import Testing

struct RosterTests {
    @Test func readsRolesManagersDatesAndDepartures() throws {
        let roster = try Roster(
            csvText: """
                rep_id,role,manager_id,hired_on,left_on,departure
                m-1,manager,,2020-01-06,,
                rep-1,consultant;analyst,m-1,2024-03-01,2025-06-30,voluntary
                rep-2,developer,m-1,,,
                """)
        #expect(roster.count == 3)
        let rep = try #require(roster["rep-1"])
        #expect(rep.roleIDs == ["consultant", "analyst"] && rep.primaryRoleID == "consultant")
        #expect(rep.managerID == "m-1" && rep.departure == .voluntary)
        #expect(rep.hiredOn?.description == "2024-03-01" && rep.leftOn?.description == "2025-06-30")
        #expect(rep.isEmployed(on: try Day(parsing: "2025-06-30")))
        #expect(!rep.isEmployed(on: try Day(parsing: "2025-07-01")))
        #expect(roster.directReports(of: "m-1").map(\.id) == ["rep-1", "rep-2"])
    }

    @Test func onlyRequiredColumns() throws {
        let roster = try Roster(csvText: "rep_id,role\nrep-1,consultant\n")
        #expect(roster["rep-1"]?.managerID == nil)
    }

    @Test(arguments: [
        ("", InputError.Code.emptyFile, nil as Int?),
        ("rep_id\nrep-1\n", .missingColumn, 1),
        ("rep_id,role\nrep-1,consultant\nrep-1,analyst\n", .duplicateID, 3),
        ("rep_id,role\n,consultant\n", .missingValue, 2),
        ("rep_id,role\nrep-1,\n", .missingValue, 2),
        ("rep_id,role,hired_on\nrep-1,consultant,2025-02-30\n", .invalidValue, 2),
        ("rep_id,role,departure\nrep-1,consultant,fired\n", .invalidValue, 2),
        ("rep_id,role,manager_id\nrep-1,consultant,ghost\n", .unknownID, 2),
        ("rep_id,role,hired_on,left_on\nrep-1,consultant,2025-02-01,2025-01-01\n", .invalidValue, 2),
        ("rep_id,role\nrep-1,consultant,extra\n", .wrongFieldCount, 2),
        ("rep_id,role,role\nrep-1,a,b\n", .duplicateColumn, 1),
    ])
    func rejectsMalformedRosters(text: String, code: InputError.Code, line: Int?) {
        #expect {
            try Roster(csvText: text, name: "roster.csv")
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.code == code && error.line == line && error.file == "roster.csv"
        }
    }
}

/// A message quotes at most 80 characters of an offending value, however long the field.
struct ErrorQuotingTests {
    @Test func aHugeFieldIsCutInTheMessage() throws {
        let huge = String(repeating: "x", count: 5_000)
        let error = #expect(throws: InputError.self) {
            try Roster(csvText: "rep_id,role,manager_id,hired_on\nann,consultant,,\(huge)\n", name: "roster.csv")
        }
        let description = try #require(error?.description)
        #expect(description.count < 200, "\(description.prefix(200))")
        #expect(description.contains("…\" is not a date"))
    }
}
