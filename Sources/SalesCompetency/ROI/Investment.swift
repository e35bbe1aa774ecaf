import Foundation

/// A sales investment whose return is tracked: a training program, hardware, software, marketing
/// automation, a CRM, big data, coaching.
///
/// Every investment has exactly one accountable owner, the person who answers for its success (the article
/// "Why Sales Training Programs Fail" asks for one sales-savvy owner, not a committee). Costs are fully loaded (see
/// ``CostItem``); benefits are measured changes monetised with attribution and confidence (see
/// ``Benefit``); intangibles are recorded but not monetised.
///
/// Invariants, checked by ``init(id:name:category:ownerID:startsOn:endsOn:participants:seatsBought:seatsUsed:costs:benefits:intangibles:retention:measured:)``
/// and when decoding: non-empty id, name, category and owner; an end date not before the start; counts
/// not negative; seats used not more than seats bought; seats bought given when a cost is per seat. The
/// JSON shape is described in <doc:ROI>.
public struct Investment: Hashable, Sendable, Identifiable {
    /// The stable identifier of an investment, for example `crm-rollout-2025`.
    public struct ID: StringIdentifier {
        /// The raw string.
        public let rawValue: String
        /// Creates an identifier from its raw string.
        public init(rawValue: String) { self.rawValue = rawValue }
    }

    /// What kind of investment; hosts may use their own categories.
    public struct Category: StringIdentifier {
        /// The raw string.
        public let rawValue: String
        /// Creates a category from its raw string.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// Sales training.
        public static let training: Category = "training"
        /// Hardware: phones, tablets, headsets.
        public static let hardware: Category = "hardware"
        /// Sales software other than the CRM.
        public static let software: Category = "software"
        /// Marketing automation.
        public static let marketingAutomation: Category = "marketing-automation"
        /// Customer relationship management.
        public static let crm: Category = "crm"
        /// Big data and analytics.
        public static let bigData: Category = "big-data"
        /// Coaching programs.
        public static let coaching: Category = "coaching"
        /// Anything else.
        public static let other: Category = "other"

        /// Whether benefits of this category fade with forgetting unless said otherwise (training, coaching).
        public var decaysWithForgetting: Bool { self == .training || self == .coaching }
    }

    /// The version of the JSON shape this library writes and reads.
    public static let schemaVersion = 1

    /// The stable identifier.
    public var id: ID
    /// The name.
    public var name: String
    /// The category.
    public var category: Category
    /// The one person accountable for the investment's success.
    public var ownerID: Rep.ID
    /// The day the investment starts (the training, the go-live); day 0 of the retention curve.
    public var startsOn: Day
    /// The last day of the program, if it has one; open-ended monthly costs run through its month.
    public var endsOn: Day?
    /// How many people take part.
    public var participants: Int
    /// Seats (licences) bought, if the investment has seats.
    public var seatsBought: Int?
    /// Seats actually used.
    public var seatsUsed: Int?
    /// The cost items.
    public var costs: [CostItem]
    /// The monetised benefits.
    public var benefits: [Benefit]
    /// Benefits recorded but not monetised.
    public var intangibles: [String]
    /// The forgetting assumption for retention-adjusted benefits; `nil` means the source model's default.
    public var retention: RetentionAssumption?
    /// Measured values for goal tracking.
    public var measured: GoalMeasurements?

    /// Creates an investment, checking its invariants.
    ///
    /// - Parameters:
    ///   - id: The identifier; not empty.
    ///   - name: The name; not empty.
    ///   - category: The category; not empty.
    ///   - ownerID: The one accountable owner; not empty.
    ///   - startsOn: The start day.
    ///   - endsOn: The last day of the program, not before `startsOn`.
    ///   - participants: How many take part, ≥ 0.
    ///   - seatsBought: Seats bought, ≥ 0; required when a cost is per seat.
    ///   - seatsUsed: Seats used, ≥ 0 and ≤ `seatsBought`.
    ///   - costs: The cost items.
    ///   - benefits: The monetised benefits.
    ///   - intangibles: Benefits recorded, not monetised.
    ///   - retention: The forgetting assumption.
    ///   - measured: Measured values for goal tracking.
    /// - Throws: ``ValidationError`` naming the investment and the field.
    public init(
        id: ID, name: String, category: Category, ownerID: Rep.ID, startsOn: Day, endsOn: Day? = nil,
        participants: Int = 0, seatsBought: Int? = nil, seatsUsed: Int? = nil, costs: [CostItem],
        benefits: [Benefit] = [], intangibles: [String] = [], retention: RetentionAssumption? = nil,
        measured: GoalMeasurements? = nil
    ) throws {
        do {
            try ROICheck.text(id.rawValue, "id")
        } catch let error as ValidationError {
            throw error.within(nil, subject: nil)
        }
        do {
            try ROICheck.text(name, "name")
            try ROICheck.text(category.rawValue, "category")
            guard !ownerID.rawValue.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ValidationError(
                    .missingValue, field: "owner", message: "every investment needs exactly one accountable owner")
            }
            if let endsOn, endsOn < startsOn {
                throw ValidationError(
                    .outOfOrder, field: "endsOn", message: "\(endsOn) comes before startsOn \(startsOn)")
            }
            try ROICheck.nonNegative(participants, "participants")
            if let seatsBought { try ROICheck.nonNegative(seatsBought, "seatsBought") }
            if let seatsUsed {
                try ROICheck.nonNegative(seatsUsed, "seatsUsed")
                guard let seatsBought else {
                    throw ValidationError(.missingValue, field: "seatsBought", message: "is needed with seatsUsed")
                }
                guard seatsUsed <= seatsBought else {
                    throw ValidationError(
                        .seatsExceedBought, field: "seatsUsed",
                        message: "\(seatsUsed) seats used but only \(seatsBought) bought")
                }
            }
            if seatsBought == nil, let index = costs.firstIndex(where: \.isPerSeat) {
                throw ValidationError(
                    .missingValue, field: "seatsBought", message: "is needed for the per-seat cost costs[\(index)]")
            }
        } catch let error as ValidationError {
            throw error.within(nil, subject: "investment \(id)")
        }
        self.id = id
        self.name = name
        self.category = category
        self.ownerID = ownerID
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.participants = participants
        self.seatsBought = seatsBought
        self.seatsUsed = seatsUsed
        self.costs = costs
        self.benefits = benefits
        self.intangibles = intangibles
        self.retention = retention
        self.measured = measured
    }

    /// The months of the program, counting the start and end months: `nil` without an end date.
    public var programMonths: Int? {
        guard let endsOn else { return nil }
        return (endsOn.year - startsOn.year) * 12 + endsOn.month - startsOn.month + 1
    }
}
