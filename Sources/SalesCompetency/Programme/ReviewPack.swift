/// Everything a manager needs for a rep's annual review, gathered from the year's measurements: the monthly
/// scores per competency with their bands (and the months without data), which scores field rides, 1-on-1s
/// and 360s validated and where they diverged, the gaps against the role's profile, readiness for the next
/// role, the outcomes, and the trainings and reinforcements attended.
///
/// ``html()`` renders it as one printable page (A4 or Letter).
///
/// ```swift
/// let pack = try ReviewPack(
///     repID: "rep-000007", year: 2025, roster: roster, scorecards: cards, assessments: assessments,
///     profiles: profiles, nextRoleID: "manager", opportunities: deals, enrolments: enrolments, held: held)
/// try pack.html().write(toFile: "review-rep-000007.html", atomically: true, encoding: .utf8)
/// ```
public struct ReviewPack: Hashable, Sendable {
    /// One month of one competency: the score and its band, or no data.
    public struct MonthScore: Hashable, Sendable {
        /// The month.
        public var period: Period
        /// The score, or `nil` when the month has no data for the rep.
        public var score: Double?
        /// The band's name (`red`, `amber`, `green`; `no-data` when there is none).
        public var band: String
    }

    /// The year of one competency.
    public struct CompetencyYear: Hashable, Sendable {
        /// The competency.
        public var competencyID: Competency.ID
        /// Its name in the dictionary (the id when the dictionary does not know it).
        public var name: String
        /// The twelve months, January first.
        public var months: [MonthScore]
        /// The mean of the months with data, or `nil` when none has.
        public var mean: Double? {
            let scores = months.compactMap(\.score)
            return scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
        }
    }

    /// Observers' ratings of one competency in one month, set against the activity score.
    public struct Validation: Hashable, Sendable {
        /// The competency.
        public var competencyID: Competency.ID
        /// The month.
        public var period: Period
        /// Who rated: field ride, 1-on-1, 360, manager, self.
        public var sources: [Assessment.Source]
        /// The mean rating on the scale.
        public var meanRating: Double
        /// The mean rating normalised to 0…1, comparable with an activity score.
        public var assessed: Double
        /// The activity score of the month, if any.
        public var score: Double?
        /// Whether the two differ by more than the blend policy's tolerance.
        public var diverges: Bool
    }

    /// One month's outcomes.
    public struct MonthOutcome: Hashable, Sendable {
        /// The month.
        public var period: Period
        /// Deals won and lost, and the value won, by close month.
        public var summary: OutcomeSummary
    }

    /// The rep.
    public let repID: Rep.ID
    /// The rep's primary role.
    public let roleID: Role.ID
    /// The rep's manager.
    public let managerID: Rep.ID?
    /// The year reviewed.
    public let year: Int
    /// The competencies scored for the rep, in the dictionary's order.
    public let competencies: [CompetencyYear]
    /// The observers' ratings of the year, by month then competency.
    public let validations: [Validation]
    /// The gaps against the profile of the rep's role, largest first; `nil` when no profile is given for it.
    public let gaps: [CompetencyGap]?
    /// Readiness for the next role; `nil` when no next role (or no profile for it) is given.
    public let readiness: RoleReadiness?
    /// The months with closed deals.
    public let outcomes: [MonthOutcome]
    /// The trainings the rep enrolled in during the year.
    public let enrolments: [Enrolment]
    /// The reinforcement sessions the rep attended during the year.
    public let reinforcements: [HeldReinforcement]
    /// The scale the ratings and profiles are on.
    public let scale: ProficiencyScale
}

extension ReviewPack {
    /// A file-name-safe form of a rep id: every UTF-8 byte outside `A–Z a–z 0–9 -` as `_` and two hex digits.
    ///
    /// - Parameter repID: The rep.
    /// - Returns: The name, distinct for distinct ids.
    public static func fileSafeName(_ repID: Rep.ID) -> String { ReinforcementSession.safeName(repID.rawValue) }
}
