/// Where each team stands on sales capacity against sales competence: a quadrant per team, with the
/// figures behind it.
///
/// A team is high on an axis when its index is at or above the threshold (`≥`):
///
/// | capacity | competence | quadrant |
/// | --- | --- | --- |
/// | high | high | ``Quadrant/aligned`` |
/// | low | high | ``Quadrant/capacityBound``: capable people held back by too little capacity |
/// | high | low | ``Quadrant/competenceBound``: capacity the people cannot yet use |
/// | low | low | ``Quadrant/bothLow`` |
///
/// Teams with only one of the two figures are listed in ``missingCompetence`` or ``missingCapacity``.
///
/// ```swift
/// let report = try AlignmentReport(capacity: capacity, competence: competence.teams)
/// report.entries.first?.quadrant   // .aligned
/// ```
public struct AlignmentReport: Hashable, Sendable, Codable {
    /// A team's place.
    public enum Quadrant: String, Hashable, Sendable, Codable, CaseIterable {
        /// High capacity and high competence.
        case aligned
        /// High competence held back by low capacity.
        case capacityBound = "capacity-bound"
        /// High capacity the team's competence cannot yet use.
        case competenceBound = "competence-bound"
        /// Low capacity and low competence.
        case bothLow = "both-low"
    }

    /// The thresholds that split each axis into low and high.
    public struct Thresholds: Hashable, Sendable, Codable {
        /// The capacity index at or above which capacity is high. Default 0.5, the middle of 0…1.
        public let capacity: Double
        /// The competence index at or above which competence is high. Default 0.7, where the default status
        /// bands turn from red to amber.
        public let competence: Double

        /// Creates thresholds.
        ///
        /// - Parameters:
        ///   - capacity: The capacity threshold, 0…1.
        ///   - competence: The competence threshold, finite and ≥ 0.
        /// - Throws: ``ValidationError`` with code `.invalidValue` for a threshold out of range.
        public init(capacity: Double = 0.5, competence: Double = 0.7) throws {
            guard capacity.isFinite, (0...1).contains(capacity) else {
                throw ValidationError(
                    .outOfRange, subject: "alignment thresholds", field: "capacity",
                    message: "\(capacity) is not within 0…1")
            }
            guard competence.isFinite, competence >= 0 else {
                throw ValidationError(
                    .outOfRange, subject: "alignment thresholds", field: "competence",
                    message: "\(competence) is not a finite number ≥ 0")
            }
            self.capacity = capacity
            self.competence = competence
        }

        private enum CodingKeys: String, CodingKey { case capacity, competence }

        /// Decodes `{"capacity", "competence"}` and checks it as ``init(capacity:competence:)`` does.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            do {
                try self.init(
                    capacity: container.decode(Double.self, forKey: .capacity),
                    competence: container.decode(Double.self, forKey: .competence))
            } catch let error as ValidationError {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description))
            }
        }
    }

    /// One team's figures and place.
    public struct Entry: Hashable, Sendable, Codable {
        /// The team.
        public let teamID: Team.ID
        /// The capacity index and the normalised indicators behind it.
        public let capacity: CapacityIndex
        /// The competence index.
        public let competence: Double
        /// The quadrant.
        public let quadrant: Quadrant
    }

    /// The thresholds used.
    public let thresholds: Thresholds
    /// One entry per team with both figures, sorted by team id.
    public let entries: [Entry]
    /// Teams with a capacity index but no competence index.
    public let missingCompetence: [Team.ID]
    /// Teams with a competence index but no capacity index.
    public let missingCapacity: [Team.ID]

    /// Places each team.
    ///
    /// - Parameters:
    ///   - capacity: Each team's capacity index, from ``CapacityModel/indices(_:)``.
    ///   - competence: Each team's competence index, such as ``CompetenceIndex/teams``.
    ///   - thresholds: The thresholds. Default 0.5 and 0.7.
    /// - Throws: ``ValidationError`` with code `.invalidValue` naming the team when a competence index is negative
    ///   or not finite.
    /// - Complexity: O(t log t) in the number of teams.
    public init(
        capacity: [Team.ID: CapacityIndex], competence: [Team.ID: Double], thresholds: Thresholds = .default
    ) throws {
        _ = try CompetenceIndex(teams: competence)
        var entries: [Entry] = []
        for (team, index) in capacity.sorted(by: { $0.key < $1.key }) {
            guard let level = competence[team] else { continue }
            let capable = level >= thresholds.competence
            let placed: Quadrant =
                switch (index.value >= thresholds.capacity, capable) {
                case (true, true): .aligned
                case (false, true): .capacityBound
                case (true, false): .competenceBound
                case (false, false): .bothLow
                }
            entries.append(Entry(teamID: team, capacity: index, competence: level, quadrant: placed))
        }
        self.thresholds = thresholds
        self.entries = entries
        self.missingCompetence = capacity.keys.filter { competence[$0] == nil }.sorted()
        self.missingCapacity = competence.keys.filter { capacity[$0] == nil }.sorted()
    }
}

extension AlignmentReport.Thresholds {
    /// Capacity 0.5, competence 0.7.
    public static let `default` = try! AlignmentReport.Thresholds()
}
