public import Foundation

extension FileStore {
    /// Salvages every intact batch, audit entry and document of a (damaged) store into a new store, and reports
    /// what was lost. The damaged store is only read, never changed.
    ///
    /// Batches keep their keys, sources and audit entries, in their original order (so their numbers close up
    /// over a lost batch); documents whose checksum matches the journal are copied version by version. The new
    /// store's audit trail ends with a `store.repaired` entry that names the source and what was lost.
    ///
    /// - Parameters:
    ///   - directory: The damaged store.
    ///   - target: A directory that does not exist yet or is empty: the new store.
    ///   - clock: Stamps the `store.repaired` entry.
    ///   - actor: Who repaired.
    /// - Returns: What was salvaged and what was lost.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/invalidValue`` when `target` is not empty or is the
    ///   damaged store; any error of writing the new store.
    /// - Complexity: O(*n*) in the size of the damaged store.
    public static func repair(
        directory: URL, into target: URL, clock: any WallClock, actor: String
    ) throws -> StoreRepair {
        let source = directory.standardizedFileURL.resolvingSymlinksInPath().path
        let destination = target.standardizedFileURL.resolvingSymlinksInPath().path
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: destination)) ?? []
        guard source != destination, existing.isEmpty else {
            throw StoreError(
                .invalidValue, path: destination,
                message: "repair writes a new store: give a directory that does not exist yet or is empty")
        }
        let store = try FileStore(directory: target, clock: clock)
        defer { store.close() }
        var batches = 0
        var activities = 0
        var auditFrames = 0
        let (verification, index) = try scan(directory: directory) { frame in
            switch frame.header.kind {
            case .activities:
                var decoded: [Activity] = []
                try ActivityBatchCoding.decode(
                    frame.body[...], days: Int(Int32.min)...Int(Int32.max), reps: nil, path: source + "/journal.log",
                    into: &decoded)
                let batch = ActivityBatch(decoded, source: frame.meta.source ?? "", key: frame.meta.key)
                _ = try store.append(batch, auditing: frame.meta.audit)
                batches += 1
                activities += decoded.count
            case .audit:
                try store.record(frame.meta.audit)
                auditFrames += 1
            case .document:
                break
            }
        }
        var versionsCopied = 0
        let damagedFiles = Set(verification.damage.map(\.file))
        for key in index.documents.keys.sorted() {
            guard let record = index.documents[key]?.last else { continue }
            let collection = DocumentCollection(rawValue: record.collection)
            let folder = try StoreNameEncoding.encode(record.collection, what: "collection name")
            let name = try StoreNameEncoding.encode(record.id, what: "id") + ".json"
            guard !damagedFiles.contains("documents/\(folder)/\(name)") else { continue }
            let versions = try FileStore.readVersions(
                at: source + "/documents/\(folder)/\(name)", id: record.id, in: collection, index: index)
            for version in versions { try store.save(version) }
            versionsCopied += versions.count
        }
        let lostRanges = verification.damage.map { damage in
            "\(damage.file)" + (damage.start.map { " bytes \($0)-\(damage.end ?? $0)" } ?? "") + ": \(damage.problem)"
        }
        try store.record([
            AuditEntry(
                at: clock.now, actor: actor, action: "store.repaired", subject: "schema",
                detail: "salvaged \(batches) batches from \(source)"
                    + (lostRanges.isEmpty ? "; nothing lost" : "; lost: " + lostRanges.joined(separator: "; ")))
        ])
        return StoreRepair(
            salvagedBatches: batches, salvagedActivities: activities, salvagedAuditFrames: auditFrames,
            salvagedDocumentVersions: versionsCopied, lost: verification)
    }
}
