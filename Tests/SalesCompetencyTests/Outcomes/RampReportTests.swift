import Foundation
import SalesCompetency
import Testing

struct RampReportTests {
    @Test func daysFromHireToFirstWin() throws {
        let ramp = RampReport(roster: try OutcomesFixtures.roster(), opportunities: try OutcomesFixtures.deals())
        // Ann hired 2017-01-01, first win A1 2017-03-01: 31 + 28 = 59 days.
        // Bob hired 2017-03-01, first win B1 2017-03-30: 29 days.
        // Cy hired 2017-04-05: C2 closed 2017-04-03 is before the hire and does not count; C3 2017-04-08: 3 days.
        #expect(ramp.days == ["Ann": 59, "Bob": 29, "Cy": 3])
        #expect(ramp.medianDays == 29 && ramp.meanDays == 91.0 / 3)
        #expect(ramp.notYetWon == ["Dee", "m-1", "m-2"] && ramp.unknownHireDay.isEmpty)
    }

    @Test func evenCountMedianAndUnknownHireDays() throws {
        let hired = OutcomesFixtures.day("2025-01-01")
        let roster = try Roster([
            Rep(id: "a", roleIDs: ["consultant"], hiredOn: hired),
            Rep(id: "b", roleIDs: ["consultant"], hiredOn: hired),
            Rep(id: "c", roleIDs: ["consultant"]),
        ])
        let deals = try [("a", 10), ("a", 4), ("b", 20), ("c", 1)].enumerated().map { index, entry in
            try Opportunity(
                id: Opportunity.ID(rawValue: "d\(index)"), ownerID: Rep.ID(rawValue: entry.0), opened: nil,
                closed: hired.adding(days: entry.1), outcome: .won, value: 1)
        }
        let ramp = RampReport(roster: roster, opportunities: deals)
        #expect(ramp.days == ["a": 4, "b": 20])  // a's first win is the earlier one
        #expect(ramp.medianDays == 12)  // (4 + 20) / 2
        #expect(ramp.unknownHireDay == ["c"])
        #expect(RampReport(roster: roster, opportunities: []).medianDays == nil)
    }
}
