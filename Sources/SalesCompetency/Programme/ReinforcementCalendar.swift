public import Foundation

/// The reinforcement sessions of one cohort (the enrolments of one investment), dated and assigned to each
/// participant's manager.
///
/// Each participant's sessions fall on the plan's days counted in calendar days from their own enrolment day
/// (day 0 of their forgetting curve); a session due on a weekend day or a holiday moves to the next working
/// day. Sessions start at the same local time in one explicit time zone.
///
/// ```swift
/// let plan = try ReinforcementPlanner(model: .default).plan()
/// let calendar = try ReinforcementCalendar(
///     investmentID: "bootcamp", enrolments: enrolments, roster: roster, planDays: plan.days,
///     timeZone: TimeZone(identifier: "Europe/London")!)
/// calendar.sessions(managedBy: "mgr-north")
/// ```
public struct ReinforcementCalendar: Hashable, Sendable, Encodable {
    /// One member of the cohort.
    public struct Participant: Hashable, Sendable, Codable {
        /// The participant.
        public var repID: Rep.ID
        /// Their manager, or `nil` when the roster names none.
        public var managerID: Rep.ID?
        /// Their enrolment day: day 0 of their plan.
        public var enrolledOn: Day

        /// Creates a participant.
        ///
        /// - Parameters:
        ///   - repID: The participant.
        ///   - managerID: Their manager, if any.
        ///   - enrolledOn: Their enrolment day.
        public init(repID: Rep.ID, managerID: Rep.ID?, enrolledOn: Day) {
            self.repID = repID
            self.managerID = managerID
            self.enrolledOn = enrolledOn
        }
    }

    /// The version of the JSON shape this type encodes to (its properties, camelCase; the time zone as
    /// `{"identifier": …}`).
    public let schemaVersion = 1
    /// The investment whose cohort this is.
    public let investmentID: Investment.ID
    /// The investment's name, for event titles; its id when no name was given.
    public let investmentName: String
    /// The plan: the days after enrolment of each session, strictly increasing, each at least 1.
    public let planDays: [Int]
    /// Which days sessions may fall on.
    public let workingDays: WorkingDays
    /// The time zone of the session times.
    public let timeZone: TimeZone
    /// The local start time, in minutes after midnight.
    public let startMinute: Int
    /// How long a session lasts, in minutes.
    public let durationMinutes: Int
    /// The participants, in enrolment order.
    public let participants: [Participant]
    /// The sessions, ordered by scheduled day, then manager, participant and number.
    public let sessions: [ReinforcementSession]

