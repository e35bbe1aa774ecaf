/// What ``FileStore/repair(directory:into:clock:actor:)`` did: what it salvaged into the new store, and what
/// it found lost.
public struct StoreRepair: Hashable, Sendable, Codable {
    /// Activity batches copied into the new store, with their keys and audit entries.
    public var salvagedBatches: Int
    /// Activities in those batches.
    public var salvagedActivities: Int
    /// Audit frames copied.
    public var salvagedAuditFrames: Int
    /// Document versions copied.
    public var salvagedDocumentVersions: Int
    /// The verification of the damaged store: every damaged range and what it held (with the audit entries
    /// recorded with a lost batch, where they could be read), every missing or changed document.
    public var lost: StoreVerification
}
