/// The enrolments of an organisation: who took part in which investment, and when.
///
/// A person appears at most once per investment. An impact analysis splits reps into the participants of an
/// investment (``enrolments(in:)``) and a comparison group of reps never enrolled in it.
///
/// ```swift
/// let list = try EnrolmentList(csvFile: "enrolments.csv", roster: roster, investments: ["bootcamp-2025"])
/// list.enrolments(in: "bootcamp-2025").count
/// ```
public struct EnrolmentList: Hashable, Sendable, Codable, RandomAccessCollection {
    /// The enrolments, in the order given.
    public let enrolments: [Enrolment]

    /// Creates a list.
    ///
    /// - Parameter enrolments: The enrolments.
    /// - Throws: ``ValidationError`` with code `.duplicateID` when a person is enrolled twice in one investment.
    /// - Complexity: O(n).
    public init(_ enrolments: [Enrolment]) throws {
        if let (_, second) = EnrolmentList.firstDuplicate(in: enrolments) {
            let enrolment = enrolments[second]
            throw ValidationError(
                .duplicateID, item: "enrolment \(enrolment.repID) in \(enrolment.investmentID)",
                message: "rep \"\(enrolment.repID)\" is enrolled twice in \"\(enrolment.investmentID)\"")
        }
        self.enrolments = enrolments
    }

    /// The positions of the first repeated (rep, investment) pair, or `nil`.
    static func firstDuplicate(in enrolments: [Enrolment]) -> (Int, Int)? {
        var seen: [Pair: Int] = [:]
        for (index, enrolment) in enrolments.enumerated() {
            let pair = Pair(rep: enrolment.repID, investment: enrolment.investmentID)
            if let first = seen[pair] { return (first, index) }
            seen[pair] = index
        }
        return nil
    }

    struct Pair: Hashable {
        var rep: Rep.ID
        var investment: Investment.ID
    }

    /// The position of the first enrolment.
    public var startIndex: Int { enrolments.startIndex }
    /// The position after the last enrolment.
    public var endIndex: Int { enrolments.endIndex }
    /// The enrolment at `position`.
    public subscript(position: Int) -> Enrolment { enrolments[position] }

    /// The investments that have enrolments, sorted by id.
    ///
    /// - Complexity: O(n log n).
    public var investmentIDs: [Investment.ID] {
        Array(Set(enrolments.map(\.investmentID))).sorted { $0.rawValue < $1.rawValue }
    }

    /// The enrolments in one investment, in the order given.
    ///
    /// - Parameter investmentID: The investment.
    /// - Returns: Its enrolments; empty when nobody is enrolled in it.
    /// - Complexity: O(n).
    public func enrolments(in investmentID: Investment.ID) -> [Enrolment] {
        enrolments.filter { $0.investmentID == investmentID }
    }

    /// The enrolment of one person in one investment, or `nil`.
    ///
    /// - Parameters:
    ///   - repID: The person.
    ///   - investmentID: The investment.
    /// - Returns: The enrolment, or `nil` when the person is not enrolled in it.
    /// - Complexity: O(n).
    public func enrolment(of repID: Rep.ID, in investmentID: Investment.ID) -> Enrolment? {
        enrolments.first { $0.repID == repID && $0.investmentID == investmentID }
    }

    /// Decodes a list from an array of enrolments, rejecting a person enrolled twice in one investment.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for a duplicate.
    public init(from decoder: any Decoder) throws {
        let enrolments = try [Enrolment](from: decoder)
        guard EnrolmentList.firstDuplicate(in: enrolments) == nil else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "a rep is enrolled twice in one investment"))
        }
        self.enrolments = enrolments
    }

    /// Encodes the list as an array of enrolments.
    public func encode(to encoder: any Encoder) throws { try enrolments.encode(to: encoder) }
}
