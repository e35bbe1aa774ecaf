/// The capacity indicators a host measures and their weights: turns each team's raw readings into a
/// ``CapacityIndex``.
///
/// Capacity index = Σ weightᵢ × normalisedᵢ ÷ Σ weightᵢ over all indicators of the model, so it lies in 0…1.
/// Every team needs a reading of every indicator: a missing one is an error, not silently left out.
///
/// ```swift
/// let model = try CapacityModel([
///     .marketShare(weight: 2), .netPromoterScore(), .leadershipPosition(competitors: 5),
/// ])
/// let east = try model.index(["market-share": 30, "net-promoter-score": 40, "leadership-position": 2])
/// east.value   // (2 × 0.3 + 0.7 + 0.75) ÷ 4 = 0.5125
/// ```
public struct CapacityModel: Hashable, Sendable, Codable {
    /// The indicators, with unique ids.
    public let indicators: [CapacityIndicator]

    /// Creates a model.
    ///
    /// - Parameter indicators: The indicators, at least one, with unique ids.
    /// - Throws: ``ValidationError`` with code `.missingValue` when there is none, `.duplicateID` for a repeated id.
    public init(_ indicators: [CapacityIndicator]) throws {
        guard !indicators.isEmpty else {
            throw ValidationError(.missingValue, subject: "capacity model", message: "give at least one indicator")
        }
        var seen: Set<CapacityIndicator.ID> = []
        for indicator in indicators where !seen.insert(indicator.id).inserted {
            throw ValidationError(
                .duplicateID, subject: "capacity model", field: "indicators",
                message: "indicator \(indicator.id) appears twice")
        }
        self.indicators = indicators
    }

    /// The capacity index of one team or organisation.
    ///
    /// - Parameters:
    ///   - readings: The raw value of each indicator.
    ///   - subject: Who the readings belong to, used in errors, for example `team east`.
    /// - Returns: The index and the normalised values behind it.
    /// - Throws: ``ValidationError`` naming the subject and indicator: `.missingValue` for a missing reading,
    ///   `.unknownID` for a reading of an indicator not in the model, `.invalidValue` for a value that is not
    ///   finite or outside the indicator's range.
    /// - Complexity: O(k) in the number of indicators.
    public func index(_ readings: [CapacityIndicator.ID: Double], subject: String = "capacity") throws
        -> CapacityIndex
    {
        let known = Set(indicators.map(\.id))
        if let stray = readings.keys.sorted().first(where: { !known.contains($0) }) {
            throw ValidationError(
                .danglingReference, subject: subject, field: stray.rawValue,
                message: "indicator \(stray) is not in the model")
        }
        var normalized: [CapacityIndicator.ID: Double] = [:]
        var weighted = 0.0
        var weights = 0.0
        for indicator in indicators {
            guard let value = readings[indicator.id] else {
                throw ValidationError(
                    .missingValue, subject: subject, field: indicator.id.rawValue,
                    message: "no reading of \(indicator.id)")
            }
            let share: Double
            do { share = try indicator.normalize(value) } catch var error as ValidationError {
                error.subject = "\(subject), capacity indicator \(indicator.id)"
                throw error
            }
            normalized[indicator.id] = share
            weighted += indicator.weight * share
            weights += indicator.weight
        }
        return CapacityIndex(value: weighted / weights, normalized: normalized)
    }

    /// The capacity index of each team.
    ///
    /// - Parameter readings: Each team's raw value of each indicator.
    /// - Returns: Each team's index.
    /// - Throws: ``ValidationError`` naming the team, as ``index(_:subject:)``.
    /// - Complexity: O(t × k) for t teams and k indicators.
    public func indices(_ readings: [Team.ID: [CapacityIndicator.ID: Double]]) throws -> [Team.ID: CapacityIndex] {
        var result: [Team.ID: CapacityIndex] = [:]
        for (team, values) in readings.sorted(by: { $0.key < $1.key }) {
            result[team] = try index(values, subject: "team \(team)")
        }
        return result
    }

    /// Decodes `{"indicators": [...]}` and checks it as ``init(_:)`` does.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do { try self.init(container.decode([CapacityIndicator].self, forKey: .indicators)) } catch let error
            as ValidationError
        {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    private enum CodingKeys: String, CodingKey { case indicators }
}
