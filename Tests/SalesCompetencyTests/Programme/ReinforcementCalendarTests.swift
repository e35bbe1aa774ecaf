import Foundation
import SalesCompetency
import Testing

struct ReinforcementCalendarTests {
    typealias F = ProgrammeFixtures

    @Test func datesThePlanFromEnrolmentAndMovesDaysOffToTheNextWorkingDay() throws {
        let calendar = try F.calendar()
        let ava = calendar.sessions.filter { $0.repID == "ava" }
        // 2025-03-03 + 5 = Sat 03-08 → Mon 03-10; + 16 = Wed 03-19; + 38 = Thu 04-10; + 83 = Sun 05-25 → Mon
        // 05-26 is a holiday → Tue 05-27; + 176 = Tue 08-26 (checked with Python's datetime).
        #expect(ava.map(\.dueOn.description) == ["2025-03-08", "2025-03-19", "2025-04-10", "2025-05-25", "2025-08-26"])
        #expect(
            ava.map(\.scheduledOn.description) == [
                "2025-03-10", "2025-03-19", "2025-04-10", "2025-05-27", "2025-08-26",
            ])
        #expect(ava.map(\.number) == [1, 2, 3, 4, 5])
        #expect(ava.allSatisfy { $0.managerID == "mgr-a" })
        #expect(calendar.sessions.count == 10)  // cy is enrolled in another investment
        #expect(calendar.managers == ["mgr-a", "mgr-b"])
        #expect(calendar.sessions(managedBy: "mgr-b").map(\.repID) == Array(repeating: "bo", count: 5))
    }

    @Test func startsAtTheLocalTimeInTheDeclaredZone() throws {
        let calendar = try F.calendar()
        let ava = calendar.sessions.filter { $0.repID == "ava" }
        // 09:00 in London: GMT (UTC+0) on 2025-03-10, BST (UTC+1) on 2025-04-10.
        #expect(calendar.start(of: ava[0]) == Date(timeIntervalSince1970: 1_741_597_200))  // 2025-03-10T09:00Z
        #expect(calendar.start(of: ava[2]) == Date(timeIntervalSince1970: 1_744_272_000))  // 2025-04-10T08:00Z
    }

    @Test func refusesAnUnknownCohort() throws {
        let error = try #require(throws: ValidationError.self) {
            try ReinforcementCalendar(
                investmentID: "no-such-training", enrolments: F.enrolments(), roster: F.roster(), planDays: [5],
                timeZone: F.london)
        }
        #expect(error.code == .danglingReference)
        #expect(error.field == "investmentID")
        #expect(error.message.contains("nobody is enrolled in \"no-such-training\""))
    }

    @Test func refusesAParticipantMissingFromTheRosterAndABadPlan() throws {
        let stranger = [try Enrolment(repID: "zed", investmentID: "bootcamp", enrolledOn: F.day("2025-03-03"))]
        let missing = try #require(throws: ValidationError.self) {
            try ReinforcementCalendar(
                investmentID: "bootcamp", enrolments: stranger, roster: F.roster(), planDays: [5], timeZone: F.london)
        }
        #expect(missing.field == "repID")
        let unordered = try #require(throws: ValidationError.self) {
            try ReinforcementCalendar(
                investmentID: "bootcamp", enrolments: F.enrolments(), roster: F.roster(), planDays: [5, 5],
                timeZone: F.london)
        }
        #expect(unordered.field == "planDays[1]")
        #expect(throws: ValidationError.self) { try WorkingDays(weekend: [1, 2, 3, 4, 5, 6, 7]) }
    }

    @Test func writesTheSessionsAsCSV() throws {
        let lines = try F.calendar().csvText.split(separator: "\n")
        #expect(lines[0] == Substring(ReinforcementCalendar.csvHeader))
        #expect(
            lines[1]
                == "mgr-a,ava,bootcamp,1,5,2025-03-03,2025-03-08,2025-03-10,09:00,Europe/London,2025-03-10T09:00:00Z,"
                + "reinforcement-1.bootcamp.ava@swift-sales-competency")
        #expect(lines.count == 11)
    }

    @Test func givesStableDistinctUIDs() throws {
        #expect(
            ReinforcementSession.uid(investmentID: "a.b", repID: "c", number: 1)
                != ReinforcementSession.uid(investmentID: "a", repID: "b.c", number: 1))
        #expect(
            ReinforcementSession.uid(investmentID: "a_2E", repID: "b", number: 1)
                != ReinforcementSession.uid(investmentID: "a.", repID: "b", number: 1))
        #expect(
            ReinforcementSession.uid(investmentID: "boot camp", repID: "Zoë", number: 2)
                == "reinforcement-2.boot_20camp.Zo_C3_AB@swift-sales-competency")
        let first = try F.calendar(includingHostile: true).sessions.map(\.uid)
        let again = try F.calendar(includingHostile: true, holidays: []).sessions.map(\.uid)
        #expect(Set(first) == Set(again))  // moving a day does not change an identifier
        #expect(Set(first).count == first.count)
    }
}
