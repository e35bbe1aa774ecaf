/// The stores a host supplies, the clock, and who is acting: the library writes through a session so that
/// every change lands in the audit trail, stamped by the injected clock.
///
/// ```swift
/// let store = try FileStore(directory: url, clock: .system)
/// let session = StoreSession(store: store, clock: .system, actor: "ana")
/// let policies = session.documents(MyPolicy.self, in: .scoringPolicies)
/// try await policies.save(policy, id: "default", effectiveFrom: try Day(parsing: "2025-04-01"))
/// let march = try await policies.document("default", inEffectOn: try Day(parsing: "2025-03-15"))
/// ```
///
/// Errors thrown by the host's stores pass through unchanged.
public struct StoreSession: Sendable {
    /// The versioned documents.
    public var documentStore: any DocumentStore
    /// The activity log.
    public var activityStore: any ActivityStore
    /// The audit trail.
    public var auditTrail: any AuditTrail
    /// The source of "now" for version and audit stamps.
    public var clock: any WallClock
    /// Who the changes are attributed to.
    public var actor: String

    /// Creates a session over separate stores.
    ///
    /// - Parameters:
    ///   - documents: The document store.
    ///   - activities: The activity store.
    ///   - audit: The audit trail.
    ///   - clock: The clock that stamps versions and audit entries.
    ///   - actor: Who the changes are attributed to.
    public init(
        documents: any DocumentStore, activities: any ActivityStore, audit: any AuditTrail,
        clock: any WallClock, actor: String
    ) {
        self.documentStore = documents
        self.activityStore = activities
        self.auditTrail = audit
        self.clock = clock
        self.actor = actor
    }

    /// Creates a session over one store that keeps documents, activities and the audit trail.
    ///
    /// - Parameters:
    ///   - store: The store.
    ///   - clock: The clock that stamps versions and audit entries.
    ///   - actor: Who the changes are attributed to.
    public init(store: some DocumentStore & ActivityStore & AuditTrail, clock: any WallClock, actor: String) {
        self.init(documents: store, activities: store, audit: store, clock: clock, actor: actor)
    }

    /// The documents of one collection, encoded as JSON.
    ///
    /// - Parameters:
    ///   - type: The document type.
    ///   - collection: The collection.
    /// - Returns: A typed view of the collection.
    public func documents<Document: Codable & Sendable>(
        _ type: Document.Type, in collection: DocumentCollection
    ) -> VersionedDocuments<Document> {
        VersionedDocuments(session: self, collection: collection)
    }

    /// Appends a batch of activities exactly once, with its audit entry in the same transaction.
    ///
    /// The entry's subject is `activities/KEY`, its detail the number of activities and the source. When a
    /// batch with the same key is already stored, nothing is added (not even an audit entry) and the receipt
    /// says ``ActivityBatchReceipt/alreadyStored``: a retried import is safe.
    ///
    /// - Parameter batch: The activities and their idempotency key.
    /// - Returns: The store's receipt.
    /// - Throws: Any error of the stores, unchanged; nothing is stored then.
    @discardableResult
    public func appendActivities(_ batch: ActivityBatch) async throws -> ActivityBatchReceipt {
        let detail =
            "\(batch.activities.count) \(batch.activities.count == 1 ? "activity" : "activities")"
            + (batch.source.isEmpty ? "" : " from \(batch.source)")
        return try await activityStore.append(
            batch,
            auditing: [
                AuditEntry(
                    at: clock.now, actor: actor, action: .activitiesAppended, subject: "activities/\(batch.key)",
                    detail: detail)
            ])
    }

    /// Appends activities keyed by their content (see ``ActivityBatch/contentKey(of:source:)``), exactly once,
    /// with an audit entry.
    ///
    /// - Parameter activities: The activities.
    /// - Returns: The store's receipt.
    /// - Throws: Any error of the stores, unchanged.
    /// - Complexity: O(*n*) in the number of activities.
    @discardableResult
    public func appendActivities(_ activities: [Activity]) async throws -> ActivityBatchReceipt {
        try await appendActivities(ActivityBatch(activities, source: ""))
    }
}
