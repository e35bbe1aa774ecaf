/// What ``FileStore/verify(directory:)`` found: the intact frames, every damaged range and what it held, and
/// any bytes after the acknowledged end.
public struct StoreVerification: Hashable, Sendable, Codable {
    /// One damaged range of a file, or a missing or changed file.
    public struct Damage: Hashable, Sendable, Codable {
        /// The file, relative to the store's directory (`journal.log`, `head`, `documents/…`).
        public var file: String
        /// The first damaged byte, or `nil` for a whole file.
        public var start: Int?
        /// The byte after the damaged range, or `nil` for a whole file.
        public var end: Int?
        /// What is wrong.
        public var problem: String
        /// What the range held, as far as can be read: frame numbers, batch keys and sizes, days, audit entries.
        public var held: [String]

        /// Creates a damage record.
        ///
        /// - Parameters:
        ///   - file: The file, relative to the store.
        ///   - start: The first damaged byte.
        ///   - end: The byte after the range.
        ///   - problem: What is wrong.
        ///   - held: What the range held.
        public init(file: String, start: Int?, end: Int?, problem: String, held: [String]) {
            self.file = file
            self.start = start
            self.end = end
            self.problem = problem
            self.held = held
        }
    }

    /// Frames that read back intact, in the acknowledged prefix.
    public var intactFrames: Int
    /// Activity batches that read back intact.
    public var intactBatches: Int
    /// Frames the head says were acknowledged, or `nil` when the head is unreadable.
    public var acknowledgedFrames: Int?
    /// Bytes after the acknowledged end: writes never acknowledged, which the next writer cuts.
    public var unacknowledgedBytes: Int
    /// Every damaged range and every missing or changed file; empty for an intact store.
    public var damage: [Damage]

    /// Whether nothing is damaged.
    public var isIntact: Bool { damage.isEmpty }

    /// Creates a verification result.
    ///
    /// - Parameters:
    ///   - intactFrames: Intact frames.
    ///   - intactBatches: Intact batches.
    ///   - acknowledgedFrames: Acknowledged frames, per the head.
    ///   - unacknowledgedBytes: Bytes after the acknowledged end.
    ///   - damage: The damage found.
    public init(
        intactFrames: Int, intactBatches: Int, acknowledgedFrames: Int?, unacknowledgedBytes: Int, damage: [Damage]
    ) {
        self.intactFrames = intactFrames
        self.intactBatches = intactBatches
        self.acknowledgedFrames = acknowledgedFrames
        self.unacknowledgedBytes = unacknowledgedBytes
        self.damage = damage
    }
}
