import Foundation

/// A typed view of one collection of a ``DocumentStore``: save new versions of documents, read the latest,
/// the one in force on a day, or the whole history.
///
/// Get one from ``StoreSession/documents(_:in:)``. Saving stamps the version with the session's clock and
/// actor and records an audit entry.
///
/// ```swift
/// let policies = session.documents(MyPolicy.self, in: .scoringPolicies)
/// try await policies.save(april, id: "default", effectiveFrom: try Day(parsing: "2025-04-01"))
/// let inForce = try await policies.document("default", inEffectOn: try Day(parsing: "2025-03-31"))
/// ```
public struct VersionedDocuments<Document: Codable & Sendable>: Sendable {
    /// The session the view writes through.
    public let session: StoreSession
    /// The collection.
    public let collection: DocumentCollection

    /// Creates a view of `collection` through `session`.
    ///
    /// - Parameters:
    ///   - session: The session.
    ///   - collection: The collection.
    public init(session: StoreSession, collection: DocumentCollection) {
        self.session = session
        self.collection = collection
    }

    /// Saves `document` as the next version of `id`.
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - id: Its id in the collection.
    ///   - effectiveFrom: The first day the version applies, or `nil` for always.
    /// - Returns: The stored version.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/conflict`` when another writer saved a version
    ///   in between; any error of the stores, unchanged; an `EncodingError` when the document cannot be
    ///   encoded.
    @discardableResult
    public func save(_ document: Document, id: String, effectiveFrom: Day? = nil) async throws -> DocumentVersion {
        let latest = try await session.documentStore.versions(of: id, in: collection).last?.number ?? 0
        return try await write(
            document, id: id, number: latest + 1, effectiveFrom: effectiveFrom, action: .documentSaved)
    }

    /// Saves `document` as the one and only version of `id`: a frozen snapshot, such as a month's
    /// scorecards.
    ///
    /// - Parameters:
    ///   - document: The snapshot.
    ///   - id: Its id, such as `2025-03`.
    /// - Returns: The stored version.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/frozen`` when `id` already exists; any error of
    ///   the stores, unchanged.
    @discardableResult
    public func freeze(_ document: Document, id: String) async throws -> DocumentVersion {
        if let existing = try await session.documentStore.versions(of: id, in: collection).first {
            throw StoreError(
                .frozen, path: "\(collection)/\(id)",
                message:
                    "frozen by \(existing.author) at \(ISO8601DateFormatter().string(from: existing.savedAt)); not replaced"
            )
        }
        do {
            return try await write(document, id: id, number: 1, effectiveFrom: nil, action: .snapshotFrozen)
        } catch let error as StoreError where error.code == .conflict {
            // Another writer froze it between the check above and the save.
            throw StoreError(.frozen, path: "\(collection)/\(id)", message: "frozen by another writer; not replaced")
        }
    }

    /// The latest version of `id`, decoded.
    ///
    /// - Parameter id: The document id.
    /// - Returns: The document, or `nil` when there is none.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/corruptFile`` when the stored JSON does not
    ///   decode; any error of the store, unchanged.
    public func latest(_ id: String) async throws -> Document? {
        guard let version = try await session.documentStore.versions(of: id, in: collection).last else { return nil }
        return try decode(version)
    }

    /// The version of `id` in force on `day` (see ``DocumentVersion/inEffect(on:among:)``), decoded.
    ///
    /// - Parameters:
    ///   - id: The document id.
    ///   - day: The day.
    /// - Returns: The document, or `nil` when no version applies on that day.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/corruptFile`` when the stored JSON does not
    ///   decode; any error of the store, unchanged.
    /// - Complexity: O(*n*) in the number of versions.
    public func document(_ id: String, inEffectOn day: Day) async throws -> Document? {
        let versions = try await session.documentStore.versions(of: id, in: collection)
        guard let version = DocumentVersion.inEffect(on: day, among: versions) else { return nil }
        return try decode(version)
    }

    /// Every version of `id`, oldest first, undecoded (for history and audit screens).
    ///
    /// - Parameter id: The document id.
    /// - Returns: The versions.
    /// - Throws: Any error of the store, unchanged.
    public func history(_ id: String) async throws -> [DocumentVersion] {
        try await session.documentStore.versions(of: id, in: collection)
    }

    /// The ids of the collection's documents, sorted.
    ///
    /// - Returns: The ids.
    /// - Throws: Any error of the store, unchanged.
    public func ids() async throws -> [String] {
        try await session.documentStore.documentIDs(in: collection)
    }

    /// Decodes a stored version.
    ///
    /// - Parameter version: A version of this collection.
    /// - Returns: The document.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/corruptFile`` naming the version when the JSON
    ///   does not decode.
    public func decode(_ version: DocumentVersion) throws -> Document {
        do {
            return try JSONDecoder().decode(Document.self, from: version.payload)
        } catch {
            throw StoreError(
                .corruptFile, path: "\(version.collection)/\(version.id)#\(version.number)",
                message: "the stored document does not decode as \(Document.self): \(error)")
        }
    }

    private func write(
        _ document: Document, id: String, number: Int, effectiveFrom: Day?, action: AuditEntry.Action
    ) async throws -> DocumentVersion {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let now = session.clock.now
        let version = try DocumentVersion(
            collection: collection, id: id, number: number, effectiveFrom: effectiveFrom, savedAt: now,
            author: session.actor, payload: try encoder.encode(document))
        try await session.documentStore.save(version)
        let detail = effectiveFrom.map { "effective from \($0)" } ?? ""
        try await session.auditTrail.record([
            AuditEntry(
                at: now, actor: session.actor, action: action, subject: "\(collection)/\(id)#\(number)",
                detail: detail)
        ])
        return version
    }
}
