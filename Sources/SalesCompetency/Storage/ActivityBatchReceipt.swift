/// What an ``ActivityStore`` answers once a batch is durably appended, or found already stored.
public struct ActivityBatchReceipt: Hashable, Sendable, Codable {
    /// The batch's position in the log: 0 for the first batch ever appended, then 1, 2, …
    public var sequence: Int
    /// How many activities the batch held.
    public var count: Int
    /// The batch's idempotency key (empty for a receipt made without one).
    public var key: String
    /// Whether a batch with this key was already stored, so that nothing was added this time; `sequence` and
    /// `count` are then those of the stored batch.
    public var alreadyStored: Bool

    /// Creates a receipt.
    ///
    /// - Parameters:
    ///   - sequence: The batch's position in the log.
    ///   - count: How many activities it held.
    ///   - key: The batch's idempotency key.
    ///   - alreadyStored: Whether the batch was stored before and nothing was added.
    public init(sequence: Int, count: Int, key: String = "", alreadyStored: Bool = false) {
        self.sequence = sequence
        self.count = count
        self.key = key
        self.alreadyStored = alreadyStored
    }
}
