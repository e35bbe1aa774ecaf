/// How subjective assessments are normalised and blended with the objective score, and when the two diverge
/// enough to ask a manager to validate.
///
/// - Normalisation: a rating *r* on the scale `ratingRange` = `[lo, hi]` becomes `(r − lo) ÷ (hi − lo)`, so the
///   top of the scale is 1.0 (target fully met) and the bottom 0. (The dictionary's `ProficiencyScale` is
///   meant to take this role once it exists.)
/// - Subjective score of a cell = Σ wₛ × normalised rating ÷ Σ wₛ over the cell's assessments (same rep and
///   competency, assessed in the period), wₛ the weight of the assessment's source.
/// - Blended = (w₀ × objective + Σ wₛ × normalised) ÷ (w₀ + Σ wₛ), w₀ = ``objectiveWeight``; the objective
///   score alone when there is no assessment.
/// - Divergent when |subjective − min(objective, 1)| > ``divergenceTolerance`` (the objective score is capped at
///   1 for the comparison, since ratings top out at 1).
public struct BlendPolicy: Hashable, Sendable, Codable {
    /// The weight of the objective score.
    public let objectiveWeight: Double
    /// The weight of each source; a source missing here weighs 0 (ignored).
    public let sourceWeights: [Assessment.Source: Double]
    /// The proficiency scale of the ratings.
    public let ratingRange: ClosedRange<Double>
    /// The largest gap between subjective and objective scores that is not flagged.
    public let divergenceTolerance: Double

    /// Creates a policy.
    ///
    /// - Parameters:
    ///   - objectiveWeight: Weight of the objective score, ≥ 0 (default 1).
    ///   - sourceWeights: Weight per source, each ≥ 0 (default 1 each, self 0.5).
    ///   - ratingRange: The scale (default 1...5), with a positive width.
    ///   - divergenceTolerance: ≥ 0 (default 0.25).
    /// - Throws: ``ScoringError`` with code `.invalidWeight` or `.invalidValue`.
    public init(
        objectiveWeight: Double = 1,
        sourceWeights: [Assessment.Source: Double] = [
            .fieldRide: 1, .oneOnOne: 1, .threeSixty: 1, .selfAssessment: 0.5, .manager: 1,
        ],
        ratingRange: ClosedRange<Double> = 1...5, divergenceTolerance: Double = 0.25
    ) throws {
        guard objectiveWeight.isFinite, objectiveWeight >= 0,
            sourceWeights.values.allSatisfy({ $0.isFinite && $0 >= 0 })
        else {
            throw ScoringError(.invalidWeight, message: "blend weights must be finite and ≥ 0")
        }
        guard ratingRange.lowerBound.isFinite, ratingRange.upperBound.isFinite,
            ratingRange.upperBound > ratingRange.lowerBound
        else {
            throw ScoringError(.invalidValue, message: "rating scale \(ratingRange) needs a finite positive width")
        }
        guard divergenceTolerance.isFinite, divergenceTolerance >= 0 else {
            throw ScoringError(.invalidValue, message: "divergence tolerance must be finite and ≥ 0")
        }
        self.objectiveWeight = objectiveWeight
        self.sourceWeights = sourceWeights
        self.ratingRange = ratingRange
        self.divergenceTolerance = divergenceTolerance
    }

    /// A rating mapped onto 0...1: `(rating − lo) ÷ (hi − lo)`.
    ///
    /// - Parameter rating: A rating on the scale.
    /// - Returns: The normalised rating.
    public func normalised(_ rating: Double) -> Double {
        (rating - ratingRange.lowerBound) / (ratingRange.upperBound - ratingRange.lowerBound)
    }

    private enum CodingKeys: String, CodingKey {
        case objectiveWeight, sourceWeights, ratingMinimum, ratingMaximum, divergenceTolerance
    }

    /// Decodes the shape ``encode(to:)`` writes and validates it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let raw = try container.decode([String: Double].self, forKey: .sourceWeights)
        var weights: [Assessment.Source: Double] = [:]
        for (key, value) in raw {
            guard let source = Assessment.Source(rawValue: key) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .sourceWeights, in: container, debugDescription: "unknown source \"\(key)\"")
            }
            weights[source] = value
        }
        let low = try container.decode(Double.self, forKey: .ratingMinimum)
        let high = try container.decode(Double.self, forKey: .ratingMaximum)
        guard low <= high else {
            throw DecodingError.dataCorruptedError(
                forKey: .ratingMaximum, in: container, debugDescription: "ratingMaximum is below ratingMinimum")
        }
        do {
            try self.init(
                objectiveWeight: try container.decode(Double.self, forKey: .objectiveWeight), sourceWeights: weights,
                ratingRange: low...high,
                divergenceTolerance: try container.decode(Double.self, forKey: .divergenceTolerance))
        } catch let error as ScoringError {
            throw DecodingError.dataCorruptedError(
                forKey: .objectiveWeight, in: container, debugDescription: error.message)
        }
    }

    /// Encodes `{"objectiveWeight", "sourceWeights": {"field-ride": 1, ...}, "ratingMinimum", "ratingMaximum",
    /// "divergenceTolerance"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(objectiveWeight, forKey: .objectiveWeight)
        try container.encode(
            Dictionary(uniqueKeysWithValues: sourceWeights.map { ($0.key.rawValue, $0.value) }), forKey: .sourceWeights)
        try container.encode(ratingRange.lowerBound, forKey: .ratingMinimum)
        try container.encode(ratingRange.upperBound, forKey: .ratingMaximum)
        try container.encode(divergenceTolerance, forKey: .divergenceTolerance)
    }
}
