/// The answer of ``ReinforcementPlanner``: the fewest reinforcements, and on which days, that keep retention
/// at or above a target through a horizon — or, when no schedule within the limits can, the schedule that
/// holds the target longest and the day it fails.
public struct ReinforcementPlan: Hashable, Sendable, Codable {
    /// One planned reinforcement.
    public struct Event: Hashable, Sendable, Codable {
        /// The day after the training.
        public let day: Int
        /// Days since the previous learning event.
        public let gapDays: Int
        /// Retention just before the reinforcement.
        public let retentionBefore: Double
        /// Stability after the reinforcement, in days.
        public let stabilityAfter: Double
    }

    /// The retention to hold.
    public let target: Double
    /// The last day that must hold it.
    public let horizonDays: Int
    /// The most reinforcements allowed.
    public let maximumEvents: Int
    /// The fewest days allowed between two learning events.
    public let minimumGapDays: Int
    /// The stability right after the training, in days.
    public let initialStability: Double
    /// Whether ``events`` keep retention at or above ``target`` through ``horizonDays``.
    public let isFeasible: Bool
    /// The reinforcements: the fewest that work when ``isFeasible``, otherwise the schedule within the limits
    /// that holds the target longest.
    public let events: [Event]
    /// The day (fractional) retention would fall below the target with no reinforcement at all, or `nil`
    /// when it never does within the horizon.
    public let unreinforcedFallsBelowTargetOnDay: Double?
    /// The day (fractional) retention falls below the target with ``events``, or `nil` when it holds
    /// through the horizon.
    public let fallsBelowTargetOnDay: Double?
    /// The lowest retention between day 0 and the horizon with ``events``.
    public let minimumRetention: Double
    /// The retention on the horizon day with ``events``.
    public let retentionAtHorizon: Double

    /// The days of the reinforcements.
    public var days: [Int] { events.map(\.day) }

    /// The plan in plain words, for a report or a terminal.
    public var summary: String {
        let target = NumberFormatting.fixed(self.target * 100, decimals: 1) + "%"
        var lines: [String] = []
        if let day = unreinforcedFallsBelowTargetOnDay {
            lines.append(
                "Without reinforcement retention falls below \(target) on day "
                    + "\(NumberFormatting.fixed(day, decimals: 2)), so it cannot hold \(target) through day "
                    + "\(horizonDays).")
        } else {
            lines.append("Without reinforcement retention stays at or above \(target) through day \(horizonDays).")
        }
        if isFeasible {
            if !events.isEmpty {
                let days = events.map { String($0.day) }.joined(separator: ", ")
                lines.append(
                    "The fewest reinforcements that hold \(target) through day \(horizonDays): \(events.count), "
                        + "on days \(days).")
            }
        } else {
            let failure = fallsBelowTargetOnDay.map { NumberFormatting.fixed($0, decimals: 2) } ?? "?"
            lines.append(
                "No schedule of at most \(maximumEvents) reinforcement\(maximumEvents == 1 ? "" : "s") at least "
                    + "\(minimumGapDays) day\(minimumGapDays == 1 ? "" : "s") apart "
                    + "holds \(target) through day \(horizonDays); the best falls below it on day \(failure).")
        }
        return lines.joined(separator: "\n")
    }
}
