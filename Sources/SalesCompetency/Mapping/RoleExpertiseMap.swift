/// Which sales roles need which areas of expertise: a many-to-many relation, queried both ways.
///
/// The default, ``builtIn``, is Table A-1 of the World-Class Sales Competency Model decoded cell by cell. The
/// source calls that table illustrative, so hosts edit it (``link(_:to:)``, ``unlink(_:from:)``,
/// ``setRoles(_:for:)``) or replace it (an empty map, or one read from JSON), then check it against their
/// dictionary with ``validate(against:)``.
///
/// ```swift
/// let map = RoleExpertiseMap.builtIn
/// map.roles(for: "designing-compensation")   // consultant, strategist, analyst
/// map.areas(for: "administrator")            // protecting-accounts, supporting-indirect-selling, maintaining-accounts
/// ```
public struct RoleExpertiseMap: Hashable, Sendable {
    private var table = LinkTable<AreaOfExpertise.ID, Role.ID>()

    /// Creates an empty map.
    public init() {}

    /// Creates a map from role–area pairs.
    ///
    /// - Parameter links: The pairs; repeats are ignored.
    /// - Complexity: O(*n*) in the number of pairs.
    public init(links: some Sequence<(role: Role.ID, area: AreaOfExpertise.ID)>) {
        for link in links { table.insert(link.area, link.role) }
    }

    /// Table A-1 of the World-Class Sales Competency Model: 13 areas of expertise, 6 roles, 31 marked cells. Every area is marked for the
    /// consultant; "Managing Accounts" in the table is the area Protecting Accounts.
    public static let builtIn = RoleExpertiseMap(
        links: tableA1Rows.flatMap { row in row.roles.map { (role: $0, area: row.area) } })

    /// The roles linked to an area of expertise.
    ///
    /// - Parameter area: The area's id.
    /// - Returns: The roles that need the area; empty when none (or the area is unknown).
    public func roles(for area: AreaOfExpertise.ID) -> Set<Role.ID> { table.rights(for: area) }

    /// The areas of expertise linked to a role.
    ///
    /// - Parameter role: The role's id.
    /// - Returns: The areas the role needs; empty when none (or the role is unknown).
    public func areas(for role: Role.ID) -> Set<AreaOfExpertise.ID> { table.lefts(for: role) }

    /// Whether a role is linked to an area.
    ///
    /// - Parameters:
    ///   - role: The role's id.
    ///   - area: The area's id.
    /// - Returns: `true` when the cell of the matrix is marked.
    public func contains(role: Role.ID, area: AreaOfExpertise.ID) -> Bool { table.contains(area, role) }

    /// The number of links (marked cells).
    ///
    /// - Complexity: O(*a*) in the number of areas with links.
    public var count: Int { table.count }

    /// Every link, sorted by area id, then role id.
    ///
    /// - Complexity: O(*n* log *n*) in the number of links.
    public var links: [(area: AreaOfExpertise.ID, role: Role.ID)] { table.pairs.map { (area: $0.0, role: $0.1) } }

    /// Links a role to an area.
    ///
    /// - Parameters:
    ///   - role: The role's id.
    ///   - area: The area's id.
    /// - Returns: `true` when the link is new.
    @discardableResult
    public mutating func link(_ role: Role.ID, to area: AreaOfExpertise.ID) -> Bool { table.insert(area, role) }

    /// Removes the link between a role and an area.
    ///
    /// - Parameters:
    ///   - role: The role's id.
    ///   - area: The area's id.
    /// - Returns: `true` when there was such a link.
    @discardableResult
    public mutating func unlink(_ role: Role.ID, from area: AreaOfExpertise.ID) -> Bool {
        table.remove(area, role)
    }

    /// Replaces the roles of an area (a row of the matrix).
    ///
    /// - Parameters:
    ///   - roles: The roles that need the area from now on; empty clears the row.
    ///   - area: The area's id.
    /// - Complexity: O(*r*) in the number of roles involved.
    public mutating func setRoles(_ roles: Set<Role.ID>, for area: AreaOfExpertise.ID) {
        table.removeAll(left: area)
        for role in roles { table.insert(area, role) }
    }

    /// Every reference to a role or area the dictionary does not have.
    ///
    /// Retired roles and areas still count as known, so old maps stay valid for history.
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
        for role in table.leftsByRight.keys.sorted() where dictionary.role(role) == nil {
            problems.append(
                ValidationError(
                    .danglingReference, subject: "mapping \(role)", field: "role",
                    message: "unknown role \(ErrorText.quoted(role))"))
        }
        return problems
    }
}

extension RoleExpertiseMap: Codable {
    enum CodingKeys: String, CodingKey {
        case schemaVersion, rolesByArea
    }

    /// The JSON schema version this library writes and reads.
    public static let schemaVersion = 1

    /// Decodes `{"schemaVersion": 1, "rolesByArea": {"area-id": ["role-id", ...]}}`.
    ///
    /// - Throws: ``ValidationError`` with code `.unsupportedSchemaVersion` for another version, `DecodingError` for
    ///   a document of the wrong shape.
    public init(from decoder: any Decoder) throws {
        table = try LinkTable(
            from: try decoder.container(keyedBy: CodingKeys.self), schemaVersion: RoleExpertiseMap.schemaVersion,
            versionKey: .schemaVersion, linksKey: .rolesByArea)
    }

    /// Encodes the map with sorted area ids and role ids.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try table.encode(
            to: &container, schemaVersion: RoleExpertiseMap.schemaVersion, versionKey: .schemaVersion,
            linksKey: .rolesByArea)
    }
}
