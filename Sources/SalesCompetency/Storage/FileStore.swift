public import Foundation

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
/// try await session.appendActivities(ActivityBatch(batch, source: "march.csv"))
/// ```
///
/// Layout of the directory:
///
/// | file | what |
/// | --- | --- |
/// | `schema.json` | `{"format":"swift-sales-competency/file-store","version":3}`, written last when a store is created |
/// | `journal.log` | checksummed, numbered frames: activity batches (with their key and audit entries), audit entries, document records |
/// | `head` | how many frames are acknowledged and where they end |
/// | `lock` | a writer holds an exclusive `flock` on it while it writes |
/// | `documents/<collection>/<id>.json` | every version of one document, as a JSON array |
///
/// Guarantees (see `Documentation/FileStore.md`):
/// - **Exactly once.** Each batch carries an idempotency key; a batch whose key is stored is not added again.
///   A batch, its key and its audit entries are one frame: they commit together or not at all.
/// - **Acknowledged means durable.** A writer flushes the frame, then the head, then returns. Only a writer cuts
///   bytes after the head's end (a write a crash interrupted, never acknowledged), and reports the cut in
///   ``recovery``.
/// - **Damage is reported, never cut.** A bad checksum, a wrong sequence number or a journal shorter than the
///   head throws ``StoreError`` with code ``StoreError/Code/corruptFile`` naming the file, frame and byte;
///   ``verify(directory:)`` lists every damaged range and ``repair(directory:into:clock:actor:)`` salvages the valid batches into a new
///   store. A missing `journal.log`, `head` or document file is reported, never recreated empty; a document
///   whose checksum differs from the one the journal recorded is reported.
/// - **Readers beside writers.** Readers take no lock and never write: each call reads the acknowledged
///   prefix the head names, a consistent snapshot. Writers take turns, each waiting up to
///   ``Options/lockTimeout`` for the lock.
/// - **Memory that does not grow with the history.** Reads go batch by batch, skipping batches whose day range
///   lies outside the period asked for.
/// - **Schema versions.** Older layouts are migrated by a writer on open; a newer or unknown layout is refused
///   with ``StoreError/Code/unsupportedSchema``.
///
/// The methods do their file work synchronously on the calling thread; they satisfy the `async`
/// requirements of the store protocols and can also be called directly from synchronous code.
public final class FileStore: DocumentStore, ActivityStore, AuditTrail {
    /// The schema version this library writes.
    public static let schemaVersion = 3

    /// How a store is opened.
    public struct Options: Hashable, Sendable {
        /// Whether this store may write: a read-only store takes no lock and never changes a file.
        public var readOnly: Bool
        /// How long a writer waits for another writer to finish before failing with
        /// ``StoreError/Code/locked``.
        public var lockTimeout: Duration

        /// Creates options.
        ///
        /// - Parameters:
        ///   - readOnly: Open for reading only; `false` by default.
        ///   - lockTimeout: How long a writer waits its turn; 30 seconds by default.
        public init(readOnly: Bool = false, lockTimeout: Duration = .seconds(30)) {
            self.readOnly = readOnly
            self.lockTimeout = lockTimeout
        }
    }

    /// What this store's writes had to recover.
    public struct Recovery: Hashable, Sendable {
        /// Bytes after the acknowledged end of the journal cut by this store's writes: writes a crash
        /// interrupted, never acknowledged.
        public var tornBytesCut: Int
        /// The schema version the directory had before it was migrated, or `nil` when no migration ran.
        public var migratedFrom: Int?
    }

    struct State {
        var journalFD: Int32
        var headFD: Int32
        var lockFD: Int32?
        var index = JournalIndex()
        var recovery = Recovery(tornBytesCut: 0, migratedFrom: nil)
        var isClosed = false
    }

    /// The store's directory.
    public let directory: URL
    /// How the store was opened.
    public let options: Options
    let state: Locked<State>
    /// A hook the tests use to make a document write fail after the temporary file is written.
    let writeFault = Locked<(@Sendable (String) throws -> Void)?>(nil)
    /// A hook the tests use to fail a journal append at a step: `frame-written`, `frame-synced`, `head-written`.
    let journalFault = Locked<(@Sendable (String) throws -> Void)?>(nil)

    var journalPath: String { directory.path + "/journal.log" }
    var headPath: String { directory.path + "/head" }

    /// What this store's writes had to recover: torn tails cut, a migration.
    public var recovery: Recovery { state.withLock { $0.recovery } }

    /// Opens the store in `directory`. A writer creates it when missing and migrates an older layout; a
    /// read-only store needs an existing store of the current version and never changes a file.
    ///
    /// - Parameters:
    ///   - directory: The store's directory.
    ///   - clock: The clock that stamps the audit entry of a migration.
    ///   - options: Read-only or not, and how long a writer waits for the lock.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/locked`` when another writer holds the lock for
    ///   longer than `options.lockTimeout`, ``StoreError/Code/unsupportedSchema`` for a newer or foreign layout
    ///   (or, read-only, no store or an older one), ``StoreError/Code/corruptFile`` when a file the store
    ///   needs is missing or damaged, or ``StoreError/Code/io`` when the operating system refuses.
    /// - Complexity: O(*f*) in the number of journal frames, whose headers are read once.
    public init(directory: URL, clock: any WallClock, options: Options = Options()) throws {
        self.directory = directory
        self.options = options
        let root = directory.path
        var lockFD: Int32?
        var migratedFrom: Int?
        if options.readOnly {
            try FileStore.checkReadable(root)
        } else {
            try FileIO.makeDirectory(root)
            let fd = try FileIO.open(root + "/lock", flags: O_RDWR | O_CREAT)
            do {
                try FileIO.lock(fd, path: root + "/lock", timeout: options.lockTimeout)
                defer { FileIO.unlock(fd) }
                migratedFrom = try FileStore.prepareSchema(in: root, clock: clock)
            } catch {
                FileIO.close(fd)
                throw error
            }
            lockFD = fd
        }
        let flags = options.readOnly ? O_RDONLY : O_RDWR
        var opened: [Int32] = []
        do {
            for name in ["journal.log", "head"] {
                let path = root + "/" + name
                guard access(path, F_OK) == 0 else {
                    throw StoreError(
                        .corruptFile, path: path,
                        message:
                            "\(name) is missing; schema.json says a store was created here (repair salvages what is left into a new store)"
                    )
                }
                opened.append(try FileIO.open(path, flags: flags))
            }
            var state = State(journalFD: opened[0], headFD: opened[1], lockFD: lockFD)
            state.recovery.migratedFrom = migratedFrom
            try state.index.extend(to: FileStore.readHead(state), fd: state.journalFD, path: root + "/journal.log")
            self.state = Locked(state)
        } catch {
            opened.forEach(FileIO.close)
            lockFD.map(FileIO.close)
            throw error
        }
    }

