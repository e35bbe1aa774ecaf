/// Which foundational competencies each area of expertise draws on: many-to-many, queried both ways.
///
/// The source says every area of expertise incorporates several competencies but does not say which, so the
/// default is empty and hosts fill it in.
///
/// ```swift
/// var map = ExpertiseCompetencyMap()
/// map.link("negotiating-positions", to: "creating-and-closing-opportunities")
/// map.competencies(for: "creating-and-closing-opportunities")   // negotiating-positions
/// ```
public struct ExpertiseCompetencyMap: Hashable, Sendable {
    private var table = LinkTable<AreaOfExpertise.ID, Competency.ID>()

    /// Creates an empty map, the default.
    public init() {}

    /// Creates a map from area–competency pairs.
    ///
    /// - Parameter links: The pairs; repeats are ignored.
    /// - Complexity: O(*n*) in the number of pairs.
    public init(links: some Sequence<(area: AreaOfExpertise.ID, competency: Competency.ID)>) {
        for link in links { table.insert(link.area, link.competency) }
    }

    /// The competencies an area of expertise draws on.
    ///
    /// - Parameter area: The area's id.
    /// - Returns: The competencies; empty when none are linked.
    public func competencies(for area: AreaOfExpertise.ID) -> Set<Competency.ID> { table.rights(for: area) }

    /// The areas of expertise that draw on a competency.
    ///
    /// - Parameter competency: The competency's id.
    /// - Returns: The areas; empty when none are linked.
    public func areas(for competency: Competency.ID) -> Set<AreaOfExpertise.ID> { table.lefts(for: competency) }

    /// The number of links.
    ///
    /// - Complexity: O(*a*) in the number of areas with links.
    public var count: Int { table.count }

    /// Links a competency to an area.
    ///
    /// - Parameters:
    ///   - competency: The competency's id.
    ///   - area: The area's id.
    /// - Returns: `true` when the link is new.
    @discardableResult
    public mutating func link(_ competency: Competency.ID, to area: AreaOfExpertise.ID) -> Bool {
        table.insert(area, competency)
    }

    /// Removes a link.
    ///
    /// - Parameters:
    ///   - competency: The competency's id.
    ///   - area: The area's id.
    /// - Returns: `true` when there was such a link.
    @discardableResult
    public mutating func unlink(_ competency: Competency.ID, from area: AreaOfExpertise.ID) -> Bool {
        table.remove(area, competency)
    }

    /// The competencies a role needs through its areas of expertise: the union over the role's areas.
    ///
    /// - Parameters:
    ///   - role: The role's id.
    ///   - roleMap: The role–area map.
    /// - Returns: The competencies linked to any area of the role.
    /// - Complexity: O(*a* × *c*) in the role's areas and their competencies.
    public func competencies(for role: Role.ID, through roleMap: RoleExpertiseMap) -> Set<Competency.ID> {
        roleMap.areas(for: role).reduce(into: []) { $0.formUnion(competencies(for: $1)) }
    }

    /// Every reference to an area or competency the dictionary does not have.
    ///
    /// - Parameter dictionary: The dictionary the map is used with.
    /// - Returns: One ``ValidationError`` with code `.danglingReference` per unknown id.
    /// - Complexity: O(*n* log *n*) in the number of links.
    public func validate(against dictionary: CompetencyDictionary) -> [ValidationError] {
        var problems: [ValidationError] = []
        for area in table.rightsByLeft.keys.sorted() where dictionary.areaOfExpertise(area) == nil {
            problems.append(
                ValidationError(
                    .danglingReference, subject: "mapping \(area)", field: "area",
                    message: "unknown area of expertise \(ErrorText.quoted(area))"))
        }
        for competency in table.leftsByRight.keys.sorted() where dictionary.competency(competency) == nil {
            problems.append(
                ValidationError(
                    .danglingReference, subject: "mapping \(competency)", field: "competency",
                    message: "unknown competency \(ErrorText.quoted(competency))"))
        }
        return problems
    }
}

extension ExpertiseCompetencyMap: Codable {
    enum CodingKeys: String, CodingKey {
        case schemaVersion, competenciesByArea
    }

    /// Decodes `{"schemaVersion": 1, "competenciesByArea": {"area-id": ["competency-id", ...]}}`.
    ///
    /// - Throws: ``ValidationError`` with code `.unsupportedSchemaVersion` for another version, `DecodingError` for
    ///   a document of the wrong shape.
    public init(from decoder: any Decoder) throws {
        table = try LinkTable(
            from: try decoder.container(keyedBy: CodingKeys.self), schemaVersion: RoleExpertiseMap.schemaVersion,
            versionKey: .schemaVersion, linksKey: .competenciesByArea)
    }

    /// Encodes the map with sorted area ids and competency ids.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try table.encode(
            to: &container, schemaVersion: RoleExpertiseMap.schemaVersion, versionKey: .schemaVersion,
            linksKey: .competenciesByArea)
    }
}
