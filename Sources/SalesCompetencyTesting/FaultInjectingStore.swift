public import Foundation
public import SalesCompetency
import Synchronization

/// A store that passes every call to another store, except the calls it is told to fail: for testing that code
/// on top of a store reports a failed disk, network or database and loses nothing.
///
/// Calls are counted from 1 across every method (reads and writes, documents, activities and audit trail). The
/// call numbered ``failingCall`` throws ``error`` instead of reaching the wrapped store; with
/// ``Persistence/fromThenOn`` every later call fails too, like a disk that stays full. Run a workflow once
/// without a fault to learn how many calls it makes (``callCount``), then once per call with the fault there:
///
/// ```swift
/// let store = FaultInjectingStore(InMemoryStore(), failingCall: 3)
/// let session = StoreSession(store: store, clock: clock, actor: "test")
/// await #expect(throws: StoreError.self) { try await workflow(session) }
/// // store.base holds what was acknowledged before the fault, and nothing half-written.
/// ```
///
/// It conforms to ``DocumentStore``, ``ActivityStore`` and ``AuditTrail`` wherever the wrapped store does.
public final class FaultInjectingStore<Base: Sendable>: Sendable {
    /// Whether the fault stays once it has happened.
    public enum Persistence: Sendable, Hashable {
        /// Only the chosen call fails.
        case once
        /// The chosen call and every later one fail.
        case fromThenOn
    }

    /// The wrapped store, holding whatever the calls that got through did.
    public let base: Base
    /// The 1-based number of the first call that fails, or `nil` to fail nothing and only count.
    public let failingCall: Int?
    /// Whether later calls fail too.
    public let persistence: Persistence
    /// The error a failing call throws.
    public let error: StoreError
    private let calls = Atomic<Int>(0)
    private let failures = Atomic<Int>(0)

    /// The error thrown by default: the disk is full.
    public static var diskFull: StoreError {
        StoreError(.io, message: "injected fault: no space left on device")
    }

    /// Wraps `base`.
    ///
    /// - Parameters:
    ///   - base: The store that does the work.
    ///   - failingCall: The 1-based number of the call to fail; `nil` (the default) counts calls without
    ///     failing any.
    ///   - persistence: Whether only that call fails, or every call from it on.
    ///   - error: What a failing call throws; by default ``diskFull``.
    public init(
        _ base: Base, failingCall: Int? = nil, persistence: Persistence = .once, error: StoreError = diskFull
    ) {
        precondition(failingCall.map { $0 >= 1 } ?? true, "calls are numbered from 1")
        self.base = base
        self.failingCall = failingCall
        self.persistence = persistence
        self.error = error
    }

    /// How many calls have been made, failed ones included.
    public var callCount: Int { calls.load(ordering: .acquiring) }

    /// How many calls have failed.
    public var failureCount: Int { failures.load(ordering: .acquiring) }

    /// Counts a call and throws ``error`` when it is one to fail.
    func enter() throws {
        let number = calls.add(1, ordering: .acquiringAndReleasing).newValue
        guard let failingCall else { return }
        if number == failingCall || (persistence == .fromThenOn && number > failingCall) {
            failures.add(1, ordering: .acquiringAndReleasing)
            throw error
        }
    }
}

extension FaultInjectingStore: DocumentStore where Base: DocumentStore {
    /// Saves through the wrapped store unless this call is one to fail.
    public func save(_ version: DocumentVersion) async throws {
        try enter()
        try await base.save(version)
    }

    /// Reads through the wrapped store unless this call is one to fail.
    public func versions(of id: String, in collection: DocumentCollection) async throws -> [DocumentVersion] {
        try enter()
        return try await base.versions(of: id, in: collection)
    }

    /// Lists through the wrapped store unless this call is one to fail.
    public func documentIDs(in collection: DocumentCollection) async throws -> [String] {
        try enter()
        return try await base.documentIDs(in: collection)
    }
}

extension FaultInjectingStore: ActivityStore where Base: ActivityStore {
    /// Appends through the wrapped store unless this call is one to fail.
    public func append(_ batch: ActivityBatch, auditing entries: [AuditEntry]) async throws -> ActivityBatchReceipt {
        try enter()
        return try await base.append(batch, auditing: entries)
    }

    /// Reads through the wrapped store unless this call is one to fail.
    public func activities(from first: Day, through last: Day, reps: Set<Rep.ID>?) async throws -> [Activity] {
        try enter()
        return try await base.activities(from: first, through: last, reps: reps)
    }

    /// Counts batches through the wrapped store unless this call is one to fail.
    public func batchCount() async throws -> Int {
        try enter()
        return try await base.batchCount()
    }
}

extension FaultInjectingStore: AuditTrail where Base: AuditTrail {
    /// Records through the wrapped store unless this call is one to fail.
    public func record(_ entries: [AuditEntry]) async throws {
        try enter()
        try await base.record(entries)
    }

    /// Reads through the wrapped store unless this call is one to fail.
    public func auditEntries(from start: Date, before end: Date) async throws -> [AuditEntry] {
        try enter()
        return try await base.auditEntries(from: start, before: end)
    }
}
