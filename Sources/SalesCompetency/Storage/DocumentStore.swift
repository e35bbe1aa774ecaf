/// Where the host keeps versioned documents: dictionaries, mappings, scoring policies, assessments,
/// rosters, opportunities, investments and frozen scorecard snapshots.
///
/// The library encodes each document to JSON and hands the store a ``DocumentVersion``; the store keeps
/// every version. Reading "the policy in force on 3 March" or "the latest roster" is done by the library
/// from ``versions(of:in:)``, so a store needs only three operations. Use a store through
/// ``StoreSession`` and ``VersionedDocuments``, which stamp versions with the injected clock and record
/// the audit trail.
///
/// ## Implementation requirements
///
/// - ``save(_:)`` is atomic: afterwards either the version is the document's latest and durable, or
///   nothing changed. When `version.number` is not exactly one more than the latest stored number (1 for a
///   new document), throw ``StoreError`` with code ``StoreError/Code/conflict`` and change nothing. This
///   compare-and-swap makes concurrent edits safe and snapshots freezable.
/// - Versions are stored exactly: every field round-trips, `payload` byte for byte, `savedAt` to the
///   precision of a `Double` of seconds since 1970.
/// - ``versions(of:in:)`` returns every version in ascending number, or an empty array for an unknown
///   document; ``documentIDs(in:)`` returns the ids that have at least one version, sorted with
///   `String`'s `<`, empty for an unknown collection.
/// - Ids and collection names are arbitrary non-empty strings (`../x`, `a/b`, `Ä`, `A` and `a` are all
///   distinct ids); a store must never let them reach a file path or a query unescaped.
/// - Safe to call from many tasks at once. Errors from the host's own storage pass through unchanged.
///
/// Check an implementation with `StoreConformanceCheck` from `SalesCompetencyTesting`.
public protocol DocumentStore: Sendable {
    /// Saves `version` as the new latest version of its document.
    ///
    /// - Parameter version: The version; its `number` must be the latest stored number plus one.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/conflict`` when the number is out of sequence;
    ///   any error of the underlying storage.
    func save(_ version: DocumentVersion) async throws

    /// Every version of a document, in ascending number.
    ///
    /// - Parameters:
    ///   - id: The document id.
    ///   - collection: The collection.
    /// - Returns: The versions, empty when the document does not exist.
    /// - Throws: Any error of the underlying storage.
    func versions(of id: String, in collection: DocumentCollection) async throws -> [DocumentVersion]

    /// The ids of the documents in a collection, sorted.
    ///
    /// - Parameter collection: The collection.
    /// - Returns: The ids, empty when the collection has none.
    /// - Throws: Any error of the underlying storage.
    func documentIDs(in collection: DocumentCollection) async throws -> [String]
}
