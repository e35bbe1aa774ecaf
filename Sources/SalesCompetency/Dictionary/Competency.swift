/// A foundational competency: a focused, narrow area of knowledge, skill and ability, common to every sales
/// role, such as "Communicating Effectively".
public struct Competency: Hashable, Sendable, Codable, Identifiable {
    /// The stable identifier of a competency, for example `communicating-effectively`.
    public struct ID: StringIdentifier {
        /// The raw string.
        public let rawValue: String
        /// Creates an identifier from its raw string.
        public init(rawValue: String) { self.rawValue = rawValue }
    }

    /// The stable identifier.
    public var id: ID
    /// The display name.
    public var name: String
    /// The cluster the competency belongs to.
    public var clusterID: CompetencyCluster.ID
    /// What the competency means, in the project's own words.
    public var definition: String
    /// The observable behaviours that show the competency.
    public var keyActions: [KeyAction]
    /// Other names that resolve to this competency.
    public var aliases: [String]
    /// Whether the competency is retired: still resolvable for history, not offered for new rules.
    public var isRetired: Bool

    /// Creates a competency.
    public init(
        id: ID, name: String, clusterID: CompetencyCluster.ID, definition: String = "",
        keyActions: [KeyAction] = [], aliases: [String] = [], isRetired: Bool = false
    ) {
        self.id = id
        self.name = name
        self.clusterID = clusterID
        self.definition = definition
        self.keyActions = keyActions
        self.aliases = aliases
        self.isRetired = isRetired
    }
}

/// An observable behaviour: a short title and a description in the project's own words.
public struct KeyAction: Hashable, Sendable, Codable {
    /// The short label, for example "Demonstrates active listening".
    public var title: String
    /// What the behaviour looks like.
    public var description: String

    /// Creates a key action.
    public init(title: String, description: String = "") {
        self.title = title
        self.description = description
    }
}

extension Competency {
    enum CodingKeys: String, CodingKey {
        case id, name, clusterID, definition, keyActions, aliases, isRetired
    }

    /// Decodes a competency; `id`, `name` and `clusterID` are required, the other fields default to empty or
    /// `false`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(ID.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            clusterID: try container.decode(CompetencyCluster.ID.self, forKey: .clusterID),
            definition: try container.decodeIfPresent(String.self, forKey: .definition) ?? "",
            keyActions: try container.decodeIfPresent([KeyAction].self, forKey: .keyActions) ?? [],
            aliases: try container.decodeIfPresent([String].self, forKey: .aliases) ?? [],
            isRetired: try container.decodeIfPresent(Bool.self, forKey: .isRetired) ?? false)
    }
}

extension KeyAction {
    enum CodingKeys: String, CodingKey {
        case title, description
    }

    /// Decodes a key action; `title` is required, `description` defaults to empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: try container.decode(String.self, forKey: .title),
            description: try container.decodeIfPresent(String.self, forKey: .description) ?? "")
    }
}
