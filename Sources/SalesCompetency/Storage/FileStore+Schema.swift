import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension FileStore {
    static let formatName = "swift-sales-competency/file-store"

    struct SchemaFile: Codable {
        var format: String
        var version: Int
    }

    /// The files of a store besides `schema.json`: their presence without it means damage, not a fresh directory.
    static let storeFiles: Set<String> = ["journal.log", "head", "activity.log", "audit.log", "documents"]

    /// Reads `schema.json`: its version, or `nil` for a directory that may be initialised afresh.
    ///
    /// `contents` reads a file (`nil` when it does not exist); tests pass one that lets a writer's rename land
    /// between the reader's first read and its listing of the directory.
    static func readSchema(
        in root: String, contents: (String) throws -> [UInt8]? = { try FileIO.contents(of: $0) }
    ) throws -> Int? {
        let path = root + "/schema.json"
        var read = try contents(path)
        var entries: [String] = []
        // A writer creating the store renames schema.json into place last; a reader that missed it and then
        // sees it listed raced that rename, and reads it again (it is never removed once written).
        for _ in 0..<3 where read == nil {
            entries = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter {
                $0 != "lock" && !$0.hasPrefix(".")
            }
            guard entries.contains("schema.json") else { break }
            read = try contents(path)
        }
        let interrupted = read == nil && (entries.isEmpty || isInterruptedCreation(root, entries))
        if read == nil, !interrupted {
            // The listing and the looks into journal.log and documents came after the first read: a writer may have
            // finished creating the store meanwhile (renamed schema.json into place, then appended), so read it once
            // more before calling the directory damaged.
            read = try contents(path)
        }
        guard let bytes = read else {
            if interrupted { return nil }
            if entries.contains(where: storeFiles.contains) {
                throw StoreError(
                    .corruptFile, path: path,
                    message:
                        "schema.json is missing, but the directory holds a store (\(entries.sorted().joined(separator: ", "))); repair salvages it into a new store"
                )
            }
            throw StoreError(
                .unsupportedSchema, path: root,
                message: "not a file store: schema.json is missing and the directory holds \(entries.sorted())")
        }
        let schema: SchemaFile
        do {
            schema = try JSONDecoder().decode(SchemaFile.self, from: Data(bytes))
        } catch {
            throw StoreError(.corruptFile, path: path, message: "does not parse as a schema file: \(error)")
        }
        guard schema.format == formatName else {
            throw StoreError(
                .unsupportedSchema, path: path, message: "format \"\(schema.format)\" is not \(formatName)")
        }
        guard schema.version <= schemaVersion, schema.version >= 1 else {
            throw StoreError(
                .unsupportedSchema, path: path,
                message: "schema version \(schema.version); this library reads versions 1 to \(schemaVersion)")
        }
        return schema.version
    }

    /// Whether `entries` are what a creation a crash interrupted leaves: an empty journal, a head, an empty
    /// documents folder (schema.json is written last).
    static func isInterruptedCreation(_ root: String, _ entries: [String]) -> Bool {
        guard Set(entries).isSubset(of: ["journal.log", "head", "documents"]) else { return false }
        let journal = (try? FileManager.default.attributesOfItem(atPath: root + "/journal.log")[.size] as? Int) ?? 0
        let documents = (try? FileManager.default.contentsOfDirectory(atPath: root + "/documents")) ?? []
        return journal == 0 && documents.isEmpty
    }

    /// Checks that a reader can open `root`: a store of the current version.
    static func checkReadable(_ root: String) throws {
        guard let version = try readSchema(in: root) else {
            throw StoreError(.unsupportedSchema, path: root, message: "no store here")
        }
        guard version == schemaVersion else {
            throw StoreError(
                .unsupportedSchema, path: root + "/schema.json",
                message:
                    "schema version \(version) must be migrated to \(schemaVersion) by a writer first (sco store migrate)"
            )
        }
    }

    /// Initialises a fresh directory or migrates an older one (the caller holds the lock); returns the version
    /// migrated from, if any.
    static func prepareSchema(in root: String, clock: any WallClock) throws -> Int? {
        guard let version = try readSchema(in: root) else {
            try FileIO.makeDirectory(root + "/documents")
            try FileIO.replaceAtomically(root + "/journal.log", with: [])
            try FileIO.replaceAtomically(root + "/head", with: JournalHead(count: 0, end: 0).fileBytes())
            try writeSchema(version: schemaVersion, in: root)
            return nil
        }
        guard version < schemaVersion else { return nil }
        for step in version..<schemaVersion {
            try migrate(from: step, in: root, clock: clock)
            try writeSchema(version: step + 1, in: root)
        }
        if version <= 2 {
            // The version 2 logs now live in the journal.
            for name in ["activity.log", "audit.log"] { _ = unlink(root + "/" + name) }
            try FileIO.syncDirectory(root)
        }
        return version
    }

    /// One migration step, from `version` to `version + 1`.
    static func migrate(from version: Int, in root: String, clock: any WallClock) throws {
        switch version {
        case 1:
            // Version 1 had no audit trail: start one, and say in it that the store was migrated.
            var audit = try FramedLog(path: root + "/audit.log")
            defer { audit.close() }
            let entry = AuditEntry(
                at: clock.now, actor: "file-store", action: .storeMigrated, subject: "schema",
                detail: "schema version 1 to 2: added the audit trail")
            try audit.append(try auditPayload([entry]))
        case 2:
            try migrateToJournal(in: root, clock: clock)
        default:
            preconditionFailure("no migration from schema version \(version)")
        }
    }

    /// Version 2 to 3: the activity and audit logs become one journal with numbered frames, every batch gets a
    /// key, every document file a checksum record.
    static func migrateToJournal(in root: String, clock: any WallClock) throws {
        var frames: [UInt8] = []
        var count = 0
        func add(
            _ kind: JournalFrame.Kind, _ meta: JournalFrame.Meta, body: [UInt8] = [], days: (Int32, Int32) = (1, 0),
            rows: Int = 0
        ) throws {
            let metaBytes = try meta.encoded()
            let header = JournalFrame.Header(
                kind: kind, sequence: count, meta: metaBytes, body: body, firstDay: days.0, lastDay: days.1,
                rowCount: rows)
            frames += JournalFrame.bytes(header, meta: metaBytes, body: body)
            count += 1
        }
        let activity = try FramedLog(path: root + "/activity.log")
        defer { activity.close() }
        for (number, payload) in try activity.payloads().enumerated() {
            var activities: [Activity] = []
            try ActivityBatchCoding.decode(
                payload, days: Int(Int32.min)...Int(Int32.max), reps: nil, path: activity.path, into: &activities)
            let days = activities.map { Int32(truncatingIfNeeded: $0.day.daysSinceEpoch) }
            try add(
                .activities,
                JournalFrame.Meta(
                    key: ActivityBatch.contentKey(of: activities, source: "schema-2 batch \(number)"), source: ""),
                body: Array(payload), days: (days.min() ?? 1, days.max() ?? 0), rows: activities.count)
        }
        let audit = try FramedLog(path: root + "/audit.log")
        defer { audit.close() }
        for (number, payload) in try audit.payloads().enumerated() {
            guard let entries = try? JSONDecoder().decode([AuditEntry].self, from: Data(payload)) else {
                throw StoreError(.corruptFile, path: audit.path, message: "frame \(number) does not decode")
            }
            try add(.audit, JournalFrame.Meta(audit: entries))
        }
        let documents = root + "/documents"
        for folder in ((try? FileManager.default.contentsOfDirectory(atPath: documents)) ?? []).sorted()
        where !folder.hasPrefix(".") {
            guard let collection = StoreNameEncoding.decode(folder) else { continue }
            for name in try FileManager.default.contentsOfDirectory(atPath: documents + "/" + folder).sorted()
            where !name.hasPrefix(".") && name.hasSuffix(".json") {
                guard let id = StoreNameEncoding.decode(String(name.dropLast(5))),
                    let bytes = try FileIO.contents(of: documents + "/" + folder + "/" + name)
                else { continue }
                let versions = try JSONDecoder().decode([DocumentVersion].self, from: Data(bytes))
                try add(
                    .document,
                    JournalFrame.Meta(
                        document: JournalFrame.DocumentRecord(
                            collection: collection, id: id, number: versions.count, sha256: SHA256.hex(bytes))))
            }
        }
        try add(
            .audit,
            JournalFrame.Meta(audit: [
                AuditEntry(
                    at: clock.now, actor: "file-store", action: .storeMigrated, subject: "schema",
                    detail: "schema version 2 to 3: one journal with numbered frames, batch keys and document checksums"
                )
            ]))
        try FileIO.replaceAtomically(root + "/journal.log", with: frames)
        try FileIO.replaceAtomically(
            root + "/head",
            with: JournalHead(count: count, end: frames.count).fileBytes())
    }

    static func writeSchema(version: Int, in root: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let bytes = try encoder.encode(SchemaFile(format: formatName, version: version))
        try FileIO.replaceAtomically(root + "/schema.json", with: Array(bytes) + [0x0A])
    }

    static func auditPayload(_ entries: [AuditEntry]) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array(try encoder.encode(entries))
    }
}
