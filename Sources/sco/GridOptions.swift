import SalesCompetency

/// `--employment`, `--absence` and `--bench`: who is on the scorecard grid and what absence scores.
struct GridOptions {
    var employment: ScoringPolicy.Employment = .proRated
    var absence: ScoringPolicy.Absence = .noData
    /// Whether any of the options was given.
    var given = false

    /// The help lines of the options.
    static let help = """
          --employment MODE   pro-rated (default): a rep is scored only for periods in which they were
                              employed (hired_on <= last day, left_on empty or >= first day), against
                              targets x employed days / days (each day 1/days-in-its-month of a monthly
                              target); whole: the same periods, full targets; ignored: every rep, every period
          --absence MODE      no-data (default): a rep-period without any activity has status no-data and an
                              empty score, counted apart and never averaged in; zero: it scores 0 ("absence
                              scores 0"; a lower-is-better rule never earns the cap from absence)
          --bench             --employment ignored --absence zero: the definition of ../shared/bench
        """

    /// Reads the options from `arguments`.
    static func parse(_ arguments: inout Arguments) throws -> GridOptions {
        var options = GridOptions()
        let bench = arguments.flag("--bench")
        let employment = try arguments.option("--employment")
        let absence = try arguments.option("--absence")
        if bench {
            guard employment == nil, absence == nil else {
                throw UsageError("--bench sets --employment and --absence; give one or the others")
            }
            options.employment = .ignored
            options.absence = .scoresZero
        }
        if let employment {
            guard let value = ScoringPolicy.Employment(rawValue: employment) else {
                throw Arguments.invalid("--employment", "pro-rated, whole or ignored", employment)
            }
            options.employment = value
        }
        if let absence {
            guard let value = ScoringPolicy.Absence(rawValue: absence) else {
                throw Arguments.invalid("--absence", "no-data or zero", absence)
            }
            options.absence = value
        }
        options.given = bench || employment != nil || absence != nil
        return options
    }
}
