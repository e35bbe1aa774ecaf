/// How ready a person or candidate is for a target role: a match score against the role's profile, with the gaps,
/// for hiring and promotion decisions.
///
/// The match score is the share of the required proficiency the person covers, measured from the bottom of the
/// scale and without credit for exceeding a requirement:
///
///     match = Σ min(assessed − low, required − low) ÷ Σ (required − low)
///
/// over the profile's requirements, with an unassessed competency counted at `low`. It is 1 when every
/// requirement is met (and when the profile asks for nothing above the lowest level), 0 when nothing is.
///
/// ```swift
/// let readiness = try RoleReadiness(assessed: ["negotiating-positions": 2], against: profile)
/// readiness.matchScore    // e.g. 0.67
/// readiness.shortfalls    // largest gap first
/// ```
public struct RoleReadiness: Hashable, Sendable, Codable {
    /// The target role.
    public var roleID: Role.ID
    /// The share of the required proficiency covered, in 0…1.
    public var matchScore: Double
    /// Every requirement's gap, largest first (see ``RoleProfile/gaps(for:)``).
    public var gaps: [CompetencyGap]

    /// Measures a person's readiness for a profile's role.
    ///
    /// - Parameters:
    ///   - assessed: The person's levels by competency, on the profile's scale.
    ///   - profile: The target role's profile.
    /// - Throws: ``ValidationError`` with code `.outOfRange` for an assessed level off the scale or not finite.
    /// - Complexity: O(*n* log *n*) in the number of requirements.
    public init(assessed: [Competency.ID: Double], against profile: RoleProfile) throws {
        gaps = try profile.gaps(for: assessed)
        roleID = profile.roleID
        let low = profile.scale.low
        var required = 0.0
        var covered = 0.0
        for gap in gaps {
            required += gap.required - low
            covered += min((gap.assessed ?? low) - low, gap.required - low)
        }
        matchScore = required > 0 ? covered / required : 1
    }

    /// The requirements the person falls short of, largest gap first.
    public var shortfalls: [CompetencyGap] { gaps.filter(\.isShortfall) }

    /// Whether the person meets every requirement.
    public var meetsAllRequirements: Bool { gaps.allSatisfy { !$0.isShortfall } }

    /// The match score as a 0–100 percentage.
    public var matchPercent: Double { matchScore * 100 }

    /// Ranks candidates for a role, best match first; ties keep the order of the candidates' ids.
    ///
    /// - Parameters:
    ///   - candidates: Each candidate's assessed levels, by candidate id.
    ///   - profile: The target role's profile.
    /// - Returns: The candidates with their readiness, highest match score first.
    /// - Throws: ``ValidationError`` for an assessed level off the scale.
    /// - Complexity: O(*c* × *n* log *n*) in the candidates and requirements.
    public static func rank(
        candidates: [String: [Competency.ID: Double]], for profile: RoleProfile
    ) throws -> [(candidate: String, readiness: RoleReadiness)] {
        let measured = try candidates.keys.sorted().map { id in
            (candidate: id, readiness: try RoleReadiness(assessed: candidates[id] ?? [:], against: profile))
        }
        return measured.enumerated().sorted { lhs, rhs in
            lhs.element.readiness.matchScore != rhs.element.readiness.matchScore
                ? lhs.element.readiness.matchScore > rhs.element.readiness.matchScore : lhs.offset < rhs.offset
        }.map(\.element)
    }
}
