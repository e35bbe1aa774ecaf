/// The sales competency dictionary: roles, clusters, foundational competencies and areas of expertise.
///
/// Use ``builtIn`` for the World-Class Sales Competency Model, or build a custom one with the throwing
/// initialiser, the editing methods (`add(_:)`, ``renameCompetency(_:to:)``,
/// ``retireCompetency(_:)`` and their kin) or the JSON import (``init(json:file:)``). Every dictionary is valid:
/// ids are unique per kind, references resolve, names are not empty, and no name or alias resolves to two items
/// of the same kind.
///
/// ```swift
/// let dictionary = CompetencyDictionary.builtIn
/// dictionary.resolveCompetency("aligning to customers' needs")?.id   // aligning-to-customers
/// ```
public struct CompetencyDictionary: Sendable {
    /// The JSON schema version this library writes and reads.
    public static let schemaVersion = 1

    /// The dictionary's own version label, such as `2.1`; not empty.
    public private(set) var version: String
    /// The first day on which this version of the dictionary applies.
    public private(set) var effectiveDate: Day
    /// The sales roles, in display order.
    public private(set) var roles: [Role]
    /// The competency clusters, in display order.
    public private(set) var clusters: [CompetencyCluster]
    /// The foundational competencies, in display order, retired ones included.
    public private(set) var competencies: [Competency]
    /// The areas of expertise, in display order, retired ones included.
    public private(set) var areasOfExpertise: [AreaOfExpertise]

    /// The id and name index, rebuilt whenever the content changes.
    private(set) var index: LookupIndex

    /// Creates a dictionary and checks it.
    ///
    /// - Parameters:
    ///   - version: A version label for this edition of the dictionary; not empty.
    ///   - effectiveDate: The first day on which it applies.
    ///   - roles: The sales roles.
    ///   - clusters: The competency clusters.
    ///   - competencies: The foundational competencies; each must name one of `clusters`.
    ///   - areasOfExpertise: The areas of expertise.
    /// - Throws: The first ``ValidationError`` that
    ///   ``validate(version:effectiveDate:roles:clusters:competencies:areasOfExpertise:)`` reports.
    /// - Complexity: O(*n*) in the total number of items and aliases.
    public init(
        version: String, effectiveDate: Day, roles: [Role], clusters: [CompetencyCluster], competencies: [Competency],
        areasOfExpertise: [AreaOfExpertise]
    ) throws {
        let problems = Self.validate(
            version: version, effectiveDate: effectiveDate, roles: roles, clusters: clusters,
            competencies: competencies, areasOfExpertise: areasOfExpertise)
        if let first = problems.first { throw first }
        self.init(
            unchecked: version, effectiveDate: effectiveDate, roles: roles, clusters: clusters,
            competencies: competencies, areasOfExpertise: areasOfExpertise)
    }

    /// Creates a dictionary from content known to be valid (the built-in model, or content just validated).
    init(
        unchecked version: String, effectiveDate: Day, roles: [Role], clusters: [CompetencyCluster],
        competencies: [Competency], areasOfExpertise: [AreaOfExpertise]
    ) {
        self.version = version
        self.effectiveDate = effectiveDate
        self.roles = roles
        self.clusters = clusters
        self.competencies = competencies
        self.areasOfExpertise = areasOfExpertise
        self.index = LookupIndex(
            roles: roles, clusters: clusters, competencies: competencies, areasOfExpertise: areasOfExpertise)
    }

    /// The competency with `id`, retired or not, or `nil`.
    ///
    /// - Parameter id: The competency's id.
    /// - Returns: The competency, or `nil` when there is none with that id.
    public func competency(_ id: Competency.ID) -> Competency? {
        index.competencies.position(ofID: id.rawValue).map { competencies[$0] }
    }

    /// The role with `id`, retired or not, or `nil`.
    ///
    /// - Parameter id: The role's id.
    /// - Returns: The role, or `nil` when there is none with that id.
    public func role(_ id: Role.ID) -> Role? {
        index.roles.position(ofID: id.rawValue).map { roles[$0] }
    }

    /// The cluster with `id`, or `nil`.
    ///
    /// - Parameter id: The cluster's id.
    /// - Returns: The cluster, or `nil` when there is none with that id.
    public func cluster(_ id: CompetencyCluster.ID) -> CompetencyCluster? {
        index.clusters.position(ofID: id.rawValue).map { clusters[$0] }
    }

    /// The area of expertise with `id`, retired or not, or `nil`.
    ///
    /// - Parameter id: The area's id.
    /// - Returns: The area, or `nil` when there is none with that id.
    public func areaOfExpertise(_ id: AreaOfExpertise.ID) -> AreaOfExpertise? {
        index.areasOfExpertise.position(ofID: id.rawValue).map { areasOfExpertise[$0] }
    }

    /// The competencies of a cluster, in display order, retired ones included.
    ///
    /// - Parameter cluster: The cluster's id.
    /// - Returns: The competencies whose ``Competency/clusterID`` is `cluster`.
    /// - Complexity: O(*n*) in the number of competencies.
    public func competencies(in cluster: CompetencyCluster.ID) -> [Competency] {
        competencies.filter { $0.clusterID == cluster }
    }
}

extension CompetencyDictionary: Hashable {
    /// Whether two dictionaries have the same version, effective date and content.
    public static func == (lhs: CompetencyDictionary, rhs: CompetencyDictionary) -> Bool {
        lhs.version == rhs.version && lhs.effectiveDate == rhs.effectiveDate && lhs.roles == rhs.roles
            && lhs.clusters == rhs.clusters && lhs.competencies == rhs.competencies
            && lhs.areasOfExpertise == rhs.areasOfExpertise
    }

    /// Hashes the version, effective date and content.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(version)
        hasher.combine(effectiveDate)
        hasher.combine(roles)
        hasher.combine(clusters)
        hasher.combine(competencies)
        hasher.combine(areasOfExpertise)
    }
}
