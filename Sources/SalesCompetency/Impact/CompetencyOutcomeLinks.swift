/// Which competencies move with results in the organisation's own data: for each competency, Spearman's rank
/// correlation between reps' monthly score and their outcome in the following month, with a bootstrap
/// interval, ranked from the strongest positive link down.
///
/// A correlation is not a cause. A competency that moves with next month's win rate may be a sign of the
/// same thing (experience, territory, a strong manager) rather than its source, and a competency without a
/// link may still matter where it does not vary much. Use the ranking to choose what to test, for example
/// with an enrolment and ``ImpactReport``, not as proof that training it pays.
///
/// ```swift
/// let links = try CompetencyOutcomeLinks(scorecards: scorecards, outcome: winRatePanel)
/// links.links.first?.competencyID    // the competency that moves most with next month's win rate
/// ```
public struct CompetencyOutcomeLinks: Hashable, Sendable, Codable {
    /// The version of the JSON shape.
    public static let schemaVersion = 1
    /// The version of the JSON shape of this value.
    public var schemaVersion = CompetencyOutcomeLinks.schemaVersion
    /// The outcome measure.
    public var outcome: ImpactMeasure
    /// The links, strongest positive correlation first; competencies with fewer than three pairs are left out.
    public var links: [CompetencyOutcomeLink]

    /// Computes the links.
    ///
    /// - Parameters:
    ///   - scorecards: Monthly scorecards; no-data months are skipped.
    ///   - outcome: The outcome per rep-month.
    ///   - resamples: Bootstrap resamples (reps drawn with replacement, resample `b` seeded `seed &+ b`).
    ///   - confidenceLevel: The interval's level.
    ///   - seed: The seed.
    /// - Throws: ``ValidationError`` with code `.valueOutOfRange` for a level outside (0, 1) or negative resamples.
    /// - Complexity: O(competencies × resamples × pairs log pairs).
    public init(
        scorecards: some Sequence<Scorecard>, outcome: MeasurePanel, resamples: Int = 1_000,
        confidenceLevel: Double = 0.95, seed: UInt64 = 2025
    ) throws {
        guard confidenceLevel > 0, confidenceLevel < 1, resamples >= 0 else {
            throw ValidationError(
                .valueOutOfRange, item: "competency links", field: "confidenceLevel",
                message: "the level lies strictly between 0 and 1 and resamples are not negative")
        }
        var byCompetency: [Competency.ID: [Rep.ID: [(Double, Double)]]] = [:]
        for card in scorecards {
            let score: Double? = card.score
            guard let score, let next = outcome.value(of: card.rep, in: card.period.next) else { continue }
            byCompetency[card.competency, default: [:]][card.rep, default: []].append((score, next))
        }
        var links: [CompetencyOutcomeLink] = []
        for (competency, byRep) in byCompetency {
            let reps = byRep.keys.sorted { $0.rawValue < $1.rawValue }.map { byRep[$0]! }
            let all = reps.flatMap { $0 }
            guard all.count >= 3, let rho = CompetencyOutcomeLinks.spearman(all) else { continue }
            var draws: [Double] = []
            for b in 0..<resamples {
                var random = SeededGenerator(seed: seed &+ UInt64(b))
                var sample: [(Double, Double)] = []
                for _ in reps.indices { sample += reps[Int(random.unit() * Double(reps.count))] }
                draws.append(CompetencyOutcomeLinks.spearman(sample) ?? .nan)
            }
            links.append(
                CompetencyOutcomeLink(
                    competencyID: competency, correlation: rho,
                    interval: ConfidenceInterval.percentile(of: draws, level: confidenceLevel), pairs: all.count,
                    reps: reps.count))
        }
        self.outcome = outcome.measure
        self.links = links.sorted {
            ($0.correlation, $1.competencyID.rawValue) > ($1.correlation, $0.competencyID.rawValue)
        }
    }

    /// Spearman's rho: the Pearson correlation of the ranks (ties share their mean rank); `nil` when either
    /// side does not vary.
    ///
    /// - Complexity: O(n log n).
    static func spearman(_ pairs: [(Double, Double)]) -> Double? {
        let x = ranks(pairs.map(\.0))
        let y = ranks(pairs.map(\.1))
        let n = Double(pairs.count)
        let mx = x.reduce(0, +) / n
        let my = y.reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for i in x.indices {
            sxy += (x[i] - mx) * (y[i] - my)
            sxx += (x[i] - mx) * (x[i] - mx)
            syy += (y[i] - my) * (y[i] - my)
        }
        guard sxx > 0, syy > 0 else { return nil }
        return sxy / (sxx * syy).squareRoot()
    }

    /// The ranks of values, 1-based, ties given their mean rank.
    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let rank = Double(start + end) / 2 + 1
            for k in start...end { ranks[order[k]] = rank }
            start = end + 1
        }
        return ranks
    }
}
