import Foundation
import SalesCompetency
import Testing

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
}
