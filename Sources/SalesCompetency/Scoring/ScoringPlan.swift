import Foundation

/// A policy compiled against a roster: dense indices for reps, input tasks ("slots") and roles, and per role
/// the flat arrays the scoring kernel walks.
struct ScoringPlan: Sendable {
    /// One distinct (task, target, direction) a role's rules measure: its attainment is computed once per cell.
    struct Term: Sendable {
        var task: SalesTask.ID
        /// The slot whose total is the value, or the numerator of a ratio.
        var numerator: Int
        /// The denominator slot of a ratio, or -1.
        var denominator: Int
        var target: Double
        var lowerIsBetter: Bool
        /// Whether the target is per period of the policy rather than per month (which pro-rating treats apart).
        var perPeriod: Bool
    }

    struct RolePlan: Sendable {
        var role: Role.ID
        /// The competencies with a rule for the role, sorted by id: the grid's competency axis for the role.
        var competencies: [Competency.ID]
        var terms: [Term]
        /// Per competency `c`, its rules are `ruleStart[c]..<ruleStart[c + 1]` of `ruleTerms` and `ruleWeights`.
        var ruleStart: [Int]
        var ruleTerms: [Int]
        var ruleWeights: [Double]
        var weightSums: [Double]
        var bands: StatusBands
        /// The slots the role's rules read (sum and count tasks, both inputs of ratios): a rep-period with all of
        /// them 0 has no activity.
        var activitySlots: [Int]
    }

    let reps: [Rep.ID]
    /// Per rep, the index of its primary role in `roles`, or -1 when no rule names that role.
    let repRole: [Int32]
    /// The tasks whose totals are accumulated (sum and count tasks), in slot order.
    let slots: [SalesTask.ID]
    /// Per slot, whether a row adds 1 (count task) rather than its quantity.
    let slotCountsRows: [Bool]
    let roles: [RolePlan]
    /// `scored[role * slots.count + slot]`: whether some rule of the role needs the slot.
    let scored: [Bool]
    let cap: Double
    let granularity: Period.Granularity
    let employment: ScoringPolicy.Employment
    let absence: ScoringPolicy.Absence
    let timeZone: TimeZone
    /// Per rep, the first and last day of employment (days since the epoch), open sides at the `Int` extremes.
    let employedFrom: [Int]
    let employedThrough: [Int]

    init(policy: ScoringPolicy, roster: Roster) {
        var slots: [SalesTask.ID] = []
        var countsRows: [Bool] = []
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
        var roleOrder: [Role.ID] = []
        var rulesByRole: [Role.ID: [ScoringRule]] = [:]
        for rule in policy.rules {
            if rulesByRole[rule.role] == nil { roleOrder.append(rule.role) }
            rulesByRole[rule.role, default: []].append(rule)
        }
        var roles: [RolePlan] = []
        var scored = [Bool](repeating: false, count: roleOrder.count * slots.count)
        for (roleIndex, role) in roleOrder.enumerated() {
            let rules = rulesByRole[role]!
            let competencies = Array(Set(rules.map(\.competency))).sorted()
            var terms: [Term] = []
            var termIndex: [String: Int] = [:]
            var ruleStart = [0]
            var ruleTerms: [Int] = []
            var ruleWeights: [Double] = []
            var weightSums: [Double] = []
            for competency in competencies {
                var sum = 0.0
                for rule in rules where rule.competency == competency {
                    let key =
                        "\(rule.task.rawValue)\u{0}\(rule.target)\u{0}\(rule.direction.rawValue)\u{0}\(rule.targetBasis)"
                    let index: Int
                    if let known = termIndex[key] {
                        index = known
                    } else {
                        var numerator = -1
                        var denominator = -1
                        if case .ratio(let top, let bottom) = policy.task(rule.task)?.kind {
                            numerator = slotOf[top]!
                            denominator = slotOf[bottom]!
                        } else {
                            numerator = slotOf[rule.task]!
                        }
                        scored[roleIndex * slots.count + numerator] = true
                        if denominator >= 0 { scored[roleIndex * slots.count + denominator] = true }
                        index = terms.count
                        termIndex[key] = index
                        terms.append(
                            Term(
                                task: rule.task, numerator: numerator, denominator: denominator, target: rule.target,
                                lowerIsBetter: rule.direction == .lowerIsBetter,
                                perPeriod: rule.targetBasis == .perPeriod))
                    }
                    ruleTerms.append(index)
                    ruleWeights.append(rule.weight)
                    sum += rule.weight
                }
                weightSums.append(sum)
                ruleStart.append(ruleTerms.count)
            }
            roles.append(
                RolePlan(
                    role: role, competencies: competencies, terms: terms, ruleStart: ruleStart, ruleTerms: ruleTerms,
                    ruleWeights: ruleWeights, weightSums: weightSums, bands: policy.bands(for: role),
                    activitySlots: slots.indices.filter { scored[roleIndex * slots.count + $0] }))
        }
        let roleIndex = Dictionary(uniqueKeysWithValues: roleOrder.enumerated().map { ($1, Int32($0)) })
        self.reps = roster.reps.map(\.id)
        self.repRole = roster.reps.map { roleIndex[$0.primaryRole] ?? -1 }
        self.slots = slots
        self.slotCountsRows = countsRows
        self.roles = roles
        self.scored = scored
        self.cap = policy.attainmentCap
        self.granularity = policy.granularity
        self.employment = policy.employment
        self.absence = policy.absence
        self.timeZone = policy.timeZone
        self.employedFrom = roster.reps.map { $0.hiredOn?.daysSinceEpoch ?? Int.min }
        self.employedThrough = roster.reps.map { $0.leftOn?.daysSinceEpoch ?? Int.max }
    }

