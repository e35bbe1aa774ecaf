/// One scorecard with the subjective assessments of its cell blended in.
public struct BlendedScore: Hashable, Sendable, Codable {
    /// The objective scorecard.
    public var scorecard: Scorecard
    /// The weighted mean of the normalised ratings, or `nil` when nobody assessed the cell.
    public var subjective: Double?
    /// The number of assessments behind ``subjective``.
    public var assessmentCount: Int
    /// The blend of the objective score and the ratings: the objective score when there are no ratings, the
    /// ratings alone when the scorecard has no data, `nil` when there is neither.
    public var blended: Double?
    /// Whether subjective and objective differ by more than the tolerance: a score to validate (never for a
    /// scorecard without data, which has nothing to contradict).
    public var isDivergent: Bool

    /// Creates a blended score.
    ///
    /// - Parameters:
    ///   - scorecard: The objective scorecard.
    ///   - subjective: The weighted mean of the normalised ratings, if any.
    ///   - assessmentCount: The number of assessments behind `subjective`.
    ///   - blended: The blend, if there is anything to blend.
    ///   - isDivergent: Whether the two differ by more than the tolerance.
    public init(scorecard: Scorecard, subjective: Double?, assessmentCount: Int, blended: Double?, isDivergent: Bool) {
        self.scorecard = scorecard
        self.subjective = subjective
        self.assessmentCount = assessmentCount
        self.blended = blended
        self.isDivergent = isDivergent
    }
}

/// Scorecards with assessments blended in, one ``BlendedScore`` per scorecard in grid order.
///
/// ```swift
/// let blended = try BlendedScores(scorecards: cards, assessments: log, policy: BlendPolicy())
/// let toValidate = blended.cells.filter(\.isDivergent)
/// ```
public struct BlendedScores: Hashable, Sendable {
    /// One per scorecard, in grid order.
    public let cells: [BlendedScore]
    /// Assessments that match no scorecard (rep, competency or period not in the grid).
    public let unmatchedAssessments: Int

    /// Blends assessments into scorecards; see ``BlendPolicy`` for the formulas.
    ///
    /// - Parameters:
    ///   - scorecards: The objective scores.
    ///   - assessments: The ratings.
    ///   - policy: Weights, scale and tolerance.
    /// - Throws: ``ScoringError`` with code `.invalidValue` for a rating outside the policy's scale.
    /// - Complexity: O(rows + assessments).
    public init(scorecards: Scorecards, assessments: AssessmentLog, policy: BlendPolicy) throws {
        var sums: [Int: (weighted: Double, weight: Double, count: Int)] = [:]
        var unmatched = 0
        for assessment in assessments {
            guard policy.scale.contains(assessment.rating) else {
                throw ScoringError(
                    .invalidValue, id: assessment.rep.rawValue,
                    message:
                        "rating \(assessment.rating) is outside the scale \(policy.scale.low)...\(policy.scale.high)")
            }
            let granularity = scorecards.periods?.first.granularity ?? .month
            let period = Period(containing: assessment.assessedOn, granularity: granularity)
            guard let index = scorecards.index(rep: assessment.rep, period: period, competency: assessment.competency)
            else {
                unmatched += 1
                continue
            }
            let weight = policy.sourceWeights[assessment.source] ?? 0
            var entry = sums[index] ?? (0, 0, 0)
            entry.weighted += weight * (try policy.normalised(assessment.rating))
            entry.weight += weight
            entry.count += 1
            sums[index] = entry
        }
        var cells: [BlendedScore] = []
        cells.reserveCapacity(scorecards.count)
        for (index, card) in scorecards.enumerated() {
            guard let entry = sums[index], entry.weight > 0 else {
                cells.append(
                    BlendedScore(
                        scorecard: card, subjective: nil, assessmentCount: sums[index]?.count ?? 0, blended: card.score,
                        isDivergent: false))
                continue
            }
            let subjective = entry.weighted / entry.weight
            guard let score = card.score else {
                cells.append(
                    BlendedScore(
                        scorecard: card, subjective: subjective, assessmentCount: entry.count, blended: subjective,
                        isDivergent: false))
                continue
            }
            let total = policy.objectiveWeight + entry.weight
            let blended = (policy.objectiveWeight * score + entry.weighted) / total
            cells.append(
                BlendedScore(
                    scorecard: card, subjective: subjective, assessmentCount: entry.count, blended: blended,
                    isDivergent: abs(subjective - min(score, 1)) > policy.divergenceTolerance))
        }
        self.cells = cells
        self.unmatchedAssessments = unmatched
    }

    /// CSV `rep_id,period,competency_id,score,status,subjective,blended,divergent` (numbers with 6 decimals,
    /// `score` empty for no data, `subjective` empty when nobody assessed the cell, `blended` empty when there is
    /// neither).
    ///
    /// - Complexity: O(rows).
    public var csvText: String {
        var csv = CSVWriter(
            header: Scorecards.csvHeader.split(separator: ",").map(String.init) + [
                "subjective", "blended", "divergent",
            ])
        for cell in cells {
            let card = cell.scorecard
            csv.append([
                .text(card.rep.rawValue), .text(card.period.description), .text(card.competency.rawValue),
                .number(card.scoreMicro.map { NumberFormatting.fixed(units: $0, decimals: 6) } ?? ""),
                .text(card.status.rawValue),
                .number(cell.subjective.map { NumberFormatting.fixed($0, decimals: 6) } ?? ""),
                .number(cell.blended.map { NumberFormatting.fixed($0, decimals: 6) } ?? ""),
                .text(cell.isDivergent ? "true" : "false"),
            ])
        }
        return csv.text
    }
}
