import Foundation

/// Finds the fewest reinforcements, and on which whole days, that keep retention at or above a target from
/// the training (day 0) through a horizon.
///
/// ```swift
/// let planner = try ReinforcementPlanner(model: .default)   // 90% through day 365
/// let plan = planner.plan()
/// plan.isFeasible   // true
/// plan.days         // the reinforcement days
/// print(plan.summary)
/// ```
///
/// The search is exact for whole-day schedules. Once the last learning event is fixed, what happens next
/// depends only on its day t and the stability S it left, and a larger S on the same day is never worse
/// (retention falls more slowly and the next reinforcement gains at least as much). So level n of a
/// breadth-first search keeps, for every day, the largest stability any schedule of n reinforcements can
/// leave on that day; the first level with a state whose retention holds to the horizon gives the fewest
/// events. A reinforcement on day t′ after an event on day t with stability S is allowed when
/// t′ − t ≥ the minimum gap and retention just before it, e^(−(t′−t)/S), is still at or above the target.
/// Among the schedules with the fewest events the planner returns the one with the highest retention on
/// the horizon day (then the earliest last event).
public struct ReinforcementPlanner: Hashable, Sendable {
    /// The forgetting curve right after the training.
    public let model: RetentionModel
    /// How reinforcements change stability.
    public let policy: ReinforcementPolicy
    /// The retention to hold, strictly between 0 and 1.
    public let target: Double
    /// The last day that must hold the target, 0…``maximumHorizonDays``.
    public let horizonDays: Int

    /// The longest horizon the planner accepts: ten years of days, which keeps the exact search well under a
    /// second.
    public static let maximumHorizonDays = 3650
    /// The most reinforcements allowed, ≥ 0.
    public let maximumEvents: Int
    /// The fewest days between two learning events (training included), ≥ 1.
    public let minimumGapDays: Int

    /// Creates a planner.
    ///
    /// - Parameters:
    ///   - model: The forgetting curve after the training.
    ///   - policy: How reinforcements change stability. Default ``ReinforcementPolicy/default``.
    ///   - target: The retention to hold, strictly between 0 and 1. Default 0.9 (the source model's 90%).
    ///   - horizonDays: The last day that must hold it, 0…``maximumHorizonDays``. Default 365 (the source model's one
    ///     year).
    ///   - maximumEvents: The most reinforcements allowed, 0…1000. Default 12.
    ///   - minimumGapDays: The fewest days between two learning events, ≥ 1. Default 1.
    /// - Throws: ``ValidationError`` naming the field that is out of range.
    public init(
        model: RetentionModel, policy: ReinforcementPolicy = .default, target: Double = 0.9,
        horizonDays: Int = 365, maximumEvents: Int = 12, minimumGapDays: Int = 1
    ) throws {
        try RetentionCheck.requireOpenUnit(target, "target")
        guard (0...Self.maximumHorizonDays).contains(horizonDays) else {
            throw ValidationError(
                .outOfRange, field: "horizonDays",
                message: "must be between 0 and \(Self.maximumHorizonDays), found \(horizonDays)")
        }
        guard (0...1000).contains(maximumEvents) else {
            throw ValidationError(
                .outOfRange, field: "maximumEvents", message: "must be between 0 and 1000, found \(maximumEvents)")
        }
        guard minimumGapDays >= 1 else {
            throw ValidationError(
                .outOfRange, field: "minimumGapDays", message: "must be at least 1, found \(minimumGapDays)")
        }
        self.model = model
        self.policy = policy
        self.target = target
        self.horizonDays = horizonDays
        self.maximumEvents = maximumEvents
        self.minimumGapDays = minimumGapDays
    }

    private struct State {
        var stability: Double
        var parentDay: Int
    }

