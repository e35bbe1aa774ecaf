/// One person's place in one investment: who took part, in what, and when.
///
/// The enrolment day is day 0 of the person's own "before and after": an impact analysis compares the months
/// before it with the months after it, so that people who start on different days are each measured around
/// their own start. Reinforcement events (a refresher, a coaching session) are the days after completion when
/// the person practised again; the observed retention compares people with and without them.
///
/// ```swift
/// let enrolment = try Enrolment(
///     repID: "rep-000042", investmentID: "bootcamp-2025", enrolledOn: Day(parsing: "2025-03-03"),
///     completedOn: Day(parsing: "2025-03-07"))
/// ```
public struct Enrolment: Hashable, Sendable, Codable {
    /// The person enrolled.
    public var repID: Rep.ID
    /// The investment the person is enrolled in.
    public var investmentID: Investment.ID
    /// The day the person started.
    public var enrolledOn: Day
    /// The day the person completed, if known.
    public var completedOn: Day?
    /// The days of reinforcement events after the start (refreshers, coaching), in increasing order.
    public var reinforcedOn: [Day]

    /// Creates an enrolment.
    ///
    /// - Parameters:
    ///   - repID: The person enrolled.
    ///   - investmentID: The investment.
    ///   - enrolledOn: The day the person started.
    ///   - completedOn: The day the person completed, if known; not before `enrolledOn`.
    ///   - reinforcedOn: The days of reinforcement events; none before `enrolledOn`. They are sorted.
    /// - Throws: ``ValidationError`` with code `.valueOutOfRange` naming `completedOn` or `reinforcedOn` when a
    ///   day falls before the start, `.invalidID` when an id is empty.
    public init(
        repID: Rep.ID, investmentID: Investment.ID, enrolledOn: Day, completedOn: Day? = nil,
        reinforcedOn: [Day] = []
    ) throws {
        let subject = "enrolment \(repID) in \(investmentID)"
        guard !repID.rawValue.isEmpty else {
            throw ValidationError(.invalidID, item: subject, field: "repID", message: "the rep id is empty")
        }
        guard !investmentID.rawValue.isEmpty else {
            throw ValidationError(
                .invalidID, item: subject, field: "investmentID", message: "the investment id is empty")
        }
        let reinforcements = reinforcedOn.sorted()
        for (field, day) in [("completedOn", completedOn), ("reinforcedOn", reinforcements.first)] {
            guard let day, day < enrolledOn else { continue }
            throw ValidationError(
                .valueOutOfRange, item: subject, field: field,
                message: "\(day) is before the enrolment on \(enrolledOn)")
        }
        (self.repID, self.investmentID) = (repID, investmentID)
        (self.enrolledOn, self.completedOn, self.reinforcedOn) = (enrolledOn, completedOn, reinforcements)
    }

    /// Whether the enrolment has at least one reinforcement event.
    public var isReinforced: Bool { !reinforcedOn.isEmpty }

    private struct Stored: Decodable {
        var repID: Rep.ID, investmentID: Investment.ID, enrolledOn: Day, completedOn: Day?, reinforcedOn: [Day]?
    }

    /// Decodes an enrolment, checking the same invariants as the initialiser; a missing `reinforcedOn` is none.
    ///
    /// - Throws: `DecodingError.dataCorrupted` when a day falls before the start or an id is empty.
    public init(from decoder: any Decoder) throws {
        let stored = try Stored(from: decoder)
        do {
            try self.init(
                repID: stored.repID, investmentID: stored.investmentID, enrolledOn: stored.enrolledOn,
                completedOn: stored.completedOn, reinforcedOn: stored.reinforcedOn ?? [])
        } catch let error as ValidationError {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(error)"))
        }
    }
}
