/// A scoring rule: task *t* evidences competency *c* for reps whose primary role is *r*, with a target per
/// period, a weight and a direction.
///
/// ```swift
/// let rule = try ScoringRule(
///     task: "prospecting_emails_sent", competency: "communicating-effectively", role: "consultant",
///     target: 40, weight: 1)
/// ```
public struct ScoringRule: Hashable, Sendable, Codable {
    /// Whether more of a task is better (calls made) or less is (days to quote).
    public enum Direction: String, Hashable, Sendable, Codable, CaseIterable {
        /// Attainment = value ÷ target, capped.
        case higherIsBetter = "higher"
        /// Attainment = target ÷ value, capped; a value of 0 attains the cap.
        case lowerIsBetter = "lower"
    }

    /// What period a rule's target is given for.
    public enum TargetBasis: String, Hashable, Sendable, Codable, CaseIterable {
        /// A target per calendar month (the rules file's `monthly_target`), scaled to the policy's periods by
        /// their days: each day carries `1 / days in its month` of it, so a quarter's target is 3 times it and an
        /// ISO week of June 7/30 of it.
        case monthly
        /// A target per period of the policy's granularity (the rules file's `target`), used as given.
        case perPeriod = "period"
    }

    /// The task whose value is measured.
    public let task: SalesTask.ID
    /// The competency the task evidences.
    public let competency: Competency.ID
    /// The role the rule applies to (reps whose primary role this is).
    public let role: Role.ID
    /// The target (positive, finite), per month or per period as ``targetBasis`` says.
    public let target: Double
    /// Whether ``target`` is per calendar month (the default) or per period of the policy.
    public let targetBasis: TargetBasis
    /// The weight of this rule among the rules of the same competency and role (positive, at most
    /// ``maximumWeight``).
    public let weight: Double
    /// Whether higher or lower values are better.
    public let direction: Direction

    /// The largest weight a rule may have, 10⁹. The weights of a competency's rules are added up; larger ones
    /// could overflow that sum to infinity and leave the score not a number.
    public static let maximumWeight = 1e9

    /// Creates a rule.
    ///
    /// - Parameters:
    ///   - task: The task measured.
    ///   - competency: The competency evidenced.
    ///   - role: The role the rule applies to.
    ///   - target: The target, > 0 and finite.
    ///   - targetBasis: Whether the target is per calendar month (the default) or per period of the policy.
    ///   - weight: The weight, > 0 and at most ``maximumWeight``.
    ///   - direction: Higher is better by default.
    /// - Throws: ``ScoringError`` with code `.invalidTarget` or `.invalidWeight`.
    public init(
        task: SalesTask.ID, competency: Competency.ID, role: Role.ID, target: Double,
        targetBasis: TargetBasis = .monthly, weight: Double, direction: Direction = .higherIsBetter
    ) throws {
        guard target.isFinite, target > 0 else {
            throw ScoringError(
                .invalidTarget, id: task.rawValue,
                message: "target of task \(task) for \(role) must be a positive finite number, found \(target)")
        }
        guard weight.isFinite, weight > 0, weight <= ScoringRule.maximumWeight else {
            throw ScoringError(
                .invalidWeight, id: task.rawValue,
                message: "weight of task \(task) for \(competency) must be a positive number up to 10⁹, found \(weight)"
            )
        }
        self.task = task
        self.competency = competency
        self.role = role
        self.target = target
        self.targetBasis = targetBasis
        self.weight = weight
        self.direction = direction
    }

    private enum CodingKeys: String, CodingKey { case task, competency, role, target, targetBasis, weight, direction }

    /// Decodes `{"task", "competency", "role", "target", "targetBasis", "weight", "direction"}` (`targetBasis`
    /// `monthly` when absent) and checks the same invariants as
    /// ``init(task:competency:role:target:targetBasis:weight:direction:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(
                task: try container.decode(SalesTask.ID.self, forKey: .task),
                competency: try container.decode(Competency.ID.self, forKey: .competency),
                role: try container.decode(Role.ID.self, forKey: .role),
                target: try container.decode(Double.self, forKey: .target),
                targetBasis: try container.decodeIfPresent(TargetBasis.self, forKey: .targetBasis) ?? .monthly,
                weight: try container.decode(Double.self, forKey: .weight),
                direction: try container.decodeIfPresent(Direction.self, forKey: .direction) ?? .higherIsBetter)
        } catch let error as ScoringError {
            throw DecodingError.dataCorruptedError(forKey: .target, in: container, debugDescription: error.message)
        }
    }

    /// The attainment of `value` against this rule's target, capped at `cap`.
    ///
    /// Higher is better: `min(value / target, cap)`. Lower is better: `min(target / value, cap)`, and `cap`
    /// when `value` is 0 (doing none of a thing to be minimised is the best possible).
    ///
    /// - Parameters:
    ///   - value: The task's value for a rep and period (≥ 0).
    ///   - cap: The attainment cap.
    /// - Returns: The attainment, in `0...cap`; a value that is not a number (a ratio of two totals that both
    ///   overflowed) reaches the cap, as it already does for a lower-is-better task.
    public func attainment(of value: Double, cap: Double) -> Double {
        ScoringRule.attainment(of: value, target: target, lowerIsBetter: direction == .lowerIsBetter, cap: cap)
    }

    @inline(__always)
    static func attainment(of value: Double, target: Double, lowerIsBetter: Bool, cap: Double) -> Double {
        if lowerIsBetter {
            return value > 0 ? min(target / value, cap) : cap
        }
        let ratio = value / target
        return ratio < cap ? ratio : cap  // not min(_:_:), which passes NaN through
    }
}
