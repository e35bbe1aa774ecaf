import Foundation

extension ReinforcementCalendar {
    /// The header of ``csvText``.
    public static let csvHeader =
        "manager_id,rep_id,investment_id,session,plan_day,enrolled_on,due_on,scheduled_on,local_time,time_zone,"
        + "starts_at,uid"

    /// The sessions as CSV, one row per session in calendar order: the manager (empty when none), participant,
    /// investment, session number, plan day, enrolment day, due day, scheduled working day, the local start
    /// `HH:MM`, the time zone, the start instant in UTC (`YYYY-MM-DDTHH:MM:SSZ`) and the calendar `UID`.
    ///
    /// - Complexity: O(n) in the sessions.
    public var csvText: String {
        var csv = CSVWriter(header: ReinforcementCalendar.csvHeader.split(separator: ",").map(String.init))
        let utc = TimeZone(identifier: "UTC")!
        let hour = String(startMinute / 60)
        let minute = String(startMinute % 60)
        let local = (hour.count == 1 ? "0" : "") + hour + ":" + (minute.count == 1 ? "0" : "") + minute
        for session in sessions {
            let stamp = ICalendarWriter.localDateTime(start(of: session), in: utc)
            let instant =
                "\(stamp.prefix(4))-\(stamp.dropFirst(4).prefix(2))-\(stamp.dropFirst(6).prefix(2))T"
                + "\(stamp.dropFirst(9).prefix(2)):\(stamp.dropFirst(11).prefix(2)):\(stamp.dropFirst(13).prefix(2))Z"
            csv.append([
                .text(session.managerID?.rawValue ?? ""), .text(session.repID.rawValue),
                .text(investmentID.rawValue), CSVWriter.number(session.number), CSVWriter.number(session.planDay),
                .text(session.participant.enrolledOn.description), .text(session.dueOn.description),
                .text(session.scheduledOn.description), .text(local), .text(zoneName), .text(instant),
                .text(session.uid),
            ])
        }
        return csv.text
    }
}
