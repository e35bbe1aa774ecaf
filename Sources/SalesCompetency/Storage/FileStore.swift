public import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The embedded default store: a directory on the local disk, needing nothing but Foundation.
///
/// ```swift
/// let store = try FileStore(directory: URL(filePath: "/var/lib/sco"), clock: .system)
/// let session = StoreSession(store: store, clock: .system, actor: "ana")
/// try await session.appendActivities(batch)
/// ```
///
/// Layout of the directory:
///
/// | file | what |
/// | --- | --- |
/// | `schema.json` | `{"format":"swift-sales-competency/file-store","version":2}` |
/// | `lock` | held with an exclusive `flock` while a `FileStore` is open |
/// | `activity.log` | the activity batches, checksummed frames (see below) |
/// | `audit.log` | the audit trail, checksummed frames of JSON entries |
/// | `documents/<collection>/<id>.json` | every version of one document, as a JSON array |
///
/// Guarantees:
/// - **Atomic documents.** A save writes a temporary file, flushes it, renames it over the old file and
///   flushes the directory: a crash leaves the old or the new version, never a mix.
/// - **Durable, checksummed logs.** Each batch is one frame (magic, length, CRC-32 of the payload, CRC-32 of
///   the header) flushed with `fsync` before ``append(_:)`` returns. On open, an incomplete last frame — a
///   write cut short by a crash, never acknowledged — is cut off; every acknowledged batch stays.
/// - **Damage is reported, never repaired silently.** A checksum failure in the middle of a log or a
///   document that does not parse throws ``StoreError`` with code ``StoreError/Code/corruptFile`` naming the
///   file (and byte offset); the other files stay readable and nothing is truncated.
/// - **Safe names.** Ids and collection names are percent-encoded into file names (`../x` becomes
///   `%2E%2E%2Fx`), so no id reaches a raw path.
/// - **One writer.** Calls from many tasks are serialised by a mutex; another process (or a second
///   `FileStore` on the same directory) is refused with ``StoreError/Code/locked`` while this one is open.
/// - **Schema versions.** Older layouts are migrated on open (version 1 had no audit trail); a newer or
///   unknown layout is refused with ``StoreError/Code/unsupportedSchema``.
///
/// The methods do their file work synchronously on the calling thread; they satisfy the `async`
/// requirements of the store protocols and can also be called directly from synchronous code.
public final class FileStore: DocumentStore, ActivityStore, AuditTrail {
    /// The schema version this library writes.
    public static let schemaVersion = 2

    /// What opening the store had to do.
    public struct Recovery: Hashable, Sendable {
        /// Bytes of an incomplete last frame cut from `activity.log` (an append a crash interrupted).
        public var activityBytesTruncated: Int
        /// Bytes of an incomplete last frame cut from `audit.log`.
        public var auditBytesTruncated: Int
        /// The schema version the directory had before it was migrated, or `nil` when no migration ran.
        public var migratedFrom: Int?
    }

    struct State {
        var lockFD: Int32
        var activity: FramedLog
        var audit: FramedLog
        var isClosed = false
    }

    /// The store's directory.
    public let directory: URL
    /// What opening the store had to do: truncated torn tails, a migration.
    public let recovery: Recovery
    let state: Mutex<State>
    /// A hook the tests use to make a document write fail after the temporary file is written.
    let writeFault = Mutex<(@Sendable (String) throws -> Void)?>(nil)

    /// Opens the store in `directory`, creating it when missing, migrating an older layout, and cutting off
    /// the torn tail of a log a crash left behind.
    ///
    /// - Parameters:
    ///   - directory: The store's directory.
    ///   - clock: The clock that stamps the audit entry of a migration.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/locked`` when another process or `FileStore` has
    ///   the directory open, ``StoreError/Code/unsupportedSchema`` for a newer or foreign layout,
    ///   ``StoreError/Code/corruptFile`` naming `schema.json` when it does not parse, or
    ///   ``StoreError/Code/io`` when the operating system refuses.
    /// - Complexity: O(*n*) in the size of the logs, which are scanned once.
    public init(directory: URL, clock: any WallClock) throws {
        self.directory = directory
        let root = directory.path
        try FileIO.makeDirectory(root)
        let lockFD = try FileIO.lockExclusively(root + "/lock")
        do {
            let migratedFrom = try FileStore.prepareSchema(in: root, clock: clock)
            let activity = try FramedLog(path: root + "/activity.log")
            let audit: FramedLog
            do {
                audit = try FramedLog(path: root + "/audit.log")
            } catch {
                activity.close()
                throw error
            }
            recovery = Recovery(
                activityBytesTruncated: activity.truncatedBytes, auditBytesTruncated: audit.truncatedBytes,
                migratedFrom: migratedFrom)
            state = Mutex(State(lockFD: lockFD, activity: activity, audit: audit))
        } catch {
            FileIO.close(lockFD)
            throw error
        }
    }

    deinit { close() }

    /// Closes the files and releases the lock; later calls throw ``StoreError/Code/closed``.
    public func close() {
        state.withLock { state in
            guard !state.isClosed else { return }
            state.isClosed = true
            state.activity.close()
            state.audit.close()
            FileIO.close(state.lockFD)
        }
    }

    func withOpenState<T>(_ body: (inout State) throws -> T) throws -> T {
        try state.withLock { state in
            guard !state.isClosed else {
                throw StoreError(.closed, path: directory.path, message: "the file store is closed")
            }
            return try body(&state)
        }
    }
}
