import Foundation
import SalesCompetency
import TestSupport
import Testing

/// Inputs that once crashed the scorer or made it allocate a grid over centuries.
struct ActivityImportLimitsTests {
    func write(_ text: String) throws -> String {
        try ScratchFolder.file(text.utf8, named: "limits.csv")
    }

    @Test(arguments: ["9999-12-31", "1899-12-31", "2200-01-01"])
    func datesOutsideTheSupportedYearsAreErrors(date: String) throws {
        // A "never" sentinel on an unknown rep used to stretch the default range to the year 9999.
        let path = try write("rep_id,task_id,occurred_on,quantity\nr1,emails,2025-01-05,6\nghost,x,\(date),1\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            try ScoringFixture.engine().aggregate(activitiesCSVFile: path)
        } throws: { error in
            let error = error as? InputError
            return error?.code == .invalidValue && error?.line == 3 && error?.field == "occurred_on"
        }
    }

    @Test func supportedYearsIncludeTheirEdges() throws {
        let path = try write("rep_id,task_id,occurred_on,quantity\nr1,emails,1900-01-01,1\nr1,emails,2199-12-31,1\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let aggregate = try ScoringFixture.engine().aggregate(activitiesCSVFile: path)
        #expect(aggregate.periods?.count == 300 * 12)  // 1900-01 through 2199-12
    }

    @Test func aDirectoryIsAnUnreadableFileNotAnEmptyOne() throws {
        #expect {
            try ScoringFixture.engine().aggregate(activitiesCSVFile: ScratchFolder.root.path)
        } throws: { ($0 as? InputError)?.code == .unreadableFile }
    }

    @Test(arguments: [0, -1, 2e9, 1e300, .infinity, .nan])
    func attainmentCapOutsideItsRangeIsRejected(cap: Double) throws {
        #expect(throws: ValidationError.self) {
            try ScoringPolicy(
                rulesCSVFile: ScoringFixture.path("rules"), attainmentCap: cap, timeZone: ScoringFixture.utc)
        }
    }

    @Test func theLargestCapStillScoresWithoutOverflow() throws {
        let policy = try ScoringPolicy(
            rulesCSVFile: ScoringFixture.path("rules"), attainmentCap: ScoringPolicy.maximumAttainmentCap,
            timeZone: ScoringFixture.utc)
        let path = try write("rep_id,task_id,occurred_on,quantity\nr3,reports,2025-01-15,1e12\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let scorecards = try ScoringEngine(policy: policy, roster: ScoringFixture.roster())
            .score(activitiesCSVFile: path)
        // r3's only rule: reports, target 3: 1e12 / 3 is capped at the maximum cap, 10⁹.
        let card = try #require(
            scorecards.scorecard(rep: "r3", period: ScoringFixture.january, competency: "gathering-intelligence"))
        #expect(card.score == 1e9 && card.status == .green)
        #expect(scorecards.summary.rows == scorecards.count)
    }
}
