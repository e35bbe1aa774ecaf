/// The fast path for one line of the common shape `rep_id,task_id,YYYY-MM-DD,digits`: fields found eight bytes
/// at a time, ids looked up from the words already in registers (no hashing of a byte slice for rep ids, a
/// direct-mapped cache for task ids), the date through the date cache. Anything else, and any id or date seen
/// for the first time, is left to the general line splitter and ``ActivityRowParser/row(rep:task:date:quantity:)``,
/// which validates and interns; so both accept exactly the same rows with the same results.
extension ActivityRowParser {
    /// How many bytes from a line's start the fast path may read: a line it accepts is shorter.
    static var fastRowReach: Int { 80 }

    /// Parses the line at `line` into `row` when it has the common shape and its ids and date are known.
    ///
    /// - Parameters:
    ///   - line: The line's first byte; ``fastRowReach`` bytes from it must be readable file data.
    ///   - row: Receives the row.
    /// - Returns: The offset of the line's newline from `line`, or -1 when the general path must parse it.
    @inline(__always)
    mutating func fastRow(_ line: UnsafeRawPointer, into row: inout ActivityRow) -> Int {
        // rep_id: 1 to 15 bytes, looked up by its two words.
        let w0 = line.loadUnaligned(as: UInt64.self)
        var stops = FieldScan.stops(w0)
        let repCount: Int
        let repHead: UInt64
        let repTail: UInt64
        if stops != 0 {
            repCount = stops.trailingZeroBitCount >> 3
            repHead = w0 & FieldScan.low(repCount)
            repTail = 0
        } else {
            let w1 = line.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            stops = FieldScan.stops(w1)
            guard stops != 0 else { return -1 }
            repCount = 8 + stops.trailingZeroBitCount >> 3
            repHead = w0
            repTail = w1 & FieldScan.low(repCount - 8)
        }
        guard repCount > 0, line.load(fromByteOffset: repCount, as: UInt8.self) == FieldScan.comma else { return -1 }
        let rep = reps.find(head: repHead, tail: repTail, count: repCount)
        guard rep >= 0 else { return -1 }

        // task_id: 1 to 31 bytes, through the short-key cache.
        let taskStart = repCount + 1
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var taskCount = -1
        var word = line.loadUnaligned(fromByteOffset: taskStart, as: UInt64.self)
        stops = FieldScan.stops(word)
        if stops != 0 {
            taskCount = stops.trailingZeroBitCount >> 3
            words.0 = word & FieldScan.low(taskCount)
        } else {
            words.0 = word
            word = line.loadUnaligned(fromByteOffset: taskStart + 8, as: UInt64.self)
            stops = FieldScan.stops(word)
            if stops != 0 {
                taskCount = 8 + stops.trailingZeroBitCount >> 3
                words.1 = word & FieldScan.low(taskCount - 8)
            } else {
                words.1 = word
                word = line.loadUnaligned(fromByteOffset: taskStart + 16, as: UInt64.self)
                stops = FieldScan.stops(word)
                if stops != 0 {
                    taskCount = 16 + stops.trailingZeroBitCount >> 3
                    words.2 = word & FieldScan.low(taskCount - 16)
                } else {
                    words.2 = word
                    word = line.loadUnaligned(fromByteOffset: taskStart + 24, as: UInt64.self)
                    stops = FieldScan.stops(word)
                    guard stops != 0 else { return -1 }
                    taskCount = 24 + stops.trailingZeroBitCount >> 3
                    words.3 = word & FieldScan.low(taskCount - 24)
                }
            }
        }
        let taskEnd = taskStart + taskCount
        guard taskCount > 0, line.load(fromByteOffset: taskEnd, as: UInt8.self) == FieldScan.comma else { return -1 }
        let task = shortKey(words, count: taskCount, bytes: line + taskStart)
        guard task >= 0 else { return -1 }

        // occurred_on: exactly YYYY-MM-DD, already in the date cache.
        let dateStart = taskEnd + 1
        guard line.load(fromByteOffset: dateStart + 10, as: UInt8.self) == FieldScan.comma,
            let day = cachedDay(
                head: line.loadUnaligned(fromByteOffset: dateStart, as: UInt64.self),
                tail: line.loadUnaligned(fromByteOffset: dateStart + 8, as: UInt16.self))
        else { return -1 }

        // quantity: 1 to 7 digits, then the newline.
        let quantityStart = dateStart + 11
        word = line.loadUnaligned(fromByteOffset: quantityStart, as: UInt64.self)
        stops = FieldScan.stops(word)
        guard stops != 0 else { return -1 }
        let quantityCount = stops.trailingZeroBitCount >> 3
        let newline = quantityStart + quantityCount
        guard quantityCount > 0, line.load(fromByteOffset: newline, as: UInt8.self) == FieldScan.newline,
            let quantity = FieldScan.digits(word, count: quantityCount)
        else { return -1 }
        row = ActivityRow(rep: rep, task: task, day: day, quantity: Double(quantity))
        return newline
    }

