import SalesCompetency
import Testing

struct TeamMapTests {
    @Test func teamsFromRosterManagers() throws {
        let teams = TeamMap(roster: try OutcomesFixtures.roster())
        #expect(teams.team(of: "Ann") == "m-1" && teams.team(of: "m-1") == nil)
        #expect(teams.teams.map(\.id) == ["m-1", "m-2"])
        #expect(teams.teams.first?.members == ["Ann", "Bob"])
    }

    @Test func teamsFromAMappingFile() throws {
        let text = "sales_agent,manager,regional_office\nAnn,Meg,East\nBob,Max,West\n"
        let regions = try TeamMap(csvText: text, repColumn: "sales_agent", teamColumn: "regional_office")
        #expect(regions.assignments == ["Ann": "East", "Bob": "West"])
    }

    @Test(arguments: [
        ("", InputError.Code.emptyFile, nil as Int?),
        ("rep_id,team\nAnn,East\n", .missingColumn, 1),
        ("rep_id,team_id\nAnn,\n", .missingValue, 2),
        ("rep_id,team_id\nAnn,East\nAnn,West\n", .duplicateID, 3),
        ("rep_id,team_id\nAnn\n", .wrongFieldCount, 2),
    ])
    func rejectsMalformedMappings(text: String, code: InputError.Code, line: Int?) {
        #expect {
            try TeamMap(csvText: text, name: "teams.csv")
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.code == code && error.line == line && error.file == "teams.csv"
        }
    }
}
