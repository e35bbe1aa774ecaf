/// The sales competency dictionary: roles, clusters, foundational competencies and areas of expertise.
///
/// Use ``builtIn`` for the World-Class Sales Competency Model, or build a custom one.
public struct CompetencyDictionary: Hashable, Sendable, Codable {
    /// The sales roles.
    public var roles: [Role]
    /// The competency clusters.
    public var clusters: [CompetencyCluster]
    /// The foundational competencies.
    public var competencies: [Competency]
    /// The areas of expertise.
    public var areasOfExpertise: [AreaOfExpertise]

    /// Creates a dictionary.
    public init(
        roles: [Role], clusters: [CompetencyCluster], competencies: [Competency], areasOfExpertise: [AreaOfExpertise]
    ) {
        self.roles = roles
        self.clusters = clusters
        self.competencies = competencies
        self.areasOfExpertise = areasOfExpertise
    }

    /// The competency with `id`, retired or not, or `nil`.
    ///
    /// - Complexity: O(n).
    public func competency(_ id: Competency.ID) -> Competency? {
        competencies.first { $0.id == id }
    }

    /// The role with `id`, retired or not, or `nil`.
    ///
    /// - Complexity: O(n).
    public func role(_ id: Role.ID) -> Role? {
        roles.first { $0.id == id }
    }

    /// The area of expertise with `id`, retired or not, or `nil`.
    ///
    /// - Complexity: O(n).
    public func areaOfExpertise(_ id: AreaOfExpertise.ID) -> AreaOfExpertise? {
        areasOfExpertise.first { $0.id == id }
    }
}
