import Foundation
import Testing

@testable import SalesCompetency

struct ICalendarTests {
    typealias F = ProgrammeFixtures

    @Test func escapesTextValues() {
        #expect(ICalendarWriter.escape("a\\b;c,d\ne\r\nf\rg\th\u{7}i") == "a\\\\b\\;c\\,d\\ne\\nf\\ng\th i")
        #expect(ICalendarWriter.escape("Zoë 😀") == "Zoë 😀")
    }

    @Test func foldsAt75OctetsWithoutSplittingACharacter() {
        let line = "SUMMARY:" + String(repeating: "é", count: 100)  // 8 + 200 octets
        let folded = ICalendarWriter.fold(line)
        let physical = folded.components(separatedBy: "\r\n").dropLast()
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        // 8 + 33 × 2 = 74 octets fit on the first line, another é would make 76.
        #expect(physical.first!.utf8.count == 74)
        // Unfolding (remove CRLF + one space) gives the line back.
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line + "\r\n")
        #expect(
            ICalendarWriter.fold("A:" + String(repeating: "x", count: 73)) == "A:" + String(repeating: "x", count: 73)
                + "\r\n")
        #expect(ICalendarWriter.fold("A:" + String(repeating: "x", count: 74)).contains("\r\n x"))
    }

    @Test func writesOneCalendarPerManagerWithTimeZoneAndStamp() throws {
        let files = try F.calendar(includingHostile: true).iCalendarFiles(clock: F.clock)
        #expect(files.map(\.fileName) == ["manager-mgr-a.ics", "manager-mgr-b.ics"])
        let text = files[1].text
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        let lines = unfolded.components(separatedBy: "\r\n")
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.dropLast().last == "END:VCALENDAR")
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 5)
        #expect(lines.filter { $0 == "DTSTAMP:20261201T200000Z" }.count == 5)
        #expect(lines.contains("DTSTART;TZID=Europe/London:20250310T090000"))
        #expect(lines.contains("DTSTART;TZID=Europe/London:20250410T090000"))
        #expect(lines.contains("DURATION:PT30M"))
        #expect(lines.contains("UID:reinforcement-1.bootcamp.bo@swift-sales-competency"))
        // The zone: GMT until 2025-03-30 01:00 UTC, when London moves to BST (01:00 local in the old offset).
        let zone = lines.drop { $0 != "BEGIN:VTIMEZONE" }.prefix { $0 != "END:VTIMEZONE" }
        #expect(zone.contains("TZID:Europe/London"))
        #expect(zone.contains("DTSTART:20250330T010000"))
        #expect(zone.contains("TZOFFSETFROM:+0000") && zone.contains("TZOFFSETTO:+0100"))
        #expect(!zone.contains("DTSTART:20251026T020000"))  // after the last session, not needed
    }

    @Test func escapesHostileNamesInEvents() throws {
        let text = try F.calendar(includingHostile: true, name: "Bootcamp, level 2; \"advanced\"")
            .iCalendar(for: "mgr-a", clock: F.clock)
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(
            unfolded.contains(
                "SUMMARY:Reinforcement 1 of 5: Zoë\\, \"Z\"\\; O'Neil\\\\\\nJr – Bootcamp\\, level 2\\; \"advanced\""))
        #expect(
            unfolded.contains(
                "UID:reinforcement-1.bootcamp.Zo_C3_AB_2C_20_22Z_22_3B_20O_27Neil_5C_0AJr@swift-sales-competency"))
    }

    @Test func writesUTCTimesWithoutAZoneForUTC() throws {
        let text = try F.calendar(timeZone: TimeZone(identifier: "UTC")!).iCalendar(for: "mgr-a", clock: F.clock)
        #expect(text.contains("DTSTART:20250310T090000Z\r\n"))
        #expect(!text.contains("VTIMEZONE"))
    }

    @Test func coversEveryChangeOfOffsetBetweenTheSessions() throws {
        // New York: sessions on 2025-03-04 and 2025-11-10 cross the changes of 2025-03-09 (02:00 EST) and 2025-11-02 (02:00 EDT).
        let calendar = try ReinforcementCalendar(
            investmentID: "bootcamp", enrolments: F.enrolments(), roster: F.roster(), planDays: [1, 250],
            timeZone: TimeZone(identifier: "America/New_York")!)
        let text = calendar.iCalendar(for: "mgr-a", clock: F.clock)
        #expect(text.contains("BEGIN:DAYLIGHT\r\nDTSTART:20250309T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400"))
        #expect(text.contains("BEGIN:STANDARD\r\nDTSTART:20251102T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500"))
    }
}
