/// Scores of a group of reps in a period: a manager's team, a role, or the whole organisation.
public struct ScoreRollup: Hashable, Sendable, Codable {
    /// How reps are grouped.
    public enum Grouping: String, Hashable, Sendable, Codable, CaseIterable {
        /// By the rep's manager (reps without one form the group `-`).
        case manager
        /// By the rep's primary role.
        case role
        /// Everyone together (group `organisation`).
        case organisation
    }

    /// The group: a manager id, a role id, `organisation`, or `-` for reps without a manager.
    public var group: String
    /// The period.
    public var period: Period
    /// The number of scorecards (reps × competencies).
    public var count: Int
    /// The mean score.
    public var meanScore: Double
    /// How many are red.
    public var red: Int
    /// How many are amber.
    public var amber: Int
    /// How many are green.
    public var green: Int

    /// Creates a rollup.
    public init(group: String, period: Period, count: Int, meanScore: Double, red: Int, amber: Int, green: Int) {
        self.group = group
        self.period = period
        self.count = count
        self.meanScore = meanScore
        self.red = red
        self.amber = amber
        self.green = green
    }
}

/// A group's mean score in a period next to the previous period's.
public struct ScoreTrend: Hashable, Sendable, Codable {
    /// The group, as in ``ScoreRollup/group``.
    public var group: String
    /// The period.
    public var period: Period
    /// The mean score in the period.
    public var meanScore: Double
    /// The mean score in the period before, or `nil` for the first period.
    public var previousMeanScore: Double?
    /// `meanScore − previousMeanScore`, or `nil` for the first period.
    public var change: Double? { previousMeanScore.map { meanScore - $0 } }

    /// Creates a trend point.
    public init(group: String, period: Period, meanScore: Double, previousMeanScore: Double?) {
        self.group = group
        self.period = period
        self.meanScore = meanScore
        self.previousMeanScore = previousMeanScore
    }
}

/// A competency to coach a rep on, with how far the score is from the target and the weakest task behind it.
public struct CoachingPriority: Hashable, Sendable, Codable {
    /// The competency.
    public var competencyID: Competency.ID
    /// The score.
    public var score: Double
    /// The status.
    public var status: ScoreStatus
    /// How far the score is below the green threshold (the target), > 0.
    public var gap: Double
    /// The task whose rule has the lowest attainment, the first thing to work on.
    public var weakestTaskID: SalesTask.ID?

    /// Creates a priority.
    public init(
        competencyID: Competency.ID, score: Double, status: ScoreStatus, gap: Double, weakestTaskID: SalesTask.ID?
    ) {
        self.competencyID = competencyID
        self.score = score
        self.status = status
        self.gap = gap
        self.weakestTaskID = weakestTaskID
    }
}

extension Scorecards {
    /// Mean score and count per band for each group and period, sorted by group then period.
    ///
    /// - Parameters:
    ///   - grouping: By manager, role or the whole organisation.
    ///   - roster: The roster the scorecards were computed for (for managers).
    /// - Returns: One rollup per group and period with scorecards.
    /// - Complexity: O(rows + groups × periods × log).
    public func rollups(by grouping: ScoreRollup.Grouping, roster: Roster) -> [ScoreRollup] {
        guard let periods else { return [] }
        var sums: [String: [(sum: Double, count: Int, red: Int, amber: Int, green: Int)]] = [:]
        for rep in plan.reps.indices {
            let roleIndex = Int(plan.repRole[rep])
            guard roleIndex >= 0 else { continue }
            let role = plan.roles[roleIndex]
            let group: String
            switch grouping {
            case .organisation: group = "organisation"
            case .role: group = role.role.rawValue
            case .manager: group = roster[plan.reps[rep]]?.managerID?.rawValue ?? "-"
            }
            var entries = sums[group] ?? Array(repeating: (0, 0, 0, 0, 0), count: periods.count)
            let count = role.competencies.count
            for period in 0..<periods.count {
                for row in (rowStarts[rep] + period * count)..<(rowStarts[rep] + (period + 1) * count) {
                    let micro = StatusBands.micro(scores[row])
                    entries[period].sum += scores[row]
                    entries[period].count += 1
                    switch role.bands.status(micro: micro) {
                    case .red: entries[period].red += 1
                    case .amber: entries[period].amber += 1
                    case .green: entries[period].green += 1
                    }
                }
            }
            sums[group] = entries
        }
        var result: [ScoreRollup] = []
        for group in sums.keys.sorted() {
            for (offset, entry) in sums[group]!.enumerated() where entry.count > 0 {
                result.append(
                    ScoreRollup(
                        group: group,
                        period: Period(granularity: periods.first.granularity, ordinal: periods.first.ordinal + offset),
                        count: entry.count, meanScore: entry.sum / Double(entry.count), red: entry.red,
                        amber: entry.amber,
                        green: entry.green))
            }
        }
        return result
    }

    /// Period-over-period change of each group's mean score.
    ///
    /// - Parameters:
    ///   - grouping: By manager, role or the whole organisation.
    ///   - roster: The roster the scorecards were computed for.
    /// - Returns: One point per group and period, in the order of ``rollups(by:roster:)``.
    /// - Complexity: O(rows).
    public func trends(by grouping: ScoreRollup.Grouping, roster: Roster) -> [ScoreTrend] {
        var previous: (group: String, ordinal: Int, mean: Double)?
        return rollups(by: grouping, roster: roster).map { rollup in
            defer { previous = (rollup.group, rollup.period.ordinal, rollup.meanScore) }
            let before = previous.flatMap {
                $0.group == rollup.group && $0.ordinal == rollup.period.ordinal - 1 ? $0.mean : nil
            }
            return ScoreTrend(
                group: rollup.group, period: rollup.period, meanScore: rollup.meanScore, previousMeanScore: before)
        }
    }

    /// The competencies a rep scored below target on in a period, largest gap first (ties by competency id).
    ///
    /// - Parameters:
    ///   - rep: The rep.
    ///   - period: The period.
    /// - Returns: The priorities; empty when the rep is not in the grid or met every target.
    /// - Complexity: O(rules of the rep's role).
    public func coachingPriorities(for rep: Rep.ID, in period: Period) -> [CoachingPriority] {
        guard let periods, periods.contains(period), let repIndex = plan.reps.firstIndex(of: rep) else { return [] }
        let roleIndex = Int(plan.repRole[repIndex])
        guard roleIndex >= 0 else { return [] }
        let role = plan.roles[roleIndex]
        let first = rowStarts[repIndex] + (period.ordinal - periods.first.ordinal) * role.competencies.count
        var result: [CoachingPriority] = []
        for competency in role.competencies.indices {
            let score = scores[first + competency]
            let micro = StatusBands.micro(score)
            guard micro < role.bands.greenMicro else { continue }
            let weakest = attainments(at: first + competency).min { $0.attainment < $1.attainment }
            result.append(
                CoachingPriority(
                    competencyID: role.competencies[competency], score: score, status: role.bands.status(micro: micro),
                    gap: role.bands.greenFrom - score, weakestTaskID: weakest?.taskID))
        }
        return result.sorted { $0.gap != $1.gap ? $0.gap > $1.gap : $0.competencyID < $1.competencyID }
    }
}
