/// A policy laid out for SQL, from the engine's own ``ScoringPlan`` (so the two agree on slots, competency order
/// and the order of summation): input tasks as numbered slots, and per role its competencies (sorted by id) with
/// their rules in policy order.
struct ScoringSQLPlan: Sendable {
    struct Rule: Sendable {
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
    let slots: [SalesTask.ID]
    let countsRows: [Bool]
    let roles: [Role]

    init(policy: ScoringPolicy) {
        let plan = ScoringPlan(policy: policy, roster: try! Roster([]))
        slots = plan.slots
        countsRows = plan.slotCountsRows
        roles = plan.roles.enumerated().map { index, role in
            let competencies = role.competencies.indices.map { competency in
                let rules = (role.ruleStart[competency]..<role.ruleStart[competency + 1]).map { rule in
                    let term = role.terms[role.ruleTerms[rule]]
                    return Rule(
                        numerator: term.numerator, denominator: term.denominator >= 0 ? term.denominator : nil,
                        target: term.target, monthlyTarget: !term.perPeriod, lowerIsBetter: term.lowerIsBetter,
                        weight: role.ruleWeights[rule])
                }
                return Competency(
                    id: role.competencies[competency], rules: rules, weightSum: role.weightSums[competency])
            }
            let slots = plan.slots.indices.filter { plan.scored[index * plan.slots.count + $0] }
            return Role(id: role.role, competencies: competencies, bands: role.bands, slots: slots)
        }
    }
}
