/// A scoring or reporting period: a calendar month (the default), an ISO week, or a calendar quarter.
///
/// A period is a granularity and an ordinal (months since year 0, weeks since the epoch, quarters since
/// year 0), so consecutive periods differ by one and a period range is a plain integer range.
///
/// ```swift
/// let march = try Period(parsing: "2025-03")          // month
/// let q1 = Period(containing: try Day(parsing: "2025-02-10"), granularity: .quarter)
/// q1.description                                      // "2025-Q1"
/// ```
public struct Period: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The length of a period.
    public enum Granularity: String, Hashable, Sendable, Codable, CaseIterable {
        /// An ISO 8601 week, Monday to Sunday; printed `YYYY-Www`.
        case week
        /// A calendar month; printed `YYYY-MM`.
        case month
        /// A calendar quarter; printed `YYYY-Qn`.
        case quarter
    }

    /// The length of the period.
    public var granularity: Granularity
    /// The ordinal: months or quarters since year 0, or weeks since the Monday before 1970-01-01.
    public var ordinal: Int

    /// Creates a period from its granularity and ordinal.
    public init(granularity: Granularity, ordinal: Int) {
        self.granularity = granularity
        self.ordinal = ordinal
    }

    /// The month `month` (1–12) of `year`.
    public static func month(_ year: Int, _ month: Int) -> Period {
        precondition((1...12).contains(month), "month must be 1...12")
        return Period(granularity: .month, ordinal: year * 12 + month - 1)
    }

    /// The period of the given granularity that contains `day`.
    public init(containing day: Day, granularity: Granularity = .month) {
        self.granularity = granularity
        switch granularity {
        case .month:
            let c = day.civil
            ordinal = c.year * 12 + c.month - 1
        case .quarter:
            let c = day.civil
            ordinal = c.year * 4 + (c.month - 1) / 3
        case .week:
            let shifted = day.daysSinceEpoch + 3  // days since Monday 1969-12-29
            ordinal = shifted >= 0 ? shifted / 7 : (shifted - 6) / 7
        }
    }

    /// Parses `YYYY-MM` (month), `YYYY-Qn` (quarter) or `YYYY-Www` (ISO week).
    ///
    /// - Throws: ``InputError`` with code `.invalidValue` when the text is not a period.
    public init(parsing text: String) throws(InputError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]) else {
            throw InputError(.invalidValue, message: "invalid period \(ErrorText.quoted(text))")
        }
        let tail = parts[1]
        if tail.count == 2, tail.allSatisfy(\.isASCII), let month = Int(tail), (1...12).contains(month) {
            self = .month(year, month)
        } else if tail.count == 2, tail.first == "Q", let quarter = Int(tail.dropFirst()), (1...4).contains(quarter) {
            self.init(granularity: .quarter, ordinal: year * 4 + quarter - 1)
        } else if tail.count == 3, tail.first == "W", let week = Int(tail.dropFirst()), week >= 1,
            week <= Period.isoWeeksInYear(year)
        {
            let firstMonday = Period.isoWeekOneMonday(year)
            self.init(containing: firstMonday.adding(days: (week - 1) * 7), granularity: .week)
        } else {
            throw InputError(.invalidValue, message: "invalid period \(ErrorText.quoted(text))")
        }
    }

    /// The first day of the period.
    public var firstDay: Day {
        switch granularity {
        case .month: Day(year: Period.floorDiv(ordinal, 12), month: Period.floorMod(ordinal, 12) + 1, day: 1)!
        case .quarter: Day(year: Period.floorDiv(ordinal, 4), month: Period.floorMod(ordinal, 4) * 3 + 1, day: 1)!
        case .week: Day(daysSinceEpoch: ordinal * 7 - 3)
        }
    }

    /// The last day of the period.
    public var lastDay: Day { next.firstDay.adding(days: -1) }

    /// The period after this one.
    public var next: Period { Period(granularity: granularity, ordinal: ordinal + 1) }

    /// The period before this one.
    public var previous: Period { Period(granularity: granularity, ordinal: ordinal - 1) }

    /// `YYYY-MM`, `YYYY-Qn` or `YYYY-Www`.
    public var description: String {
        switch granularity {
        case .month:
            return "\(Day.pad(Period.floorDiv(ordinal, 12), 4))-\(Day.pad(Period.floorMod(ordinal, 12) + 1, 2))"
        case .quarter:
            return "\(Day.pad(Period.floorDiv(ordinal, 4), 4))-Q\(Period.floorMod(ordinal, 4) + 1)"
        case .week:
            let thursday = firstDay.adding(days: 3)  // the ISO week-numbering year is the Thursday's year
            let year = thursday.year
            let week = Period.isoWeekOneMonday(year).days(to: firstDay) / 7 + 1
            return "\(Day.pad(year, 4))-W\(Day.pad(week, 2))"
        }
    }

    /// Orders periods of the same granularity chronologically.
    public static func < (lhs: Period, rhs: Period) -> Bool {
        precondition(lhs.granularity == rhs.granularity, "periods of different granularity do not compare")
        return lhs.ordinal < rhs.ordinal
    }

    /// Decodes from the printed form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try Period(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected a period YYYY-MM, YYYY-Qn or YYYY-Www, found \"\(text)\".")
        }
    }

    /// Encodes as the printed form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : (a - b + 1) / b }
    static func floorMod(_ a: Int, _ b: Int) -> Int { a - floorDiv(a, b) * b }

    static func isoWeekOneMonday(_ year: Int) -> Day {
        let january4 = Day(year: year, month: 1, day: 4)!
        return january4.adding(days: -(january4.isoWeekday - 1))
    }

    static func isoWeeksInYear(_ year: Int) -> Int {
        isoWeekOneMonday(year).days(to: isoWeekOneMonday(year + 1)) / 7
    }
}

