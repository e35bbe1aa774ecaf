import Foundation
import SalesCompetency
import TestSupport
import Testing

/// `sco demo` writes the officer's processes: the bootcamp's calendars, the ownership findings and a review page.
struct DemoProgrammeTests {
    /// The sample's CSV as rows of fields (the sample writes no quoted fields).
    static func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test func writesTheCalendarsOwnershipFindingsAndReviewPageAndSaysWhere() throws {
        let folder = try ScratchFolder.make("demo-programme")
        let first = folder.appendingPathComponent("a").path
        let run = try Sco.run(["demo", "--output-dir", first])
        #expect(run.status == 0, "\(run.standardError)")

        // The cohort and its managers, read from the sample's own CSV text without the library's readers.
        let sample = SampleOrganisation()
        let manager = Dictionary(uniqueKeysWithValues: Self.rows(sample.rosterCSV).map { ($0[0], $0[2]) })
        let cohort = Self.rows(sample.enrolmentsCSV).filter { $0[1] == "bootcamp" }
        #expect(cohort.count == 24)
        var perManager: [String: Int] = [:]
        for row in cohort { perManager[manager[row[0]] ?? "", default: 0] += 1 }
        let planDays = [5, 16, 38, 83, 176]  // the default planner's days (80% forgotten after 90 days, 90% at a year)

        let calendars = URL(fileURLWithPath: first).appendingPathComponent("calendars")
        for (id, count) in perManager {
            let file = calendars.appendingPathComponent("manager-\(id).ics")
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == count * planDays.count, "\(id)")
            #expect(text.contains("TZID=Europe/London"))
            #expect(run.standardOutput.contains("\(first)/calendars/manager-\(id).ics"))
        }
        let ics = try FileManager.default.contentsOfDirectory(atPath: calendars.path).filter { $0.hasSuffix(".ics") }
        #expect(ics.count == perManager.count)

        // Every session: due on enrolment + plan day, held on the first working day from then (no weekend, no
        // bank holiday), checked with Foundation's own calendar.
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC")!
        let format = DateFormatter()
        format.calendar = gregorian
        format.timeZone = gregorian.timeZone
        format.locale = Locale(identifier: "en_US_POSIX")
        format.dateFormat = "yyyy-MM-dd"
        let holidays: Set<String> = ["2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25"]
        let sessions = Self.rows(
            try String(contentsOf: calendars.appendingPathComponent("reinforcements.csv"), encoding: .utf8))
        #expect(sessions.count == cohort.count * planDays.count)
        for session in sessions {
            let enrolled = try #require(format.date(from: session[5]))
            let planDay = try #require(Int(session[4]))
            #expect(planDays.contains(planDay))
            var day = try #require(gregorian.date(byAdding: .day, value: planDay, to: enrolled))
            #expect(format.string(from: day) == session[6])
            while gregorian.isDateInWeekend(day) || holidays.contains(format.string(from: day)) {
                day = try #require(gregorian.date(byAdding: .day, value: 1, to: day))
            }
            #expect(format.string(from: day) == session[7], "\(session)")
            #expect(session[0] == manager[session[1]] && session[8] == "09:30" && session[9] == "Europe/London")
        }

        // The ownership findings: the proposed pilot's owner carries a quota and the pilot has no measurable goal.
        let findings = try JSONDecoder().decode(
            [OwnershipFinding].self, from: Data(contentsOf: URL(fileURLWithPath: "\(first)/ownership.json")))
        let pilotOwner = try #require(sample.trainedReps.first)
        #expect(Self.rows(sample.rosterCSV).first { $0[0] == pilotOwner.rawValue }?[1] == "consultant")
        #expect(
            findings.map { "\($0.investmentID) \($0.ownerID) \($0.kind.rawValue)" } == [
                "negotiation-pilot \(pilotOwner) owner-carries-quota",
                "negotiation-pilot \(pilotOwner) no-measurable-goal",
            ])
        #expect(run.standardOutput.contains("\(first)/ownership.json"))
        #expect(try String(contentsOfFile: "\(first)/dashboard.html", encoding: .utf8).contains("Programme ownership"))

        // The review page of the first trained rep.
        let review = "\(first)/review-\(pilotOwner).html"
        let page = try String(contentsOfFile: review, encoding: .utf8)
        #expect(page.contains(pilotOwner.rawValue) && page.contains("2025") && page.contains("@page"))
        #expect(run.standardOutput.contains(review))

        // The same seed gives the same files, byte for byte (stable UIDs, a DTSTAMP from the sample, not the clock).
        let second = folder.appendingPathComponent("b").path
        #expect(try Sco.run(["demo", "--output-dir", second]).status == 0)
        let written =
            ["ownership.json", "review-\(pilotOwner).html", "calendars/reinforcements.csv"]
            + ics.map { "calendars/\($0)" }
        for file in written {
            let a = try Data(contentsOf: URL(fileURLWithPath: "\(first)/\(file)"))
            let b = try Data(contentsOf: URL(fileURLWithPath: "\(second)/\(file)"))
            #expect(a == b && !a.isEmpty, "\(file)")
        }
    }
}
