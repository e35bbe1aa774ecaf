/// How one competency's monthly score moves with an outcome in the following month, across reps.
public struct CompetencyOutcomeLink: Hashable, Sendable, Codable {
    /// The competency.
    public var competencyID: Competency.ID
    /// Spearman's rank correlation between the score in a month and the outcome in the next, −1…1.
    public var correlation: Double
    /// The bootstrap interval of the correlation (whole reps resampled).
    public var interval: ConfidenceInterval?
    /// The rep-month pairs with both a score and a next-month outcome.
    public var pairs: Int
    /// The reps those pairs come from.
    public var reps: Int

    /// Creates a link.
    ///
    /// - Parameters:
    ///   - competencyID: The competency.
    ///   - correlation: The rank correlation.
    ///   - interval: Its interval.
    ///   - pairs: The pairs it rests on.
    ///   - reps: The reps they come from.
    public init(competencyID: Competency.ID, correlation: Double, interval: ConfidenceInterval?, pairs: Int, reps: Int)
    {
        (self.competencyID, self.correlation, self.interval) = (competencyID, correlation, interval)
        (self.pairs, self.reps) = (pairs, reps)
    }
}