    /// The index of a known id of 1 to 31 bytes given as zero-padded words, through the short-key cache; a miss
    /// looks the bytes up in `tasks` and caches them. -1 when `tasks` does not hold the id yet.
    @inline(__always)
    private mutating func shortKey(_ words: (UInt64, UInt64, UInt64, UInt64), count: Int, bytes: UnsafeRawPointer)
        -> Int32
    {
        let mixed = (words.0 ^ (words.1 &* 0xC2B2_AE3D_27D4_EB4F) ^ words.2 ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15
        let slot = Int(truncatingIfNeeded: mixed >> 56)
        let meta = shortKeyMeta.withUnsafeBufferPointer { $0[slot] }
        if meta >= 0, Int(meta >> 32) == count {
            let hit = shortKeyWords.withUnsafeBufferPointer { cached in
                cached[4 * slot] == words.0 && cached[4 * slot + 1] == words.1 && cached[4 * slot + 2] == words.2
                    && cached[4 * slot + 3] == words.3
            }
            if hit { return Int32(truncatingIfNeeded: meta) }
        }
        let index = tasks.find(UnsafeRawBufferPointer(start: bytes, count: count))
        if index >= 0 {
            shortKeyWords[4 * slot] = words.0
            shortKeyWords[4 * slot + 1] = words.1
            shortKeyWords[4 * slot + 2] = words.2
            shortKeyWords[4 * slot + 3] = words.3
            shortKeyMeta[slot] = Int64(count) << 32 | Int64(index)
        }
        return index
    }
}

/// Word-at-a-time (SWAR) helpers for splitting CSV lines: eight bytes per 64-bit little-endian word.
enum FieldScan {
    static let comma: UInt8 = 0x2C
    static let newline: UInt8 = 0x0A
    private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let commas: UInt64 = 0x2C2C_2C2C_2C2C_2C2C
    private static let newlines: UInt64 = 0x0A0A_0A0A_0A0A_0A0A

    /// Bytes of `word` equal to zero, as 0x80 in that byte's lane (exact: no carries across lanes).
    @inline(__always)
    static func zeroLanes(_ word: UInt64) -> UInt64 {
        ~(((word & lows) &+ lows) | word) & ~lows
    }

    /// Commas and newlines in `word`, as 0x80 in their lanes.
    @inline(__always)
    static func stops(_ word: UInt64) -> UInt64 {
        zeroLanes(word ^ commas) | zeroLanes(word ^ newlines)
    }

    /// A mask of the low `count` bytes (0 to 7).
    @inline(__always)
    static func low(_ count: Int) -> UInt64 {
        (1 &<< UInt64(truncatingIfNeeded: count &* 8)) &- 1
    }

    /// The number written by the low `count` bytes (1 to 7) of `word` when they are all ASCII digits.
    @inline(__always)
    static func digits(_ word: UInt64, count: Int) -> Int? {
        let mask = low(count)
        let bytes = word & mask
        let zeros = 0x3030_3030_3030_3030 & mask
        // Every byte 0x30...0x3F, and still below 0x40 after adding 6: 0x30...0x39. No lane carries, since the
        // first test bounds each byte by 0x3F.
        guard bytes & 0xF0F0_F0F0_F0F0_F0F0 == zeros,
            (bytes &+ (0x0606_0606_0606_0606 & mask)) & 0xF0F0_F0F0_F0F0_F0F0 == zeros
        else { return nil }
        var lanes = bytes ^ zeros
        var value = 0
        for _ in 0..<count {
            value = value &* 10 &+ Int(truncatingIfNeeded: lanes & 0xFF)
            lanes >>= 8
        }
        return value
    }
}
