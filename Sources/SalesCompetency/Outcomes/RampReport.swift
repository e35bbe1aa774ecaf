/// Ramp time: days from a rep's hire day to the close day of their first won deal.
///
/// Only won deals closed on or after the hire day count (an earlier win belongs to a previous spell of
/// employment or is a data error). Reps without a hire day, and reps with no win yet, are listed apart.
/// The median of an even count is the mean of the two middle values.
///
/// ```swift
/// let ramp = RampReport(roster: roster, opportunities: deals)
/// ramp.days["rep-1"]     // 45
/// ramp.medianDays        // 52.5
/// ```
public struct RampReport: Hashable, Sendable, Codable {
    /// Days from hire to first win, per rep who has both.
    public let days: [Rep.ID: Int]
    /// Reps with a hire day and no win on or after it.
    public let notYetWon: [Rep.ID]
    /// Reps without a hire day.
    public let unknownHireDay: [Rep.ID]

    /// Works out the ramp time of every rep in the roster.
    ///
    /// - Parameters:
    ///   - roster: The people; only those in it are reported.
    ///   - opportunities: The deals, whatever their period.
    /// - Complexity: O(n + m) for n deals and m people, plus sorting.
    public init(roster: Roster, opportunities: [Opportunity]) {
        var firstWins: [Rep.ID: [Day]] = [:]
        for deal in opportunities where deal.outcome == .won {
            if let closed = deal.closed { firstWins[deal.ownerID, default: []].append(closed) }
        }
        var days: [Rep.ID: Int] = [:]
        var notYetWon: [Rep.ID] = []
        var unknown: [Rep.ID] = []
        for rep in roster {
            guard let hired = rep.hiredOn else {
                unknown.append(rep.id)
                continue
            }
            if let first = firstWins[rep.id, default: []].filter({ $0 >= hired }).min() {
                days[rep.id] = hired.days(to: first)
            } else {
                notYetWon.append(rep.id)
            }
        }
        self.days = days
        self.notYetWon = notYetWon.sorted()
        self.unknownHireDay = unknown.sorted()
    }

    /// The median ramp time in days, or `nil` when no rep has one.
    ///
    /// - Complexity: O(n log n).
    public var medianDays: Double? {
        let sorted = days.values.sorted()
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The mean ramp time in days, or `nil` when no rep has one.
    ///
    /// - Complexity: O(n).
    public var meanDays: Double? {
        days.isEmpty ? nil : Double(days.values.reduce(0, +)) / Double(days.count)
    }
}
