import Foundation

/// A subjective rating of a rep's competency by an observer: a field ride, a 1-on-1, a 360 review, a
/// self-assessment or a manager's rating, on a proficiency scale (1–5 by default).
public struct Assessment: Hashable, Sendable, Codable {
    /// Where a rating comes from.
    public enum Source: String, Hashable, Sendable, Codable, CaseIterable {
        /// A manager or coach rode along on customer calls.
        case fieldRide = "field-ride"
        /// A one-to-one meeting with the manager.
        case oneOnOne = "1-on-1"
        /// A 360-degree review by peers, reports and customers.
        case threeSixty = "360"
        /// The rep's own rating.
        case selfAssessment = "self"
        /// The manager's overall rating.
        case manager

        /// Reads the CSV spellings: `field-ride`, `field ride`, `field_ride`, `1-on-1`, `one-on-one`, `360`,
        /// `self`, `manager` (case-insensitive); `nil` for anything else.
        public init?(text: String) {
            switch text.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-") {
            case "field-ride", "fieldride", "ride-along": self = .fieldRide
            case "1-on-1", "one-on-one", "1on1", "1:1": self = .oneOnOne
            case "360", "360-review": self = .threeSixty
            case "self", "self-assessment": self = .selfAssessment
            case "manager": self = .manager
            default: return nil
            }
        }
    }

    /// The rep assessed.
    public var repID: Rep.ID
    /// The competency rated.
    public var competencyID: Competency.ID
    /// Where the rating comes from.
    public var source: Source
    /// The rating on the proficiency scale.
    public var rating: Double
    /// When the assessment took place.
    public var assessedOn: Day
    /// Who assessed, when known.
    public var assessorID: Rep.ID?

    /// Creates an assessment.
    ///
    /// - Parameters:
    ///   - repID: The rep assessed.
    ///   - competencyID: The competency rated.
    ///   - source: Where the rating comes from.
    ///   - rating: The rating; must be finite.
    ///   - assessedOn: The day.
    ///   - assessorID: Who assessed.
    /// - Throws: ``ValidationError`` with code `.invalidValue` for a non-finite rating.
    public init(
        repID: Rep.ID, competencyID: Competency.ID, source: Source, rating: Double, assessedOn: Day,
        assessorID: Rep.ID? = nil
    ) throws {
        guard rating.isFinite else {
            throw ValidationError(
                .notFinite, subject: "assessment of rep \(repID)", field: "rating",
                message: "rating must be finite, found \(rating)")
        }
        self.repID = repID
        self.competencyID = competencyID
        self.source = source
        self.rating = rating
        self.assessedOn = assessedOn
        self.assessorID = assessorID
    }

    private enum CodingKeys: String, CodingKey {
        case repID, competencyID, source, rating, assessedOn, assessorID
    }
}
