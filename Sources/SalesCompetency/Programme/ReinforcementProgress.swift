import Foundation

/// How a cohort's reinforcement plan went: which sessions were held on time, late or not at all, and the
/// retention to expect from what actually happened, against the goal (90% a year after the training).
///
/// Held sessions count in order: a participant's first held session is their session 1, the second their
/// session 2, and so on; sessions held beyond the plan are kept as extras and count for retention. A session
/// held on or before its scheduled day is on time, after it late; a session whose day has passed (before the
/// as-of day) with nothing held is missed; one not yet due is due.
///
/// Retention follows ``RetentionTimeline`` with the days actually held (no further sessions): the expected
/// retention a year after each participant's enrolment, its mean over the cohort set against the target, and
/// the day on which the cohort's mean retention falls below the target unless another session is held.
///
/// ```swift
/// let progress = try ReinforcementProgress(
///     calendar: calendar, held: held, asOf: try Day(parsing: "2025-06-30"), model: .default)
/// progress.lateOrMissed(managedBy: "mgr-north")
/// progress.cohortFallsBelowTargetOn
/// ```
public struct ReinforcementProgress: Hashable, Sendable, Encodable {
    /// What became of a planned session.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        /// Held on or before its scheduled day.
        case onTime = "on-time"
        /// Held after its scheduled day.
        case late
        /// Its day has passed and nothing was held.
        case missed
        /// Not yet due (its day is the as-of day or later).
        case due
    }

    /// One planned session and what became of it.
    public struct SessionProgress: Hashable, Sendable, Codable {
        /// The planned session.
        public var session: ReinforcementSession
        /// The day it was held, if it was.
        public var heldOn: Day?
        /// What became of it.
        public var status: Status
        /// Days after the scheduled day it was held, when late.
        public var daysLate: Int?
    }

    /// One participant's expected retention under the sessions actually held.
    public struct ParticipantRetention: Hashable, Sendable, Codable {
        /// The participant.
        public var repID: Rep.ID
        /// Their manager.
        public var managerID: Rep.ID?
        /// Their enrolment day (day 0).
        public var enrolledOn: Day
        /// The days held, counted from enrolment.
        public var heldDays: [Int]
        /// Retention on the as-of day.
        public var retentionNow: Double
        /// Retention on the horizon day (a year after enrolment by default) with no further session.
        public var retentionAtHorizon: Double
        /// The first day retention is below the target with no further session: in the past when it already
        /// is; `nil` when it holds through the horizon.
        public var fallsBelowTargetOn: Day?
    }

    /// The version of the JSON shape this type encodes to (its properties, camelCase).
    public let schemaVersion = 1
    /// The day the progress is judged on.
    public let asOf: Day
    /// The retention to hold.
    public let target: Double
    /// The days after enrolment that must hold it.
    public let horizonDays: Int
    /// Every planned session, in calendar order.
    public let sessions: [SessionProgress]
    /// Sessions held beyond the plan.
    public let extraSessions: [HeldReinforcement]
    /// Each participant's expected retention, in enrolment order.
    public let participants: [ParticipantRetention]
    /// The cohort's mean retention on the as-of day.
    public let cohortRetentionNow: Double
    /// The mean over participants of the retention on each one's horizon day, with no further session: the
    /// retention expected under what actually happened.
    public let cohortRetentionAtHorizon: Double
    /// The first day on which the cohort's mean retention is below the target with no further session: the
    /// day it fell below when it already is on the as-of day, otherwise the next day it will; `nil` when it
    /// holds through every participant's horizon.
    public let cohortFallsBelowTargetOn: Day?

    /// Whether the expected retention at the horizon meets the target.
    public var meetsGoal: Bool { cohortRetentionAtHorizon >= target - RetentionTimeline.tolerance }

    /// Compares the sessions held with the plan.
    ///
    /// - Parameters:
    ///   - calendar: The cohort's planned sessions.
    ///   - held: Sessions held, of any investments; those of the calendar's investment count.
    ///   - asOf: The day to judge on; sessions held after it are refused.
    ///   - model: The forgetting curve after the training.
    ///   - policy: How a session strengthens memory; default ``ReinforcementPolicy/default``.
    ///   - target: The retention to hold, strictly between 0 and 1; default 0.9.
    ///   - horizonDays: The days after enrolment that must hold it, at least 1; default 365.
    /// - Throws: ``ValidationError``: `.danglingReference` naming `repID` for a session held by someone outside
    ///   the cohort, `.outOfRange` naming `heldOn` for a session held before the enrolment or after `asOf`,
    ///   or naming `target` or `horizonDays` when out of range.
    /// - Complexity: O(p × (s + h)) for p participants, s sessions each and h horizon days.
    public init(
        calendar: ReinforcementCalendar, held: some Sequence<HeldReinforcement>, asOf: Day, model: RetentionModel,
        policy: ReinforcementPolicy = .default, target: Double = 0.9, horizonDays: Int = 365
    ) throws {
        let subject = "cohort \(calendar.investmentID)"
        guard target > 0, target < 1 else {
            throw ValidationError(
                .outOfRange, subject: subject, field: "target", message: "must lie strictly between 0 and 1")
        }
        guard horizonDays >= 1, horizonDays <= ReinforcementPlanner.maximumHorizonDays else {
            throw ValidationError(
                .outOfRange, subject: subject, field: "horizonDays",
                message: "must be between 1 and \(ReinforcementPlanner.maximumHorizonDays), found \(horizonDays)")
        }
        var enrolled: [Rep.ID: ReinforcementCalendar.Participant] = [:]
        for participant in calendar.participants { enrolled[participant.repID] = participant }
        var heldBy: [Rep.ID: [Day]] = [:]
        for record in held where record.investmentID == calendar.investmentID {
            let item = "held reinforcement \(record.repID) in \(record.investmentID)"
            guard let participant = enrolled[record.repID] else {
                throw ValidationError(
                    .danglingReference, subject: item, field: "repID",
                    message:
                        "rep \(ErrorText.quoted(record.repID)) is not in the cohort of \(ErrorText.quoted(record.investmentID))"
                )
            }
            guard record.heldOn >= participant.enrolledOn else {
                throw ValidationError(
                    .outOfRange, subject: item, field: "heldOn",
                    message: "held on \(record.heldOn), before enrolling on \(participant.enrolledOn)")
            }
            guard record.heldOn <= asOf else {
                throw ValidationError(
                    .outOfRange, subject: item, field: "heldOn",
                    message: "held on \(record.heldOn), after the day of the report \(asOf)")
            }
            heldBy[record.repID, default: []].append(record.heldOn)
        }
        for key in heldBy.keys { heldBy[key] = Array(Set(heldBy[key]!)).sorted() }

        var progress: [SessionProgress] = []
        var extras: [HeldReinforcement] = []
        for session in calendar.sessions {
            let days = heldBy[session.repID] ?? []
            let index = session.number - 1
            if index < days.count {
                let day = days[index]
                let late = session.scheduledOn.days(to: day)
                progress.append(
                    SessionProgress(
                        session: session, heldOn: day, status: late > 0 ? .late : .onTime,
                        daysLate: late > 0 ? late : nil))
            } else {
                progress.append(
                    SessionProgress(
                        session: session, heldOn: nil, status: session.scheduledOn < asOf ? .missed : .due,
                        daysLate: nil))
            }
        }
        for participant in calendar.participants {
            for day in (heldBy[participant.repID] ?? []).dropFirst(calendar.planDays.count) {
                extras.append(
                    HeldReinforcement(repID: participant.repID, investmentID: calendar.investmentID, heldOn: day))
            }
        }

        var retentions: [ParticipantRetention] = []
        var timelines: [(start: Day, timeline: RetentionTimeline)] = []
        let threshold = -log(target)
        for participant in calendar.participants {
            let heldDays = (heldBy[participant.repID] ?? []).map { participant.enrolledOn.days(to: $0) }
            // A session on the enrolment day itself adds nothing (no spacing): the timeline starts there anyway.
            let timeline = try RetentionTimeline(
                model: model, policy: policy, reinforcementDays: heldDays.filter { $0 > 0 })
            timelines.append((participant.enrolledOn, timeline))
            let now = Double(participant.enrolledOn.days(to: asOf))
            let segment = timeline.segment(atDay: max(0, now))
            let crossing = Double(segment.startDay) + segment.stability * threshold
            let below = Int(crossing.rounded(.down)) + 1
            retentions.append(
                ParticipantRetention(
                    repID: participant.repID, managerID: participant.managerID, enrolledOn: participant.enrolledOn,
                    heldDays: heldDays, retentionNow: timeline.retention(atDay: now),
                    retentionAtHorizon: timeline.retention(atDay: Double(horizonDays)),
                    fallsBelowTargetOn: below <= horizonDays ? participant.enrolledOn.adding(days: below) : nil))
        }
        func mean(on day: Day) -> Double {
            timelines.reduce(0) { $0 + $1.timeline.retention(atDay: Double($1.start.days(to: day))) }
                / Double(timelines.count)
        }
        let first = calendar.participants.map(\.enrolledOn).min()!
        let last = calendar.participants.map(\.enrolledOn).max()!.adding(days: horizonDays)
        let nowMean = mean(on: asOf)
        var fallsOn: Day?
        if nowMean < target - RetentionTimeline.tolerance {
            var day = asOf
            while day > first, mean(on: day.adding(days: -1)) < target - RetentionTimeline.tolerance {
                day = day.adding(days: -1)
            }
            fallsOn = day
        } else {
            var day = asOf.adding(days: 1)
            while day <= last {
                if mean(on: day) < target - RetentionTimeline.tolerance {
                    fallsOn = day
                    break
                }
                day = day.adding(days: 1)
            }
        }
        self.asOf = asOf
        self.target = target
        self.horizonDays = horizonDays
        self.sessions = progress
        self.extraSessions = extras
        self.participants = retentions
        self.cohortRetentionNow = nowMean
        self.cohortRetentionAtHorizon = retentions.reduce(0) { $0 + $1.retentionAtHorizon } / Double(retentions.count)
        self.cohortFallsBelowTargetOn = fallsOn
    }

    /// Compares the sessions held with the plan on the day `clock` says it is in the calendar's time zone.
    ///
    /// - Parameters:
    ///   - calendar: The cohort's planned sessions.
    ///   - held: Sessions held.
    ///   - clock: Gives today.
    ///   - model: The forgetting curve after the training.
    ///   - policy: How a session strengthens memory.
    ///   - target: The retention to hold.
    ///   - horizonDays: The days after enrolment that must hold it.
    /// - Throws: ``ValidationError`` as ``init(calendar:held:asOf:model:policy:target:horizonDays:)`` does.
    /// - Complexity: O(p × (s + h)) for p participants, s sessions each and h horizon days.
    public init(
        calendar: ReinforcementCalendar, held: some Sequence<HeldReinforcement>, clock: any WallClock,
        model: RetentionModel, policy: ReinforcementPolicy = .default, target: Double = 0.9, horizonDays: Int = 365
    ) throws {
        try self.init(
            calendar: calendar, held: held, asOf: Day(clock.now, in: calendar.timeZone), model: model, policy: policy,
            target: target, horizonDays: horizonDays)
    }

    /// The late and missed sessions of one manager, in calendar order.
    ///
    /// - Parameter managerID: The manager, or `nil` for participants without one.
    /// - Returns: The sessions that were held late or not at all.
    /// - Complexity: O(n) in the sessions.
    public func lateOrMissed(managedBy managerID: Rep.ID?) -> [SessionProgress] {
        sessions.filter { $0.session.managerID == managerID && ($0.status == .late || $0.status == .missed) }
    }

    /// How many sessions have each status.
    ///
    /// - Complexity: O(n) in the sessions.
    public var counts: [Status: Int] {
        var counts: [Status: Int] = [:]
        for session in sessions { counts[session.status, default: 0] += 1 }
        return counts
    }
}
