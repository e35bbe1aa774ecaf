/// A batch of activities to append to an ``ActivityStore``, with the idempotency key that makes a retried
/// import land exactly once.
///
/// The key is the client's (an import job's id, a message id) or, by default, the batch's content hash and the
/// name of its source: importing the same file twice stores it once.
///
/// ```swift
/// let batch = ActivityBatch(activities, source: "march.csv")      // key "march.csv#sha256:…"
/// let receipt = try await session.appendActivities(batch)
/// if receipt.alreadyStored { print("batch \(receipt.sequence) was already stored") }
/// ```
public struct ActivityBatch: Hashable, Sendable {
    /// The activities, in order.
    public var activities: [Activity]
    /// Where the batch came from, such as a file name; recorded in the audit trail.
    public var source: String
    /// The idempotency key: a store keeps at most one batch per key.
    public var key: String

    /// Creates a batch.
    ///
    /// - Parameters:
    ///   - activities: The activities, in order.
    ///   - source: Where they came from, such as a file name.
    ///   - key: The idempotency key; by default ``contentKey(of:source:)``.
    /// - Complexity: O(*n*) in the number of activities when the key is computed.
    public init(_ activities: [Activity], source: String, key: String? = nil) {
        self.activities = activities
        self.source = source
        self.key = key ?? ActivityBatch.contentKey(of: activities, source: source)
    }

    /// The default key: the source name and the SHA-256 of the activities, `SOURCE#sha256:HEX`.
    ///
    /// The hash covers every field of every activity in order (ids as UTF-8, days, the bit pattern of each
    /// quantity), so two batches share a key only when they hold the same activities from the same source.
    ///
    /// - Parameters:
    ///   - activities: The activities.
    ///   - source: The source name.
    /// - Returns: The key.
    /// - Complexity: O(*n*) in the number of activities.
    public static func contentKey(of activities: [Activity], source: String) -> String {
        var digest = SHA256()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 16 + 1024)
        for activity in activities {
            appendKeyBytes(of: activity, to: &buffer)
            if buffer.count >= 1 << 16 {
                digest.update(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        digest.update(buffer)
        return "\(source)#sha256:\(digest.hexDigest())"
    }

    /// One activity as the key hashes it: each id as its UTF-8 byte count (4 bytes, little-endian) and bytes,
    /// then the day (8 bytes) and the quantity's bit pattern (8 bytes), little-endian.
    private static func appendKeyBytes(of activity: Activity, to buffer: inout [UInt8]) {
        func appendID(_ id: String, to buffer: inout [UInt8]) {
            var id = id
            id.withUTF8 { utf8 in
                withUnsafeBytes(of: UInt32(truncatingIfNeeded: utf8.count).littleEndian) { buffer += $0 }
                buffer += utf8
            }
        }
        appendID(activity.repID.rawValue, to: &buffer)
        appendID(activity.taskID.rawValue, to: &buffer)
        withUnsafeBytes(of: Int64(activity.day.daysSinceEpoch).littleEndian) { buffer += $0 }
        withUnsafeBytes(of: activity.quantity.bitPattern.littleEndian) { buffer += $0 }
    }
}
