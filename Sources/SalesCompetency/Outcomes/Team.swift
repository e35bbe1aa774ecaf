/// A sales team: the reps who report to one manager, a regional office, or the whole organisation, as the
/// host groups them.
///
/// Outcome figures, capacity indicators and competence indices are given per team. A ``TeamMap`` says
/// which team each rep belongs to.
public struct Team: Hashable, Sendable, Codable, Identifiable {
    /// The identifier of a team, for example a manager's rep id or a region name.
    public struct ID: StringIdentifier {
        /// The raw string.
        public let rawValue: String
        /// Creates an identifier from its raw string.
        public init(rawValue: String) { self.rawValue = rawValue }
    }

    /// The identifier.
    public var id: ID
    /// The reps in the team, sorted by id.
    public var members: [Rep.ID]

    /// Creates a team.
    ///
    /// - Parameters:
    ///   - id: The identifier.
    ///   - members: The reps in the team.
    public init(id: ID, members: [Rep.ID]) {
        self.id = id
        self.members = members.sorted()
    }
}
