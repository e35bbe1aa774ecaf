/// One cell of the scorecard grid: a rep's score for a competency in a period, and its colour band.
public struct Scorecard: Hashable, Sendable, Codable {
    /// The rep.
    public var repID: Rep.ID
    /// The rep's primary role, whose rules gave the score.
    public var roleID: Role.ID
    /// The period.
    public var period: Period
    /// The competency.
    public var competencyID: Competency.ID
    /// The score: Σ weight × attainment ÷ Σ weight over the competency's rules for the role.
    public var score: Double
    /// The band of the score rounded half-up to 6 decimals.
    public var status: ScoreStatus

    /// Creates a scorecard.
    public init(
        repID: Rep.ID, roleID: Role.ID, period: Period, competencyID: Competency.ID, score: Double, status: ScoreStatus
    ) {
        self.repID = repID
        self.roleID = roleID
        self.period = period
        self.competencyID = competencyID
        self.score = score
        self.status = status
    }

    /// The score rounded half-up to 6 decimals, as integer millionths.
    public var scoreMicro: Int64 { StatusBands.micro(score) }

    private enum CodingKeys: String, CodingKey {
        case repID, roleID, period, competencyID, score, status
    }
}

/// The attainment of one task behind a score.
public struct TaskAttainment: Hashable, Sendable, Codable {
    /// The task.
    public var taskID: SalesTask.ID
    /// The task's value in the period: its total, or the ratio for a ratio task.
    public var value: Double
    /// The rule's target.
    public var target: Double
    /// The rule's weight within the competency.
    public var weight: Double
    /// The rule's direction.
    public var direction: ScoringRule.Direction
    /// `min(value / target, cap)`, or `min(target / value, cap)` when lower is better.
    public var attainment: Double

    /// Creates an attainment.
    public init(
        taskID: SalesTask.ID, value: Double, target: Double, weight: Double, direction: ScoringRule.Direction,
        attainment: Double
    ) {
        self.taskID = taskID
        self.value = value
        self.target = target
        self.weight = weight
        self.direction = direction
        self.attainment = attainment
    }
}

/// Counts and checksum of a set of scorecards, as the reference scorers print them.
public struct ScorecardSummary: Hashable, Sendable, Codable {
    /// The number of scorecards.
    public var rows: Int = 0
    /// How many are red.
    public var red: Int = 0
    /// How many are amber.
    public var amber: Int = 0
    /// How many are green.
    public var green: Int = 0
    /// The sum of the scores rounded half-up to 6 decimals, in millionths (integer arithmetic, so exact).
    public var checksumMicro: Int64 = 0

    /// Creates an empty summary.
    public init() {}

    /// The checksum written with exactly 6 decimals, such as `606250.593294`.
    public var checksum: String { NumberFormatting.fixed(units: checksumMicro, decimals: 6) }
}
