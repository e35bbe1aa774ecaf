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
    /// The number of scorecards with a score (reps × competencies, no-data ones not included).
    public var count: Int
    /// The mean score over the scorecards with a score, or `nil` when every scorecard of the group has no data.
    public var meanScore: Double?
    /// How many have no data: counted apart, never averaged in.
    public var noData: Int
    /// How many are red.
    public var red: Int
    /// How many are amber.
    public var amber: Int
    /// How many are green.
    public var green: Int

    /// Creates a rollup.
    ///
    /// - Parameters:
    ///   - group: The group.
    ///   - period: The period.
    ///   - count: The number of scorecards with a score.
    ///   - meanScore: Their mean score, `nil` when there are none.
    ///   - noData: The number of scorecards without data.
    ///   - red: How many are red.
    ///   - amber: How many are amber.
    ///   - green: How many are green.
    public init(
        group: String, period: Period, count: Int, meanScore: Double?, noData: Int = 0, red: Int, amber: Int,
        green: Int
    ) {
        self.group = group
        self.period = period
        self.count = count
        self.meanScore = meanScore
        self.noData = noData
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
    /// The mean score in the period, or `nil` when the group has no data in it.
    public var meanScore: Double?
    /// The mean score in the period before, or `nil` for the first period or one without data.
    public var previousMeanScore: Double?
    /// `meanScore − previousMeanScore`, or `nil` when either is missing.
    public var change: Double? {
        guard let meanScore, let previousMeanScore else { return nil }
        return meanScore - previousMeanScore
    }

    /// Creates a trend point.
    ///
    /// - Parameters:
    ///   - group: The group.
    ///   - period: The period.
    ///   - meanScore: The mean score in the period, `nil` without data.
    ///   - previousMeanScore: The mean score in the period before, `nil` without one.
    public init(group: String, period: Period, meanScore: Double?, previousMeanScore: Double?) {
        self.group = group
        self.period = period
        self.meanScore = meanScore
        self.previousMeanScore = previousMeanScore
    }
}

/// A competency to coach a rep on, with how far the score is from the target and the weakest task behind it.
public struct CoachingPriority: Hashable, Sendable, Codable {
    /// The competency.
    public var competency: Competency.ID
    /// The score.
    public var score: Double
    /// The status.
    public var status: ScoreStatus
    /// How far the score is below the green threshold (the target), > 0.
    public var gap: Double
    /// The task whose rule has the lowest attainment, the first thing to work on.
    public var weakestTask: SalesTask.ID?

    /// Creates a priority.
    public init(competency: Competency.ID, score: Double, status: ScoreStatus, gap: Double, weakestTask: SalesTask.ID?)
    {
        self.competency = competency
        self.score = score
        self.status = status
        self.gap = gap
        self.weakestTask = weakestTask
    }
}

extension Scorecards {
    /// Mean score and count per band for each group and period, sorted by group then period; scorecards without
    /// data are counted apart (``ScoreRollup/noData``) and left out of the mean.
    ///
    /// - Parameters:
    ///   - grouping: By manager, role or the whole organisation.
    ///   - roster: The roster the scorecards were computed for (for managers).
    /// - Returns: One rollup per group and period with scorecards.
    /// - Complexity: O(rows + groups × periods × log).
    public func rollups(by grouping: ScoreRollup.Grouping, roster: Roster) -> [ScoreRollup] {
        guard let periods else { return [] }
        typealias Entry = (sum: Double, count: Int, noData: Int, red: Int, amber: Int, green: Int)
        var sums: [String: [Entry]] = [:]
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
            var entries = sums[group] ?? Array(repeating: (0, 0, 0, 0, 0, 0), count: periods.count)
            let count = role.competencies.count
            let first = grid.firstPeriod[rep]
            for period in first..<(first + grid.periodCount[rep]) {
                let start = rowStarts[rep] + (period - first) * count
                for row in start..<(start + count) {
                    guard !scores[row].isNaN else {
                        entries[period].noData += 1
                        continue
                    }
                    let micro = StatusBands.micro(scores[row])
                    entries[period].sum += scores[row]
                    entries[period].count += 1
                    switch role.bands.status(micro: micro) {
                    case .red: entries[period].red += 1
                    case .amber: entries[period].amber += 1
                    case .green: entries[period].green += 1
                    case .noData: entries[period].noData += 1
                    }
                }
            }
            sums[group] = entries
        }
        var result: [ScoreRollup] = []
        for group in sums.keys.sorted() {
            for (offset, entry) in sums[group]!.enumerated() where entry.count + entry.noData > 0 {
                result.append(
                    ScoreRollup(
                        group: group,
                        period: Period(granularity: periods.first.granularity, ordinal: periods.first.ordinal + offset),
                        count: entry.count, meanScore: entry.count > 0 ? entry.sum / Double(entry.count) : nil,
                        noData: entry.noData, red: entry.red, amber: entry.amber, green: entry.green))
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
        var previous: (group: String, ordinal: Int, mean: Double?)?
        return rollups(by: grouping, roster: roster).map { rollup in
            defer { previous = (rollup.group, rollup.period.ordinal, rollup.meanScore) }
            let before = previous.flatMap {
                $0.group == rollup.group && $0.ordinal == rollup.period.ordinal - 1 ? $0.mean : nil
            }
            return ScoreTrend(
                group: rollup.group, period: rollup.period, meanScore: rollup.meanScore, previousMeanScore: before)
        }
    }

    /// The competencies a rep scored below target on in a period, largest gap first (ties by competency id);
    /// scorecards without data are not priorities (there is nothing to coach from).
    ///
    /// - Parameters:
    ///   - rep: The rep.
    ///   - period: The period.
    /// - Returns: The priorities; empty when the rep is not in the grid or met every target.
    /// - Complexity: O(rules of the rep's role).
    public func coachingPriorities(for rep: Rep.ID, in period: Period) -> [CoachingPriority] {
        guard let periods, periods.contains(period), let repIndex = plan.reps.firstIndex(of: rep) else { return [] }
        let roleIndex = Int(plan.repRole[repIndex])
        let offset = period.ordinal - periods.first.ordinal
        guard roleIndex >= 0, grid.contains(rep: repIndex, period: offset) else { return [] }
        let role = plan.roles[roleIndex]
        let first = rowStarts[repIndex] + (offset - grid.firstPeriod[repIndex]) * role.competencies.count
        var result: [CoachingPriority] = []
        for competency in role.competencies.indices {
            let score = scores[first + competency]
            guard !score.isNaN else { continue }
            let micro = StatusBands.micro(score)
            guard micro < role.bands.greenMicro else { continue }
            let weakest = attainments(at: first + competency).min { $0.attainment < $1.attainment }
            result.append(
                CoachingPriority(
                    competency: role.competencies[competency], score: score, status: role.bands.status(micro: micro),
                    gap: role.bands.greenFrom - score, weakestTask: weakest?.task))
        }
        return result.sorted { $0.gap != $1.gap ? $0.gap > $1.gap : $0.competency < $1.competency }
    }
}
