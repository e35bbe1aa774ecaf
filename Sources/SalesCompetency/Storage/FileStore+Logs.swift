public import Foundation

extension FileStore {
    /// Appends a batch and its audit entries as one journal frame, once per key, flushed before returning.
    ///
    /// - Parameters:
    ///   - batch: The activities and their idempotency key.
    ///   - entries: Audit entries committed with the batch.
    /// - Returns: The batch's sequence number and size; with ``ActivityBatchReceipt/alreadyStored`` set (and
    ///   nothing written) when a batch with the same key is stored.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/corruptFile`` when the journal is damaged (nothing
    ///   is appended after damage), ``StoreError/Code/locked`` when another writer holds the store longer than
    ///   the lock timeout, ``StoreError/Code/readOnly``, or ``StoreError/Code/io`` when the write or flush fails
    ///   (nothing is acknowledged then).
    /// - Complexity: O(*n*) in the batch size.
    public func append(_ batch: ActivityBatch, auditing entries: [AuditEntry]) throws -> ActivityBatchReceipt {
        try append(batch, body: ActivityBatchCoding.encode(batch.activities), auditing: entries)
    }

    /// ``append(_:auditing:)`` with the batch's activities already encoded.
    private func append(_ batch: ActivityBatch, body: [UInt8], auditing entries: [AuditEntry]) throws
        -> ActivityBatchReceipt
    {
        var first = Int32.max
        var last = Int32.min
        for activity in batch.activities {
            let day = Int32(truncatingIfNeeded: activity.day.daysSinceEpoch)
            first = min(first, day)
            last = max(last, day)
        }
        return try write { state in
            if let stored = state.index.keys[batch.key] {
                let header = state.index.frames[state.index.batchFrames[stored]].header
                return ActivityBatchReceipt(
                    sequence: stored, count: header.rowCount, key: batch.key, alreadyStored: true)
            }
            try appendFrame(
                .activities, meta: JournalFrame.Meta(key: batch.key, source: batch.source, audit: entries), body: body,
                days: (first, last), rows: batch.activities.count, state: &state)
            return ActivityBatchReceipt(
                sequence: state.index.batchFrames.count - 1, count: batch.activities.count, key: batch.key)
        }
    }

    /// Appends activities as one batch keyed by their content, without audit entries: the synchronous form of
    /// `ActivityStore.append(_:)`.
    ///
    /// - Parameter activities: The activities.
    /// - Returns: The receipt; ``ActivityBatchReceipt/alreadyStored`` when the same activities were appended
    ///   before.
    /// - Throws: As ``append(_:auditing:)``.
    /// - Complexity: O(*n*) in the number of activities.
    public func append(_ activities: [Activity]) throws -> ActivityBatchReceipt {
        guard activities.count >= 4096 else { return try append(ActivityBatch(activities, source: ""), auditing: []) }
        // The content key (SHA-256 over every activity) and the stored encoding take similar time: one core each.
        nonisolated(unsafe) var key = ""
        nonisolated(unsafe) var body: Result<[UInt8], any Error> = .success([])
        DispatchQueue.concurrentPerform(iterations: 2) { task in
            if task == 0 {
                key = ActivityBatch.contentKey(of: activities, source: "")
            } else {
                body = Result { try ActivityBatchCoding.encode(activities) }
            }
        }
        return try append(ActivityBatch(activities, source: "", key: key), body: body.get(), auditing: [])
    }

    /// The activities of a range of days, for some or all reps, in append order.
    ///
    /// - Parameters:
    ///   - first: The first day, included.
    ///   - last: The last day, included.
    ///   - reps: The reps, or `nil` for all.
    /// - Returns: The activities.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/corruptFile`` naming `journal.log` when a batch it
    ///   must read is damaged.
    /// - Complexity: O(*n*) in the size of the batches whose days overlap the range; others are skipped.
    public func activities(from first: Day, through last: Day, reps: Set<Rep.ID>?) throws -> [Activity] {
        var result: [Activity] = []
        try forEachBatch(from: first, through: last) { batch in
            result += reps.map { reps in batch.activities.filter { reps.contains($0.repID) } } ?? batch.activities
        }
        return result
    }

    /// Calls `body` with each stored batch whose activities fall at least partly in a range of days, in append
    /// order, holding one batch in memory at a time: the way to read a long history.
    ///
    /// The batches are those acknowledged when the call starts; later appends are not seen. Batches whose
    /// recorded day range lies outside the range are not read.
    ///
    /// - Parameters:
    ///   - first: The first day, included.
    ///   - last: The last day, included.
    ///   - body: Called with each batch's activities inside the range (its ``ActivityBatch/key`` and source as
    ///     stored).
    /// - Throws: ``StoreError`` with code ``StoreError/Code/corruptFile`` when a batch is damaged; whatever
    ///   `body` throws.
    /// - Complexity: O(*n*) in the size of the batches read.
    public func forEachBatch(from first: Day, through last: Day, _ body: (ActivityBatch) throws -> Void) throws {
        try forEachBatchPayload(from: first, through: last) { key, source, payload in
            var activities: [Activity] = []
            try ActivityBatchCoding.decode(
                payload[...], days: first.daysSinceEpoch...max(first.daysSinceEpoch, last.daysSinceEpoch), reps: nil,
                path: journalPath, into: &activities)
            try body(ActivityBatch(activities, source: source, key: key))
        }
    }

