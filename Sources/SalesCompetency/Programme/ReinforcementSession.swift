/// One planned reinforcement: a participant of a cohort meets their manager to practise again on a given day.
///
/// ``ReinforcementCalendar`` creates the sessions; a host reads them.
public struct ReinforcementSession: Hashable, Sendable, Codable {
    /// The investment (the training) being reinforced.
    public var investmentID: Investment.ID
    /// The participant, their manager and their enrolment day.
    public var participant: ReinforcementCalendar.Participant
    /// The session's place in the plan, from 1.
    public var number: Int
    /// The days after the participant's enrolment that the plan asks for.
    public var planDay: Int
    /// The day the session is in the calendar: ``dueOn``, or the next working day when that is a weekend day or
    /// a holiday.
    public var scheduledOn: Day

    /// The participant.
    public var repID: Rep.ID { participant.repID }
    /// The participant's manager, who holds the session; `nil` when the roster names none.
    public var managerID: Rep.ID? { participant.managerID }
    /// The participant's enrolment day plus ``planDay``: the day the plan asks for.
    public var dueOn: Day { participant.enrolledOn.adding(days: planDay) }

    /// The calendar identifier, stable across exports: the same participant, investment and session number
    /// always give the same one, so a re-imported calendar updates the event instead of adding another.
    public var uid: String { ReinforcementSession.uid(investmentID: investmentID, repID: repID, number: number) }

    /// The stable calendar identifier of a session: `reinforcement-N.INVESTMENT.REP@swift-sales-competency`,
    /// with every UTF-8 byte of the ids outside `A–Z a–z 0–9 -` written as `_` and two hex digits (`_` itself
    /// included), so distinct ids give distinct identifiers and nothing in them needs escaping. (Not `%`: some
    /// parsers, the Python `icalendar` package among them, turn `%2C` back into a comma.)
    ///
    /// - Parameters:
    ///   - investmentID: The investment.
    ///   - repID: The participant.
    ///   - number: The session number.
    /// - Returns: The identifier.
    /// - Complexity: O(n) in the length of the ids.
    public static func uid(investmentID: Investment.ID, repID: Rep.ID, number: Int) -> String {
        "reinforcement-\(number).\(safeName(investmentID.rawValue)).\(safeName(repID.rawValue))"
            + "@swift-sales-competency"
    }

    /// Writes every UTF-8 byte outside `A–Z a–z 0–9 -` as `_` and two upper-case hex digits.
    static func safeName(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "_" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
