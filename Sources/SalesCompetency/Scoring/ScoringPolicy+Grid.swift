extension ScoringPolicy {
    /// Who is on the scorecard grid in a period, and whether targets are pro-rated by the days employed.
    ///
    /// A rep is employed on the days from `hiredOn` through `leftOn`, both inclusive (a missing date leaves that
    /// side open). With ``proRated`` or ``whole`` a rep is on the grid for a period only when employed on at least
    /// one of its days.
    ///
    /// Pro-rating multiplies each rule's target by a factor: for a monthly target (``ScoringRule/TargetBasis/monthly``)
    /// every employed day of the period carries `1 / days in its calendar month`, so a full month has the factor 1,
    /// a full quarter 3, and a rep hired on 21 April (10 of April's 30 days) the factor 10/30: a monthly target of
    /// 40 calls becomes 13.33, and 12 calls attain 0.9. For a target per period
    /// (``ScoringRule/TargetBasis/perPeriod``) the factor is employed days ÷ days of the period.
    public enum Employment: String, Hashable, Sendable, Codable, CaseIterable {
        /// On the grid only in periods of employment; targets pro-rated by the days employed (the default).
        case proRated = "pro-rated"
        /// On the grid only in periods of employment; full targets (pro-rating off).
        case whole
        /// Every rep of the roster in every period, whatever their dates say; full targets (the `shared/bench`
        /// definition).
        case ignored
    }

    /// What a rep-period without any activity scores.
    ///
    /// A rep-period has no activity when every task the rep's role is scored on totals 0: no row with a quantity
    /// above 0 for a sum task, no row at all for a count task (rows of quantity 0 are not activity).
    public enum Absence: String, Hashable, Sendable, Codable, CaseIterable {
        /// The rep-period's scorecards have no score and the status ``ScoreStatus/noData`` (the default): they are
        /// counted apart in every summary and rollup, and never averaged in.
        case noData = "no-data"
        /// Every attainment of the rep-period is 0, lower-is-better rules included, so every score is 0: the
        /// definition `shared/bench` measures ("absence scores 0").
        case scoresZero = "zero"
    }

    /// The least common multiple of 28, 29, 30 and 31: a day of a month of `n` days is `377580 / n` of these
    /// units, an integer, so a monthly-target factor is the exact fraction `units / 377580`.
    static let monthUnits = 377_580
}
