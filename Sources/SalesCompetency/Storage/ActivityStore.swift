/// Where the host keeps the activity log: an append-only sequence of batches of ``Activity``.
///
/// Imports append a batch at a time (a day's or a file's worth); scoring reads a range of days for some or
/// all reps. Use `StoreSession.appendActivities` to append with an audit entry.
///
/// Appending is exactly-once: every batch carries an idempotency key, and a retried batch is reported as
/// already stored instead of being added again.
///
/// ## Implementation requirements
///
/// - ``append(_:auditing:)`` is atomic and durable before it returns: after a crash either the whole batch,
///   its key and its audit entries are stored, or none of them. Batches are numbered 0, 1, 2… in the order they
///   were appended; the receipt carries the number. An empty batch is allowed and takes a number.
/// - **Exactly once.** A store keeps at most one batch per ``ActivityBatch/key``. Appending a batch whose key
///   is already stored adds nothing (no activities, no audit entries) and returns the stored batch's receipt
///   with ``ActivityBatchReceipt/alreadyStored`` set. The check and the insert are one transaction: of two
///   concurrent appends with the same key, exactly one stores the batch. In a server database this is a
///   unique constraint on the key and one transaction for the batch, its rows and its audit entries.
/// - The audit entries passed with a batch land in the host's ``AuditTrail`` in that same transaction, in
///   order, after every entry recorded before.
/// - Append-only: stored activities are never changed or reordered.
/// - ``activities(from:through:reps:)`` returns the activities whose day lies in the closed range and whose
///   rep is in `reps` (every rep when `nil`), in append order (batch order, then order within the batch);
///   values round-trip exactly (`quantity` bit for bit).
/// - ``batchCount()`` is the number of batches appended so far.
/// - Safe to call from many tasks at once. Errors from the host's own storage pass through unchanged.
///
/// Check an implementation with `StoreConformanceCheck` from `SalesCompetencyTesting`.
public protocol ActivityStore: Sendable {
    /// Appends a batch of activities and its audit entries durably and atomically, once per key.
    ///
    /// - Parameters:
    ///   - batch: The activities and their idempotency key.
    ///   - entries: Audit entries to record in the same transaction (empty for none).
    /// - Returns: The receipt: the batch's sequence number and size, and whether it was already stored.
    /// - Throws: Any error of the underlying storage; nothing is appended then.
    func append(_ batch: ActivityBatch, auditing entries: [AuditEntry]) async throws -> ActivityBatchReceipt

    /// The activities of a range of days, for some or all reps, in append order.
    ///
    /// - Parameters:
    ///   - first: The first day, included.
    ///   - last: The last day, included.
    ///   - reps: The reps to include, or `nil` for all.
    /// - Returns: The matching activities.
    /// - Throws: Any error of the underlying storage.
    func activities(from first: Day, through last: Day, reps: Set<Rep.ID>?) async throws -> [Activity]

    /// The number of batches appended so far.
    ///
    /// - Returns: The count.
    /// - Throws: Any error of the underlying storage.
    func batchCount() async throws -> Int
}

extension ActivityStore {
    /// Appends activities as one batch keyed by their content (``ActivityBatch/contentKey(of:source:)`` with an
    /// empty source), without audit entries: appending the same activities again stores nothing more.
    ///
    /// - Parameter activities: The activities, in order.
    /// - Returns: The receipt.
    /// - Throws: Any error of the store, unchanged.
    /// - Complexity: O(*n*) in the number of activities.
    public func append(_ activities: [Activity]) async throws -> ActivityBatchReceipt {
        try await append(ActivityBatch(activities, source: ""), auditing: [])
    }

    /// The activities of a range of periods (months, weeks or quarters), for some or all reps.
    ///
    /// - Parameters:
    ///   - range: The periods; every day from the first period's first day to the last period's last day.
    ///   - reps: The reps to include, or `nil` for all.
    /// - Returns: The matching activities, in append order.
    /// - Throws: Any error of the store.
    public func activities(in range: PeriodRange, reps: Set<Rep.ID>? = nil) async throws -> [Activity] {
        try await activities(from: range.first.firstDay, through: range.last.lastDay, reps: reps)
    }
}
