public import Foundation

/// Outcome figures of a group of closed deals: a rep, a team, a month, or everyone.
///
/// - Win rate = won ÷ (won + lost); `nil` when there are no closed deals (never NaN).
/// - Sales-cycle days = close day − open day, over won deals with both days: mean and median (the mean of
///   the two middle values for an even count); `nil` when no won deal has both days.
/// - Won value = the sum of the values of won deals.
public struct OutcomeSummary: Hashable, Sendable, Codable {
    /// Deals won.
    public let won: Int
    /// Deals lost.
    public let lost: Int
    /// The sum of the won deals' values.
    public let wonValue: Decimal
    /// How many won deals have both an open and a close day, so count in the cycle figures.
    public let cycleDeals: Int
    /// The mean sales-cycle length in days, or `nil` when ``cycleDeals`` is 0.
    public let meanCycleDays: Double?
    /// The median sales-cycle length in days, or `nil` when ``cycleDeals`` is 0.
    public let medianCycleDays: Double?

    /// won ÷ (won + lost), or `nil` when there are no closed deals.
    public var winRate: Double? {
        won + lost == 0 ? nil : Double(won) / Double(won + lost)
    }

    /// The summary of the closed deals among `deals` (open deals are skipped).
    ///
    /// - Parameter deals: The deals of the group.
    /// - Complexity: O(n log n) for the median.
    public init(_ deals: some Sequence<Opportunity>) {
        var tally = OutcomeTally()
        for deal in deals { tally.add(deal) }
        self.init(tally)
    }

    init(_ tally: OutcomeTally) {
        won = tally.won
        lost = tally.lost
        wonValue = tally.wonValue
        cycleDeals = tally.cycles.count
        let cycles = tally.cycles.sorted()
        if cycles.isEmpty {
            meanCycleDays = nil
            medianCycleDays = nil
        } else {
            meanCycleDays = Double(cycles.reduce(0, +)) / Double(cycles.count)
            let middle = cycles.count / 2
            medianCycleDays =
                cycles.count % 2 == 1 ? Double(cycles[middle]) : Double(cycles[middle - 1] + cycles[middle]) / 2
        }
    }

    private enum CodingKeys: String, CodingKey {
        case won, lost, winRate, wonValue, cycleDeals, meanCycleDays, medianCycleDays
    }

    /// Decodes the shape ``encode(to:)`` writes; the win rate is recomputed from the counts.
    ///
    /// - Throws: `DecodingError` when a count is negative or a cycle figure is missing although
    ///   ``cycleDeals`` is positive.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        won = try container.decode(Int.self, forKey: .won)
        lost = try container.decode(Int.self, forKey: .lost)
        wonValue = try container.decode(Decimal.self, forKey: .wonValue)
        cycleDeals = try container.decode(Int.self, forKey: .cycleDeals)
        meanCycleDays = try container.decodeIfPresent(Double.self, forKey: .meanCycleDays)
        medianCycleDays = try container.decodeIfPresent(Double.self, forKey: .medianCycleDays)
        guard won >= 0, lost >= 0, cycleDeals >= 0, cycleDeals <= won, wonValue >= 0,
            (cycleDeals == 0) == (meanCycleDays == nil), (cycleDeals == 0) == (medianCycleDays == nil)
        else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath, debugDescription: "inconsistent outcome counts or cycle figures"))
        }
    }

    /// Encodes `{"won", "lost", "winRate", "wonValue", "cycleDeals", "meanCycleDays", "medianCycleDays"}`, with
    /// `null` for the figures that do not exist.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(won, forKey: .won)
        try container.encode(lost, forKey: .lost)
        try container.encode(winRate, forKey: .winRate)
        try container.encode(wonValue, forKey: .wonValue)
        try container.encode(cycleDeals, forKey: .cycleDeals)
        try container.encode(meanCycleDays, forKey: .meanCycleDays)
        try container.encode(medianCycleDays, forKey: .medianCycleDays)
    }
}

/// A mergeable running count behind ``OutcomeSummary``.
struct OutcomeTally {
    var won = 0
    var lost = 0
    var wonValue = Decimal.zero
    var cycles: [Int] = []

    mutating func add(_ deal: Opportunity) {
        switch deal.outcome {
        case .won:
            won += 1
            wonValue += deal.value
            if let days = deal.cycleDays { cycles.append(days) }
        case .lost: lost += 1
        case .open: break
        }
    }
}
