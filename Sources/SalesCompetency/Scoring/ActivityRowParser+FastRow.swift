/// The fast path for one line of the common shape `rep_id,task_id,YYYY-MM-DD,digits`: fields found eight bytes
/// at a time, ids looked up from the words already in registers (no hashing of a byte slice for rep ids, a
/// direct-mapped cache for task ids), dates through the parser's date cache (parsed word-wise against a table of
/// month starts when missing). Anything else (quotes, timestamps, decimals, ids seen for the first time or holding
/// a quote, carriage return or newline) is left to the general line splitter and
/// ``ActivityRowParser/row(rep:task:date:quantity:)``, which validates and interns; so both accept exactly the
/// same rows with the same results.
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
        // rep_id: 1 to 15 bytes up to the first comma, looked up by its two words. Only commas are looked for: a
        // newline before the comma would be part of the id, and no plain id holds one.
        let w0 = line.loadUnaligned(as: UInt64.self)
        var commas = FieldScan.commas(w0)
        let repCount: Int
        let repHead: UInt64
        let repTail: UInt64
        if commas != 0 {
            repCount = commas.trailingZeroBitCount >> 3
            repHead = w0 & FieldScan.low(repCount)
            repTail = 0
        } else {
            let w1 = line.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            commas = FieldScan.commas(w1)
            guard commas != 0 else { return -1 }
            repCount = 8 + commas.trailingZeroBitCount >> 3
            repHead = w0
            repTail = w1 & FieldScan.low(repCount - 8)
        }
        guard repCount > 0 else { return -1 }
        let rep = reps.find(head: repHead, tail: repTail, count: repCount)
        guard rep >= 0 else { return -1 }

        // task_id: 1 to 31 bytes, through the short-key cache.
        let taskStart = repCount + 1
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var taskCount = -1
        var offset = 0
        while offset < 32 {
            let word = line.loadUnaligned(fromByteOffset: taskStart + offset, as: UInt64.self)
            commas = FieldScan.commas(word)
            let kept = commas == 0 ? word : word & FieldScan.low(commas.trailingZeroBitCount >> 3)
            switch offset {
            case 0: words.0 = kept
            case 8: words.1 = kept
            case 16: words.2 = kept
            default: words.3 = kept
            }
            if commas != 0 {
                taskCount = offset + commas.trailingZeroBitCount >> 3
                break
            }
            offset += 8
        }
        let taskEnd = taskStart + taskCount
        guard taskCount > 0 else { return -1 }
        let task = shortKey(words, count: taskCount, bytes: line + taskStart)
        guard task >= 0 else { return -1 }

        // occurred_on: exactly YYYY-MM-DD.
        let dateStart = taskEnd + 1
        guard line.load(fromByteOffset: dateStart + 10, as: UInt8.self) == FieldScan.comma,
            let day = fastDay(
                head: line.loadUnaligned(fromByteOffset: dateStart, as: UInt64.self),
                tail: line.loadUnaligned(fromByteOffset: dateStart + 8, as: UInt16.self))
        else { return -1 }

        // quantity: 1 to 7 digits, then the newline (or a carriage return and the newline).
        let quantityStart = dateStart + 11
        let word = line.loadUnaligned(fromByteOffset: quantityStart, as: UInt64.self)
        let newlines = FieldScan.newlines(word)
        guard newlines != 0 else { return -1 }
        let newline = quantityStart + newlines.trailingZeroBitCount >> 3
        var quantityCount = newline - quantityStart
        if quantityCount > 0, line.load(fromByteOffset: newline - 1, as: UInt8.self) == 0x0D { quantityCount -= 1 }
        guard quantityCount > 0, let quantity = FieldScan.digits(word, count: quantityCount) else { return -1 }
        row = ActivityRow(rep: rep, task: task, day: day, quantity: Double(quantity))
        return newline
    }

    /// The day of the date `YYYY-MM-DD` whose first 8 bytes are `head` and last 2 `tail`, through the date cache;
    /// `nil` when it is not a valid date within ``ActivityLog/supportedDays``.
    @inline(__always)
    private mutating func fastDay(head: UInt64, tail: UInt16) -> Int32? {
        if let cached = cachedDay(head: head, tail: tail) { return cached }
        return parseDay(head: head, tail: tail)
    }

    /// Parses a date the cache does not hold, word-wise, and caches it when valid.
    @inline(never)
    private mutating func parseDay(head: UInt64, tail: UInt16) -> Int32? {
        guard let day = FieldScan.day(head: head, tail: tail, monthStarts: monthStarts) else { return nil }
        cache(day, head: head, tail: tail)
        return day
    }

    /// The index of a known id of 1 to 31 bytes given as zero-padded words, through the short-key cache; -1 when
    /// `tasks` does not hold the id yet, or when it holds a quote or a carriage return.
    @inline(__always)
    private mutating func shortKey(_ words: (UInt64, UInt64, UInt64, UInt64), count: Int, bytes: UnsafeRawPointer)
        -> Int32
    {
        let mixed = (words.0 ^ (words.1 &* 0xC2B2_AE3D_27D4_EB4F) ^ words.2 ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15
        let slot = Int(truncatingIfNeeded: mixed >> 52)  // 4096 slots
        let meta = shortKeyMeta.withUnsafeBufferPointer { $0[slot] }
        if meta >= 0, Int(meta >> 32) == count {
            let hit = shortKeyWords.withUnsafeBufferPointer { cached in
                cached[4 * slot] == words.0 && cached[4 * slot + 1] == words.1 && cached[4 * slot + 2] == words.2
                    && cached[4 * slot + 3] == words.3
            }
            if hit { return Int32(truncatingIfNeeded: meta) }
        }
        return cacheShortKey(words, count: count, bytes: bytes, slot: slot)
    }

    /// Looks a short key up in `tasks` and caches it in `slot` when found and plain.
    @inline(never)
    private mutating func cacheShortKey(
        _ words: (UInt64, UInt64, UInt64, UInt64), count: Int, bytes: UnsafeRawPointer, slot: Int
    ) -> Int32 {
        let key = UnsafeRawBufferPointer(start: bytes, count: count)
        guard !key.contains(0x22), !key.contains(0x0D), !key.contains(0x0A) else { return -1 }
        let index = tasks.find(key)
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
    private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let commaLanes: UInt64 = 0x2C2C_2C2C_2C2C_2C2C
    private static let newlineLanes: UInt64 = 0x0A0A_0A0A_0A0A_0A0A

    /// Bytes of `word` equal to zero, as 0x80 in that byte's lane (exact: no carries across lanes).
    @inline(__always)
    static func zeroLanes(_ word: UInt64) -> UInt64 {
        ~(((word & lows) &+ lows) | word) & ~lows
    }

    /// Bytes of `word` equal to zero, as 0x80 in that byte's lane, exact up to the first zero byte: a lane above
    /// it may be flagged too (a borrow), so this tells whether there is a zero byte and where the first one is, in
    /// two instructions fewer than ``zeroLanes(_:)``.
    @inline(__always)
    static func firstZeroLanes(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }

    /// Commas in `word` as 0x80 in their lanes, exact up to the first (see ``firstZeroLanes(_:)``).
    @inline(__always)
    static func commas(_ word: UInt64) -> UInt64 { firstZeroLanes(word ^ commaLanes) }

    /// Newlines in `word` as 0x80 in their lanes, exact up to the first (see ``firstZeroLanes(_:)``).
    @inline(__always)
    static func newlines(_ word: UInt64) -> UInt64 { firstZeroLanes(word ^ newlineLanes) }

    /// A mask of the low `count` bytes (0 to 7).
    @inline(__always)
    static func low(_ count: Int) -> UInt64 {
        (1 &<< UInt64(truncatingIfNeeded: count &* 8)) &- 1
    }

    /// Whether the bytes of `word` in the lanes of `mask` (0xFF per lane) are ASCII digits; `word` is zero
    /// outside them.
    @inline(__always)
    static func areDigits(_ word: UInt64, mask: UInt64) -> Bool {
        let zeros = 0x3030_3030_3030_3030 & mask
        // Every byte 0x30...0x3F, and still below 0x40 after adding 6: 0x30...0x39. No lane carries, since the
        // first test bounds each byte by 0x3F.
        return word & 0xF0F0_F0F0_F0F0_F0F0 == zeros
            && (word &+ (0x0606_0606_0606_0606 & mask)) & 0xF0F0_F0F0_F0F0_F0F0 == zeros
    }

    /// The first day of every month from 1900-01 to 2199-12, and 2200-01-01, in days since 1970: the months of
    /// ``ActivityLog/supportedDays``.
    static let monthStarts: [Int32] = (0...300 * 12).map { index in
        Int32(Day.daysFromCivil(year: 1900 + index / 12, month: 1 + index % 12, day: 1))
    }

    /// The day of the date `YYYY-MM-DD` whose first 8 bytes are `head` and last 2 `tail`, parsed word-wise;
    /// `nil` when it is not a valid date within ``ActivityLog/supportedDays``.
    @inline(__always)
    static func day(head: UInt64, tail: UInt16, monthStarts: [Int32]) -> Int32? {
        let digitLanes: UInt64 = 0x00FF_FF00_FFFF_FFFF  // YYYY-MM- : the dashes are lanes 4 and 7
        guard head & ~digitLanes == 0x2D00_002D_0000_0000 else { return nil }
        let digits = head & digitLanes
        let dayDigits = UInt64(tail)
        guard areDigits(digits, mask: digitLanes), areDigits(dayDigits, mask: 0xFFFF) else { return nil }
        let values = digits ^ (0x3030_3030_3030_3030 & digitLanes)
        func lane(_ index: UInt64) -> Int { Int(truncatingIfNeeded: (values >> (8 * index)) & 0xFF) }
        let year = lane(0) &* 1000 &+ lane(1) &* 100 &+ lane(2) &* 10 &+ lane(3)
        let month = lane(5) &* 10 &+ lane(6)
        let day = Int(truncatingIfNeeded: dayDigits & 0x0F) &* 10 &+ Int(truncatingIfNeeded: dayDigits >> 8 & 0x0F)
        guard year >= 1900, year <= 2199, month >= 1, month <= 12, day >= 1 else { return nil }
        return monthStarts.withUnsafeBufferPointer { starts in
            let index = (year &- 1900) &* 12 &+ month &- 1
            let start = starts[index]
            return day <= Int(starts[index + 1] &- start) ? start &+ Int32(truncatingIfNeeded: day &- 1) : nil
        }
    }

    /// The number written by the low `count` bytes (1 to 7) of `word` when they are all ASCII digits.
    ///
    /// The digits are combined in pairs, then fours, then eights, by three multiplications for any count: they are
    /// moved to the top lanes, the first (most significant) lowest, so the empty lanes below read as leading zeros.
    @inline(__always)
    static func digits(_ word: UInt64, count: Int) -> Int? {
        let mask = low(count)
        let bytes = word & mask
        guard areDigits(bytes, mask: mask) else { return nil }
        var lanes = (bytes ^ (0x3030_3030_3030_3030 & mask)) &<< UInt64(truncatingIfNeeded: 64 &- 8 &* count)
        lanes = (lanes &* 10 &+ lanes &>> 8) & 0x00FF_00FF_00FF_00FF
        lanes = (lanes &* 100 &+ lanes &>> 16) & 0x0000_FFFF_0000_FFFF
        lanes = (lanes &* 10_000 &+ lanes &>> 32) & 0xFFFF_FFFF
        return Int(truncatingIfNeeded: lanes)
    }
}
