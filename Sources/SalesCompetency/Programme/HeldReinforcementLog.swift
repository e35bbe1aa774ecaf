/// The reinforcement sessions held, as managers recorded them: `rep_id,investment_id,held_on`.
///
/// ```swift
/// let held = try HeldReinforcementLog(csvFile: "held.csv", enrolments: enrolments)
/// ```
public struct HeldReinforcementLog: Hashable, Sendable, Codable, RandomAccessCollection {
    /// The sessions held, in the order given.
    public let records: [HeldReinforcement]

    /// Creates a log, checking each record against the enrolments when given.
    ///
    /// - Parameters:
    ///   - records: The sessions held.
    ///   - enrolments: When given, each record's participant must be enrolled in its investment, on or before the
    ///     day it was held.
    /// - Throws: ``ValidationError``: `.danglingReference` for a participant not enrolled in the investment,
    ///   `.outOfRange` for a session held before the enrolment, `.duplicateID` for a session recorded twice.
    /// - Complexity: O(n + e) for n records and e enrolments.
    public init(_ records: [HeldReinforcement], enrolments: [Enrolment]? = nil) throws {
        if let problem = HeldReinforcementLog.firstProblem(in: records, enrolments: enrolments) {
            throw problem.error
        }
        self.records = records
    }

    /// The first record that breaks a rule, with its position and the field at fault.
    static func firstProblem(
        in records: [HeldReinforcement], enrolments: [Enrolment]?
    ) -> (index: Int, field: String, error: ValidationError)? {
        var enrolled: [EnrolmentList.Pair: Day] = [:]
        for enrolment in enrolments ?? [] {
            enrolled[EnrolmentList.Pair(rep: enrolment.repID, investment: enrolment.investmentID)] =
                enrolment.enrolledOn
        }
        var seen: Set<HeldReinforcement> = []
        for (index, record) in records.enumerated() {
            let subject = "held reinforcement \(record.repID) in \(record.investmentID)"
            if enrolments != nil {
                guard let day = enrolled[EnrolmentList.Pair(rep: record.repID, investment: record.investmentID)] else {
                    return (
                        index, "rep_id",
                        ValidationError(
                            .danglingReference, subject: subject, field: "repID",
                            message:
                                "rep \(ErrorText.quoted(record.repID)) is not enrolled in \(ErrorText.quoted(record.investmentID))"
                        )
                    )
                }
                guard record.heldOn >= day else {
                    return (
                        index, "held_on",
                        ValidationError(
                            .outOfRange, subject: subject, field: "heldOn",
                            message: "held on \(record.heldOn), before enrolling on \(day)")
                    )
                }
            }
            guard seen.insert(record).inserted else {
                return (
                    index, "held_on",
                    ValidationError(
                        .duplicateID, subject: subject, field: "heldOn",
                        message: "the session on \(record.heldOn) is recorded twice")
                )
            }
        }
        return nil
    }

    /// The position of the first record.
    public var startIndex: Int { records.startIndex }
    /// The position after the last record.
    public var endIndex: Int { records.endIndex }
    /// The record at `position`.
    public subscript(position: Int) -> HeldReinforcement { records[position] }
}
