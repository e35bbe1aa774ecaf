import Foundation
import SalesCompetency

/// The Maven-like fixtures of the outcome tests; figures worked out by hand in the tests that use them.
enum OutcomesFixtures {
    static func path(_ name: String, _ ext: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures/Outcomes")
        else { throw CocoaError(.fileNoSuchFile) }
        return url.path
    }

    /// The Maven export's columns and labels.
    static let mavenReader: OpportunityReader = {
        let columns = OpportunityColumns(
            owner: "sales_agent", opened: "engage_date", closed: "close_date", stage: "deal_stage",
            value: "close_value")
        return OpportunityReader(columns: columns, stages: try! StageLabels(won: ["Won"], lost: ["Lost"]))
    }()

    /// pipeline.csv: 11 deals of Ann, Bob and Cy (9 closed in 2017-03 and 2017-04, 2 open).
    static func deals() throws -> [Opportunity] {
        try mavenReader.read(csvFile: path("pipeline", "csv"))
    }

    static func roster() throws -> Roster {
        try Roster(csvFile: path("roster", "csv"))
    }

    static func day(_ text: String) -> Day { try! Day(parsing: text) }
}
