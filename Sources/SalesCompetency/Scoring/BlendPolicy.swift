/// How subjective assessments are normalised and blended with the objective score, and when the two diverge
/// enough to ask a manager to validate.
///
/// - Normalisation: a rating *r* on the ``scale`` (low…high) becomes ``ProficiencyScale/normalized(_:)``
///   = `(r − low) ÷ (high − low)`, so the top of the scale is 1.0 (target fully met) and the bottom 0.
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
    /// The proficiency scale of the ratings, the same scale role profiles use.
    public let scale: ProficiencyScale
    /// The largest gap between subjective and objective scores that is not flagged.
    public let divergenceTolerance: Double

    /// Creates a policy.
    ///
    /// - Parameters:
    ///   - objectiveWeight: Weight of the objective score, ≥ 0 (default 1).
    ///   - sourceWeights: Weight per source, each ≥ 0 (default 1 each, self 0.5).
    ///   - scale: The proficiency scale of the ratings (default 1–5).
    ///   - divergenceTolerance: ≥ 0 (default 0.25).
    /// - Throws: ``ValidationError`` with code `.outOfRange` or `.invalidValue`.
    public init(
        objectiveWeight: Double = 1,
        sourceWeights: [Assessment.Source: Double] = [
            .fieldRide: 1, .oneOnOne: 1, .threeSixty: 1, .selfAssessment: 0.5, .manager: 1,
        ],
        scale: ProficiencyScale = .default, divergenceTolerance: Double = 0.25
    ) throws {
        guard objectiveWeight.isFinite, objectiveWeight >= 0,
            sourceWeights.values.allSatisfy({ $0.isFinite && $0 >= 0 })
        else {
            throw ValidationError(
                .outOfRange, subject: "blend policy", field: "weights", message: "blend weights must be finite and ≥ 0")
        }
        guard divergenceTolerance.isFinite, divergenceTolerance >= 0 else {
            throw ValidationError(
                .outOfRange, subject: "blend policy", field: "divergenceTolerance",
                message: "divergence tolerance must be finite and ≥ 0")
        }
        self.objectiveWeight = objectiveWeight
        self.sourceWeights = sourceWeights
        self.scale = scale
        self.divergenceTolerance = divergenceTolerance
    }

    /// A rating mapped onto 0...1 by the ``scale``.
    ///
    /// - Parameter rating: A rating on the scale.
    /// - Returns: The normalised rating.
    /// - Throws: ``ValidationError`` with code `.outOfRange` for a rating outside the scale.
    public func normalised(_ rating: Double) throws -> Double {
        try scale.normalized(rating)
    }

    private enum CodingKeys: String, CodingKey {
        case objectiveWeight, sourceWeights, scale, divergenceTolerance
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
        do {
            try self.init(
                objectiveWeight: try container.decode(Double.self, forKey: .objectiveWeight), sourceWeights: weights,
                scale: try container.decodeIfPresent(ProficiencyScale.self, forKey: .scale) ?? .default,
                divergenceTolerance: try container.decode(Double.self, forKey: .divergenceTolerance))
        } catch let error as ValidationError {
            throw DecodingError.dataCorruptedError(
                forKey: .objectiveWeight, in: container, debugDescription: error.message)
        }
    }

    /// Encodes `{"objectiveWeight", "sourceWeights": {"field-ride": 1, ...}, "scale": {"levels": [...]},
    /// "divergenceTolerance"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(objectiveWeight, forKey: .objectiveWeight)
        try container.encode(
            Dictionary(uniqueKeysWithValues: sourceWeights.map { ($0.key.rawValue, $0.value) }), forKey: .sourceWeights)
        try container.encode(scale, forKey: .scale)
        try container.encode(divergenceTolerance, forKey: .divergenceTolerance)
    }
}
