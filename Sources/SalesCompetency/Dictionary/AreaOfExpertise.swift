/// An area of expertise (AOE): knowledge and skill in a sales specialty such as "Creating and Closing
/// Opportunities".
public struct AreaOfExpertise: Hashable, Sendable, Codable, Identifiable {
    /// The stable identifier of an area of expertise, for example `creating-and-closing-opportunities`.
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
    /// What the area covers, in the project's own words.
    public var definition: String
    /// Knowledge items, as short labels.
    public var knowledge: [String]
    /// Abilities, as short labels.
    public var abilities: [String]
    /// The observable behaviours of the area.
    public var keyActions: [KeyAction]
    /// Sample outputs of the area, as short labels.
    public var sampleOutputs: [String]
    /// Other names that resolve to this area.
    public var aliases: [String]
    /// Whether the area is retired: still resolvable for history, not offered for new mappings.
    public var isRetired: Bool

    /// Creates an area of expertise.
    public init(
        id: ID, name: String, definition: String = "", knowledge: [String] = [], abilities: [String] = [],
        keyActions: [KeyAction] = [], sampleOutputs: [String] = [], aliases: [String] = [], isRetired: Bool = false
    ) {
        self.id = id
        self.name = name
        self.definition = definition
        self.knowledge = knowledge
        self.abilities = abilities
        self.keyActions = keyActions
        self.sampleOutputs = sampleOutputs
        self.aliases = aliases
        self.isRetired = isRetired
    }
}

extension AreaOfExpertise {
    enum CodingKeys: String, CodingKey {
        case id, name, definition, knowledge, abilities, keyActions, sampleOutputs, aliases, isRetired
    }

    /// Decodes an area of expertise; `id` and `name` are required, the other fields default to empty or `false`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(ID.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            definition: try container.decodeIfPresent(String.self, forKey: .definition) ?? "",
            knowledge: try container.decodeIfPresent([String].self, forKey: .knowledge) ?? [],
            abilities: try container.decodeIfPresent([String].self, forKey: .abilities) ?? [],
            keyActions: try container.decodeIfPresent([KeyAction].self, forKey: .keyActions) ?? [],
            sampleOutputs: try container.decodeIfPresent([String].self, forKey: .sampleOutputs) ?? [],
            aliases: try container.decodeIfPresent([String].self, forKey: .aliases) ?? [],
            isRetired: try container.decodeIfPresent(Bool.self, forKey: .isRetired) ?? false)
    }
}
