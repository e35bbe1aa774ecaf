/// Job title → role lookup: the example titles of a dictionary's roles plus titles the host adds.
///
/// Titles are matched like names in the dictionary, forgiving case, punctuation, apostrophes and extra spaces
/// (``CompetencyDictionary/normalizedKey(_:)``). A title may carry several roles, and a person may hold several
/// titles.
///
/// ```swift
/// var titles = JobTitleMap(dictionary: .builtIn)
/// titles.roles(forTitle: "account executive")          // [consultant]
/// try titles.add("Sales Enablement Lead", role: "developer")
/// try titles.add("Sales Enablement Lead", role: "manager")
/// titles.roles(forTitle: "sales enablement lead")      // [developer, manager]
/// ```
public struct JobTitleMap: Hashable, Sendable {
    /// A title and the roles it carries.
    public struct Entry: Hashable, Sendable, Codable {
        /// The title as first added.
        public var title: String
        /// The roles, in the order they were added.
        public var roles: [Role.ID]
    }

    private var entries: [String: Entry] = [:]
    private let knownRoles: Set<Role.ID>

    /// Creates the lookup from the example titles of the dictionary's roles that are not retired.
    ///
    /// - Parameter dictionary: The dictionary whose roles titles may map to.
    /// - Complexity: O(*n*) in the number of example titles.
    public init(dictionary: CompetencyDictionary) {
        knownRoles = Set(dictionary.roles.map(\.id))
        for role in dictionary.activeRoles {
            for title in role.exampleTitles { insert(title, role: role.id) }
        }
    }

    private mutating func insert(_ title: String, role: Role.ID) {
        let key = CompetencyDictionary.normalizedKey(title)
        var entry = entries[key] ?? Entry(title: title, roles: [])
        if !entry.roles.contains(role) { entry.roles.append(role) }
        entries[key] = entry
    }

    /// Adds a title for a role; adding a known title for another role gives it both.
    ///
    /// - Parameters:
    ///   - title: The job title.
    ///   - role: A role of the dictionary.
    /// - Throws: ``ValidationError`` with code `.missingValue` for an empty title, `.danglingReference` for a role
    ///   the dictionary does not have; nothing changes then.
    public mutating func add(_ title: String, role: Role.ID) throws {
        guard !CompetencyDictionary.normalizedKey(title).isEmpty else {
            throw ValidationError(.missingValue, subject: "title", field: "title", message: "the title is empty")
        }
        guard knownRoles.contains(role) else {
            throw ValidationError(
                .danglingReference, subject: "title \(title)", field: "role",
                message: "unknown role \(ErrorText.quoted(role))")
        }
        insert(title, role: role)
    }

    /// The roles a title carries.
    ///
    /// - Parameter title: A job title, in any case and punctuation.
    /// - Returns: The roles, in the order they were added; empty for an unknown title.
    /// - Complexity: O(*n*) in the length of `title`.
    public func roles(forTitle title: String) -> [Role.ID] {
        entries[CompetencyDictionary.normalizedKey(title)]?.roles ?? []
    }

    /// The roles of a person holding several titles, each role once, in the order first found.
    ///
    /// - Parameter titles: The person's titles.
    /// - Returns: The union of their roles.
    /// - Complexity: O(*t*) in the number of titles.
    public func roles(forTitles titles: [String]) -> [Role.ID] {
        var seen: Set<Role.ID> = []
        return titles.flatMap { roles(forTitle: $0) }.filter { seen.insert($0).inserted }
    }

    /// Every title with its roles, sorted by title.
    ///
    /// - Complexity: O(*n* log *n*) in the number of titles.
    public var allEntries: [Entry] {
        entries.sorted { $0.key < $1.key }.map(\.value)
    }
}
