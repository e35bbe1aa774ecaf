import Foundation

extension FileStore {
    static let formatName = "swift-sales-competency/file-store"

    struct SchemaFile: Codable {
        var format: String
        var version: Int
    }

    /// Reads `schema.json`, initialises a fresh directory or migrates an older one; returns the version
    /// migrated from, if any.
    static func prepareSchema(in root: String, clock: any WallClock) throws -> Int? {
        let path = root + "/schema.json"
        guard let bytes = try FileIO.contents(of: path) else {
            // A fresh directory, or one whose initialisation a crash interrupted before schema.json was renamed
            // into place (leaving at most the lock and a temporary file): start afresh.
            let entries = try FileManager.default.contentsOfDirectory(atPath: root).filter {
                $0 != "lock" && !$0.hasPrefix(".")
            }
            guard entries.isEmpty else {
                throw StoreError(
                    .unsupportedSchema, path: root,
                    message: "not a file store: schema.json is missing but the directory holds \(entries.sorted())")
            }
            try writeSchema(version: schemaVersion, in: root)
            try FileIO.makeDirectory(root + "/documents")
            return nil
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
        guard schema.version < schemaVersion else { return nil }
        for version in schema.version..<schemaVersion {
            try migrate(from: version, in: root, clock: clock)
            try writeSchema(version: version + 1, in: root)
        }
        return schema.version
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
        default:
            preconditionFailure("no migration from schema version \(version)")
        }
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