    /// Plans the cohort's sessions.
    ///
    /// - Parameters:
    ///   - investmentID: The investment; its enrolments make the cohort.
    ///   - investmentName: A name for event titles; default the id.
    ///   - enrolments: Enrolments of any investments; those of `investmentID` are used.
    ///   - roster: Gives each participant's manager.
    ///   - planDays: The days after enrolment of each session (``ReinforcementPlan/days``), strictly increasing,
    ///     each at least 1.
    ///   - workingDays: The weekend and holidays; default Saturday and Sunday off.
    ///   - timeZone: The time zone of the session times.
    ///   - startMinute: The local start time in minutes after midnight, 0…1439; default 540 (09:00).
    ///   - durationMinutes: The length of a session, 1…1440; default 30.
    /// - Throws: ``ValidationError``: `.danglingReference` naming `investmentID` when nobody is enrolled in it (an
    ///   unknown cohort) or `repID` when a participant is not on the roster; `.outOfRange` naming
    ///   `planDays`, `startMinute` or `durationMinutes`.
    /// - Complexity: O(p × s × log(p × s)) for p participants and s sessions, plus the holidays skipped.
    public init(
        investmentID: Investment.ID, investmentName: String? = nil, enrolments: some Sequence<Enrolment>,
        roster: Roster, planDays: [Int], workingDays: WorkingDays = .default, timeZone: TimeZone,
        startMinute: Int = 540, durationMinutes: Int = 30
    ) throws {
        let subject = "cohort \(investmentID)"
        for (index, day) in planDays.enumerated() where day < 1 || (index > 0 && day <= planDays[index - 1]) {
            throw ValidationError(
                .outOfRange, subject: subject, field: "planDays[\(index)]",
                message: "plan days must be at least 1 and strictly increasing, found \(day)")
        }
        guard (0..<1440).contains(startMinute) else {
            throw ValidationError(
                .outOfRange, subject: subject, field: "startMinute",
                message: "must be between 0 and 1439 minutes after midnight, found \(startMinute)")
        }
        guard (1...1440).contains(durationMinutes) else {
            throw ValidationError(
                .outOfRange, subject: subject, field: "durationMinutes",
                message: "must be between 1 and 1440, found \(durationMinutes)")
        }
        var participants: [Participant] = []
        for enrolment in enrolments where enrolment.investmentID == investmentID {
            guard let rep = roster[enrolment.repID] else {
                throw ValidationError(
                    .danglingReference, subject: subject, field: "repID",
                    message: "participant \(ErrorText.quoted(enrolment.repID)) is not on the roster")
            }
            participants.append(
                Participant(repID: rep.id, managerID: rep.managerID, enrolledOn: enrolment.enrolledOn))
        }
        guard !participants.isEmpty else {
            throw ValidationError(
                .danglingReference, subject: subject, field: "investmentID",
                message: "nobody is enrolled in \(ErrorText.quoted(investmentID)), so there is no cohort to plan for")
        }
        var sessions: [ReinforcementSession] = []
        sessions.reserveCapacity(participants.count * planDays.count)
        for participant in participants {
            for (index, planDay) in planDays.enumerated() {
                sessions.append(
                    ReinforcementSession(
                        investmentID: investmentID, participant: participant, number: index + 1, planDay: planDay,
                        scheduledOn: workingDays.nextWorkingDay(onOrAfter: participant.enrolledOn.adding(days: planDay))
                    ))
            }
        }
        sessions.sort {
            ($0.scheduledOn, $0.managerID?.rawValue ?? "", $0.repID.rawValue, $0.number)
                < ($1.scheduledOn, $1.managerID?.rawValue ?? "", $1.repID.rawValue, $1.number)
        }
        self.investmentID = investmentID
        self.investmentName = investmentName ?? investmentID.rawValue
        self.planDays = planDays
        self.workingDays = workingDays
        self.timeZone = timeZone
        self.startMinute = startMinute
        self.durationMinutes = durationMinutes
        self.participants = participants
        self.sessions = sessions
    }

    /// The managers who hold sessions, sorted by id; `nil` (listed last) stands for participants without one.
    ///
    /// - Complexity: O(n log n) in the sessions.
    public var managers: [Rep.ID?] {
        let ids = Set(sessions.compactMap(\.managerID)).sorted()
        return ids.map { Optional($0) } + (sessions.contains { $0.managerID == nil } ? [nil] : [])
    }

    /// The sessions one manager holds, in calendar order.
    ///
    /// - Parameter managerID: The manager, or `nil` for the participants without one.
    /// - Returns: The sessions.
    /// - Complexity: O(n) in the sessions.
    public func sessions(managedBy managerID: Rep.ID?) -> [ReinforcementSession] {
        sessions.filter { $0.managerID == managerID }
    }

    /// The instant a session starts: its scheduled day at ``startMinute`` in ``timeZone``.
    ///
    /// A local time that a daylight-saving change skips is taken in the offset in force before the change.
    ///
    /// - Parameter session: A session of this calendar.
    /// - Returns: The start instant.
    public func start(of session: ReinforcementSession) -> Date {
        let local = Double(session.scheduledOn.daysSinceEpoch * 86_400 + startMinute * 60)
        let guess = Date(
            timeIntervalSince1970: local - Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: local))))
        return Date(timeIntervalSince1970: local - Double(timeZone.secondsFromGMT(for: guess)))
    }
}
