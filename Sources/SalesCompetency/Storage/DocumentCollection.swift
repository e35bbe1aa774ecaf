/// The name of a collection of versioned documents in a ``DocumentStore``, such as `scoring-policies`.
///
/// The library's areas each use one collection; hosts may add their own.
///
/// ```swift
/// let policies = session.documents(ScoringRules.self, in: .scoringPolicies)
/// ```
public struct DocumentCollection: StringIdentifier {
    /// The raw name.
    public let rawValue: String
    /// Creates a collection name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Competency dictionaries (custom or extended models), versioned.
    public static let dictionaries: DocumentCollection = "dictionaries"
    /// Role-to-area-of-expertise maps (Table A-1 or a host's own), versioned.
    public static let roleExpertiseMaps: DocumentCollection = "role-expertise-maps"
    /// Area-of-expertise-to-competency maps, versioned.
    public static let expertiseCompetencyMaps: DocumentCollection = "expertise-competency-maps"
    /// Proficiency scales, versioned.
    public static let proficiencyScales: DocumentCollection = "proficiency-scales"
    /// Role profiles: the level each role needs per competency, versioned.
    public static let roleProfiles: DocumentCollection = "role-profiles"
    /// Scoring policies (tasks, rules, bands), versioned with the day each version takes effect.
    public static let scoringPolicies: DocumentCollection = "scoring-policies"
    /// Subjective assessments (field rides, 1-on-1s, 360s, self reviews).
    public static let assessments: DocumentCollection = "assessments"
    /// Opportunities from the CRM.
    public static let opportunities: DocumentCollection = "opportunities"
    /// Rosters: who holds which role, reports to whom, was hired and left when.
    public static let rosters: DocumentCollection = "rosters"
    /// Sales investments (training, CRM, software, coaching) with their costs and owners.
    public static let investments: DocumentCollection = "investments"
    /// Frozen monthly scorecards: written once per period, never replaced.
    public static let scorecardSnapshots: DocumentCollection = "scorecard-snapshots"
}
