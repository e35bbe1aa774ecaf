import Foundation
import SalesCompetency

/// `sco calendar`: a cohort's reinforcement sessions as one iCalendar file per manager (and CSV), and, with
/// `--held`, how the plan went.
enum CalendarCommand: Command {
    static let name = "calendar"
    static let summary = "Reinforcement calendars per manager for a cohort (.ics, CSV), and tracking what was held"
    static let help = """
        Usage: sco calendar --enrolments FILE --roster FILE --investment ID --output-dir DIR [options]
               sco calendar --enrolments FILE --roster FILE --investment ID [--format table|csv|json]
                            [--output FILE] [options]
               sco calendar --enrolments FILE --roster FILE --investment ID --held FILE
                            [--effective YYYY-MM-DD] [--format table|csv|json] [--output FILE] [options]

        The cohort is the enrolments of one investment (rep_id,investment_id,enrolled_on[,completed_on]).
        Each participant's reinforcement sessions fall on the plan's days counted in calendar days from their
        enrolment; a session due on a weekend or a holiday moves to the next working day; each is assigned
        to the participant's manager on the roster.

        --output-dir DIR writes DIR/manager-ID.ics (one iCalendar file per manager, the id encoded;
        no-manager.ics for participants without one) and DIR/reinforcements.csv. Outlook, Google Calendar and
        Apple Calendar import the files; each event has a stable UID, so importing a new export updates the
        events instead of duplicating them. Without it the sessions are printed (table, CSV or JSON).

        --held FILE (rep_id,investment_id,held_on) compares the sessions held with the plan on the day given
        by --effective (default today in --time-zone): late and missed sessions per manager, the retention
        expected a year after enrolment from what was held (no further sessions) against the target, and the
        day the cohort's mean retention falls below it unless a session is held.

        Options:
          --time-zone ZONE      the zone of the session times, an IANA name [UTC]
          --at HH:MM            the local start time [09:00]
          --minutes N           the length of a session [30]
          --holidays LIST       days off besides weekends, YYYY-MM-DD separated by commas
          --name TEXT           the investment's name in event titles [its id]
          --plan-days LIST      the plan's days after enrolment, e.g. 5,16,38,83,176; by default the fewest
                                reinforcements that hold --target through --horizon-days (see sco retention)
          --forgotten F         the fraction forgotten after --after-days days [0.8 after 90]
          --target T            the retention to hold [0.9]
          --horizon-days H      through which day after enrolment [365]

        Example: sco calendar --enrolments sco-demo/enrolments.csv --roster sco-demo/roster.csv \\
                   --investment bootcamp --time-zone Europe/London --output-dir sco-demo/calendars
        """

    /// What every form of the command reads.
    struct Inputs {
        var calendar: ReinforcementCalendar
        var enrolments: EnrolmentList
        var model: RetentionModel
        var target: Double
        var horizonDays: Int
    }

    static let formats: [(form: String, choice: FormatChoice)] = [("", .report), ("--held", .report)]

