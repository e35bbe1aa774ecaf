/// Non-induced sales churn over a span of days: departures that the company did not induce ÷ average headcount.
///
/// - Headcount on a day = the people employed that day (hired on or before it, not left before it; a person
///   who leaves on a day still counts that day).
/// - Average headcount = (headcount on the first day + headcount on the last day) ÷ 2.
/// - Non-induced departures = people whose last day falls within the span and whose departure is not
///   `induced`: the `voluntary` ones and those with no recorded reason (counted apart in ``unknownReason``
///   so a host can see how much of the rate rests on missing data). Induced departures are not churn.
/// - Rate = non-induced departures ÷ average headcount, `nil` when the average headcount is 0.
///
/// ```swift
/// let churn = try ChurnReport(roster, from: Day(parsing: "2025-01-01"), through: Day(parsing: "2025-12-31"))
/// churn.rate   // 0.125 for 2 voluntary departures over an average of 16
/// ```
public struct ChurnReport: Hashable, Sendable, Codable {
    /// The first day of the span.
    public let from: Day
    /// The last day of the span.
    public let through: Day
    /// People employed on the first day.
    public let headcountAtStart: Int
    /// People employed on the last day.
    public let headcountAtEnd: Int
    /// Voluntary departures within the span.
    public let voluntary: Int
    /// Induced departures within the span (not churn).
    public let induced: Int
    /// Departures within the span with no recorded reason (not counted in the rate).
    public let unknownReason: Int

    /// (headcount at start + headcount at end) ÷ 2.
    public var averageHeadcount: Double { Double(headcountAtStart + headcountAtEnd) / 2 }

    /// Departures that were not induced: voluntary ones and those with no recorded reason.
    public var nonInduced: Int { voluntary + unknownReason }

    /// Non-induced departures ÷ average headcount, or `nil` when the average headcount is 0.
    public var rate: Double? {
        averageHeadcount == 0 ? nil : Double(nonInduced) / averageHeadcount
    }

    /// Counts the churn of a group of people over a span of days.
    ///
    /// - Parameters:
    ///   - people: The people, for example a roster or one team's members.
    ///   - from: The first day.
    ///   - through: The last day, included.
    /// - Throws: ``ValidationError`` with code `.outOfOrder` when `through` is before `from`.
    /// - Complexity: O(n).
    public init(_ people: some Sequence<Rep>, from: Day, through: Day) throws {
        guard from <= through else {
            throw ValidationError(
                .outOfOrder, subject: "churn span", field: "through", message: "\(through) is before \(from)")
        }
        var start = 0
        var end = 0
        var voluntary = 0
        var induced = 0
        var unknown = 0
        for person in people {
            if person.isEmployed(on: from) { start += 1 }
            if person.isEmployed(on: through) { end += 1 }
            guard let left = person.leftOn, left >= from, left <= through else { continue }
            switch person.departure {
            case .voluntary: voluntary += 1
            case .induced: induced += 1
            case nil: unknown += 1
            }
        }
        self.from = from
        self.through = through
        headcountAtStart = start
        headcountAtEnd = end
        self.voluntary = voluntary
        self.induced = induced
        unknownReason = unknown
    }

    /// Counts the churn of a group of people over a period, from its first to its last day.
    ///
    /// - Parameters:
    ///   - people: The people.
    ///   - period: The period, such as a month or a quarter.
    /// - Complexity: O(n).
    public init(_ people: some Sequence<Rep>, in period: Period) {
        // A period's first day is never after its last, so this cannot throw.
        do { try self.init(people, from: period.firstDay, through: period.lastDay) } catch {
            preconditionFailure("a period ends before it starts: \(period)")
        }
    }

    private enum CodingKeys: String, CodingKey {
        case from, through, headcountAtStart, headcountAtEnd, averageHeadcount, voluntary, induced, unknownReason, rate
    }

    /// Decodes the shape ``encode(to:)`` writes; the average and rate are recomputed.
    ///
    /// - Throws: `DecodingError` when the span is reversed or a count is negative.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        from = try container.decode(Day.self, forKey: .from)
        through = try container.decode(Day.self, forKey: .through)
        headcountAtStart = try container.decode(Int.self, forKey: .headcountAtStart)
        headcountAtEnd = try container.decode(Int.self, forKey: .headcountAtEnd)
        voluntary = try container.decode(Int.self, forKey: .voluntary)
        induced = try container.decode(Int.self, forKey: .induced)
        unknownReason = try container.decode(Int.self, forKey: .unknownReason)
        guard from <= through,
            [headcountAtStart, headcountAtEnd, voluntary, induced, unknownReason].allSatisfy({ $0 >= 0 })
        else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath, debugDescription: "reversed span or negative count"))
        }
    }

    /// Encodes the counts, the average headcount and the rate (`null` when there is none).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(through, forKey: .through)
        try container.encode(headcountAtStart, forKey: .headcountAtStart)
        try container.encode(headcountAtEnd, forKey: .headcountAtEnd)
        try container.encode(averageHeadcount, forKey: .averageHeadcount)
        try container.encode(voluntary, forKey: .voluntary)
        try container.encode(induced, forKey: .induced)
        try container.encode(unknownReason, forKey: .unknownReason)
        try container.encode(rate, forKey: .rate)
    }
}
