public import Foundation

/// One line of an investment's fully loaded cost.
///
/// Timing, which the discounted cash flows use: one-time items, per-seat purchases and the participants'
/// time fall at t = 0 (the initial outlay, undiscounted); monthly items fall in months 1…n after the start
/// and count in the year they fall in.
///
/// JSON shapes (money as JSON numbers, read exactly as decimals):
///
/// ```json
/// {"name": "Workshop fee", "kind": "oneTime", "amount": 30000}
/// {"name": "Platform", "kind": "monthly", "amount": 500, "months": 12}
/// {"name": "CRM licence", "kind": "perSeat", "amount": 300}
/// {"name": "App seat", "kind": "perSeatMonthly", "amount": 15, "months": 12}
/// {"name": "Time in class", "kind": "participantTime", "hours": 16, "loadedHourlyRate": 80}
/// ```
///
/// `months` is optional: without it a monthly item runs through the program (its `endsOn` month) or, with
/// no end date, through the whole analysis horizon.
public struct CostItem: Hashable, Sendable, Codable {
    /// What kind of cost, with its figures.
    public enum Kind: Hashable, Sendable {
        /// A single payment at the start.
        case oneTime(amount: Decimal)
        /// A payment every month, for `months` months (or the program, or the horizon, when `nil`).
        case monthly(amount: Decimal, months: Int?)
        /// A single payment per seat bought, at the start.
        case perSeat(amount: Decimal)
        /// A payment per seat bought every month.
        case perSeatMonthly(amount: Decimal, months: Int?)
        /// The participants' time away from selling: hours per participant × participants × loaded hourly
        /// rate (salary, benefits and overhead per hour), at the start.
        case participantTime(hours: Decimal, loadedHourlyRate: Decimal)

        /// The JSON name of the kind.
        public var name: String {
            switch self {
            case .oneTime: "oneTime"
            case .monthly: "monthly"
            case .perSeat: "perSeat"
            case .perSeatMonthly: "perSeatMonthly"
            case .participantTime: "participantTime"
            }
        }
    }

    /// What the cost is for.
    public var name: String
    /// The kind and figures.
    public var kind: Kind

    /// Creates a cost item, checking its figures.
    ///
    /// - Parameters:
    ///   - name: What the cost is for; not empty.
    ///   - kind: The kind and figures: amounts, hours and rates not negative and not NaN, months ≥ 1.
    /// - Throws: ``ValidationError`` naming the field (`amount`, `hours`, `loadedHourlyRate`, `months`, `name`).
    public init(name: String, kind: Kind) throws {
        try ROICheck.text(name, "name")
        switch kind {
        case .oneTime(let amount), .perSeat(let amount):
            try ROICheck.nonNegative(amount, "amount")
        case .monthly(let amount, let months), .perSeatMonthly(let amount, let months):
            try ROICheck.nonNegative(amount, "amount")
            if let months, months < 1 {
                throw ValidationError(.outOfRange, field: "months", message: "must be at least 1, found \(months)")
            }
        case .participantTime(let hours, let rate):
            try ROICheck.nonNegative(hours, "hours")
            try ROICheck.nonNegative(rate, "loadedHourlyRate")
        }
        self.name = name
        self.kind = kind
    }

    /// Whether the item is paid per seat bought.
    public var isPerSeat: Bool {
        switch kind {
        case .perSeat, .perSeatMonthly: true
        default: false
        }
    }

    /// The amount of this item in month `month` (0 = the start, t = 0; 1…`horizonMonths` after it).
    ///
    /// - Parameters:
    ///   - month: The month offset.
    ///   - seats: Seats bought.
    ///   - participants: Participants.
    ///   - defaultMonths: How many months an open-ended monthly item runs.
    /// - Returns: The amount falling in that month.
    func amount(inMonth month: Int, seats: Int, participants: Int, defaultMonths: Int) -> Decimal {
        switch kind {
        case .oneTime(let amount):
            return month == 0 ? amount : 0
        case .perSeat(let amount):
            return month == 0 ? amount * Decimal(seats) : 0
        case .participantTime(let hours, let rate):
            return month == 0 ? hours * Decimal(participants) * rate : 0
        case .monthly(let amount, let months):
            return month >= 1 && month <= (months ?? defaultMonths) ? amount : 0
        case .perSeatMonthly(let amount, let months):
            return month >= 1 && month <= (months ?? defaultMonths) ? amount * Decimal(seats) : 0
        }
    }

    private enum CodingKeys: String, CodingKey { case name, kind, amount, months, hours, loadedHourlyRate }

    /// Decodes one of the shapes above, checking the figures.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .name)
        let kindName = try container.decode(String.self, forKey: .kind)
        let kind: Kind
        switch kindName {
        case "oneTime": kind = .oneTime(amount: try container.decode(Decimal.self, forKey: .amount))
        case "perSeat": kind = .perSeat(amount: try container.decode(Decimal.self, forKey: .amount))
        case "monthly":
            kind = .monthly(
                amount: try container.decode(Decimal.self, forKey: .amount),
                months: try container.decodeIfPresent(Int.self, forKey: .months))
        case "perSeatMonthly":
            kind = .perSeatMonthly(
                amount: try container.decode(Decimal.self, forKey: .amount),
                months: try container.decodeIfPresent(Int.self, forKey: .months))
        case "participantTime":
            kind = .participantTime(
                hours: try container.decode(Decimal.self, forKey: .hours),
                loadedHourlyRate: try container.decode(Decimal.self, forKey: .loadedHourlyRate))
        default:
            throw ValidationError(
                .outOfRange, field: "kind",
                message:
                    "must be oneTime, monthly, perSeat, perSeatMonthly or participantTime, found \(ErrorText.quoted(kindName))"
            )
        }
        try self.init(name: name, kind: kind)
    }

    /// Encodes the shape for its kind.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(kind.name, forKey: .kind)
        switch kind {
        case .oneTime(let amount), .perSeat(let amount):
            try container.encode(amount, forKey: .amount)
        case .monthly(let amount, let months), .perSeatMonthly(let amount, let months):
            try container.encode(amount, forKey: .amount)
            try container.encodeIfPresent(months, forKey: .months)
        case .participantTime(let hours, let rate):
            try container.encode(hours, forKey: .hours)
            try container.encode(rate, forKey: .loadedHourlyRate)
        }
    }
}
