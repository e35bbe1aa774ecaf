import Foundation

extension CompetencyDictionary {
    /// The form in which ids, names and aliases are compared: case and diacritics folded, apostrophes (`'`, `’`,
    /// `‘`, `ʼ` and the backtick) dropped, every other run of punctuation or white space turned into one space,
    /// and the ends trimmed.
    ///
    /// ```swift
    /// CompetencyDictionary.normalizedKey("  Aligning to Customers’ Needs ")   // "aligning to customers needs"
    /// CompetencyDictionary.normalizedKey("aligning-to-customers")             // "aligning to customers"
    /// ```
    ///
    /// - Parameter text: An id, name or alias as typed.
    /// - Returns: The normalised key.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func normalizedKey(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var key = ""
        key.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "'", "\u{2019}", "\u{2018}", "\u{02BC}", "`":
                continue
            case _ where CharacterSet.alphanumerics.contains(scalar):
                if pendingSpace, !key.isEmpty { key.append(" ") }
                pendingSpace = false
                key.unicodeScalars.append(scalar)
            default:
                pendingSpace = true
            }
        }
        return key.lowercased()
    }

    /// The competency whose id, name or alias matches `text`, forgiving case, punctuation, apostrophes and extra
    /// spaces; retired competencies resolve too.
    ///
    /// ```swift
    /// CompetencyDictionary.builtIn.resolveCompetency("Formalizing Agreements")?.id   // formalizing-commitment
    /// ```
    ///
    /// - Parameter text: An id, name or alias.
    /// - Returns: The competency, or `nil` when nothing matches.
    /// - Complexity: O(*n*) in the length of `text`.
    public func resolveCompetency(_ text: String) -> Competency? {
        index.competencies.position(matching: text).map { competencies[$0] }
    }

    /// The role whose id, name or alias matches `text`, forgiving case, punctuation, apostrophes and extra
    /// spaces; retired roles resolve too.
    ///
    /// - Parameter text: An id, name or alias, such as `Admin.`.
    /// - Returns: The role, or `nil` when nothing matches.
    /// - Complexity: O(*n*) in the length of `text`.
    public func resolveRole(_ text: String) -> Role? {
        index.roles.position(matching: text).map { roles[$0] }
    }

    /// The cluster whose id, name or alias matches `text`, forgiving case, punctuation, apostrophes and extra
    /// spaces.
    ///
    /// - Parameter text: An id, name or alias, such as `Partnering competencies`.
    /// - Returns: The cluster, or `nil` when nothing matches.
    /// - Complexity: O(*n*) in the length of `text`.
    public func resolveCluster(_ text: String) -> CompetencyCluster? {
        index.clusters.position(matching: text).map { clusters[$0] }
    }

    /// The area of expertise whose id, name or alias matches `text`, forgiving case, punctuation, apostrophes and
    /// extra spaces; retired areas resolve too.
    ///
    /// - Parameter text: An id, name or alias, such as `Managing Accounts` (Table A-1's name for Protecting
    ///   Accounts).
    /// - Returns: The area, or `nil` when nothing matches.
    /// - Complexity: O(*n*) in the length of `text`.
    public func resolveAreaOfExpertise(_ text: String) -> AreaOfExpertise? {
        index.areasOfExpertise.position(matching: text).map { areasOfExpertise[$0] }
    }

    /// The competencies that are not retired: those offered for new scoring rules and profiles.
    ///
    /// - Complexity: O(*n*) in the number of competencies.
    public var activeCompetencies: [Competency] { competencies.filter { !$0.isRetired } }

    /// The roles that are not retired: those offered for new rules and mappings.
    ///
    /// - Complexity: O(*n*) in the number of roles.
    public var activeRoles: [Role] { roles.filter { !$0.isRetired } }

    /// The areas of expertise that are not retired: those offered for new mappings.
    ///
    /// - Complexity: O(*n*) in the number of areas.
    public var activeAreasOfExpertise: [AreaOfExpertise] { areasOfExpertise.filter { !$0.isRetired } }
}
