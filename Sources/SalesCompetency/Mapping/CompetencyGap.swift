/// The distance between a person's assessed level of a competency and the level a role profile requires.
public struct CompetencyGap: Hashable, Sendable, Codable {
    /// The competency.
    public var competencyID: Competency.ID
    /// The level the profile requires.
    public var required: Double
    /// The person's assessed level, or `nil` when there is no assessment (counted as the scale's lowest level).
    public var assessed: Double?
    /// Required minus assessed, in scale units; negative when the person exceeds the requirement.
    public var gap: Double
    /// The gap as a fraction of the scale's span: gap ÷ (high − low), in −1…1.
    public var normalizedGap: Double

    /// Creates a gap.
    ///
    /// - Parameters:
    ///   - competencyID: The competency.
    ///   - required: The required level.
    ///   - assessed: The assessed level, if any.
    ///   - gap: Required minus assessed.
    ///   - normalizedGap: The gap as a fraction of the scale's span.
    public init(competencyID: Competency.ID, required: Double, assessed: Double?, gap: Double, normalizedGap: Double) {
        self.competencyID = competencyID
        self.required = required
        self.assessed = assessed
        self.gap = gap
        self.normalizedGap = normalizedGap
    }

    /// Whether the person falls short of the requirement.
    public var isShortfall: Bool { gap > 0 }
}
