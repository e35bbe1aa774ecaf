/// What happened to the activity rows a scoring run read: how many were scored, and every row that was not,
/// counted by reason (rep not in the roster, task without any rule, task without a rule for the rep's role,
/// date outside the scored periods), with what the grid leaves out (reps whose role has no rules, rep-periods of
/// activity outside employment). Nothing is dropped silently.
public struct ScoringDiagnostics: Hashable, Sendable, Codable {
    /// Every row read.
    public var rowsRead: Int = 0
    /// Rows that went into a score's total.
    public var rowsScored: Int = 0
    /// Rows per rep id that is not in the roster.
    public var unknownReps: [Rep.ID: Int] = [:]
    /// Rows per task id that no rule uses.
    public var unknownTasks: [SalesTask.ID: Int] = [:]
    /// Rows of a known rep and a ruled task, where no rule of the rep's primary role uses the task.
    public var rowsWithoutRuleForRole: Int = 0
    /// Rows dated outside the scored periods.
    public var rowsOutsidePeriods: Int = 0
    /// Reps of the roster whose primary role has no rules, in roster order: they get no scorecards.
    public var repsWithoutRules: [Rep.ID] = []
    /// Rep-periods with activity in which the rep was not employed (before `hiredOn` or after `leftOn`): that
    /// activity is not scored.
    public var repPeriodsOutsideEmployment: Int = 0

    /// Creates empty diagnostics.
    public init() {}

    /// The rows whose rep is not in the roster.
    public var unknownRepRows: Int { unknownReps.values.reduce(0, +) }
    /// The rows whose task no rule uses.
    public var unknownTaskRows: Int { unknownTasks.values.reduce(0, +) }

    /// Adds the counts of `other`.
    ///
    /// - Complexity: O(distinct unknown ids in `other`).
    public mutating func merge(_ other: ScoringDiagnostics) {
        rowsRead += other.rowsRead
        rowsScored += other.rowsScored
        unknownReps.merge(other.unknownReps, uniquingKeysWith: +)
        unknownTasks.merge(other.unknownTasks, uniquingKeysWith: +)
        rowsWithoutRuleForRole += other.rowsWithoutRuleForRole
        rowsOutsidePeriods += other.rowsOutsidePeriods
        repsWithoutRules += other.repsWithoutRules.filter { !repsWithoutRules.contains($0) }
        repPeriodsOutsideEmployment += other.repPeriodsOutsideEmployment
    }

    /// One line for a terminal, such as
    /// `1000000 rows read, 970109 scored; not scored: 12 rows of 2 reps not in the roster, ...`.
    public var summary: String {
        var parts: [String] = []
        func add(_ count: Int, _ what: String) { if count > 0 { parts.append("\(count) \(what)") } }
        add(unknownRepRows, "rows of \(unknownReps.count) reps not in the roster")
        add(unknownTaskRows, "rows of \(unknownTasks.count) tasks without rules")
        add(rowsWithoutRuleForRole, "rows of tasks without a rule for the rep's role")
        add(rowsOutsidePeriods, "rows outside the scored periods")
        add(repPeriodsOutsideEmployment, "rep-periods of activity outside employment")
        let head = "\(rowsRead) rows read, \(rowsScored) scored"
        var line = parts.isEmpty ? head : head + "; not scored: " + parts.joined(separator: ", ")
        if !repsWithoutRules.isEmpty {
            let shown = repsWithoutRules.prefix(5).map(\.rawValue).joined(separator: ", ")
            let more = repsWithoutRules.count > 5 ? " and \(repsWithoutRules.count - 5) more" : ""
            line += "; \(repsWithoutRules.count) reps whose role has no rules, not scored: \(shown)\(more)"
        }
        return line
    }

    private enum CodingKeys: String, CodingKey {
        case rowsRead, rowsScored, unknownReps, unknownTasks, rowsWithoutRuleForRole, rowsOutsidePeriods
        case repsWithoutRules, repPeriodsOutsideEmployment
    }

    /// Decodes the shape ``encode(to:)`` writes (the grid's two counts default to none when absent).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rowsRead = try container.decode(Int.self, forKey: .rowsRead)
        rowsScored = try container.decode(Int.self, forKey: .rowsScored)
        let reps = try container.decode([String: Int].self, forKey: .unknownReps)
        unknownReps = Dictionary(uniqueKeysWithValues: reps.map { (Rep.ID(rawValue: $0.key), $0.value) })
        let tasks = try container.decode([String: Int].self, forKey: .unknownTasks)
        unknownTasks = Dictionary(uniqueKeysWithValues: tasks.map { (SalesTask.ID(rawValue: $0.key), $0.value) })
        rowsWithoutRuleForRole = try container.decode(Int.self, forKey: .rowsWithoutRuleForRole)
        rowsOutsidePeriods = try container.decode(Int.self, forKey: .rowsOutsidePeriods)
        repsWithoutRules = try container.decodeIfPresent([Rep.ID].self, forKey: .repsWithoutRules) ?? []
        repPeriodsOutsideEmployment =
            try container.decodeIfPresent(Int.self, forKey: .repPeriodsOutsideEmployment) ?? 0
    }

    /// Encodes counts, with `unknownReps` and `unknownTasks` as objects from id to row count.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rowsRead, forKey: .rowsRead)
        try container.encode(rowsScored, forKey: .rowsScored)
        try container.encode(
            Dictionary(uniqueKeysWithValues: unknownReps.map { ($0.key.rawValue, $0.value) }), forKey: .unknownReps)
        try container.encode(
            Dictionary(uniqueKeysWithValues: unknownTasks.map { ($0.key.rawValue, $0.value) }), forKey: .unknownTasks)
        try container.encode(rowsWithoutRuleForRole, forKey: .rowsWithoutRuleForRole)
        try container.encode(rowsOutsidePeriods, forKey: .rowsOutsidePeriods)
        try container.encode(repsWithoutRules, forKey: .repsWithoutRules)
        try container.encode(repPeriodsOutsideEmployment, forKey: .repPeriodsOutsideEmployment)
    }
}
