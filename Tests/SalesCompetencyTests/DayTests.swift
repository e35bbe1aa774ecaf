import Foundation
import SalesCompetency
import Testing

struct DayTests {
    @Test func parsesAndPrints() throws {
        let day = try Day(parsing: "2024-02-29")
        #expect(day.year == 2024 && day.month == 2 && day.dayOfMonth == 29)
        #expect(day.description == "2024-02-29")
        #expect(try Day(parsing: "1970-01-01").daysSinceEpoch == 0)
        #expect(try Day(parsing: "2000-03-01").daysSinceEpoch == 11_017)  // 30 years, 8 leap days, Jan+Feb 2000
    }

    @Test func rejectsInvalidDates() {
        for text in ["2025-02-29", "2025-13-01", "2025-00-10", "2025-1-01", "20250101", "", "2025-04-31", "abcd-ef-gh"]
        {
            #expect(throws: InputError.self) { try Day(parsing: text) }
        }
    }

    @Test func weekdays() throws {
        #expect(try Day(parsing: "1970-01-01").isoWeekday == 4)  // Thursday
        #expect(try Day(parsing: "2025-03-17").isoWeekday == 1)  // Monday
        #expect(try Day(parsing: "1969-12-28").isoWeekday == 7)  // Sunday
    }

    @Test func dayOfAnInstantDependsOnTheTimeZone() throws {
        // 2025-03-31T23:30:00Z is already April 1st in Berlin (UTC+2 in summer time).
        let instant = Date(timeIntervalSince1970: 1_743_463_800)
        #expect(Day(instant, in: TimeZone(identifier: "UTC")!).description == "2025-03-31")
        #expect(Day(instant, in: TimeZone(identifier: "Europe/Berlin")!).description == "2025-04-01")
        #expect(Day(instant, in: TimeZone(identifier: "America/New_York")!).description == "2025-03-31")
    }

    @Test func startOfDayInATimeZone() throws {
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        let start = try Day(parsing: "2025-04-01").start(in: berlin)
        #expect(start.timeIntervalSince1970 == 1_743_458_400)  // 2025-03-31T22:00:00Z
    }
}