    /// The number of competencies scored for rep `rep` (0 when its role has no rules).
    @inline(__always)
    func competencyCount(rep: Int) -> Int {
        let role = repRole[rep]
        return role < 0 ? 0 : roles[Int(role)].competencies.count
    }

    /// Per rep, the first grid row of the rep; the last element is the number of rows.
    func rowStarts(periodCount: Int) -> [Int] {
        var starts = [Int]()
        starts.reserveCapacity(reps.count + 1)
        var row = 0
        for rep in reps.indices {
            starts.append(row)
            row += competencyCount(rep: rep) * periodCount
        }
        starts.append(row)
        return starts
    }

    /// Computes the scores of one (rep, period) cell of role `role` from the cell's slot totals.
    ///
    /// - Parameters:
    ///   - totals: The totals of the cell's slots, `slots.count` of them.
    ///   - factors: What monthly targets and targets per period are multiplied by (scaling and pro-rating).
    ///   - attainments: Scratch space for at least `terms.count` values.
    ///   - scores: Receives one score per competency of the role.
    @inline(__always)
    func scoreCell(
        role: RolePlan, totals: UnsafePointer<Double>, factors: TargetFactors,
        attainments: UnsafeMutablePointer<Double>, scores: UnsafeMutablePointer<Double>
    ) {
        let cap = cap
        role.terms.withUnsafeBufferPointer { terms in
            for index in terms.indices {
                let term = terms[index]
                let value: Double
                if term.denominator < 0 {
                    value = totals[term.numerator]
                } else {
                    let bottom = totals[term.denominator]
                    value = bottom > 0 ? totals[term.numerator] / bottom : 0
                }
                attainments[index] = ScoringRule.attainment(
                    of: value, target: term.target * (term.perPeriod ? factors.perPeriod : factors.monthly),
                    lowerIsBetter: term.lowerIsBetter, cap: cap)
            }
        }
        role.ruleStart.withUnsafeBufferPointer { starts in
            role.ruleTerms.withUnsafeBufferPointer { ruleTerms in
                role.ruleWeights.withUnsafeBufferPointer { weights in
                    role.weightSums.withUnsafeBufferPointer { sums in
                        for competency in 0..<sums.count {
                            var sum = 0.0
                            for rule in starts[competency]..<starts[competency + 1] {
                                sum += weights[rule] * attainments[ruleTerms[rule]]
                            }
                            scores[competency] = sum / sums[competency]
                        }
                    }
                }
            }
        }
    }
}
