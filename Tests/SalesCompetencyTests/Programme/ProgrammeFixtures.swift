import Foundation
import SalesCompetency

/// A small cohort for the programme tests: two managers, three participants (one with a hostile id), enrolled
/// in a bootcamp on Monday 2025-03-03, and the seed's plan (days 5, 16, 38, 83, 176).
enum ProgrammeFixtures {
    static let london = TimeZone(identifier: "Europe/London")!
    static let hostile = "Zoë, \"Z\"; O'Neil\\\nJr"

    static func day(_ text: String) -> Day { try! Day(parsing: text) }

    static func roster() throws -> Roster {
        try Roster([
            Rep(id: "mgr-a", roles: ["manager"]),
            Rep(id: "mgr-b", roles: ["manager"]),
            Rep(id: "ava", roles: ["consultant"], managerID: "mgr-a"),
            Rep(id: "bo", roles: ["consultant"], managerID: "mgr-b"),
            Rep(id: Rep.ID(rawValue: hostile), roles: ["consultant"], managerID: "mgr-a"),
            Rep(id: "cy", roles: ["consultant"]),
        ])
    }

    static func enrolments(includingHostile: Bool = false) throws -> [Enrolment] {
        var list = [
            try Enrolment(repID: "ava", investmentID: "bootcamp", enrolledOn: day("2025-03-03")),
            try Enrolment(repID: "bo", investmentID: "bootcamp", enrolledOn: day("2025-03-03")),
            try Enrolment(repID: "cy", investmentID: "crm", enrolledOn: day("2025-01-06")),
        ]
        if includingHostile {
            list.append(
                try Enrolment(repID: Rep.ID(rawValue: hostile), investmentID: "bootcamp", enrolledOn: day("2025-03-04"))
            )
        }
        return list
    }

    static func calendar(
        includingHostile: Bool = false, holidays: Set<Day> = [day("2025-05-26")], timeZone: TimeZone = london,
        name: String? = "Selling bootcamp"
    ) throws -> ReinforcementCalendar {
        try ReinforcementCalendar(
            investmentID: "bootcamp", investmentName: name, enrolments: enrolments(includingHostile: includingHostile),
            roster: roster(), planDays: [5, 16, 38, 83, 176], workingDays: WorkingDays(holidays: holidays),
            timeZone: timeZone)
    }

    /// 2026-12-01T20:00:00Z.
    static let clock = FixedWallClock(Date(timeIntervalSince1970: 1_796_155_200))
}
