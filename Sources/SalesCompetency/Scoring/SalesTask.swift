/// A measurable sales activity, such as prospecting emails sent or replies received.
///
/// A task's value for a rep and period is computed from the activity log by its ``Kind``: the sum of the
/// quantities logged (the default), the number of log entries, or the ratio of two other tasks' values
/// (replies ÷ emails sent).
///
/// ```swift
/// let replyRate = SalesTask(id: "reply_rate", kind: .ratio(numerator: "replies", denominator: "emails"))
/// ```
public struct SalesTask: Hashable, Sendable, Codable, Identifiable {
    /// The stable identifier of a task, as it appears in the activity log's `task_id` column.
    public struct ID: StringIdentifier {
        /// The raw string.
        public let rawValue: String
        /// Creates an identifier from its raw string.
        public init(rawValue: String) { self.rawValue = rawValue }
    }

    /// How a task's value for a rep and period is computed from the activity log.
    public enum Kind: Hashable, Sendable {
        /// The sum of the quantities of the log entries with this task id.
        case sum
        /// The number of log entries with this task id, whatever their quantities.
        case count
        /// The value of `numerator` divided by the value of `denominator` over the same rep and period;
        /// 0 when the denominator is 0 (no activity counts 0). Both inputs must be sum or count tasks.
        case ratio(numerator: SalesTask.ID, denominator: SalesTask.ID)
    }

    /// The stable identifier.
    public var id: ID
    /// How the value is computed.
    public var kind: Kind

    /// Creates a task.
    ///
    /// - Parameters:
    ///   - id: The identifier used in the activity log.
    ///   - kind: How the value is computed; the sum of quantities by default.
    public init(id: ID, kind: Kind = .sum) {
        self.id = id
        self.kind = kind
    }

    private enum CodingKeys: String, CodingKey { case id, kind, numerator, denominator }

    /// Decodes `{"id": "...", "kind": "sum" | "count" | "ratio", "numerator": "...", "denominator": "..."}`.
    ///
    /// - Throws: `DecodingError` for an unknown kind or a ratio without both inputs or referring to itself.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ID.self, forKey: .id)
        switch try container.decode(String.self, forKey: .kind) {
        case "sum": kind = .sum
        case "count": kind = .count
        case "ratio":
            let numerator = try container.decode(ID.self, forKey: .numerator)
            let denominator = try container.decode(ID.self, forKey: .denominator)
            guard numerator != id, denominator != id, numerator != denominator else {
                throw DecodingError.dataCorruptedError(
                    forKey: .numerator, in: container,
                    debugDescription: "ratio task \(id) needs two different inputs other than itself")
            }
            kind = .ratio(numerator: numerator, denominator: denominator)
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container,
                debugDescription: "unknown task kind \"\(other)\"; use sum, count or ratio")
        }
    }

    /// Encodes as `{"id": "...", "kind": "..."}` with `numerator` and `denominator` for a ratio.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        switch kind {
        case .sum: try container.encode("sum", forKey: .kind)
        case .count: try container.encode("count", forKey: .kind)
        case .ratio(let numerator, let denominator):
            try container.encode("ratio", forKey: .kind)
            try container.encode(numerator, forKey: .numerator)
            try container.encode(denominator, forKey: .denominator)
        }
    }
}
