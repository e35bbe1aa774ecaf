/// What an ``ActivityStore`` answers once a batch is durably appended.
public struct ActivityBatchReceipt: Hashable, Sendable, Codable {
    /// The batch's position in the log: 0 for the first batch ever appended, then 1, 2, …
    public var sequence: Int
    /// How many activities the batch held.
    public var count: Int

    /// Creates a receipt.
    ///
    /// - Parameters:
    ///   - sequence: The batch's position in the log.
    ///   - count: How many activities it held.
    public init(sequence: Int, count: Int) {
        self.sequence = sequence
        self.count = count
    }
}
