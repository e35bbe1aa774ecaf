extension CompetencyDictionary {
    /// Applies a change to a copy of the content, validates the copy and keeps it only when valid, so a failed
    /// edit leaves the dictionary as it was.
    private mutating func edit(
        _ change: (
            inout String, inout Day, inout [Role], inout [CompetencyCluster], inout [Competency],
            inout [AreaOfExpertise]
        ) throws -> Void
    ) throws {
        var (version, effectiveDate, roles, clusters, competencies, areas) = (
            self.version, self.effectiveDate, self.roles, self.clusters, self.competencies, self.areasOfExpertise
        )
        try change(&version, &effectiveDate, &roles, &clusters, &competencies, &areas)
        self = try CompetencyDictionary(
            version: version, effectiveDate: effectiveDate, roles: roles, clusters: clusters,
            competencies: competencies, areasOfExpertise: areas)
    }

    private static func unknown(_ kind: String, _ id: String) -> ValidationError {
        ValidationError(.danglingReference, item: "\(kind) \(id)", field: "id", message: "no \(kind) has this id")
    }

    /// Sets the version label and effective date, for a new edition of a custom dictionary.
    ///
    /// - Parameters:
    ///   - version: The new version label; not empty.
    ///   - effectiveDate: The first day on which the new edition applies.
    /// - Throws: ``ValidationError`` with code `.emptyName` when `version` is empty; the dictionary is unchanged.
    public mutating func setVersion(_ version: String, effectiveDate: Day) throws {
        try edit { storedVersion, storedDate, _, _, _, _ in
            storedVersion = version
            storedDate = effectiveDate
        }
    }

    /// Adds a role at the end.
    ///
    /// - Parameter role: The new role.
    /// - Throws: ``ValidationError`` when its id is taken, its name is empty or a name or alias clashes with
    ///   another role; the dictionary is unchanged.
    /// - Complexity: O(*n*) in the size of the dictionary.
    public mutating func add(_ role: Role) throws {
        try edit { _, _, roles, _, _, _ in roles.append(role) }
    }

    /// Adds a cluster at the end.
    ///
    /// - Parameter cluster: The new cluster.
    /// - Throws: ``ValidationError`` when its id is taken, its name is empty or a name or alias clashes with
    ///   another cluster; the dictionary is unchanged.
    /// - Complexity: O(*n*) in the size of the dictionary.
    public mutating func add(_ cluster: CompetencyCluster) throws {
        try edit { _, _, _, clusters, _, _ in clusters.append(cluster) }
    }

    /// Adds a competency at the end.
    ///
    /// - Parameter competency: The new competency; its cluster must exist.
    /// - Throws: ``ValidationError`` when its id is taken, its cluster is unknown, its name is empty or a name or
    ///   alias clashes with another competency; the dictionary is unchanged.
    /// - Complexity: O(*n*) in the size of the dictionary.
    public mutating func add(_ competency: Competency) throws {
        try edit { _, _, _, _, competencies, _ in competencies.append(competency) }
    }

    /// Adds an area of expertise at the end.
    ///
    /// - Parameter area: The new area.
    /// - Throws: ``ValidationError`` when its id is taken, its name is empty or a name or alias clashes with
    ///   another area; the dictionary is unchanged.
    /// - Complexity: O(*n*) in the size of the dictionary.
    public mutating func add(_ area: AreaOfExpertise) throws {
        try edit { _, _, _, _, _, areas in areas.append(area) }
    }

    /// Renames a role; the old name stays as an alias so that old records still resolve.
    ///
    /// - Parameters:
    ///   - id: The role's id, which does not change.
    ///   - name: The new name.
    /// - Throws: ``ValidationError`` when no role has `id`, the name is empty or it clashes with another role.
    /// - Complexity: O(*n*) in the size of the dictionary.
    public mutating func renameRole(_ id: Role.ID, to name: String) throws {
        try edit { _, _, roles, _, _, _ in
            try Self.rename(&roles, id, to: name, kind: "role")
        }
    }

    /// Renames a cluster; the old name stays as an alias.
    ///
    /// - Parameters:
    ///   - id: The cluster's id, which does not change.
    ///   - name: The new name.
    /// - Throws: ``ValidationError`` when no cluster has `id`, the name is empty or it clashes with another cluster.
    /// - Complexity: O(*n*) in the size of the dictionary.
    public mutating func renameCluster(_ id: CompetencyCluster.ID, to name: String) throws {
        try edit { _, _, _, clusters, _, _ in
            try Self.rename(&clusters, id, to: name, kind: "cluster")
        }
    }

    /// Renames a competency; the old name stays as an alias so that old scoring rules and records still resolve.
    ///
    /// - Parameters:
    ///   - id: The competency's id, which does not change.
    ///   - name: The new name.
    /// - Throws: ``ValidationError`` when no competency has `id`, the name is empty or it clashes with another
    ///   competency.
    /// - Complexity: O(*n*) in the size of the dictionary.
    public mutating func renameCompetency(_ id: Competency.ID, to name: String) throws {
        try edit { _, _, _, _, competencies, _ in
            try Self.rename(&competencies, id, to: name, kind: "competency")
        }
    }

    /// Renames an area of expertise; the old name stays as an alias.
    ///
    /// - Parameters:
    ///   - id: The area's id, which does not change.
    ///   - name: The new name.
    /// - Throws: ``ValidationError`` when no area has `id`, the name is empty or it clashes with another area.
    /// - Complexity: O(*n*) in the size of the dictionary.
    public mutating func renameAreaOfExpertise(_ id: AreaOfExpertise.ID, to name: String) throws {
        try edit { _, _, _, _, _, areas in
            try Self.rename(&areas, id, to: name, kind: "area of expertise")
        }
    }

    /// The aliases after a rename: the old name is added unless the new name or an alias already covers it.
    /// Renames the item with `id` in `items`, keeping its old name as an alias.
    private static func rename<Item: RenamableItem>(
        _ items: inout [Item], _ id: Item.ID, to name: String, kind: String
    ) throws {
        guard let position = items.firstIndex(where: { $0.id == id }) else { throw unknown(kind, "\(id)") }
        items[position].aliases = aliases(items[position].aliases, keeping: items[position].name, renamedTo: name)
        items[position].name = name
    }

    private static func aliases(_ aliases: [String], keeping old: String, renamedTo newName: String) -> [String] {
        let key = normalizedKey(old)
        guard key != normalizedKey(newName), !aliases.contains(where: { normalizedKey($0) == key }) else {
            return aliases
        }
        return aliases + [old]
    }

    /// Retires a role: it still resolves for history but is left out of ``activeRoles``.
    ///
    /// - Parameter id: The role's id.
    /// - Throws: ``ValidationError`` with code `.danglingReference` when no role has `id`.
    /// - Complexity: O(*n*) in the size of the dictionary.
    public mutating func retireRole(_ id: Role.ID) throws {
        try edit { _, _, roles, _, _, _ in
            guard let position = roles.firstIndex(where: { $0.id == id }) else { throw Self.unknown("role", "\(id)") }
            roles[position].isRetired = true
        }
    }

    /// Retires a competency: it still resolves for history but is left out of ``activeCompetencies``, so it is
    /// not offered for new rules.
    ///
    /// - Parameter id: The competency's id.
    /// - Throws: ``ValidationError`` with code `.danglingReference` when no competency has `id`.
    /// - Complexity: O(*n*) in the size of the dictionary.
    public mutating func retireCompetency(_ id: Competency.ID) throws {
        try edit { _, _, _, _, competencies, _ in
            guard let position = competencies.firstIndex(where: { $0.id == id }) else {
                throw Self.unknown("competency", "\(id)")
            }
            competencies[position].isRetired = true
        }
    }

    /// Retires an area of expertise: it still resolves for history but is left out of ``activeAreasOfExpertise``.
    ///
    /// - Parameter id: The area's id.
    /// - Throws: ``ValidationError`` with code `.danglingReference` when no area has `id`.
    /// - Complexity: O(*n*) in the size of the dictionary.
    public mutating func retireAreaOfExpertise(_ id: AreaOfExpertise.ID) throws {
        try edit { _, _, _, _, _, areas in
            guard let position = areas.firstIndex(where: { $0.id == id }) else {
                throw Self.unknown("area of expertise", "\(id)")
            }
            areas[position].isRetired = true
        }
    }
}

/// An item of the dictionary that can be renamed, keeping its old name as an alias.
protocol RenamableItem: Identifiable {
    var name: String { get set }
    var aliases: [String] { get set }
}

extension Role: RenamableItem {}
extension CompetencyCluster: RenamableItem {}
extension Competency: RenamableItem {}
extension AreaOfExpertise: RenamableItem {}
