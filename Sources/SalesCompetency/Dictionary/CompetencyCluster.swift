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
