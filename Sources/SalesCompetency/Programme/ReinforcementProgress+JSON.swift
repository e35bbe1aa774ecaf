extension ReinforcementProgress: Encodable {
    private enum CodingKeys: String, CodingKey {
        case schemaVersion, asOf, target, horizonDays, meetsGoal, cohortRetentionNow, cohortRetentionAtHorizon
        case cohortFallsBelowTargetOn, sessions, extraSessions, participants
    }

    /// The version of the JSON shape written.
    public static let schemaVersion = 1

    /// Encodes `schemaVersion`, the as-of day, target and horizon, whether the goal is met, the cohort's
    /// retention figures and the day it falls below the target (absent when it does not), then every session,
    /// the extra sessions and each participant's retention.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ReinforcementProgress.schemaVersion, forKey: .schemaVersion)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(target, forKey: .target)
        try container.encode(horizonDays, forKey: .horizonDays)
        try container.encode(meetsGoal, forKey: .meetsGoal)
        try container.encode(cohortRetentionNow, forKey: .cohortRetentionNow)
        try container.encode(cohortRetentionAtHorizon, forKey: .cohortRetentionAtHorizon)
        try container.encodeIfPresent(cohortFallsBelowTargetOn, forKey: .cohortFallsBelowTargetOn)
        try container.encode(sessions, forKey: .sessions)
        try container.encode(extraSessions, forKey: .extraSessions)
        try container.encode(participants, forKey: .participants)
    }
}
