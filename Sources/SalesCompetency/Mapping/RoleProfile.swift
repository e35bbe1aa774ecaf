/// What a role needs: the required level of each competency on a proficiency scale.
///
/// A profile is the yardstick for gap reports (``gaps(for:)``) and for readiness (``RoleReadiness``).
///
/// ```swift
/// let profile = try RoleProfile(role: "consultant", requirements: [
///     "communicating-effectively": 4, "negotiating-positions": 3,
/// ])
/// try profile.gaps(for: ["communicating-effectively": 2])   // largest gap first
/// ```
public struct RoleProfile: Hashable, Sendable {
    /// The required level of one competency.
    public struct Requirement: Hashable, Sendable, Codable {
        /// The competency.
        public var competencyID: Competency.ID
        /// The required level on the profile's scale.
        public var level: Double

        /// Creates a requirement.
        ///
        /// - Parameters:
        ///   - competencyID: The competency.
        ///   - level: The required level.
        public init(competencyID: Competency.ID, level: Double) {
            self.competencyID = competencyID
            self.level = level
        }
    }

    /// The role the profile is for.
    public let roleID: Role.ID
    /// The scale the levels are on.
    public let scale: ProficiencyScale
    /// The requirements, one per competency, in the order given.
    public let requirements: [Requirement]

    /// Creates a profile and checks it.
    ///
    /// - Parameters:
    ///   - role: The role.
    ///   - scale: The proficiency scale; ``ProficiencyScale/default`` (1–5) by default.
    ///   - requirements: One requirement per competency.
    /// - Throws: ``ValidationError`` with code `.duplicateID` for a competency listed twice, `.outOfRange`
    ///   for a level off the scale or not finite.
    /// - Complexity: O(*n*) in the number of requirements.
    public init(role: Role.ID, scale: ProficiencyScale = .default, requirements: [Requirement]) throws {
        var seen: Set<Competency.ID> = []
        for requirement in requirements {
            let item = "profile \(role): competency \(requirement.competencyID)"
            guard seen.insert(requirement.competencyID).inserted else {
                throw ValidationError(
                    .duplicateID, subject: item, field: "competencyID", message: "the competency is listed twice")
            }
            try scale.check(requirement.level, item: item)
        }
        self.roleID = role
        self.scale = scale
        self.requirements = requirements
    }

    /// Creates a profile from required levels by competency, ordered by competency id.
    ///
    /// - Parameters:
    ///   - role: The role.
    ///   - scale: The proficiency scale; ``ProficiencyScale/default`` (1–5) by default.
    ///   - requirements: The required level of each competency.
    /// - Throws: ``ValidationError`` with code `.outOfRange` for a level off the scale or not finite.
    /// - Complexity: O(*n* log *n*) in the number of requirements.
    public init(role: Role.ID, scale: ProficiencyScale = .default, requirements: [Competency.ID: Double]) throws {
        try self.init(
            role: role, scale: scale,
            requirements: requirements.sorted { $0.key < $1.key }.map {
                Requirement(competencyID: $0.key, level: $0.value)
            })
    }

    /// The required level of a competency, or `nil` when the profile does not ask for it.
    ///
    /// - Parameter competency: The competency.
    /// - Returns: The required level.
    /// - Complexity: O(*n*) in the number of requirements.
    public func requiredLevel(for competency: Competency.ID) -> Double? {
        requirements.first { $0.competencyID == competency }?.level
    }

    /// Every reference to a role or competency the dictionary does not have, and every retired competency (a
    /// profile is for new decisions, so it should not ask for a retired competency).
    ///
    /// - Parameter dictionary: The dictionary the profile is used with.
    /// - Returns: The problems, each naming the profile and the competency.
    /// - Complexity: O(*n*) in the number of requirements.
    public func validate(against dictionary: CompetencyDictionary) -> [ValidationError] {
        var problems: [ValidationError] = []
        if dictionary.role(roleID) == nil {
            problems.append(
                ValidationError(
                    .danglingReference, subject: "profile \(roleID)", field: "roleID",
                    message: "unknown role \(ErrorText.quoted(roleID))"))
        }
        for requirement in requirements {
            let item = "profile \(roleID): competency \(requirement.competencyID)"
            if let competency = dictionary.competency(requirement.competencyID) {
                if competency.isRetired {
                    problems.append(
                        ValidationError(
                            .retiredItem, subject: item, field: "competencyID", message: "the competency is retired"))
                }
            } else {
                problems.append(
                    ValidationError(
                        .danglingReference, subject: item, field: "competencyID",
                        message: "unknown competency \(ErrorText.quoted(requirement.competencyID))"))
            }
        }
        return problems
    }

    /// A person's assessed levels against the profile: one gap per requirement, ranked largest gap first.
    ///
    /// The gap is the required level minus the assessed level; a competency with no assessment counts as the
    /// scale's lowest level (and is marked unassessed). A negative gap means the person exceeds the requirement.
    /// Ties are broken by competency id. Assessed levels of competencies the profile does not ask for are ignored.
    ///
    /// - Parameter assessed: The person's levels by competency, on the profile's scale.
    /// - Returns: The gaps, largest first.
    /// - Throws: ``ValidationError`` with code `.outOfRange` for an assessed level off the scale or not finite.
    /// - Complexity: O(*n* log *n*) in the number of requirements.
    public func gaps(for assessed: [Competency.ID: Double]) throws -> [CompetencyGap] {
        var gaps: [CompetencyGap] = []
        gaps.reserveCapacity(requirements.count)
        for requirement in requirements {
            let level = assessed[requirement.competencyID]
            if let level { try scale.check(level, item: "assessment \(requirement.competencyID)") }
            let gap = requirement.level - (level ?? scale.low)
            gaps.append(
                CompetencyGap(
                    competencyID: requirement.competencyID, required: requirement.level, assessed: level, gap: gap,
                    normalizedGap: gap / (scale.high - scale.low)))
        }
        return gaps.sorted { $0.gap != $1.gap ? $0.gap > $1.gap : $0.competencyID < $1.competencyID }
    }
}

extension RoleProfile: Codable {
    enum CodingKeys: String, CodingKey {
        case roleID, scale, requirements
    }

    /// Decodes `{"roleID": "...", "scale": {...}, "requirements": [{"competencyID": "...", "level": 4}]}` and checks
    /// it.
    ///
    /// - Throws: ``ValidationError`` for invalid content, `DecodingError` for the wrong shape.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            role: try container.decode(Role.ID.self, forKey: .roleID),
            scale: try container.decodeIfPresent(ProficiencyScale.self, forKey: .scale) ?? .default,
            requirements: try container.decode([Requirement].self, forKey: .requirements))
    }

    /// Encodes the role, scale and requirements.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(roleID, forKey: .roleID)
        try container.encode(scale, forKey: .scale)
        try container.encode(requirements, forKey: .requirements)
    }
}
