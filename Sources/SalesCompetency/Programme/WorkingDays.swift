/// Which days a manager can hold a reinforcement: not a weekend day and not a holiday.
///
/// ```swift
/// let days = WorkingDays(holidays: [try Day(parsing: "2025-12-25")])
/// days.nextWorkingDay(onOrAfter: try Day(parsing: "2025-12-27"))   // 2025-12-29, a Monday
/// ```
public struct WorkingDays: Hashable, Sendable, Codable {
    /// The ISO weekdays off (1 is Monday, 7 is Sunday); Saturday and Sunday by default.
    public var weekend: Set<Int>
    /// The days off besides the weekend.
    public var holidays: Set<Day>

    /// Creates a working week.
    ///
    /// - Parameters:
    ///   - weekend: The ISO weekdays off, each 1…7, not all seven. Default Saturday and Sunday.
    ///   - holidays: The days off besides the weekend.
    /// - Throws: ``ValidationError`` with code `.valueOutOfRange` naming `weekend` for a weekday outside 1…7 or
    ///   a week without a working day.
    public init(weekend: Set<Int> = [6, 7], holidays: Set<Day> = []) throws {
        guard weekend.allSatisfy({ (1...7).contains($0) }), weekend.count < 7 else {
            throw ValidationError(
                .valueOutOfRange, item: "working days", field: "weekend",
                message: "weekdays are 1 (Monday) to 7 (Sunday) and at least one must be a working day")
        }
        self.weekend = weekend
        self.holidays = holidays
    }

    /// Saturday and Sunday off, no holidays.
    public static let `default` = try! WorkingDays()

    /// Whether `day` is a working day.
    ///
    /// - Parameter day: The day.
    /// - Returns: `true` unless it falls on the weekend or a holiday.
    public func isWorkingDay(_ day: Day) -> Bool {
        !weekend.contains(day.isoWeekday) && !holidays.contains(day)
    }

    /// The first working day on or after `day`: a session due on a weekend or holiday moves forward.
    ///
    /// - Parameter day: The day a session is due.
    /// - Returns: `day` itself when it is a working day, otherwise the next one.
    /// - Complexity: O(h) for h consecutive days off.
    public func nextWorkingDay(onOrAfter day: Day) -> Day {
        var candidate = day
        while !isWorkingDay(candidate) { candidate = candidate.adding(days: 1) }
        return candidate
    }

    private enum CodingKeys: String, CodingKey { case weekend, holidays }

    /// Decodes `{"weekend": [6, 7], "holidays": ["2025-12-25"]}`, checking the weekdays.
    ///
    /// - Throws: ``ValidationError`` as ``init(weekend:holidays:)`` does, or `DecodingError` for the wrong shape.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            weekend: try container.decodeIfPresent(Set<Int>.self, forKey: .weekend) ?? [6, 7],
            holidays: try container.decodeIfPresent(Set<Day>.self, forKey: .holidays) ?? [])
    }

    /// Encodes the weekdays and holidays, each sorted.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(weekend.sorted(), forKey: .weekend)
        try container.encode(holidays.sorted(), forKey: .holidays)
    }
}
