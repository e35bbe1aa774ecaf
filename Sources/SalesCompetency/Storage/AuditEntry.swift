public import Foundation

/// One line of the audit trail: what changed, when, and by whom.
///
/// The library writes an entry for every change it makes through a ``StoreSession``, stamped by the
/// session's ``WallClock``. The JSON shape is a contract:
///
/// ```json
/// {"action":"document.saved","actor":"ana","at":1743465600,"detail":"effective from 2025-04-01",
///  "subject":"scoring-policies/default#2"}
/// ```
public struct AuditEntry: Hashable, Sendable, Codable {
    /// The kind of change, such as `document.saved`.
    public struct Action: StringIdentifier {
        /// The raw name.
        public let rawValue: String
        /// Creates an action; hosts may define their own.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// A new version of a document was saved.
        public static let documentSaved: Action = "document.saved"
        /// A snapshot was frozen.
        public static let snapshotFrozen: Action = "snapshot.frozen"
        /// A batch of activities was appended.
        public static let activitiesAppended: Action = "activities.appended"
        /// The store's schema was migrated to a newer version.
        public static let storeMigrated: Action = "store.migrated"
    }

    /// When, from the injected clock.
    public var at: Date
    /// Who: the user or process that made the change.
    public var actor: String
    /// What kind of change.
    public var action: Action
    /// What changed, such as `scoring-policies/default#2` or `activities#17`.
    public var subject: String
    /// More about the change, in words; may be empty.
    public var detail: String

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - at: When.
    ///   - actor: Who.
    ///   - action: What kind of change.
    ///   - subject: What changed.
    ///   - detail: More, in words.
    public init(at: Date, actor: String, action: Action, subject: String, detail: String = "") {
        self.at = at
        self.actor = actor
        self.action = action
        self.subject = subject
        self.detail = detail
    }

    private enum CodingKeys: String, CodingKey {
        case at, actor, action, subject, detail
    }

    /// Decodes the pinned shape.
    ///
    /// - Throws: `DecodingError` for a malformed shape.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            at: Date(timeIntervalSince1970: try c.decode(Double.self, forKey: .at)),
            actor: try c.decode(String.self, forKey: .actor), action: try c.decode(Action.self, forKey: .action),
            subject: try c.decode(String.self, forKey: .subject), detail: try c.decode(String.self, forKey: .detail))
    }

    /// Encodes the pinned shape (`at` as seconds since 1970).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(at.timeIntervalSince1970, forKey: .at)
        try c.encode(actor, forKey: .actor)
        try c.encode(action, forKey: .action)
        try c.encode(subject, forKey: .subject)
        try c.encode(detail, forKey: .detail)
    }
}
