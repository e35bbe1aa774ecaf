/// The people of the sales organisation, with unique ids and managers that resolve.
///
/// ```swift
/// let roster = try Roster(csvFile: "roster.csv")
/// roster[Rep.ID("rep-000001")]?.primaryRole
/// ```
public struct Roster: Hashable, Sendable, Codable, RandomAccessCollection {
    /// The people, in the order given.
    public private(set) var reps: [Rep]
    private var positions: [Rep.ID: Int]

    /// Creates a roster.
    ///
    /// - Throws: ``InputError`` with code `.duplicateID` for a repeated id, `.unknownID` for a manager id
    ///   that is not in the roster, `.invalidValue` for a person who leaves before being hired.
    public init(_ reps: [Rep]) throws {
        let (positions, violation) = Roster.index(reps)
        if let violation { throw violation.error }
        self.reps = reps
        self.positions = positions
    }

    /// A roster whose people ``index(_:)`` found no fault with, and their positions from it.
    init(validated reps: [Rep], positions: [Rep.ID: Int]) {
        self.reps = reps
        self.positions = positions
    }

    /// Indexes people by id and finds the first broken invariant, with the position of the person it concerns.
    static func index(_ reps: [Rep]) -> ([Rep.ID: Int], (error: InputError, position: Int)?) {
        var positions: [Rep.ID: Int] = [:]
        positions.reserveCapacity(reps.count)
        for (index, rep) in reps.enumerated() where positions.updateValue(index, forKey: rep.id) != nil {
            let error = InputError(
                .duplicateID, field: "rep_id", message: "rep \(ErrorText.quoted(rep.id)) appears twice")
            return (positions, (error, index))
        }
        return (positions, validate(reps, positions: positions))
    }

    /// The first person whose manager is not in `positions` or who leaves before being hired, with their position.
    static func validate(_ reps: [Rep], positions: [Rep.ID: Int]) -> (error: InputError, position: Int)? {
        for (index, rep) in reps.enumerated() {
            if let manager = rep.managerID, positions[manager] == nil {
                let error = InputError(
                    .unknownID, field: "manager_id",
                    message:
                        "manager \(ErrorText.quoted(manager)) of rep \(ErrorText.quoted(rep.id)) is not in the roster")
                return (error, index)
            }
            if let hired = rep.hiredOn, let left = rep.leftOn, left < hired {
                let error = InputError(
                    .invalidValue, field: "left_on",
                    message: "rep \(ErrorText.quoted(rep.id)) leaves on \(left), before being hired on \(hired)")
                return (error, index)
            }
        }
        return nil
    }

    /// The person with `id`, or `nil`.
    public subscript(id: Rep.ID) -> Rep? {
        positions[id].map { reps[$0] }
    }

    /// The position of `id` in ``reps``, or `nil`.
    public func index(of id: Rep.ID) -> Int? { positions[id] }

    /// The people who report directly to `manager`.
    ///
    /// - Complexity: O(n).
    public func directReports(of manager: Rep.ID) -> [Rep] {
        reps.filter { $0.managerID == manager }
    }

    /// The first position.
    public var startIndex: Int { reps.startIndex }
    /// One past the last position.
    public var endIndex: Int { reps.endIndex }
    /// The person at `position`.
    public subscript(position: Int) -> Rep { reps[position] }

    private enum CodingKeys: String, CodingKey { case reps }

    /// Decodes `{"reps": [...]}` and checks the same invariants as ``init(_:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(try container.decode([Rep].self, forKey: .reps))
    }

    /// Encodes as `{"reps": [...]}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reps, forKey: .reps)
    }

    /// Compares the people, in order.
    public static func == (lhs: Roster, rhs: Roster) -> Bool { lhs.reps == rhs.reps }

    /// Hashes the people, in order.
    public func hash(into hasher: inout Hasher) { hasher.combine(reps) }
}