    static func run(_ arguments: inout Arguments) async throws {
        let enrolmentsPath = try arguments.requiredInput("--enrolments")
        let rosterPath = try arguments.requiredInput("--roster")
        let investment = Investment.ID(rawValue: try arguments.required("--investment", "ID"))
        let directory = try arguments.option("--output-dir")
        let heldPath = try arguments.input("--held")
        let effective = try arguments.day("--effective")
        let timeZone = try arguments.timeZone()
        let at = try arguments.option("--at") ?? "09:00"
        let duration = try arguments.wholeNumber("--minutes") ?? 30
        let holidays = try arguments.option("--holidays")
        let name = try arguments.option("--name")
        let planDays = try arguments.option("--plan-days")
        let forgotten = try arguments.number("--forgotten") ?? 0.8
        let afterDays = try arguments.number("--after-days") ?? 90
        let target = try arguments.number("--target") ?? 0.9
        let horizonDays = try arguments.wholeNumber("--horizon-days") ?? 365
        let options = try OutputOptions(&arguments, .report)
        let (format, output) = (options.format, options.output)
        try arguments.finish()

        let startMinute = try clockTime(at)
        let holidayDays = try days(holidays, "--holidays")
        if directory != nil, heldPath != nil { throw UsageError("--output-dir and --held do not go together") }
        if directory != nil, output.path != nil { throw UsageError("--output-dir and --output do not go together") }
        if heldPath == nil, effective != nil { throw UsageError("--effective goes with --held") }

        let model: RetentionModel
        let days: [Int]
        do {
            model = try RetentionModel(forgotten: forgotten, afterDays: afterDays)
            if let planDays {
                days = try planDays.split(separator: ",").map { text in
                    guard let day = Int(text.trimmingCharacters(in: .whitespaces)) else {
                        throw Arguments.invalid("--plan-days", "whole days separated by commas", text)
                    }
                    return day
                }
            } else {
                days = try ReinforcementPlanner(model: model, target: target, horizonDays: horizonDays).plan().days
            }
        } catch let error as ValidationError {
            throw UsageError("--\(error.field ?? "value"): \(error.message)")
        }
        let roster = try Roster(csvFile: rosterPath)
        let enrolments = try EnrolmentList(csvFile: enrolmentsPath, roster: roster)
        let calendar: ReinforcementCalendar
        do {
            calendar = try ReinforcementCalendar(
                investmentID: investment, investmentName: name, enrolments: enrolments, roster: roster,
                planDays: days, workingDays: try WorkingDays(holidays: Set(holidayDays)), timeZone: timeZone,
                startMinute: startMinute, durationMinutes: duration)
        } catch let error as ValidationError where error.field == "investmentID" {
            throw CommandFailure("\(enrolmentsPath): field investment_id: \(error.message)")
        } catch let error as ValidationError where ["startMinute", "durationMinutes"].contains(error.field) {
            throw UsageError("--\(error.field == "startMinute" ? "at" : "minutes"): \(error.message)")
        } catch let error as ValidationError where error.field?.hasPrefix("planDays") == true {
            throw UsageError("--plan-days: \(error.message)")
        }
        let inputs = Inputs(
            calendar: calendar, enrolments: enrolments, model: model, target: target, horizonDays: horizonDays)
        if let heldPath {
            let asOf = effective ?? Day(SystemClock().now, in: timeZone)
            try track(inputs, heldPath: heldPath, asOf: asOf, format: format, output: output)
        } else if let directory {
            try writeFiles(calendar, to: directory)
        } else {
            try output.checkWritable()
            switch format {
            case .csv: try output.write(calendar.csvText)
            case .json: try output.write(jsonText(calendar))
            default: try output.write(table(calendar, colored: output.isColored))
            }
        }
    }

    /// Writes one iCalendar file per manager and the CSV into `directory`, and says where they are.
    static func writeFiles(_ calendar: ReinforcementCalendar, to directory: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("cannot create \(directory): \(error.localizedDescription)")
        }
        let files = calendar.iCalendarFiles(clock: .system)
        for file in files { try Output(path: "\(directory)/\(file.fileName)").write(file.text) }
        try Output(path: "\(directory)/reinforcements.csv").write(calendar.csvText)
        var lines = [
            "\(calendar.sessions.count) reinforcement sessions of \(calendar.investmentName) for "
                + "\(calendar.participants.count) participants, on plan days "
                + calendar.planDays.map(String.init).joined(separator: ", ") + ":"
        ]
        for file in files {
            let count = calendar.sessions(managedBy: file.managerID).count
            lines.append(
                "  \(directory)/\(file.fileName)  \(count) sessions of \(file.managerID?.rawValue ?? "no manager")")
        }
        lines.append("  \(directory)/reinforcements.csv  every session")
        try Output(path: nil).write(lines.joined(separator: "\n") + "\n")
    }

    /// The sessions as a terminal table.
    static func table(_ calendar: ReinforcementCalendar, colored: Bool) -> String {
        var table = TextTable(columns: [
            .init("manager"), .init("rep"), .init("session", alignment: .right), .init("plan day", alignment: .right),
            .init("due"), .init("scheduled"),
        ])
        for session in calendar.sessions {
            table.append([
                session.managerID?.rawValue ?? "–", session.repID.rawValue, String(session.number),
                String(session.planDay), session.dueOn.description, session.scheduledOn.description,
            ])
        }
        return table.render(colored: colored)
    }

    static func clockTime(_ text: String) throws -> Int {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let hour = Int(parts[0]),
            let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute)
        else { throw Arguments.invalid("--at", "a local time HH:MM", text) }
        return hour * 60 + minute
    }

    static func day(_ text: String, _ option: String) throws -> Day {
        do { return try Day(parsing: text) } catch {
            throw Arguments.invalid(option, "a day YYYY-MM-DD", text)
        }
    }

    static func days(_ text: String?, _ option: String) throws -> [Day] {
        guard let text, !text.isEmpty else { return [] }
        return try text.split(separator: ",").map { try day(String($0).trimmingCharacters(in: .whitespaces), option) }
    }
}
