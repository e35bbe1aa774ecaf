import Foundation
import SalesCompetency
import Testing

/// Figures of Fixtures/Outcomes/pipeline.csv worked out by hand.
///
/// Cycle days (close − open, won deals): A1 2017-01-10→03-01 = 50, A2 02-01→03-15 = 42, A4 03-01→04-05 = 35,
/// B1 02-10→03-30 = 48, C2 03-03→04-03 = 31, C3 04-01→04-08 = 7.
/// 2017-03 closes: A1 won, A2 won, A3 lost, B1 won. 2017-04 closes: A4 won, B2 lost, B3 lost, C2 won, C3 won.
struct OutcomeMetricsTests {
    @Test func winRateCycleAndValueByCloseMonth() throws {
        let months = OutcomeMetrics(try OutcomesFixtures.deals()).byPeriod()
        #expect(months.count == 2)
        let march = try #require(months[.month(2017, 3)])
        #expect(march.won == 3 && march.lost == 1 && march.winRate == 0.75)
        // cycles 42, 48, 50: mean 140 / 3, median the middle one (odd count).
        #expect(march.meanCycleDays == 140.0 / 3 && march.medianCycleDays == 48)
        #expect(march.wonValue == 3500)
        let april = try #require(months[.month(2017, 4)])
        #expect(april.won == 3 && april.lost == 2 && april.winRate == 0.6)
        #expect(april.meanCycleDays == 73.0 / 3 && april.medianCycleDays == 31)  // 7, 31, 35
        #expect(april.wonValue == Decimal(string: "670.5"))  // 250.50 + 300 + 120
    }

    @Test func overallFiguresTakeTheMedianOfAnEvenCount() throws {
        let metrics = OutcomeMetrics(try OutcomesFixtures.deals())
        let overall = metrics.overall
        #expect(overall.won == 6 && overall.lost == 3 && overall.winRate == 6.0 / 9)
        // cycles 7, 31, 35, 42, 48, 50: mean 213 / 6 = 35.5, median (35 + 42) / 2 = 38.5.
        #expect(overall.cycleDeals == 6 && overall.meanCycleDays == 35.5 && overall.medianCycleDays == 38.5)
        #expect(overall.wonValue == Decimal(string: "4170.5"))
        #expect(metrics.openDeals == 2)
        #expect(metrics.coveredPeriods == (try PeriodRange(.month(2017, 3), through: .month(2017, 4))))
    }

    @Test func perRep() throws {
        let reps = OutcomeMetrics(try OutcomesFixtures.deals()).byRep()
        #expect(reps.keys.sorted() == ["Ann", "Bob", "Cy"])
        let ann = try #require(reps["Ann"])  // A1, A2, A4 won; A3 lost; cycles 35, 42, 50
        #expect(ann.winRate == 0.75 && ann.medianCycleDays == 42 && ann.meanCycleDays == 127.0 / 3)
        #expect(ann.wonValue == Decimal(string: "1750.5"))
        let bob = try #require(reps["Bob"])  // B1 won; B2, B3 lost
        #expect(bob.winRate == 1.0 / 3 && bob.meanCycleDays == 48 && bob.wonValue == 2000)
        let cy = try #require(reps["Cy"])  // C2, C3 won: cycles 7, 31
        #expect(cy.winRate == 1 && cy.medianCycleDays == 19 && cy.wonValue == 420)
    }

    @Test func perTeamFromTheRosterManagers() throws {
        let teams = OutcomeMetrics(try OutcomesFixtures.deals()).byTeam(TeamMap(roster: try OutcomesFixtures.roster()))
        let m1 = try #require(teams["m-1"])  // Ann + Bob: 4 won, 3 lost, cycles 35, 42, 48, 50
        #expect(m1.won == 4 && m1.lost == 3 && m1.winRate == 4.0 / 7)
        #expect(m1.meanCycleDays == 43.75 && m1.medianCycleDays == 45)
        #expect(m1.wonValue == Decimal(string: "3750.5"))
        #expect(teams["m-2"]?.won == 2 && teams[nil] == nil)
    }

    @Test func repsWithoutATeamAreGroupedUnderNil() throws {
        let teams = OutcomeMetrics(try OutcomesFixtures.deals()).byTeam(TeamMap(["Ann": "east"]))
        #expect(teams["east"]?.won == 3)
        #expect(teams[nil]?.won == 3 && teams[nil]?.lost == 2)  // Bob and Cy
    }

    @Test func aRangeKeepsOnlyDealsClosedInIt() throws {
        let range = try PeriodRange(.month(2017, 3), through: .month(2017, 3))
        let metrics = OutcomeMetrics(try OutcomesFixtures.deals(), range: range)
        #expect(metrics.overall.won == 3 && metrics.overall.lost == 1 && metrics.overall.wonValue == 3500)
        #expect(metrics.byRep()["Cy"] == nil)
    }

    @Test func quartersGroupByCloseQuarter() throws {
        let quarters = OutcomeMetrics(try OutcomesFixtures.deals(), granularity: .quarter).byPeriod()
        #expect(quarters.keys.map(\.description).sorted() == ["2017-Q1", "2017-Q2"])
        #expect(quarters.values.map(\.won).reduce(0, +) == 6)
    }

    @Test func noClosedDealsMeansNoWinRateNotNaN() throws {
        let open = try Opportunity(id: "o", ownerID: "r", opened: nil, closed: nil, outcome: .open, value: 0)
        let summary = OutcomeMetrics([open]).overall
        #expect(summary.won == 0 && summary.lost == 0)
        #expect(summary.winRate == nil && summary.meanCycleDays == nil && summary.medianCycleDays == nil)
        #expect(OutcomeMetrics([]).coveredPeriods == nil)
    }

    @Test func wonDealsWithoutAnOpenDayCountButNotInTheCycle() throws {
        let day = OutcomesFixtures.day("2025-05-10")
        let deals = [
            try Opportunity(id: "a", ownerID: "r", opened: nil, closed: day, outcome: .won, value: 5),
            try Opportunity(id: "b", ownerID: "r", opened: day.adding(days: -4), closed: day, outcome: .won, value: 5),
        ]
        let summary = OutcomeMetrics(deals).overall
        #expect(summary.won == 2 && summary.cycleDeals == 1 && summary.meanCycleDays == 4 && summary.wonValue == 10)
    }

    @Test func summaryJSONShapeIsPinned() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let empty = String(decoding: try encoder.encode(OutcomeSummary([])), as: UTF8.self)
        #expect(
            empty == #"{"cycleDeals":0,"lost":0,"meanCycleDays":null,"medianCycleDays":null,"winRate":null,"#
                + #""won":0,"wonValue":0}"#)
        let summary = OutcomeMetrics(try OutcomesFixtures.deals()).overall
        let decoded = try JSONDecoder().decode(OutcomeSummary.self, from: try encoder.encode(summary))
        #expect(decoded == summary)
        let broken = #"{"cycleDeals":2,"lost":0,"won":1,"wonValue":0}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(OutcomeSummary.self, from: Data(broken.utf8)) }
    }
}
