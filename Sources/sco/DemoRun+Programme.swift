import Foundation
import SalesCompetency

/// The officer's processes in `sco demo`: the bootcamp cohort's reinforcement calendars, the ownership check of
/// the programmes, and one rep's review pack.
struct DemoProgramme {
    /// The bootcamp cohort's sessions on the planner's days, in London time with the 2025 bank holidays off.
    let calendar: ReinforcementCalendar
    /// The calendar files, stamped with the sample's last day so that the same seed gives the same files.
    let calendarFiles: [ReinforcementCalendar.CalendarFile]
    /// The programmes whose owners are checked: the two real ones and a proposed pilot.
    let checked: [Investment]
    /// What the check found.
    let findings: [OwnershipFinding]
    /// The annual review page of the first rep the bootcamp trained.
    let review: ReviewPack

    /// The folder, inside the demo's output folder, of the calendar files.
    static let calendarFolder = "calendars"
    /// The file of the ownership findings.
    static let ownershipFile = "ownership.json"
    /// The England and Wales bank holidays of 2025 from March on, when the sessions fall.
    static let holidays = ["2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25"]

    init(
        sample: SampleOrganisation, roster: Roster, scorecards: Scorecards, opportunities: [Opportunity],
        plan: ReinforcementPlan, investments: [Investment]
    ) throws {
        let enrolments = try EnrolmentList(csvText: sample.enrolmentsCSV, name: "enrolments.csv", roster: roster)
        let london = TimeZone(identifier: "Europe/London")!
        calendar = try ReinforcementCalendar(
            investmentID: "bootcamp", investmentName: "Selling bootcamp", enrolments: enrolments, roster: roster,
            planDays: plan.days,
            workingDays: try WorkingDays(holidays: Set(Self.holidays.map { try Day(parsing: $0) })),
            timeZone: london, startMinute: 9 * 60 + 30)
        calendarFiles = calendar.iCalendarFiles(clock: .fixed(sample.lastDay.start(in: TimeZone(identifier: "UTC")!)))

        checked = investments + [try Self.proposedPilot(sample: sample)]
        findings = OwnershipCheck(roster: roster, asOf: sample.lastDay).findings(for: checked)

        let assessments = try AssessmentLog(csvText: sample.assessmentsCSV, name: "assessments.csv")
        review = try ReviewPack(
            repID: Self.reviewedRep(sample), year: sample.firstDay.year, roster: roster, scorecards: scorecards,
            assessments: assessments.assessments, opportunities: opportunities, enrolments: enrolments.enrolments)
    }

    /// The rep whose review pack the demo writes: the first one the bootcamp trained.
    static func reviewedRep(_ sample: SampleOrganisation) -> Rep.ID { sample.trainedReps.first ?? "rep-01" }

    /// A coaching pilot someone proposed: owned by a consultant who carries a quota, and with no goal that can be
    /// measured, so the check has something to say.
    static func proposedPilot(sample: SampleOrganisation) throws -> Investment {
        try Investment(
            id: "negotiation-pilot", name: "Negotiation coaching pilot (proposed)", category: .training,
            ownerID: reviewedRep(sample), startsOn: sample.lastDay.adding(days: -29),
            costs: [try CostItem(name: "Coach", kind: .oneTime(amount: 8_000))],
            intangibles: ["Better-prepared negotiations"])
    }

    /// The files to write into the demo's folder, by path relative to it.
    var files: [(String, String)] {
        var files = calendarFiles.map { ("\(Self.calendarFolder)/\($0.fileName)", $0.text) }
        files.append(("\(Self.calendarFolder)/reinforcements.csv", calendar.csvText))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(findings)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        files.append((Self.ownershipFile, json + "\n"))
        files.append((reviewFile, review.html()))
        return files
    }

    /// The review page's file name.
    var reviewFile: String { "review-\(ReviewPack.fileSafeName(review.repID)).html" }

    /// The summary lines, naming the files written into `directory`.
    func lines(directory: String) -> [String] {
        let indent = "             "
        let flagged = Set(findings.map(\.investmentID)).count
        var lines = [
            "Calendars    \(calendar.sessions.count) reinforcement sessions for the bootcamp's "
                + "\(calendar.participants.count) participants on plan days "
                + calendar.planDays.map(String.init).joined(separator: ", ")
                + " (weekends and bank holidays moved to the next working day), 09:30 London time:"
        ]
        lines += calendarFiles.map {
            "\(indent)\(directory)/\(Self.calendarFolder)/\($0.fileName)  \(calendar.sessions(managedBy: $0.managerID).count) "
                + "sessions of \($0.managerID?.rawValue ?? "no manager")'s team"
        }
        lines.append("\(indent)\(directory)/\(Self.calendarFolder)/reinforcements.csv  every session")
        if findings.isEmpty {
            lines.append(
                "Ownership    every one of the \(checked.count) programmes has an owner set up to succeed and a "
                    + "measurable goal (\(directory)/\(Self.ownershipFile)).")
        } else {
            lines.append(
                "Ownership    \(findings.count) findings on \(flagged) of the \(checked.count) programmes checked, in "
                    + "\(directory)/\(Self.ownershipFile):")
            lines += findings.map { "\(indent)\($0.message)" }
        }
        lines.append(
            "Review       \(review.repID)'s \(review.year) review page, made to print on A4 and Letter: "
                + "\(directory)/\(reviewFile)")
        return lines
    }
}
