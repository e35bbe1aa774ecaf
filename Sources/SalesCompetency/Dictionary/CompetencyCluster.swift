/// A group of foundational competencies: partnering, insight, solution or effectiveness.
public struct CompetencyCluster: Hashable, Sendable, Codable, Identifiable {
    /// The stable identifier of a cluster, for example `partnering`.
    public struct ID: StringIdentifier {
        /// The raw string.
        public let rawValue: String
        /// Creates an identifier from its raw string.
        public init(rawValue: String) { self.rawValue = rawValue }
    }

    /// The stable identifier.
    public var id: ID
    /// The display name, for example "Partnering Competencies".
    public var name: String
    /// What the competencies of the cluster have in common.
    public var summary: String
    /// Other names that resolve to this cluster.
    public var aliases: [String]

    /// Creates a cluster.
    public init(id: ID, name: String, summary: String = "", aliases: [String] = []) {
        self.id = id
        self.name = name
        self.summary = summary
        self.aliases = aliases
    }
}

extension CompetencyCluster {
    enum CodingKeys: String, CodingKey {
        case id, name, summary, aliases
    }

    /// Decodes a cluster; `id` and `name` are required, the other fields default to empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(ID.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            summary: try container.decodeIfPresent(String.self, forKey: .summary) ?? "",
            aliases: try container.decodeIfPresent([String].self, forKey: .aliases) ?? [])
    }
}