/// A closed range of consecutive periods of one granularity, such as 2025-01 through 2025-12.
public struct PeriodRange: Hashable, Sendable, Codable, Sequence {
    /// The first period.
    public var first: Period
    /// The last period, included.
    public var last: Period

    /// Creates a range.
    ///
    /// - Throws: ``ValidationError`` with code `.outOfOrder` when `last` comes before `first`, or `.outOfRange`
    ///   when the two have different granularities.
    public init(_ first: Period, through last: Period) throws(ValidationError) {
        guard first.granularity == last.granularity else {
            throw ValidationError(
                .outOfRange, subject: "period range \(first)..\(last)", message: "the granularities differ")
        }
        guard first.ordinal <= last.ordinal else {
            throw ValidationError(
                .outOfOrder, subject: "period range \(first)..\(last)", message: "the end comes before the start")
        }
        self.first = first
        self.last = last
    }

    private enum CodingKeys: String, CodingKey { case first, last }

    /// Decodes `{"first": "2025-01", "last": "2025-12"}` and checks the range as ``init(_:through:)`` does.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for a reversed range or mixed granularities.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let first = try container.decode(Period.self, forKey: .first)
        let last = try container.decode(Period.self, forKey: .last)
        do {
            try self.init(first, through: last)
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: .last, in: container, debugDescription: String(describing: error))
        }
    }

    /// The number of periods in the range.
    public var count: Int { last.ordinal - first.ordinal + 1 }

    /// Whether the range contains `period`.
    public func contains(_ period: Period) -> Bool {
        period.granularity == first.granularity && period.ordinal >= first.ordinal && period.ordinal <= last.ordinal
    }

    /// The periods in order.
    public func makeIterator() -> AnyIterator<Period> {
        var ordinal = first.ordinal
        let last = last.ordinal
        let granularity = first.granularity
        return AnyIterator {
            guard ordinal <= last else { return nil }
            defer { ordinal += 1 }
            return Period(granularity: granularity, ordinal: ordinal)
        }
    }
}
