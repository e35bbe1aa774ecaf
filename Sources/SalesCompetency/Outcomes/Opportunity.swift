public import Foundation

/// A sales opportunity (a deal) as a CRM records it: who owns it, when it was opened and closed, how it
/// ended and what it was worth.
///
/// A won or lost deal has a close day; an open deal may carry one (an expected close date), which the
/// outcome figures ignore. The value is the deal's amount in the host's currency, never negative; lost
/// and open deals often carry 0.
///
/// ```swift
/// let deal = try Opportunity(
///     id: "o-1", owner: "rep-1", opened: try Day(parsing: "2025-01-06"),
///     closed: try Day(parsing: "2025-02-14"), outcome: .won, value: 1_200)
/// deal.cycleDays   // 39
/// ```
public struct Opportunity: Hashable, Sendable, Codable, Identifiable {
    /// The CRM's identifier of an opportunity.
    public struct ID: StringIdentifier {
        /// The raw string.
        public let rawValue: String
        /// Creates an identifier from its raw string.
        public init(rawValue: String) { self.rawValue = rawValue }
    }

    /// The identifier of a customer account, used for wallet share.
    public struct AccountID: StringIdentifier {
        /// The raw string.
        public let rawValue: String
        /// Creates an identifier from its raw string.
        public init(rawValue: String) { self.rawValue = rawValue }
    }

    /// How a deal ended, or that it has not.
    public enum Outcome: String, Hashable, Sendable, Codable, CaseIterable {
        /// Closed and won.
        case won
        /// Closed and lost.
        case lost
        /// Still in the pipeline.
        case open
    }

    /// The identifier.
    public let id: ID
    /// The rep who owns the deal.
    public let ownerID: Rep.ID
    /// The customer account, when known.
    public let accountID: AccountID?
    /// The day the deal was opened (engaged), when known.
    public let opened: Day?
    /// The day the deal was closed; for an open deal, an expected close day or `nil`.
    public let closed: Day?
    /// How the deal ended.
    public let outcome: Outcome
    /// The deal's amount, never negative.
    public let value: Decimal

    /// Creates a deal and checks it.
    ///
    /// - Parameters:
    ///   - id: The identifier.
    ///   - ownerID: The rep who owns the deal.
    ///   - accountID: The customer account, when known.
    ///   - opened: The day the deal was opened, when known.
    ///   - closed: The close day; required for won and lost deals.
    ///   - outcome: How the deal ended.
    ///   - value: The amount, 0 or more.
    /// - Throws: ``ValidationError`` naming the id: `.outOfOrder` when `closed` is before `opened`,
    ///   `.negativeValue` or `.invalidValue` (NaN) for the value, `.missingValue` for a won or lost deal
    ///   without a close day.
    public init(
        id: ID, ownerID: Rep.ID, accountID: AccountID? = nil, opened: Day?, closed: Day?, outcome: Outcome,
        value: Decimal
    ) throws {
        let subject = "opportunity \(id)"
        if let opened, let closed, closed < opened {
            throw ValidationError(
                .outOfOrder, subject: subject, field: "closed",
                message: "closes on \(closed), before it opens on \(opened)")
        }
        if value.isNaN {
            throw ValidationError(.outOfRange, subject: subject, field: "value", message: "value is not a number")
        }
        if value < 0 {
            throw ValidationError(
                .negativeValue, subject: subject, field: "value", message: "value \(value) is negative")
        }
        if outcome != .open, closed == nil {
            throw ValidationError(
                .missingValue, subject: subject, field: "closed",
                message: "a \(outcome.rawValue) deal needs a close day")
        }
        self.id = id
        self.ownerID = ownerID
        self.accountID = accountID
        self.opened = opened
        self.closed = closed
        self.outcome = outcome
        self.value = value
    }

    /// Whether the deal is won or lost.
    public var isClosed: Bool { outcome != .open }

    /// Days from open to close, when the deal is closed and both days are known.
    public var cycleDays: Int? {
        guard isClosed, let opened, let closed else { return nil }
        return opened.days(to: closed)
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case ownerID = "owner"
        case accountID = "account"
        case opened, closed, outcome, value
    }

    /// Decodes `{"id", "owner", "account"?, "opened"?, "closed"?, "outcome", "value"}` and checks it as
    /// ``init(id:ownerID:accountID:opened:closed:outcome:value:)`` does.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(
                id: container.decode(ID.self, forKey: .id), ownerID: container.decode(Rep.ID.self, forKey: .ownerID),
                accountID: container.decodeIfPresent(AccountID.self, forKey: .accountID),
                opened: container.decodeIfPresent(Day.self, forKey: .opened),
                closed: container.decodeIfPresent(Day.self, forKey: .closed),
                outcome: container.decode(Outcome.self, forKey: .outcome),
                value: container.decode(Decimal.self, forKey: .value))
        } catch let error as ValidationError {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    /// Encodes the pinned shape; absent optional fields are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(ownerID, forKey: .ownerID)
        try container.encodeIfPresent(accountID, forKey: .accountID)
        try container.encodeIfPresent(opened, forKey: .opened)
        try container.encodeIfPresent(closed, forKey: .closed)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(value, forKey: .value)
    }
}
