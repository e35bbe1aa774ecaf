/// What a stored activity batch is, without its activities: its number, key, source, size and days.
public struct BatchSummary: Hashable, Sendable, Codable {
    /// The batch's position in the log, 0 for the first.
    public var sequence: Int
    /// The batch's idempotency key.
    public var key: String
    /// Where the batch came from, such as a file name.
    public var source: String
    /// How many activities it holds.
    public var count: Int
    /// The first and last day of its activities, or `nil` for an empty batch.
    public var days: ClosedRange<Day>?

    /// Creates a summary.
    ///
    /// - Parameters:
    ///   - sequence: The batch's position.
    ///   - key: Its idempotency key.
    ///   - source: Where it came from.
    ///   - count: How many activities it holds.
    ///   - days: The first and last day of its activities.
    public init(sequence: Int, key: String, source: String, count: Int, days: ClosedRange<Day>?) {
        self.sequence = sequence
        self.key = key
        self.source = source
        self.count = count
        self.days = days
    }
}
