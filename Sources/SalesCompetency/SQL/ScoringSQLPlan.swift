/// A policy laid out for SQL: input tasks as numbered slots, and per role its competencies (sorted by id, as the
/// engine's grid has them) with their rules in policy order.
struct ScoringSQLPlan: Sendable {
    struct Rule: Sendable {
        var task: SalesTask.ID
        /// The slot of the task's total, or of a ratio's numerator.
        var numerator: Int
        /// The slot of a ratio's denominator, or `nil`.
        var denominator: Int?
        var target: Double
        /// Whether the target is per calendar month (scaled by the period's month factor).
        var monthlyTarget: Bool
        var lowerIsBetter: Bool
        var weight: Double
    }

    struct Competency: Sendable {
        var id: SalesCompetency.Competency.ID
        var rules: [Rule]
        /// Σ weight, added in rule order as the engine adds it.
        var weightSum: Double
    }

    struct Role: Sendable {
        var id: SalesCompetency.Role.ID
        var competencies: [Competency]
        var bands: StatusBands
        /// The slots any rule of the role reads.
        var slots: [Int]
    }

    /// Slot `i` is the total of `slots[i]`; `countsRows[i]` says it counts rows instead of adding quantities.
    var slots: [SalesTask.ID] = []
    var countsRows: [Bool] = []
    var roles: [Role] = []

    init(policy: ScoringPolicy) {
        var slotOf: [SalesTask.ID: Int] = [:]
        for task in policy.tasks {
            switch task.kind {
            case .sum, .count:
                slotOf[task.id] = slots.count
                slots.append(task.id)
                countsRows.append(task.kind == .count)
            case .ratio: break
            }
        }
        var roleOrder: [SalesCompetency.Role.ID] = []
        var rulesByRole: [SalesCompetency.Role.ID: [ScoringRule]] = [:]
        for rule in policy.rules {
            if rulesByRole[rule.role] == nil { roleOrder.append(rule.role) }
            rulesByRole[rule.role, default: []].append(rule)
        }
        for roleID in roleOrder {
            let rules = rulesByRole[roleID]!
            var competencies: [Competency] = []
            var used: Set<Int> = []
            for competencyID in Array(Set(rules.map(\.competency))).sorted() {
                var compiled: [Rule] = []
                var sum = 0.0
                for rule in rules where rule.competency == competencyID {
                    var numerator: Int
                    var denominator: Int?
                    if case .ratio(let top, let bottom) = policy.task(rule.task)?.kind {
                        numerator = slotOf[top]!
                        denominator = slotOf[bottom]!
                        used.insert(denominator!)
                    } else {
                        numerator = slotOf[rule.task]!
                    }
                    used.insert(numerator)
                    compiled.append(
                        Rule(
                            task: rule.task, numerator: numerator, denominator: denominator, target: rule.target,
                            monthlyTarget: ScoringSQLPlan.isMonthly(rule),
                            lowerIsBetter: rule.direction == .lowerIsBetter, weight: rule.weight))
                    sum += rule.weight
                }
                competencies.append(Competency(id: competencyID, rules: compiled, weightSum: sum))
            }
            roles.append(
                Role(
                    id: roleID, competencies: competencies, bands: policy.bands(for: roleID), slots: used.sorted()))
        }
    }

    /// Whether a rule's target is per calendar month.
    static func isMonthly(_ rule: ScoringRule) -> Bool { true }
}
