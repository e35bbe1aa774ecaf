/// An error raised by a store that the library ships (the file store) or by the library's store facades.
///
/// Host stores may throw their own errors; the library passes them through unchanged. Host stores should
/// throw `StoreError` with code ``Code/conflict`` when a document version is out of sequence, because the
/// library and the conformance check rely on it.
///
/// ```swift
/// do { try await policies.save(policy, id: "default", effectiveFrom: day) }
/// catch let error as StoreError where error.code == .conflict { /* someone saved first: reload */ }
/// ```
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The raw name of the code.
        public let rawValue: String
        /// Creates a code; hosts may define their own.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// A document version is not exactly one more than the latest stored version: someone saved first.
        public static let conflict = Code(rawValue: "conflict")
        /// A frozen document (a monthly snapshot) already exists and cannot be replaced.
        public static let frozen = Code(rawValue: "frozen")
        /// An id or collection name is empty, too long or otherwise unusable.
        public static let invalidID = Code(rawValue: "invalidID")
        /// A stored value is out of range (a non-finite quantity, a version number below 1).
        public static let invalidValue = Code(rawValue: "invalidValue")
        /// A stored file is damaged: bad checksum, unreadable JSON, garbage in the middle of a log.
        public static let corruptFile = Code(rawValue: "corruptFile")
        /// Another writer held the store's lock for longer than this one waits.
        public static let locked = Code(rawValue: "locked")
        /// The store's schema version is unknown to this library (newer, or not a store at all).
        public static let unsupportedSchema = Code(rawValue: "unsupportedSchema")
        /// An operating-system call failed (disk full, permission denied, I/O error).
        public static let io = Code(rawValue: "io")
        /// The store was closed.
        public static let closed = Code(rawValue: "closed")
        /// A change was asked of a store opened read-only.
        public static let readOnly = Code(rawValue: "readOnly")
        /// The raw name.
        public var description: String { rawValue }
    }

    /// What went wrong.
    public var code: Code
    /// The file or directory concerned, when there is one.
    public var path: String?
    /// What went wrong, in words, with the offending id, version or byte offset.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: What went wrong.
    ///   - path: The file or directory concerned, if any.
    ///   - message: What went wrong, in words.
    public init(_ code: Code, path: String? = nil, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    /// `path: message`, or the message alone when no path is known.
    public var description: String {
        guard let path else { return message }
        return "\(path): \(message)"
    }
}
