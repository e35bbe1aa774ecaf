import Foundation

extension ReinforcementCalendar {
    /// One iCalendar file of a manager's sessions.
    public struct CalendarFile: Hashable, Sendable {
        /// The manager, or `nil` for participants without one.
        public var managerID: Rep.ID?
        /// A file name safe on every file system: `manager-ID.ics` with the id encoded as in ``ReinforcementSession/uid(investmentID:repID:number:)``, or
        /// `no-manager.ics`.
        public var fileName: String
        /// The iCalendar text (CRLF line ends).
        public var text: String
    }

    /// The iCalendar (RFC 5545) text of one manager's sessions: one `VEVENT` per session with a stable `UID`,
    /// the start in the calendar's time zone (a `VTIMEZONE` describes it, or UTC times for UTC), a `DURATION`,
    /// and a `DTSTAMP` from `clock`. Outlook, Google Calendar and Apple Calendar import it; importing it again
    /// after a change updates the events instead of adding copies.
    ///
    /// - Parameters:
    ///   - managerID: The manager, or `nil` for participants without one.
    ///   - clock: Gives the `DTSTAMP`, the moment the file is written.
    /// - Returns: The text, lines folded at 75 octets, TEXT values escaped, CRLF line ends.
    /// - Complexity: O(n) in the sessions, plus the time zone's transitions in their span.
    public func iCalendar(for managerID: Rep.ID?, clock: any WallClock) -> String {
        let sessions = self.sessions(managedBy: managerID)
        var writer = ICalendarWriter()
        writer.property("BEGIN", "VCALENDAR")
        writer.property("VERSION", "2.0")
        writer.property("PRODID", "-//swift-sales-competency//sco reinforcement calendar//EN")
        writer.property("CALSCALE", "GREGORIAN")
        writer.property("METHOD", "PUBLISH")
        writer.text("X-WR-CALNAME", "Reinforcements: \(investmentName) (\(managerID?.rawValue ?? "no manager"))")
        writer.text("X-WR-TIMEZONE", zoneName)
        let utc = isUTC
        if !utc, let first = sessions.first, let last = sessions.last {
            writeTimeZone(
                &writer, from: first.scheduledOn.adding(days: -1).start(in: timeZone),
                through: last.scheduledOn.adding(days: 2).start(in: timeZone))
        }
        let stamp = ICalendarWriter.localDateTime(clock.now, in: TimeZone(identifier: "UTC")!) + "Z"
        for session in sessions {
            let start = self.start(of: session)
            writer.property("BEGIN", "VEVENT")
            writer.text("UID", session.uid)
            writer.property("DTSTAMP", stamp)
            if utc {
                writer.property("DTSTART", ICalendarWriter.localDateTime(start, in: timeZone) + "Z")
            } else {
                writer.property(
                    "DTSTART", ICalendarWriter.localDateTime(start, in: timeZone),
                    parameters: "TZID=" + ICalendarWriter.parameterValue(timeZone.identifier))
            }
            writer.property("DURATION", "PT\(durationMinutes)M")
            writer.property("SEQUENCE", "0")
            writer.text(
                "SUMMARY", "Reinforcement \(session.number) of \(planDays.count): \(session.repID) – \(investmentName)")
            writer.text("DESCRIPTION", description(of: session))
            writer.text("CATEGORIES", "Reinforcement")
            writer.property("STATUS", "CONFIRMED")
            writer.property("TRANSP", "OPAQUE")
            writer.property("END", "VEVENT")
        }
        writer.property("END", "VCALENDAR")
        return writer.text
    }

    /// One iCalendar file per manager (see ``iCalendar(for:clock:)``), in the order of ``managers``.
    ///
    /// - Parameter clock: Gives the `DTSTAMP`.
    /// - Returns: The files.
    /// - Complexity: O(m × n) for m managers and n sessions.
    public func iCalendarFiles(clock: any WallClock) -> [CalendarFile] {
        managers.map { manager in
            CalendarFile(
                managerID: manager,
                fileName: manager.map { "manager-\(ReinforcementSession.safeName($0.rawValue)).ics" }
                    ?? "no-manager.ics",
                text: iCalendar(for: manager, clock: clock))
        }
    }

    /// The time zone's name as the files declare it: `UTC` for UTC (Foundation calls it `GMT`), otherwise the
    /// IANA identifier.
    var zoneName: String { isUTC ? "UTC" : timeZone.identifier }

    /// Whether times are written in UTC (`Z`) rather than with a `TZID`.
    var isUTC: Bool {
        ["UTC", "GMT", "Etc/UTC", "Etc/GMT", "Etc/Universal", "Universal", "Zulu"].contains(timeZone.identifier)
    }

    /// The session's details for the event description.
    func description(of session: ReinforcementSession) -> String {
        var text =
            "Reinforcement session \(session.number) of \(planDays.count) of \(investmentName) "
            + "(\(investmentID)) with \(session.repID)"
        text += ", enrolled on \(session.participant.enrolledOn)"
        text += ".\nPlan day \(session.planDay): due on \(session.dueOn)"
        if session.scheduledOn != session.dueOn { text += ", moved to the next working day" }
        text += ".\nRecord it as held: \(session.repID),\(investmentID),YYYY-MM-DD."
        return text
    }

    /// Writes a `VTIMEZONE` whose observances give the offset in force from `start` and every change through
    /// `end`, each as its own onset (no recurrence rules to get wrong).
    private func writeTimeZone(_ writer: inout ICalendarWriter, from start: Date, through end: Date) {
        writer.property("BEGIN", "VTIMEZONE")
        writer.property("TZID", ICalendarWriter.escape(timeZone.identifier))
        func observance(_ onset: String, from: Int, to: Int, daylight: Bool, name: String?) {
            let kind = daylight ? "DAYLIGHT" : "STANDARD"
            writer.property("BEGIN", kind)
            writer.property("DTSTART", onset)
            writer.property("TZOFFSETFROM", ICalendarWriter.offset(from))
            writer.property("TZOFFSETTO", ICalendarWriter.offset(to))
            if let name, !name.isEmpty { writer.text("TZNAME", name) }
            writer.property("END", kind)
        }
        let initial = timeZone.secondsFromGMT(for: start)
        observance(
            "19700101T000000", from: initial, to: initial, daylight: timeZone.isDaylightSavingTime(for: start),
            name: timeZone.abbreviation(for: start))
        var moment = start
        while let change = timeZone.nextDaylightSavingTimeTransition(after: moment), change <= end {
            let before = timeZone.secondsFromGMT(for: change.addingTimeInterval(-1))
            let after = timeZone.secondsFromGMT(for: change)
            observance(
                ICalendarWriter.localDateTime(change, offset: before),
                from: before, to: after, daylight: timeZone.isDaylightSavingTime(for: change),
                name: timeZone.abbreviation(for: change))
            moment = change
        }
        writer.property("END", "VTIMEZONE")
    }
}
