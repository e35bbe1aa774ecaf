extension CompetencyDictionary {
    /// Applies a change to a draft of the content, validates the result and keeps it only when valid, so a
    /// failed edit leaves the dictionary as it was.
    ///
    /// Use it for several changes that must be valid together, such as a new edition that renames and adds:
    ///
    /// ```swift
    /// try dictionary.edit { draft in
    ///     draft.version = "2026.1"
    ///     draft.competencies.append(newCompetency)
    /// }
    /// ```
    ///
    /// - Parameter change: Changes the draft; it may throw to abandon the edit.
    /// - Throws: Whatever `change` throws, or ``ValidationError`` for the first problem of the edited content;
    ///   the dictionary is unchanged.
    /// - Complexity: O(*n*) in the size of the dictionary, plus the cost of `change`.
    public mutating func edit(_ change: (inout Draft) throws -> Void) throws {
        var draft = Draft(self)
        try change(&draft)
        self = try CompetencyDictionary(
            version: draft.version, effectiveDate: draft.effectiveDate, roles: draft.roles, clusters: draft.clusters,
            competencies: draft.competencies, areasOfExpertise: draft.areasOfExpertise)
    }

    private static func unknown(_ kind: String, _ id: String) -> ValidationError {
        ValidationError(.danglingReference, subject: "\(kind) \(id)", field: "id", message: "no \(kind) has this id")
    }

    /// Sets the version label and effective date, for a new edition of a custom dictionary.
    ///
    /// - Parameters:
    ///   - version: The new version label; not empty.
    ///   - effectiveDate: The first day on which the new edition applies.
    /// - Throws: ``ValidationError`` with code `.missingValue` when `version` is empty; the dictionary is unchanged.
    public mutating func setVersion(_ version: String, effectiveDate: Day) throws {
        try edit { draft in
            draft.version = version
            draft.effectiveDate = effectiveDate
        }
    }

    /// Adds a role at the end.
    ///
    /// - Parameter role: The new role.
    /// - Throws: ``ValidationError`` when its id is taken, its name is empty or a name or alias clashes with
    ///   another role; the dictionary is unchanged.
    /// - Complexity: O(*n*) in the size of the dictionary.
    public mutating func add(_ role: Role) throws {
        try edit { draft in draft.roles.append(role) }
    }

    /// Adds a cluster at the end.
    ///
    /// - Parameter cluster: The new cluster.
    /// - Throws: ``ValidationError`` when its id is taken, its name is empty or a name or alias clashes with
    ///   another cluster; the dictionary is unchanged.
    /// - Complexity: O(*n*) in the size of the dictionary.
    public mutating func add(_ cluster: CompetencyCluster) throws {
        try edit { draft in draft.clusters.append(cluster) }
    }

    /// Adds a competency at the end.
    ///
    /// - Parameter competency: The new competency; its cluster must exist.
    /// - Throws: ``ValidationError`` when its id is taken, its cluster is unknown, its name is empty or a name or
    ///   alias clashes with another competency; the dictionary is unchanged.
    /// - Complexity: O(*n*) in the size of the dictionary.
    public mutating func add(_ competency: Competency) throws {
        try edit { draft in draft.competencies.append(competency) }
    }

    /// Adds an area of expertise at the end.
    ///
    /// - Parameter area: The new area.
    /// - Throws: ``ValidationError`` when its id is taken, its name is empty or a name or alias clashes with
    ///   another area; the dictionary is unchanged.
    /// - Complexity: O(*n*) in the size of the dictionary.
    public mutating func add(_ area: AreaOfExpertise) throws {
        try edit { draft in draft.areasOfExpertise.append(area) }
    }

    /// Renames a role; the old name stays as an alias so that old records still resolve.
    ///
    /// - Parameters:
    ///   - id: The role's id, which does not change.
    ///   - name: The new name.
    /// - Throws: ``ValidationError`` when no role has `id`, the name is empty or it clashes with another role.
    /// - Complexity: O(*n*) in the size of the dictionary.
    public mutating func renameRole(_ id: Role.ID, to name: String) throws {
        try edit { draft in
            try Self.rename(&draft.roles, id, to: name, kind: "role")
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
        try edit { draft in
            try Self.rename(&draft.clusters, id, to: name, kind: "cluster")
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
        try edit { draft in
            try Self.rename(&draft.competencies, id, to: name, kind: "competency")
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
        try edit { draft in
            try Self.rename(&draft.areasOfExpertise, id, to: name, kind: "area of expertise")
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
        try edit { draft in
            guard let position = draft.roles.firstIndex(where: { $0.id == id }) else {
                throw Self.unknown("role", "\(id)")
            }
            draft.roles[position].isRetired = true
        }
    }

    /// Retires a competency: it still resolves for history but is left out of ``activeCompetencies``, so it is
    /// not offered for new rules.
    ///
    /// - Parameter id: The competency's id.
    /// - Throws: ``ValidationError`` with code `.danglingReference` when no competency has `id`.
    /// - Complexity: O(*n*) in the size of the dictionary.
    public mutating func retireCompetency(_ id: Competency.ID) throws {
        try edit { draft in
            guard let position = draft.competencies.firstIndex(where: { $0.id == id }) else {
                throw Self.unknown("competency", "\(id)")
            }
            draft.competencies[position].isRetired = true
        }
    }

    /// Retires an area of expertise: it still resolves for history but is left out of ``activeAreasOfExpertise``.
    ///
    /// - Parameter id: The area's id.
    /// - Throws: ``ValidationError`` with code `.danglingReference` when no area has `id`.
    /// - Complexity: O(*n*) in the size of the dictionary.
    public mutating func retireAreaOfExpertise(_ id: AreaOfExpertise.ID) throws {
        try edit { draft in
            guard let position = draft.areasOfExpertise.firstIndex(where: { $0.id == id }) else {
                throw Self.unknown("area of expertise", "\(id)")
            }
            draft.areasOfExpertise[position].isRetired = true
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
