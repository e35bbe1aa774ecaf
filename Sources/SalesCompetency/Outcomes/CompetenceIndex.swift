/// The competence index of each team: the mean competency score of its reps, from the scorecards.
///
/// Reps without a score are left out of their team's mean; reps in no team are listed in ``unassigned``.
/// Scores are competency scores as the scoring engine gives them (attainment, 0 or more, 1 = on target).
///
/// ```swift
/// let competence = try CompetenceIndex(repScores: ["rep-1": 0.9, "rep-2": 0.7], roster: roster)
/// competence.teams["m-1"]   // 0.8
/// ```
public struct CompetenceIndex: Hashable, Sendable, Codable {
    /// The mean score of each team's scored reps.
    public let teams: [Team.ID: Double]
    /// How many scored reps each team's mean is over.
    public let scoredReps: [Team.ID: Int]
    /// Scored reps who belong to no team.
    public let unassigned: [Rep.ID]

    /// Takes team indices as they are, for a host that computes them itself.
    ///
    /// - Parameter teams: The index of each team.
    /// - Throws: ``ValidationError`` with code `.invalidValue` naming the team when an index is negative or not
    ///   finite.
    public init(teams: [Team.ID: Double]) throws {
        for (team, value) in teams.sorted(by: { $0.key < $1.key }) where !value.isFinite || value < 0 {
            throw ValidationError(
                .outOfRange, subject: "team \(team)", field: "competence",
                message: "\(value) is not a finite score ≥ 0")
        }
        self.teams = teams
        self.scoredReps = [:]
        self.unassigned = []
    }

    /// Averages per-rep scores over each rep's team.
    ///
    /// - Parameters:
    ///   - repScores: Each rep's competency score, for example the mean over competencies of a period.
    ///   - teams: The team of each rep.
    /// - Throws: ``ValidationError`` with code `.invalidValue` naming the rep when a score is negative or not
    ///   finite.
    /// - Complexity: O(n) in the number of scores.
    public init(repScores: [Rep.ID: Double], teams: TeamMap) throws {
        var sums: [Team.ID: Double] = [:]
        var counts: [Team.ID: Int] = [:]
        var unassigned: [Rep.ID] = []
        for (rep, score) in repScores.sorted(by: { $0.key < $1.key }) {
            guard score.isFinite, score >= 0 else {
                throw ValidationError(
                    .outOfRange, subject: "rep \(rep)", field: "score", message: "\(score) is not a finite score ≥ 0")
            }
            guard let team = teams.team(of: rep) else {
                unassigned.append(rep)
                continue
            }
            sums[team, default: 0] += score
            counts[team, default: 0] += 1
        }
        self.teams = sums.reduce(into: [:]) { result, entry in
            result[entry.key] = entry.value / Double(counts[entry.key]!)
        }
        self.scoredReps = counts
        self.unassigned = unassigned
    }

    /// Averages per-rep scores over each rep's manager's team (see ``TeamMap/init(roster:)``).
    ///
    /// - Parameters:
    ///   - repScores: Each rep's competency score.
    ///   - roster: The roster that gives each rep's manager.
    /// - Throws: ``ValidationError``, as ``init(repScores:teams:)``.
    /// - Complexity: O(n) in the number of scores and reps.
    public init(repScores: [Rep.ID: Double], roster: Roster) throws {
        try self.init(repScores: repScores, teams: TeamMap(roster: roster))
    }
}
