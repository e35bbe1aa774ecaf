import Foundation

/// Retention over time after a training on day 0 and reinforcements on later whole days.
///
/// Between learning events retention follows the forgetting curve of the current stability; at each
/// reinforcement it returns to 1 and stability changes as ``ReinforcementPolicy`` says. With no
/// reinforcements this is the plain ``RetentionModel`` curve.
///
/// ```swift
/// let timeline = try RetentionTimeline(model: .default, reinforcementDays: [5, 16, 38])
/// timeline.retention(atDay: 30)
/// ```
public struct RetentionTimeline: Hashable, Sendable {
    /// One stretch between learning events: from `startDay`, retention e^(−(t − startDay)/stability).
    public struct Segment: Hashable, Sendable, Codable {
        /// The day of the learning event that starts the stretch (0 for the training).
        public let startDay: Int
        /// The stability during the stretch, in days.
        public let stability: Double
    }

    /// The forgetting curve right after the training.
    public let model: RetentionModel
    /// How reinforcements change stability.
    public let policy: ReinforcementPolicy
    /// The days of the reinforcements, strictly increasing, each after day 0.
    public let reinforcementDays: [Int]
    /// The stretches: the training's, then one per reinforcement.
    public let segments: [Segment]

    /// Creates a timeline.
    ///
    /// - Parameters:
    ///   - model: The forgetting curve after the training.
    ///   - policy: How reinforcements change stability. Default ``ReinforcementPolicy/default``.
    ///   - reinforcementDays: Days after the training, strictly increasing, each greater than 0.
    /// - Throws: ``ValidationError`` with code `outOfOrder` naming `reinforcementDays[i]` when a day is not
    ///   after the training or not after the previous reinforcement.
    /// - Complexity: O(n) for n reinforcements.
    public init(
        model: RetentionModel, policy: ReinforcementPolicy = .default, reinforcementDays: [Int] = []
    ) throws {
        var segments = [Segment(startDay: 0, stability: model.stability)]
        for (index, day) in reinforcementDays.enumerated() {
            let previous = segments[segments.count - 1]
            guard day > previous.startDay else {
                let what =
                    index == 0 ? "the training on day 0" : "reinforcementDays[\(index - 1)] = \(previous.startDay)"
                throw ValidationError(
                    .outOfOrder, field: "reinforcementDays[\(index)]",
                    message: "day \(day) must come after \(what)")
            }
            let stability = policy.stability(after: previous.stability, gap: Double(day - previous.startDay))
            segments.append(Segment(startDay: day, stability: stability))
        }
        self.model = model
        self.policy = policy
        self.reinforcementDays = reinforcementDays
        self.segments = segments
    }

    /// The segment in force on `day`: the last one that starts on or before it (a reinforcement on `day`
    /// counts as done).
    ///
    /// - Complexity: O(log n).
    func segment(atDay day: Double) -> Segment {
        var low = 0
        var high = segments.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Double(segments[middle].startDay) <= day { low = middle } else { high = middle - 1 }
        }
        return segments[low]
    }

    /// The retention on `day` (a fractional day is fine); on a reinforcement day it is the value just after
    /// the reinforcement, 1.
    ///
    /// - Parameter day: Days since the training.
    /// - Returns: The fraction retained, in (0, 1].
    /// - Complexity: O(log n).
    public func retention(atDay day: Double) -> Double {
        guard day > 0 else { return 1 }
        let current = segment(atDay: day)
        return exp(-(day - Double(current.startDay)) / current.stability)
    }

    /// The stability in force on `day`.
    ///
    /// - Complexity: O(log n).
    public func stability(atDay day: Double) -> Double { segment(atDay: day).stability }

    /// The retention just before each reinforcement, in order.
    ///
    /// - Complexity: O(n).
    public var retentionBeforeReinforcements: [Double] {
        zip(segments, segments.dropFirst()).map { previous, next in
            exp(-Double(next.startDay - previous.startDay) / previous.stability)
        }
    }

    /// The first moment retention falls below `target` within `horizonDays`, or `nil` when it stays at or
    /// above it (within 1e-12) through the horizon.
    ///
    /// - Parameters:
    ///   - target: A retention level strictly between 0 and 1.
    ///   - horizonDays: The last day that matters.
    /// - Returns: The day (fractional) when retention reaches `target` and starts to fall below it.
    /// - Throws: ``ValidationError`` naming `target` when it is not strictly between 0 and 1.
    /// - Complexity: O(n).
    public func firstDayBelow(_ target: Double, throughDay horizonDays: Double) throws -> Double? {
        try RetentionCheck.requireOpenUnit(target, "target")
        for (index, segment) in segments.enumerated() {
            let start = Double(segment.startDay)
            guard start <= horizonDays else { break }
            let end = index + 1 < segments.count ? Double(segments[index + 1].startDay) : horizonDays
            let stop = min(end, horizonDays)
            if exp(-(stop - start) / segment.stability) < target - Self.tolerance {
                return start - segment.stability * log(target)
            }
        }
        return nil
    }

    /// How far below a target retention may dip and still count as meeting it, to absorb rounding.
    public static let tolerance = 1e-12
}
