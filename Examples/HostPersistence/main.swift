import Foundation
import SalesCompetency
import SalesCompetencyTesting

// HostPersistence: the library keeps nothing on disk by itself; the host app supplies storage through three
// small protocols (documents, activities, audit trail) and a clock. This example implements a store, checks it
// with the conformance check, and then uses it: versioned scoring policies with effective dates, activity
// appended month by month, a frozen month of scorecards, and the audit trail stamped by an injected clock.

/// 1. The host's store. A real host would write to its database; this one keeps everything in an actor, which
///    makes it safe from many tasks at once and makes each save a compare-and-swap.
actor HostStore: DocumentStore, ActivityStore, AuditTrail {
    private var documents: [DocumentCollection: [String: [DocumentVersion]]] = [:]
    private var batches: [[Activity]] = []
    private var keys: [String: Int] = [:]
    private var trail: [AuditEntry] = []

    func save(_ version: DocumentVersion) throws {
        let latest = documents[version.collection]?[version.id]?.count ?? 0
        guard version.number == latest + 1 else {
            throw StoreError(
                .conflict, path: "\(version.collection)/\(version.id)",
                message: "version \(version.number) does not follow version \(latest)")
        }
        documents[version.collection, default: [:]][version.id, default: []].append(version)
    }

    func versions(of id: String, in collection: DocumentCollection) -> [DocumentVersion] {
        documents[collection]?[id] ?? []
    }

    func documentIDs(in collection: DocumentCollection) -> [String] {
        (documents[collection] ?? [:]).keys.sorted()
    }

    // Exactly once: a batch whose key is stored is not added again, and its audit entries land with it. In a
    // database this is a unique key and one transaction.
    func append(_ batch: ActivityBatch, auditing entries: [AuditEntry]) -> ActivityBatchReceipt {
        if let stored = keys[batch.key] {
            return ActivityBatchReceipt(
                sequence: stored, count: batches[stored].count, key: batch.key, alreadyStored: true)
        }
        keys[batch.key] = batches.count
        batches.append(batch.activities)
        trail.append(contentsOf: entries)
        return ActivityBatchReceipt(sequence: batches.count - 1, count: batch.activities.count, key: batch.key)
    }

    func activities(from first: Day, through last: Day, reps: Set<Rep.ID>?) -> [Activity] {
        batches.joined().filter { (first...last).contains($0.day) && (reps?.contains($0.rep) ?? true) }
    }

    func batchCount() -> Int { batches.count }

    func record(_ entries: [AuditEntry]) { trail.append(contentsOf: entries) }

    func auditEntries(from start: Date, before end: Date) -> [AuditEntry] {
        trail.filter { $0.at >= start && $0.at < end }
    }
}

// 2. Check it before trusting it: each requirement of the protocols is exercised on a fresh store.
try await StoreConformanceCheck().run { HostStore() }
print("HostStore meets all \(StoreConformanceCheck.requirements.count) requirements of the conformance check.")

// 3. Use it. A manual clock stands in for the system clock, so every stamp below is reproducible. Each session
//    says who acts: an analyst edits policies, the CRM sync appends activity.
let utc = TimeZone(identifier: "UTC")!
let instant = ISO8601DateFormatter()  // UTC by default
let clock = ManualClock(instant.date(from: "2025-01-02T09:00:00Z")!)
let store = HostStore()
let analyst = StoreSession(store: store, clock: clock, actor: "ana")
let crmSync = StoreSession(store: store, clock: clock, actor: "crm-sync")
let roster = try Roster(csvText: "rep_id,role\nava,consultant\nben,consultant\n")

// Scoring policies are versioned with effective dates: April's higher target must not rescore March.
func policy(callTarget: Int) throws -> ScoringPolicy {
    try ScoringPolicy(
        rulesCSVText: """
            task_id,competency_id,role,monthly_target,weight
            calls_made,communicating-effectively,consultant,\(callTarget),1
            """, timeZone: utc)
}
let policies = analyst.scoringPolicies
try await policies.save(policy(callTarget: 40), id: "default", effectiveFrom: Day(year: 2025, month: 1, day: 1)!)
clock.set(to: instant.date(from: "2025-03-17T14:30:00Z")!)
try await policies.save(policy(callTarget: 60), id: "default", effectiveFrom: Day(year: 2025, month: 4, day: 1)!)

// Activity arrives a month at a time, the day after the month ends; each batch is appended whole.
for (month, ava, ben, synced) in [(3, 45.0, 30.0, "2025-04-01T02:00:00Z"), (4, 45.0, 50.0, "2025-05-01T02:00:00Z")] {
    clock.set(to: instant.date(from: synced)!)
    let day = Day(year: 2025, month: month, day: 28)!
    try await crmSync.appendActivities([
        try Activity(rep: "ava", task: "calls_made", day: day, quantity: ava),
        try Activity(rep: "ben", task: "calls_made", day: day, quantity: ben),
    ])
}

// Score each month from the store, under the policy in force in that month, then freeze the month. A month is
// frozen only once it can no longer receive activity: its last day plus a grace of
// StoreSession.snapshotGraceDays (3) days, so April can be frozen from 4 May on.
clock.set(to: instant.date(from: "2025-05-05T10:00:00Z")!)
for period in [Period.month(2025, 3), Period.month(2025, 4)] {
    let range = try PeriodRange(period, through: period)
    let inForce = try await policies.policy(inEffectOn: period.firstDay)!
    let scorecards = ScoringEngine(policy: inForce, roster: roster).score(try await store.activityLog(in: range))
    print(
        "\(period), target \(Int(inForce.rules[0].target)) calls: "
            + scorecards.map { "\($0.rep) \(NumberFormatting.fixed($0.score ?? 0, decimals: 3)) \($0.status)" }
            .joined(separator: ", "))
    try await analyst.freezeScorecards(scorecards, for: period)
}

// A frozen month is saved once and never replaced: rescoring March cannot overwrite what was reported.
do {
    let march = try PeriodRange(.month(2025, 3), through: .month(2025, 3))
    let rescored = ScoringEngine(policy: try policy(callTarget: 60), roster: roster)
        .score(try await store.activityLog(in: march))
    try await analyst.freezeScorecards(rescored, for: .month(2025, 3))
} catch let error as StoreError where error.code == .frozen {
    print("Freezing 2025-03 again is refused: \(error.message)")
}

// The audit trail: who changed what, and when, by the injected clock.
print("Audit trail:")
for entry in try await analyst.auditTrail.auditEntries(from: .distantPast, before: .distantFuture) {
    let line = "\(instant.string(from: entry.at))  \(entry.actor)  \(entry.action)  \(entry.subject)  \(entry.detail)"
    print("  " + line.trimmingCharacters(in: .whitespaces))
}
