public import Foundation

extension FileStore {
    /// Appends a batch to `activity.log` and flushes it to disk before returning.
    ///
    /// - Parameter batch: The activities.
    /// - Returns: The batch's sequence number and size.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/corruptFile`` when the log is damaged (nothing is
    ///   appended after damage), ``StoreError/Code/io`` when the write or flush fails (the log is cut back).
    /// - Complexity: O(*n*) in the batch size.
    public func append(_ batch: [Activity]) throws -> ActivityBatchReceipt {
        let payload = try ActivityBatchCoding.encode(batch)
        return try withOpenState { state in
            try state.activity.append(payload)
            return ActivityBatchReceipt(sequence: state.activity.count - 1, count: batch.count)
        }
    }

    /// The activities of a range of days, for some or all reps, in append order.
    ///
    /// - Parameters:
    ///   - first: The first day, included.
    ///   - last: The last day, included.
    ///   - reps: The reps, or `nil` for all.
    /// - Returns: The activities.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/corruptFile`` naming `activity.log` when it is
    ///   damaged.
    /// - Complexity: O(*n*) in the size of the log.
    public func activities(from first: Day, through last: Day, reps: Set<Rep.ID>?) throws -> [Activity] {
        let (payloads, path) = try withOpenState { state in (try state.activity.payloads(), state.activity.path) }
        var result: [Activity] = []
        let days = first.daysSinceEpoch...max(first.daysSinceEpoch, last.daysSinceEpoch)
        guard first <= last else { return [] }
        for payload in payloads {
            try ActivityBatchCoding.decode(payload, days: days, reps: reps, path: path, into: &result)
        }
        return result
    }

    /// The number of batches in `activity.log`.
    ///
    /// - Returns: The count.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/corruptFile`` when the log is damaged.
    public func batchCount() throws -> Int {
        try withOpenState { state in
            if let damage = state.activity.damage { throw damage }
            return state.activity.count
        }
    }

    /// Appends entries to `audit.log`, flushed to disk before returning.
    ///
    /// - Parameter entries: The entries.
    /// - Throws: ``StoreError`` when the log is damaged or the write fails.
    public func record(_ entries: [AuditEntry]) throws {
        let payload = try FileStore.auditPayload(entries)
        try withOpenState { state in try state.audit.append(payload) }
    }

    /// The audit entries with `start <= at < end`, in the order recorded.
    ///
    /// - Parameters:
    ///   - start: The first instant, included.
    ///   - end: The end, excluded.
    /// - Returns: The entries.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/corruptFile`` naming `audit.log` when damaged.
    /// - Complexity: O(*n*) in the size of the trail.
    public func auditEntries(from start: Date, before end: Date) throws -> [AuditEntry] {
        let (payloads, path) = try withOpenState { state in (try state.audit.payloads(), state.audit.path) }
        var result: [AuditEntry] = []
        for (index, payload) in payloads.enumerated() {
            let entries: [AuditEntry]
            do {
                entries = try JSONDecoder().decode([AuditEntry].self, from: Data(payload))
            } catch {
                throw StoreError(.corruptFile, path: path, message: "frame \(index) does not decode: \(error)")
            }
            result += entries.filter { $0.at >= start && $0.at < end }
        }
        return result
    }
}