    /// Calls `body` with the activities of each stored batch that fall in a range of days, as an ``ActivityLog``
    /// decoded straight from the stored columns: ``forEachBatch(from:through:_:)`` without an ``Activity`` per row,
    /// for `sco score --store` and `sco store info` on long histories.
    ///
    /// - Parameters:
    ///   - first: The first day, included.
    ///   - last: The last day, included.
    ///   - body: Called with each batch's activities inside the range.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/corruptFile`` when a batch is damaged; whatever
    ///   `body` throws.
    /// - Complexity: O(*n*) in the size of the batches read.
    package func forEachBatchLog(from first: Day, through last: Day, _ body: (ActivityLog) throws -> Void) throws {
        try forEachBatchPayload(from: first, through: last) { _, _, payload in
            try body(
                ActivityBatchCoding.decodeLog(
                    payload, days: first.daysSinceEpoch...max(first.daysSinceEpoch, last.daysSinceEpoch),
                    path: journalPath))
        }
    }

    /// Calls `body` with the key, source and checksum-verified body bytes of each batch overlapping the days.
    func forEachBatchPayload(
        from first: Day, through last: Day, _ body: (String, String, [UInt8]) throws -> Void
    ) throws {
        guard first <= last else { return }
        let (index, fd) = try snapshot()
        defer { FileIO.close(fd) }
        let low = first.daysSinceEpoch
        let high = last.daysSinceEpoch
        for frameNumber in index.batchFrames {
            let entry = index.frames[frameNumber]
            let header = entry.header
            guard header.rowCount > 0, Int(header.lastDay) >= low, Int(header.firstDay) <= high else { continue }
            let payload = try FileIO.read(fd, count: header.bodyLength, at: entry.bodyOffset, path: journalPath)
            guard CRC32.checksum(payload) == header.bodyCRC else {
                throw JournalIndex.damage(
                    journalPath, "checksum mismatch in the activities of frame \(frameNumber) at byte \(entry.offset)")
            }
            let meta = try readMeta(entry, fd: fd, number: frameNumber)
            try body(meta.key ?? "", meta.source ?? "", payload)
        }
    }

    func readMeta(_ entry: JournalIndex.Entry, fd: Int32, number: Int) throws -> JournalFrame.Meta {
        let bytes = try FileIO.read(
            fd, count: entry.header.metaLength, at: entry.offset + JournalFrame.headerSize, path: journalPath)
        guard CRC32.checksum(bytes) == entry.header.metaCRC,
            let meta = try? JSONDecoder().decode(JournalFrame.Meta.self, from: Data(bytes))
        else {
            throw JournalIndex.damage(journalPath, "the metadata of frame \(number) at byte \(entry.offset) is damaged")
        }
        return meta
    }

    /// The number of batches stored.
    ///
    /// - Returns: The count.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/corruptFile`` when the journal is damaged.
    public func batchCount() throws -> Int {
        let (index, fd) = try snapshot()
        FileIO.close(fd)
        return index.batchFrames.count
    }

    /// Summaries of the stored batches (key, size, day range), from the journal's headers only.
    ///
    /// - Returns: One summary per batch, in batch order.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/corruptFile`` when the journal is damaged.
    /// - Complexity: O(*b*) in the number of batches.
    public func batchSummaries() throws -> [BatchSummary] {
        let (index, fd) = try snapshot()
        defer { FileIO.close(fd) }
        return try index.batchFrames.enumerated().map { number, frame in
            let entry = index.frames[frame]
            let meta = try readMeta(entry, fd: fd, number: frame)
            return BatchSummary(
                sequence: number, key: meta.key ?? "", source: meta.source ?? "", count: entry.header.rowCount,
                days: entry.header.rowCount == 0
                    ? nil
                    : Day(daysSinceEpoch: Int(entry.header.firstDay))...Day(daysSinceEpoch: Int(entry.header.lastDay)))
        }
    }

    /// Appends entries to the audit trail as one journal frame, flushed before returning.
    ///
    /// - Parameter entries: The entries.
    /// - Throws: ``StoreError`` when the journal is damaged or the write fails.
    public func record(_ entries: [AuditEntry]) throws {
        try write { state in try appendFrame(.audit, meta: JournalFrame.Meta(audit: entries), state: &state) }
    }

    /// The audit entries with `start <= at < end`, in the order recorded.
    ///
    /// - Parameters:
    ///   - start: The first instant, included.
    ///   - end: The end, excluded.
    /// - Returns: The entries.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/corruptFile`` naming `journal.log` when damaged.
    /// - Complexity: O(*n*) in the size of the trail.
    public func auditEntries(from start: Date, before end: Date) throws -> [AuditEntry] {
        let (index, fd) = try snapshot()
        defer { FileIO.close(fd) }
        var result: [AuditEntry] = []
        for frame in index.auditFrames {
            result += try readMeta(index.frames[frame], fd: fd, number: frame).audit.filter {
                $0.at >= start && $0.at < end
            }
        }
        return result
    }
}