    deinit { close() }

    /// Closes the files; later calls throw ``StoreError/Code/closed``.
    public func close() {
        state.withLock { state in
            guard !state.isClosed else { return }
            state.isClosed = true
            FileIO.close(state.journalFD)
            FileIO.close(state.headFD)
            state.lockFD.map(FileIO.close)
        }
    }

    static func readHead(_ state: State) throws -> JournalHead {
        let bytes = try FileIO.read(
            state.headFD, count: min(2 * JournalHead.slotSize, try FileIO.size(state.headFD, path: "head")), at: 0,
            path: "head")
        guard let head = JournalHead.decode(bytes) else {
            throw StoreError(.corruptFile, message: "head: damaged, neither slot has a valid checksum")
        }
        return head
    }

    func withOpenState<T>(_ body: (inout State) throws -> T) throws -> T {
        try state.withLock { state in
            guard !state.isClosed else {
                throw StoreError(.closed, path: directory.path, message: "the file store is closed")
            }
            return try body(&state)
        }
    }

    /// A consistent snapshot for a reader: the index of the acknowledged prefix and a descriptor of the journal
    /// (the caller closes it).
    func snapshot() throws -> (index: JournalIndex, fd: Int32) {
        try withOpenState { state in
            try state.index.extend(to: try FileStore.readHead(state), fd: state.journalFD, path: journalPath)
            let fd = dup(state.journalFD)
            guard fd >= 0 else { throw FileIO.failure("dup", path: journalPath) }
            return (state.index, fd)
        }
    }

    /// Runs `body` as the one writer: takes the lock (waiting its turn), catches up with the head, cuts a
    /// never-acknowledged tail, then lets `body` append.
    func write<T>(_ body: (inout State) throws -> T) throws -> T {
        try withOpenState { state in
            guard let lockFD = state.lockFD else {
                throw StoreError(.readOnly, path: directory.path, message: "the store was opened read-only")
            }
            try FileIO.lock(lockFD, path: directory.path + "/lock", timeout: options.lockTimeout)
            defer { FileIO.unlock(lockFD) }
            let head = try FileStore.readHead(state)
            try state.index.extend(to: head, fd: state.journalFD, path: journalPath)
            let size = try FileIO.size(state.journalFD, path: journalPath)
            if size > head.end {
                try FileIO.truncate(state.journalFD, to: head.end, path: journalPath)
                try FileIO.sync(state.journalFD, path: journalPath)
                state.recovery.tornBytesCut += size - head.end
            }
            return try body(&state)
        }
    }

    /// Appends one frame and moves the head past it: the frame is acknowledged when this returns. Call inside
    /// ``write(_:)``.
    func appendFrame(
        _ kind: JournalFrame.Kind, meta: JournalFrame.Meta, body: [UInt8] = [], days: (Int32, Int32) = (1, 0),
        rows: Int = 0, state: inout State
    ) throws {
        let metaBytes = try meta.encoded()
        guard metaBytes.count <= Int(UInt32.max), body.count <= Int(UInt32.max) else {
            throw StoreError(.invalidValue, path: journalPath, message: "a frame of more than 4 GiB")
        }
        let header = JournalFrame.Header(
            kind: kind, sequence: state.index.frames.count, meta: metaBytes, body: body, firstDay: days.0,
            lastDay: days.1, rowCount: rows)
        let frame = JournalFrame.bytes(header, meta: metaBytes, body: body)
        let offset = state.index.end
        let fault = journalFault.withLock { $0 }
        do {
            try frame.withUnsafeBytes { try FileIO.write(state.journalFD, $0, at: offset, path: journalPath) }
            try fault?("frame-written")
            try FileIO.sync(state.journalFD, path: journalPath)
            try fault?("frame-synced")
            try JournalHead(count: header.sequence + 1, end: offset + frame.count).write(
                to: state.headFD, path: headPath)
            try fault?("head-written")
        } catch {
            // The head still names the old end unless its write went through: cut the frame back if it did not.
            if let head = try? FileStore.readHead(state), head.end == offset {
                try? FileIO.truncate(state.journalFD, to: offset, path: journalPath)
            } else if (try? FileStore.readHead(state))?.end == offset + frame.count {
                try? state.index.add(
                    JournalIndex.Entry(offset: offset, header: header), meta: metaBytes, path: journalPath)
            }
            throw error
        }
        try state.index.add(JournalIndex.Entry(offset: offset, header: header), meta: metaBytes, path: journalPath)
    }
}