    /// Plans the reinforcements.
    ///
    /// - Returns: The fewest reinforcements that hold the target, or the best schedule within the limits and
    ///   the day it fails.
    /// - Complexity: O(E · H²) for E = ``maximumEvents`` and H = ``horizonDays``, in the worst case.
    public func plan() -> ReinforcementPlan {
        let threshold = target - RetentionTimeline.tolerance
        func holds(from day: Int, _ stability: Double, until end: Int) -> Bool {
            Double(end - day) / stability <= -log(threshold)
        }
        // levels[n][day] = the largest stability n reinforcements can leave with the last one on `day`.
        var levels: [[Int: State]] = [[0: State(stability: model.stability, parentDay: -1)]]
        var best: (level: Int, day: Int, reach: Double)?
        var finished: (level: Int, day: Int)?
        for level in 0...maximumEvents {
            let states = levels[level]
            // A schedule is complete when retention holds from its last event to the horizon.
            let complete = states.filter { holds(from: $0.key, $0.value.stability, until: horizonDays) }
            if let choice = complete.max(by: { lhs, rhs in
                let left = Double(horizonDays - lhs.key) / lhs.value.stability
                let right = Double(horizonDays - rhs.key) / rhs.value.stability
                return left != right ? left > right : lhs.key > rhs.key
            }) {
                finished = (level, choice.key)
                break
            }
            for (day, state) in states {
                let reach = Double(day) - state.stability * log(threshold)
                if best == nil || reach > best!.reach { best = (level, day, reach) }
            }
            guard level < maximumEvents else { break }
            var next: [Int: State] = [:]
            for (day, state) in states.sorted(by: { $0.key < $1.key }) {
                let latest = Int((Double(day) - state.stability * log(threshold)).rounded(.down))
                guard day + minimumGapDays <= min(latest, horizonDays - 1) else { continue }
                for candidate in (day + minimumGapDays)...min(latest, horizonDays - 1)
                where holds(from: day, state.stability, until: candidate) {
                    let stability = policy.stability(after: state.stability, gap: Double(candidate - day))
                    if let existing = next[candidate], existing.stability >= stability { continue }
                    next[candidate] = State(stability: stability, parentDay: day)
                }
            }
            if next.isEmpty { break }
            levels.append(next)
        }
        let end = finished ?? (best.map { ($0.level, $0.day) } ?? (0, 0))
        var days: [Int] = []
        var day = end.1
        for level in stride(from: end.0, to: 0, by: -1) {
            days.append(day)
            day = levels[level][day]!.parentDay
        }
        return makePlan(days: days.reversed(), feasible: finished != nil)
    }

    private func makePlan(days: [Int], feasible: Bool) -> ReinforcementPlan {
        // The days come from the search, so they are increasing and after day 0.
        let timeline = try! RetentionTimeline(model: model, policy: policy, reinforcementDays: days)
        let before = timeline.retentionBeforeReinforcements
        let events = days.indices.map { index in
            ReinforcementPlan.Event(
                day: days[index], gapDays: days[index] - timeline.segments[index].startDay,
                retentionBefore: before[index], stabilityAfter: timeline.segments[index + 1].stability)
        }
        let horizon = Double(horizonDays)
        let atHorizon = timeline.retention(atDay: horizon)
        let minimum = (before + [atHorizon]).min() ?? 1
        let unreinforced = RetentionTimeline(uncheckedModel: model, policy: policy)
        return ReinforcementPlan(
            target: target, horizonDays: horizonDays, maximumEvents: maximumEvents, minimumGapDays: minimumGapDays,
            initialStability: model.stability, isFeasible: feasible, events: events,
            unreinforcedFallsBelowTargetOnDay: try! unreinforced.firstDayBelow(target, throughDay: horizon),
            fallsBelowTargetOnDay: try! timeline.firstDayBelow(target, throughDay: horizon),
            minimumRetention: minimum, retentionAtHorizon: atHorizon)
    }
}

extension RetentionTimeline {
    init(uncheckedModel model: RetentionModel, policy: ReinforcementPolicy) {
        // An empty schedule is always valid.
        self = try! RetentionTimeline(model: model, policy: policy, reinforcementDays: [])
    }
}
