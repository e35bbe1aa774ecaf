/// A sales role: a broad area of responsibility, a "hat" a person wears, not a job title.
///
/// The built-in model has six roles (consultant, strategist, developer, manager, analyst, administrator),
/// each with example job titles.
public struct Role: Hashable, Sendable, Codable, Identifiable {
    /// The stable identifier of a role, for example `consultant`.
    public struct ID: StringIdentifier {
        /// The raw string.
        public let rawValue: String
        /// Creates an identifier from its raw string.
        public init(rawValue: String) { self.rawValue = rawValue }
    }

    /// The stable identifier.
    public var id: ID
    /// The display name, for example "Consultant".
    public var name: String
    /// What the role does, in a sentence or two.
    public var summary: String
    /// Job titles that typically carry this role.
    public var exampleTitles: [String]
    /// Other names that resolve to this role.
    public var aliases: [String]
    /// Whether the role is retired: still resolvable for history, not offered for new rules.
    public var isRetired: Bool

    /// Creates a role.
    public init(
        id: ID, name: String, summary: String = "", exampleTitles: [String] = [], aliases: [String] = [],
        isRetired: Bool = false
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.exampleTitles = exampleTitles
        self.aliases = aliases
        self.isRetired = isRetired
    }
}

extension Role {
    enum CodingKeys: String, CodingKey {
        case id, name, summary, exampleTitles, aliases, isRetired
    }

    /// Decodes a role; `id` and `name` are required, the other fields default to empty or `false`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(ID.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            summary: try container.decodeIfPresent(String.self, forKey: .summary) ?? "",
            exampleTitles: try container.decodeIfPresent([String].self, forKey: .exampleTitles) ?? [],
            aliases: try container.decodeIfPresent([String].self, forKey: .aliases) ?? [],
            isRetired: try container.decodeIfPresent(Bool.self, forKey: .isRetired) ?? false)
    }
}
