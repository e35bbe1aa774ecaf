/// One cell of the scorecard grid: a rep's score for a competency in a period, and its colour band.
public struct Scorecard: Hashable, Sendable, Codable {
    /// The rep.
    public var rep: Rep.ID
    /// The rep's primary role, whose rules gave the score.
    public var role: Role.ID
    /// The period.
    public var period: Period
    /// The competency.
    public var competency: Competency.ID
    /// The score: Σ weight × attainment ÷ Σ weight over the competency's rules for the role; `nil` when the rep
    /// had no activity in the period (status ``ScoreStatus/noData``), and then left out of the JSON.
    public var score: Double?
    /// The band of the score rounded half-up to 6 decimals, or ``ScoreStatus/noData``.
    public var status: ScoreStatus

    /// Creates a scorecard.
    ///
    /// - Parameters:
    ///   - rep: The rep.
    ///   - role: The rep's primary role.
    ///   - period: The period.
    ///   - competency: The competency.
    ///   - score: The score, or `nil` for no data.
    ///   - status: The band of the score, or ``ScoreStatus/noData``.
    public init(
        rep: Rep.ID, role: Role.ID, period: Period, competency: Competency.ID, score: Double?, status: ScoreStatus
    ) {
        self.rep = rep
        self.role = role
        self.period = period
        self.competency = competency
        self.score = score
        self.status = status
    }

    /// The score rounded half-up to 6 decimals, as integer millionths; `nil` for no data.
    public var scoreMicro: Int64? { score.map(StatusBands.micro) }

    private enum CodingKeys: String, CodingKey {
        case rep = "rep_id"
        case role
        case period
        case competency = "competency_id"
        case score
        case status
    }
}

/// The attainment of one task behind a score.
public struct TaskAttainment: Hashable, Sendable, Codable {
    /// The task.
    public var task: SalesTask.ID
    /// The task's value in the period: its total, or the ratio for a ratio task.
    public var value: Double
    /// The rule's target in the period: scaled to the period's days and pro-rated by the days employed.
    public var target: Double
    /// The rule's weight within the competency.
    public var weight: Double
    /// The rule's direction.
    public var direction: ScoringRule.Direction
    /// `min(value / target, cap)`, or `min(target / value, cap)` when lower is better; 0 when the rep-period
    /// has no activity at all and the policy scores absence as 0.
    public var attainment: Double

    /// Creates an attainment.
    public init(
        task: SalesTask.ID, value: Double, target: Double, weight: Double, direction: ScoringRule.Direction,
        attainment: Double
    ) {
        self.task = task
        self.value = value
        self.target = target
        self.weight = weight
        self.direction = direction
        self.attainment = attainment
    }
}

/// Counts and checksum of a set of scorecards, as the reference scorers print them, with the scorecards without
/// data counted apart.
public struct ScorecardSummary: Hashable, Sendable, Codable {
    /// The number of scorecards, those without data included: `red + amber + green + noData`.
    public var rows: Int = 0
    /// How many are red.
    public var red: Int = 0
    /// How many are amber.
    public var amber: Int = 0
    /// How many are green.
    public var green: Int = 0
    /// How many have no data (no score, never in the checksum).
    public var noData: Int = 0
    /// The sum of the scores rounded half-up to 6 decimals, in millionths (integer arithmetic, so exact); scorecards
    /// without data add nothing.
    public var checksumMicro: Int64 = 0

    /// Creates an empty summary.
    public init() {}

    /// The checksum written with exactly 6 decimals, such as `606250.593294`.
    public var checksum: String { NumberFormatting.fixed(units: checksumMicro, decimals: 6) }

    /// One JSON line: `{"rows": …, "red": …, "amber": …, "green": …, "noData": …, "checksum": "…"}`.
    public var jsonLine: String {
        "{\"rows\": \(rows), \"red\": \(red), \"amber\": \(amber), \"green\": \(green), \"noData\": \(noData), "
            + "\"checksum\": \"\(checksum)\"}"
    }
}
