public import Foundation

/// Where the host keeps the audit trail: an append-only list of ``AuditEntry``.
///
/// ## Implementation requirements
///
/// - ``record(_:)`` appends durably, in order; entries are never changed or removed.
/// - ``auditEntries(from:before:)`` returns the entries whose `at` lies in the half-open interval, in the
///   order they were recorded (not re-sorted by time: a clock may be set back). Every field round-trips.
/// - Safe to call from many tasks at once. Errors from the host's own storage pass through unchanged.
///
/// Check an implementation with `StoreConformanceCheck` from `SalesCompetencyTesting`.
public protocol AuditTrail: Sendable {
    /// Appends entries to the trail.
    ///
    /// - Parameter entries: The entries, in order.
    /// - Throws: Any error of the underlying storage.
    func record(_ entries: [AuditEntry]) async throws

    /// The entries recorded with `start <= at < end`, in the order recorded.
    ///
    /// - Parameters:
    ///   - start: The first instant, included.
    ///   - end: The end, excluded.
    /// - Returns: The entries.
    /// - Throws: Any error of the underlying storage.
    func auditEntries(from start: Date, before end: Date) async throws -> [AuditEntry]
}
