import Foundation

#if canImport(SalesCompetency)
    import SalesCompetency
#endif

/// Reads arbitrary bytes as a scoring policy in JSON and as a rules CSV (without a dictionary, so any ids go).
/// A policy that reads is written back (JSON, or CSV from its rules), read again and must compare equal; then it
/// scores a fixed activity log for one rep per role, and every score must be finite and carry a status.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScoringPolicy(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let policy = try? JSONDecoder().decode(ScoringPolicy.self, from: data) {
        let again = try! JSONDecoder().decode(ScoringPolicy.self, from: JSONEncoder().encode(policy))
        precondition(again == policy, "policy JSON round trip changed the policy")
        exercise(policy)
    }
    let utc = TimeZone(identifier: "UTC")!
    guard let text = String(data: data, encoding: .utf8),
        let policy = try? ScoringPolicy(rulesCSVText: text, name: "fuzz.csv", timeZone: utc, dictionary: nil)
    else { return 0 }
    var writer = CSVWriter(
        header: ["task_id", "competency_id", "role", "monthly_target", "weight", "direction"], guardsFormulas: false)
    for rule in policy.rules {
        writer.append([
            rule.taskID.rawValue, rule.competencyID.rawValue, rule.roleID.rawValue, "\(rule.target)", "\(rule.weight)",
            rule.direction.rawValue,
        ])
    }
    let again: ScoringPolicy
    do {
        again = try ScoringPolicy(rulesCSVText: writer.text, name: "written.csv", timeZone: utc, dictionary: nil)
    } catch {
        preconditionFailure("rules that read do not read back after writing: \(error)\n\(writer.text)")
    }
    precondition(again == policy, "rules CSV round trip changed the policy")
    exercise(policy)
    return 0
}

/// Scores a small fixed log (quantities 0, 1, 3.5 and 10¹⁵ of every task) for one rep per role of the policy.
func exercise(_ policy: ScoringPolicy) {
    let roles = Array(Set(policy.rules.map(\.roleID))).sorted { $0.rawValue < $1.rawValue }.prefix(8)
    guard !roles.isEmpty else { return }
    let reps = roles.enumerated().map { Rep(id: Rep.ID(rawValue: "r\($0.offset)"), roleIDs: [$0.element]) }
    let roster = try! Roster(reps)
    let first = Day(year: 2025, month: 1, day: 6)!
    var activities: [Activity] = []
    for rep in reps {
        for (index, task) in policy.tasks.prefix(16).enumerated() {
            for (offset, quantity) in [0, 1, 3.5, 1e15].enumerated() where (index + offset) % 2 == 0 {
                activities.append(
                    try! Activity(
                        repID: rep.id, taskID: task.id, day: first.adding(days: 9 * offset), quantity: quantity))
            }
        }
    }
    let periods = try! PeriodRange(
        Period(containing: first, granularity: policy.granularity),
        through: Period(containing: first.adding(days: 40), granularity: policy.granularity))
    let cards = ScoringEngine(policy: policy, roster: roster).score(ActivityLog(activities), periods: periods)
    for card in cards {
        guard let score = card.score else {
            precondition(card.status == .noData, "a card without a score must be no-data: \(card)")
            continue
        }
        precondition(score.isFinite && score >= 0, "score \(score) for \(card)")
        precondition(card.status == policy.bands(for: card.roleID).status(of: score), "status disagrees")
    }
}
