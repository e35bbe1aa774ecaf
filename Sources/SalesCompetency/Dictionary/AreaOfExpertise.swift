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
