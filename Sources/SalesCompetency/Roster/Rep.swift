/// A person in the sales organisation: a rep, a manager, a trainer — anyone with roles, scored or counted.
public struct Rep: Hashable, Sendable, Codable, Identifiable {
    /// The stable identifier of a person, as the host's HR or CRM system knows them, for example `rep-000042`.
    public struct ID: StringIdentifier {
        /// The raw string.
        public let rawValue: String
        /// Creates an identifier from its raw string.
        public init(rawValue: String) { self.rawValue = rawValue }
    }

    /// Why a person left.
    public enum Departure: String, Hashable, Sendable, Codable, CaseIterable {
        /// The person chose to leave: counts as non-induced churn.
        case voluntary
        /// The company ended the employment (performance, restructuring): induced, not counted as churn.
        case induced
    }

    /// The stable identifier.
    public var id: ID
    /// The roles the person holds; the first is the primary role, used for scoring targets.
    public var roleIDs: [Role.ID]
    /// The person's manager, if any.
    public var managerID: ID?
    /// The first day of employment, if known.
    public var hiredOn: Day?
    /// The last day of employment, if the person has left.
    public var leftOn: Day?
    /// Why the person left, if known.
    public var departure: Departure?

    /// Creates a person.
    ///
    /// - Precondition: `roles` is not empty.
    public init(
        id: ID, roleIDs: [Role.ID], managerID: ID? = nil, hiredOn: Day? = nil, leftOn: Day? = nil,
        departure: Departure? = nil
    ) {
        precondition(!roleIDs.isEmpty, "a person holds at least one role")
        self.id = id
        self.roleIDs = roleIDs
        self.managerID = managerID
        self.hiredOn = hiredOn
        self.leftOn = leftOn
        self.departure = departure
    }

    /// The primary role: the first of ``roleIDs``.
    public var primaryRoleID: Role.ID { roleIDs[0] }

    /// Whether the person was employed on `day` (hired on or before it, not left before it).
    public func isEmployed(on day: Day) -> Bool {
        if let hiredOn, day < hiredOn { return false }
        if let leftOn, day > leftOn { return false }
        return true
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case roleIDs = "roles"
        case managerID, hiredOn, leftOn, departure
    }

    /// Decodes a person, rejecting an empty list of roles (the primary role is the first).
    ///
    /// - Throws: `DecodingError.dataCorrupted` naming `roles` when it is empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let roleIDs = try container.decode([Role.ID].self, forKey: .roleIDs)
        guard !roleIDs.isEmpty else {
            throw DecodingError.dataCorruptedError(
                forKey: .roleIDs, in: container, debugDescription: "a person holds at least one role")
        }
        self.init(
            id: try container.decode(ID.self, forKey: .id), roleIDs: roleIDs,
            managerID: try container.decodeIfPresent(ID.self, forKey: .managerID),
            hiredOn: try container.decodeIfPresent(Day.self, forKey: .hiredOn),
            leftOn: try container.decodeIfPresent(Day.self, forKey: .leftOn),
            departure: try container.decodeIfPresent(Departure.self, forKey: .departure))
    }
}
