import Foundation
public import SalesCompetency

/// Checks a host's store against the requirements of ``DocumentStore``, ``ActivityStore`` and
/// ``AuditTrail``, throwing a ``StoreConformanceError`` that names the first requirement broken.
///
/// Run it from any test framework or from a debug menu; each check asks for a fresh, empty store:
///
/// ```swift
/// @Test func myStoreConforms() async throws {
///     try await StoreConformanceCheck().run { try MyStore(empty: ...) }
/// }
/// ```
///
/// Errors the store throws where it should succeed propagate unchanged.
public struct StoreConformanceCheck: Sendable {
    /// Every requirement the check exercises, in the order it runs them.
    public static let requirements: [String] = [
        "documents.emptyStoreIsEmpty", "documents.roundTripsEveryField", "documents.listsVersionsInOrder",
        "documents.rejectsOutOfSequenceVersions", "documents.keepsUnusualIDsDistinct",
        "documents.separatesCollections", "documents.oneOfConcurrentSavesWins",
        "activities.emptyStoreIsEmpty", "activities.numbersBatches", "activities.roundTripsExactly",
        "activities.filtersByDaysAndReps", "activities.keepsConcurrentBatchesWhole", "activities.storesEachKeyOnce",
        "activities.auditsInTheSameTransaction",
        "audit.emptyTrailIsEmpty", "audit.roundTripsEveryField", "audit.filtersHalfOpenInterval",
        "audit.keepsRecordingOrder",
    ]

    /// Creates a check.
    public init() {}

    /// Runs every check on stores that keep documents, activities and the audit trail together.
    ///
    /// - Parameter makeEmptyStore: Makes a fresh, empty store; called once per check.
    /// - Throws: ``StoreConformanceError`` naming the first requirement broken, or an error of the store.
    public func run<Store: DocumentStore & ActivityStore & AuditTrail>(
        makeEmptyStore: () async throws -> Store
    ) async throws {
        try await checkDocumentStore(makeEmptyStore)
        try await checkActivityStore(makeEmptyStore)
        try await checkBatchAudit(makeEmptyStore)
        try await checkAuditTrail(makeEmptyStore)
    }

    /// Checks that a batch's audit entries are recorded with it, and not again when the batch is retried.
    ///
    /// - Parameter makeEmptyStore: Makes a fresh, empty store.
    /// - Throws: ``StoreConformanceError`` naming `activities.auditsInTheSameTransaction`, or an error of the
    ///   store.
    public func checkBatchAudit<Store: ActivityStore & AuditTrail>(
        _ makeEmptyStore: () async throws -> Store
    ) async throws {
        let requirement = "activities.auditsInTheSameTransaction"
        let store = try await makeEmptyStore()
        let always = (Date(timeIntervalSince1970: -1e12), Date(timeIntervalSince1970: 1e12))
        let entry = AuditEntry(
            at: Date(timeIntervalSince1970: 1_743_465_600), actor: "conformance", action: .activitiesAppended,
            subject: "activities/import-1", detail: "1 activity")
        try await store.record([
            AuditEntry(
                at: Date(timeIntervalSince1970: 1_743_465_599), actor: "conformance", action: .documentSaved,
                subject: "before", detail: "")
        ])
        let batch = ActivityBatch(
            [try Activity(repID: "a", taskID: "t", day: Day(daysSinceEpoch: 1), quantity: 1)], source: "a.csv",
            key: "import-1")
        _ = try await store.append(batch, auditing: [entry])
        _ = try await store.append(batch, auditing: [entry])
        let entries = try await store.auditEntries(from: always.0, before: always.1)
        try Self.expect(
            entries.map(\.subject) == ["before", "activities/import-1"], requirement,
            "a batch appended twice with its audit entry left the trail \(entries.map(\.subject))")
    }

    static func fail(_ requirement: String, _ message: String) -> StoreConformanceError {
        StoreConformanceError(requirement: requirement, message: message)
    }

    static func expect(_ condition: Bool, _ requirement: String, _ message: @autoclosure () -> String) throws {
        if !condition { throw fail(requirement, message()) }
    }

    /// Runs `body` and checks it throws ``StoreError`` with code `code`.
    static func expectStoreError(
        _ code: StoreError.Code, _ requirement: String, _ what: String, _ body: () async throws -> Void
    ) async throws {
        do {
            try await body()
        } catch let error as StoreError where error.code == code {
            return
        } catch {
            throw fail(requirement, "\(what) threw \(error), not StoreError.\(code)")
        }
        throw fail(requirement, "\(what) did not throw StoreError.\(code)")
    }
}
