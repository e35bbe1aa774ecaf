import Foundation

/// One row that became activity in a part, before de-duplication.
struct StagedRow: Sendable {
    /// The record id's fingerprint (0, 0 when the definition has no record id or the id is empty).
    var high: UInt64
    var low: UInt64
    var quantity: Double
    /// With an owner map, the index in the plan's owner reps; otherwise the worker's own owner index.
    var rep: Int32
    var task: Int32
    var day: Int32
    /// The line within the part, from 0.
    var line: Int32
    /// Another activity of the same row as the previous staged row (every-match mode).
    var continues: Bool
}

/// What one worker found in one part of an export.
struct PartOutput: Sendable {
    var start = 0
    var stoppedAt = 0
    /// Line ends consumed from `start` to `stoppedAt`.
    var lines = 0
    var rowsRead = 0
    var rows: [StagedRow] = []
    /// Per reason (filteredOut, noTaskRule, unknownOwner, noDate): rows, and the first lines in the part.
    var skipped = [Int](repeating: 0, count: 4)
    var skippedLines = [[Int]](repeating: [], count: 4)
    var perFilter: [Int] = []
    /// Rule-memo entry → rows without a rule (-1: values not kept, the memo was full), while the part is read.
    var unmatched: [Int32: Int] = [:]
    /// The same decoded: the rule fields' values → rows without a rule.
    var unmatchedValues: [[String]: Int] = [:]
    /// Without an owner map: every owner text the worker has numbered, by number, as of the end of this part (its
    /// ``MeasureWorker/ownerNames``, sharing their storage until the worker numbers another owner), so that the
    /// part's owner numbers can be named in whatever order the parts are taken in. A worker does not read its parts in file order: two threads may
    /// claim parts 3 and 4, and the one with part 4 take the worker first.
    var ownerNames: [String] = []
    /// The index of the worker that read the part, for its owner numbering.
    var worker = 0
    /// The local line of a blank line that ends the data (`endsAtBlankLine`).
    var blankLine: Int?
    /// A problem; its line is local to the part until the driver fixes it up.
    var error: InputError?

    mutating func skip(_ reason: Int, line: Int) {
        skipped[reason] += 1
        if skippedLines[reason].count < MeasureReport.firstLinesKept { skippedLines[reason].append(line) }
    }
}

/// Values of some fields → a decision, remembered per distinct combination: Subjects and Statuses repeat
/// heavily, so a row's rules are evaluated once per distinct value, not once per row.
struct DecisionMemo: Sendable {
    var keys = ByteInterner(capacity: 1024)
    /// Per entry: -1 for none, a single index (≥ 0), or `-(2 + i)` for `lists[i]`.
    var decisions: [Int32] = []
    var lists: [[Int32]] = []
    static let capacity = 1 << 20

    /// Encodes a list of indices as a decision.
    mutating func decision(for list: [Int32]) -> Int32 {
        switch list.count {
        case 0: return -1
        case 1: return list[0]
        default:
            lists.append(list)
            return -Int32(lists.count) - 1
        }
    }

    /// The indices a decision stands for.
    func list(_ decision: Int32) -> [Int32] {
        decision >= 0 ? [decision] : decision == -1 ? [] : lists[Int(-decision - 2)]
    }

    @inline(__always)
    func find(_ key: UnsafeRawBufferPointer) -> (index: Int32, decision: Int32)? {
        let index = keys.find(key)
        return index >= 0 ? (index, decisions[Int(index)]) : nil
    }

    /// Remembers a decision; returns its entry, or -1 when the memo is full.
    mutating func add(_ key: UnsafeRawBufferPointer, _ decision: Int32) -> Int32 {
        guard decisions.count < DecisionMemo.capacity else { return -1 }
        decisions.append(decision)
        return keys.intern(key)
    }

    /// One slot of the front table: the hash of an entry's values read in place, the entry and its decision
    /// (`entry` -1: empty).
    struct FrontSlot: Sendable {
        var hash: UInt64 = 0
        var entry: Int32 = -1
        var decision: Int32 = 0
    }

    /// A table in front of the interned keys, looked up with the values where they lie in the row: a hit copies
    /// nothing into a key and hashes each value once. Only entries that the memo holds are in it.
    var front = [FrontSlot](repeating: FrontSlot(), count: 4096)
    var frontCount = 0

    /// The values of `slots` mixed into one hash, eight bytes at a time (the last word of a value of 8 bytes or
    /// more overlaps the one before, and a shorter value is read as ``ByteInterner/shortWord(_:_:)``: the same
    /// value always gives the same words).
    @inline(__always)
    static func hash(_ fields: UnsafePointer<UnsafeRawBufferPointer>, _ slots: UnsafeBufferPointer<Int>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        for slot in slots {
            let value = fields[slot]
            let count = value.count
            h = (h ^ UInt64(truncatingIfNeeded: count)) &* 0xBF58_476D_1CE4_E5B9
            guard count > 0, let base = value.baseAddress else { continue }
            if count >= 8 {
                var position = 0
                while position + 8 < count {
                    h = (h ^ base.loadUnaligned(fromByteOffset: position, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                    h ^= h >> 29
                    position += 8
                }
                h = (h ^ base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            } else {
                h = (h ^ ByteInterner.shortWord(base, count)) &* 0xBF58_476D_1CE4_E5B9
            }
            h ^= h >> 29
        }
        h = h &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 32)
    }

    /// Whether the values of `slots` are the key of `entry` (one value's bytes, or several as length and bytes).
    @inline(__always)
    private func holds(
        _ entry: Int32, _ fields: UnsafePointer<UnsafeRawBufferPointer>, _ slots: UnsafeBufferPointer<Int>
    ) -> Bool {
        keys.offsets.withUnsafeBufferPointer { offsets in
            keys.arena.withUnsafeBytes { arena in
                var at = offsets[Int(entry)]
                let end = offsets[Int(entry) + 1]
                if slots.count == 1 {
                    let value = fields[slots[0]]
                    guard end - at == value.count else { return false }
                    return value.count == 0
                        || ByteInterner.equal(arena.baseAddress! + at, value.baseAddress!, value.count)
                }
                for slot in slots {
                    let value = fields[slot]
                    guard at + 4 <= end,
                        arena.loadUnaligned(fromByteOffset: at, as: UInt32.self)
                            == UInt32(truncatingIfNeeded: value.count),
                        at + 4 + value.count <= end
                    else { return false }
                    at += 4
                    if value.count > 0, !ByteInterner.equal(arena.baseAddress! + at, value.baseAddress!, value.count) {
                        return false
                    }
                    at += value.count
                }
                return at == end
            }
        }
    }

    /// The entry and decision for the values of `slots` when the front table has them.
    @inline(__always)
    func cached(
        _ fields: UnsafePointer<UnsafeRawBufferPointer>, _ slots: UnsafeBufferPointer<Int>, hash: UInt64
    ) -> (index: Int32, decision: Int32)? {
        front.withUnsafeBufferPointer { table in
            let mask = table.count - 1
            var position = Int(truncatingIfNeeded: hash) & mask
            while true {
                let slot = table[position]
                if slot.entry < 0 { return nil }
                if slot.hash == hash, holds(slot.entry, fields, slots) { return (slot.entry, slot.decision) }
                position = (position + 1) & mask
            }
        }
    }

    /// Puts an entry of the memo (not -1) into the front table under `hash`.
    mutating func remember(hash: UInt64, entry: Int32, decision: Int32) {
        guard entry >= 0 else { return }
        if (frontCount + 1) * 10 > front.count * 7 {
            let old = front
            front = [FrontSlot](repeating: FrontSlot(), count: 2 * old.count)
            frontCount = 0
            for slot in old where slot.entry >= 0 { place(slot) }
        }
        place(FrontSlot(hash: hash, entry: entry, decision: decision))
    }

    private mutating func place(_ slot: FrontSlot) {
        let mask = front.count - 1
        var position = Int(truncatingIfNeeded: slot.hash) & mask
        while front[position].entry >= 0 { position = (position + 1) & mask }
        front[position] = slot
        frontCount += 1
    }
}

/// Reads parts of one export: splits records (RFC 4180, quote-aware), evaluates the plan on each and stages
/// the rows that become activity. Keeps its memos across parts.
struct MeasureWorker: Sendable {
    let plan: MeasurePlan
    var filterMemo = DecisionMemo()
    var ruleMemo = DecisionMemo()
    var ownerMemo = DecisionMemo()
    /// Without an owner map: the owner texts, by owner number.
    var ownerNames: [String] = []
    private var buffer: [UInt8] = []
    /// Bytes mapped past a part's end for the record that runs past it (`nil`: parts are read with `pread`).
    var mapSlack: Int? = 64 << 10

    /// Copies of the plan's hot fields, read on every row.
    private let filterSlots: [Int]
    private let ruleSlots: [Int]
    private let daySlots: [Int]
    private let dayParsers: [DayParser]
    private let ownerSlots: [Int]
    private let repSlot: Int
    private let hasFilters: Bool
    private let quantitySlot: Int?
    private let recordSlot: Int?
    private let scale: Double

    init(plan: MeasurePlan) {
        self.plan = plan
        ownerSlots = [plan.repSlot]
        repSlot = plan.repSlot
        hasFilters = !plan.filters.isEmpty
        quantitySlot = plan.quantitySlot
        recordSlot = plan.recordSlot
        scale = plan.scale
        filterSlots = plan.filterSlots
        ruleSlots = plan.ruleSlots
        daySlots = plan.daySlots.map(\.slot)
        dayParsers = plan.daySlots.map(\.parser)
    }

    /// Reads the records that start in `[start, nominalEnd)` of the file (the last may run past the end).
    ///
    /// A part that starts at or past the end of the file is empty and starts and stops at the end. The output
    /// carries what the reader needs of the worker's memos (the unmatched values decoded, the owner texts numbered
    /// so far), so that the worker can go on to another part before this one is taken in.
    ///
    /// - Parameters:
    ///   - findStart: Whether `start` is a guess to move to the next line start.
    mutating func process(
        descriptor: Int32, size: Int, start requested: Int, nominalEnd: Int, findStart: Bool
    ) -> PartOutput {
        var output = read(
            descriptor: descriptor, size: size, start: requested, nominalEnd: nominalEnd, findStart: findStart)
        output.ownerNames = ownerNames
        for (entry, count) in output.unmatched {
            let values = entry >= 0 ? ruleValues(entry) : ["(values not kept: too many distinct values)"]
            output.unmatchedValues[values, default: 0] += count
        }
        output.unmatched = [:]
        return output
    }

    /// ``process(descriptor:size:start:nominalEnd:findStart:)`` but for the memo translations.
    private mutating func read(
        descriptor: Int32, size: Int, start requested: Int, nominalEnd: Int, findStart: Bool
    ) -> PartOutput {
        guard requested < size else {
            var output = PartOutput()
            output.perFilter = [Int](repeating: 0, count: plan.filters.count)
            output.start = size
            output.stoppedAt = size
            return output
        }
        if let slack = mapSlack,
            let mapped = processMapped(
                descriptor: descriptor, size: size, start: requested, nominalEnd: nominalEnd, findStart: findStart,
                slack: slack)
        {
            return mapped
        }
        var output = PartOutput()
        output.perFilter = [Int](repeating: 0, count: plan.filters.count)
        var bytes = buffer
        buffer = []
        defer { buffer = bytes }
        var offset = requested
        var filled = 0
        func read(upTo wanted: Int) throws {
            let end = min(size, wanted)
            let have = offset + filled
            guard end > have else { return }
            if bytes.count < end - offset {
                bytes.append(contentsOf: repeatElement(0, count: end - offset - bytes.count))
            }
            let count = try bytes.withUnsafeMutableBytes { raw in
                try ActivityImporter.readFully(
                    descriptor, raw.baseAddress! + filled, end - have, at: have, path: plan.file)
            }
            filled += count
        }
        do {
            var position = requested
            if findStart, requested > 0 {
                try read(upTo: requested + 65_536)
                var preceding: UInt8 = 0
                _ = pread(descriptor, &preceding, 1, off_t(requested - 1))
                if preceding != 0x0A {
                    while true {
                        let found = bytes.withUnsafeBytes { raw in
                            memchr(raw.baseAddress! + (position - offset), 0x0A, offset + filled - position)
                                .map { UnsafeRawPointer($0) - raw.baseAddress! + offset }
                        }
                        if let found {
                            position = found + 1
                            break
                        }
                        position = offset + filled
                        if position >= size { break }
                        try read(upTo: offset + filled + 65_536)
                    }
                }
            }
            output.start = position
            // Read the part, and a little more for the record that runs past its end.
            if position < nominalEnd { try read(upTo: max(nominalEnd, position) + 65_536) }
            while position < nominalEnd, position < size {
                let isFinal = offset + filled >= size
                let (next, needMore) = try bytes.withUnsafeBytes { raw in
                    try consume(
                        raw.baseAddress!.assumingMemoryBound(to: UInt8.self), offset: offset, count: filled,
                        from: position, nominalEnd: nominalEnd, isFinal: isFinal, output: &output)
                }
                position = next
                if output.blankLine != nil || output.error != nil { break }
                if needMore {
                    // Keep the unread tail only, then read on.
                    let keep = offset + filled - position
                    if position > offset {
                        bytes.withUnsafeMutableBytes { raw in
                            _ = memmove(raw.baseAddress!, raw.baseAddress! + (position - offset), keep)
                        }
                        offset = position
                        filled = keep
                    }
                    try read(upTo: offset + filled + max(filled, 1 << 20))
                }
            }
            output.stoppedAt = position
        } catch let error as InputError {
            output.error = error
        } catch {
            output.error = InputError(.unreadableFile, file: plan.file, message: "\(error)")
        }
        return output
    }

    /// Reads the part as ``process(descriptor:size:start:nominalEnd:findStart:)`` does, in place in a mapping of
    /// the file (the part and `slack` bytes more, widened while a record runs past it), unmapped at the end so that
    /// the file's pages do not add up in the process's memory; `nil` when the file cannot be mapped or no line
    /// starts in the first window (then the part is read with `pread`). The file must not shrink while it is read.
    ///
    /// Every byte read is in `[mapStart, windowEnd)`, which lies in the file: `requested < size` (the caller
    /// returns earlier otherwise), so the line-start search covers `[requested, windowEnd)`, a length ≥ 1;
    /// the scanner never reads at or past the `count` it is given, `windowEnd - mapStart`, including its 8-byte
    /// loads (`position + 8 <= count`), and the field values it bounds lie inside the window.
    private mutating func processMapped(
        descriptor: Int32, size: Int, start requested: Int, nominalEnd: Int, findStart: Bool, slack: Int
    ) -> PartOutput? {
        precondition(requested < size, "a mapped part starts inside the file")
        let page = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))
        let mapStart = max(0, requested - 1) & ~(page - 1)
        var windowEnd = min(size, max(nominalEnd, requested) + max(slack, 1))
        var mapped: UnsafeMutableRawPointer?
        func map() -> UnsafeMutableRawPointer? {
            guard windowEnd > mapStart,
                let pointer = mmap(
                    nil, windowEnd - mapStart, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor,
                    off_t(mapStart)),
                pointer != MAP_FAILED
            else { return nil }
            return pointer
        }
        mapped = map()
        guard var base = mapped else { return nil }
        defer { if let mapped { munmap(mapped, windowEnd - mapStart) } }
        var position = requested
        if findStart, requested > 0, base.load(fromByteOffset: requested - 1 - mapStart, as: UInt8.self) != 0x0A {
            guard let found = memchr(base + (requested - mapStart), 0x0A, windowEnd - requested) else {
                if windowEnd < size { return nil }
                position = size
                var output = PartOutput()
                output.perFilter = [Int](repeating: 0, count: plan.filters.count)
                output.start = size
                output.stoppedAt = size
                return output
            }
            position = UnsafeRawPointer(found) - UnsafeRawPointer(base) + mapStart + 1
        }
        var output = PartOutput()
        output.perFilter = [Int](repeating: 0, count: plan.filters.count)
        output.start = position
        do {
            while position < nominalEnd, position < size {
                let (next, needMore) = try consume(
                    UnsafePointer(base.assumingMemoryBound(to: UInt8.self)), offset: mapStart,
                    count: windowEnd - mapStart, from: position, nominalEnd: nominalEnd, isFinal: windowEnd >= size,
                    output: &output)
                position = next
                if output.blankLine != nil || !needMore { break }
                // A record runs past the window: map a wider one.
                munmap(base, windowEnd - mapStart)
                windowEnd = min(size, windowEnd + max(windowEnd - mapStart, slack, 1))
                mapped = map()
                guard let wider = mapped else {
                    throw InputError(
                        .unreadableFile, file: plan.file, message: "cannot map: \(String(cString: strerror(errno)))")
                }
                base = wider
            }
        } catch let error as InputError {
            output.error = error
        } catch {
            output.error = InputError(.unreadableFile, file: plan.file, message: "\(error)")
        }
        output.stoppedAt = position
        return output
    }

    /// Consumes records from the buffer; returns where it stopped and whether it needs more bytes.
    private mutating func consume(
        _ base: UnsafePointer<UInt8>, offset: Int, count: Int, from start: Int, nominalEnd: Int, isFinal: Bool,
        output: inout PartOutput
    ) throws -> (Int, Bool) {
        let slots = plan.neededColumns.count
        let columnCount = plan.header.count
        let lastColumn = plan.lastColumn
        return try plan.slotOfColumn.withUnsafeBufferPointer { slotOfColumn in
            try withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * slots + 1) { bounds in
                try withUnsafeTemporaryAllocation(of: Bool.self, capacity: slots + 1) { escaped in
                    var position = start - offset
                    let end = count
                    let stop = nominalEnd - offset
                    while position < stop, position < end {
                        let result = MeasureScanner.record(
                            base, from: position, count: end, isFinal: isFinal, slotOfColumn: slotOfColumn.baseAddress!,
                            lastColumn: lastColumn, bounds: bounds.baseAddress!, escaped: escaped.baseAddress!)
                        switch result {
                        case .incomplete:
                            return (position + offset, true)
                        case .blank(let next, let lines):
                            if plan.measures.endsAtBlankLine {
                                output.blankLine = output.lines
                                output.lines += lines
                                return (next + offset, false)
                            }
                            output.lines += lines
                            position = next
                        case .malformed(let message, let lines):
                            throw InputError(
                                .malformedQuote, file: plan.file, line: output.lines + lines, message: message)
                        case .record(let next, let lines, let fields):
                            // fields is -1 when the columns after the last one read were skipped unsplit.
                            if fields >= 0, fields != columnCount {
                                throw InputError(
                                    .wrongFieldCount, file: plan.file, line: output.lines,
                                    message: "expected \(columnCount) fields as in the header, found \(fields)")
                            }
                            try evaluate(
                                base, bounds: bounds.baseAddress!, escaped: escaped.baseAddress!,
                                length: next - position, line: output.lines, output: &output)
                            output.lines += lines
                            position = next
                        }
                    }
                    return (position + offset, false)
                }
            }
        }
    }

    /// Evaluates one record whose needed fields are at `bounds` (start, end per slot).
    @inline(__always)
    private mutating func evaluate(
        _ base: UnsafePointer<UInt8>, bounds: UnsafeMutablePointer<Int>, escaped: UnsafeMutablePointer<Bool>,
        length: Int, line: Int, output: inout PartOutput
    ) throws {
        output.rowsRead += 1
        try MeasureWorker.withFields(base, bounds: bounds, escaped: escaped, slots: plan.neededColumns.count) {
            try decide($0, line: line, output: &output)
        }
    }

    /// The needed fields of a record as byte views: quoted fields with `""` unescaped into scratch space, every
    /// field trimmed of spaces and tabs.
    @inline(__always)
    static func withFields<Value>(
        _ base: UnsafePointer<UInt8>, bounds: UnsafeMutablePointer<Int>, escaped: UnsafeMutablePointer<Bool>,
        slots: Int, _ body: (UnsafeMutablePointer<UnsafeRawBufferPointer>) throws -> Value
    ) rethrows -> Value {
        var capacity = 1
        for slot in 0..<slots where escaped[slot] { capacity += bounds[2 * slot + 1] - bounds[2 * slot] }
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { scratch in
            var used = 0
            return try withUnsafeTemporaryAllocation(of: UnsafeRawBufferPointer.self, capacity: max(slots, 1)) {
                fields in
                for slot in 0..<slots {
                    var start = bounds[2 * slot]
                    var end = bounds[2 * slot + 1]
                    var pointer = UnsafeRawPointer(base)
                    if escaped[slot] {
                        let first = used
                        var index = start
                        while index < end {
                            let byte = base[index]
                            scratch[used] = byte
                            used += 1
                            index += byte == 0x22 ? 2 : 1
                        }
                        pointer = UnsafeRawPointer(scratch.baseAddress!)
                        start = first
                        end = used
                    }
                    while start < end,
                        pointer.load(fromByteOffset: start, as: UInt8.self) == 0x20
                            || pointer.load(fromByteOffset: start, as: UInt8.self) == 0x09
                    {
                        start += 1
                    }
                    while end > start,
                        pointer.load(fromByteOffset: end - 1, as: UInt8.self) == 0x20
                            || pointer.load(fromByteOffset: end - 1, as: UInt8.self) == 0x09
                    {
                        end -= 1
                    }
                    fields[slot] = UnsafeRawBufferPointer(start: pointer + start, count: end - start)
                }
                return try body(fields.baseAddress!)
            }
        }
    }

    /// Filters, rules, owner, day, quantity and record id of one row.
    @inline(__always)
    private mutating func decide(
        _ fields: UnsafeMutablePointer<UnsafeRawBufferPointer>, line: Int, output: inout PartOutput
    )
        throws
    {
        if hasFilters {
            let hash = filterSlots.withUnsafeBufferPointer { DecisionMemo.hash(fields, $0) }
            let decision =
                try filterSlots.withUnsafeBufferPointer { filterMemo.cached(fields, $0, hash: hash) }
                ?? filterDecision(fields, hash: hash, line: line)
            if decision.decision >= 0 {
                output.perFilter[Int(decision.decision)] += 1
                output.skip(0, line: line)
                return
            }
        }
        let ruleHash = ruleSlots.withUnsafeBufferPointer { DecisionMemo.hash(fields, $0) }
        let rule =
            try ruleSlots.withUnsafeBufferPointer { ruleMemo.cached(fields, $0, hash: ruleHash) }
            ?? ruleDecision(fields, hash: ruleHash, line: line)
        if rule.decision == -1 {
            output.unmatched[rule.index, default: 0] += 1
            output.skip(1, line: line)
            return
        }
        let ownerHash = ownerSlots.withUnsafeBufferPointer { DecisionMemo.hash(fields, $0) }
        let rep =
            try ownerSlots.withUnsafeBufferPointer { ownerMemo.cached(fields, $0, hash: ownerHash) }?.decision
            ?? resolveOwner(fields[repSlot], hash: ownerHash, line: line)
        if rep < 0 {
            output.skip(2, line: line)
            return
        }
        var day: Int32?
        for index in 0..<daySlots.count {
            let value = fields[daySlots[index]]
            if value.isEmpty { continue }
            guard let parsed = dayParsers[index].day(value) else {
                let source = plan.daySlots[index]
                throw InputError(
                    .invalidValue, file: plan.file, line: line, field: source.column,
                    message:
                        "\(InputError.quote(String(decoding: value, as: UTF8.self))) is not a date in the declared "
                        + "format \(source.parser.format.rawValue)")
            }
            guard ActivityLog.supportedDays.contains(parsed) else {
                throw InputError(
                    .invalidValue, file: plan.file, line: line, field: plan.daySlots[index].column,
                    message: "\(String(decoding: value, as: UTF8.self)) is outside the supported years 1900 to 2199")
            }
            day = parsed
            break
        }
        guard let day else {
            output.skip(3, line: line)
            return
        }
        var quantity = 1.0
        if let slot = quantitySlot {
            let value = fields[slot]
            if value.isEmpty {
                quantity = 0
            } else {
                guard let number = ActivityRowParser<ColumnSink>.quantity(value) else {
                    throw InputError(
                        .invalidValue, file: plan.file, line: line, field: plan.column(ofSlot: slot),
                        message:
                            "\(InputError.quote(String(decoding: value, as: UTF8.self))) is not a finite number ≥ 0")
                }
                quantity = number * scale
            }
        }
        var high: UInt64 = 0
        var low: UInt64 = 0
        if let slot = recordSlot { (high, low) = MeasureWorker.fingerprint(fields[slot]) }
        let local = Int32(truncatingIfNeeded: line)
        if rule.decision >= 0 {
            output.rows.append(
                StagedRow(
                    high: high, low: low, quantity: quantity, rep: rep, task: rule.decision, day: day, line: local,
                    continues: false))
        } else {
            for (index, task) in ruleMemo.list(rule.decision).enumerated() {
                output.rows.append(
                    StagedRow(
                        high: high, low: low, quantity: quantity, rep: rep, task: task, day: day, line: local,
                        continues: index > 0))
            }
        }
    }

    /// The filter decision of values that the front table does not have: from the memo or computed, then
    /// remembered in the front table.
    @inline(never)
    private mutating func filterDecision(
        _ fields: UnsafeMutablePointer<UnsafeRawBufferPointer>, hash: UInt64, line: Int
    ) throws -> (index: Int32, decision: Int32) {
        let plan = plan
        let decision = try MeasureWorker.memoised(&filterMemo, plan, plan.filterSlots, fields, line: line) {
            values in
            for (index, filter) in plan.filters.enumerated() where filter.condition.holds(values) != filter.keeps {
                return [Int32(index)]
            }
            return []
        }
        filterMemo.remember(hash: hash, entry: decision.index, decision: decision.decision)
        return decision
    }

    /// The rule decision of values that the front table does not have, as ``filterDecision(_:hash:line:)``.
    @inline(never)
    private mutating func ruleDecision(
        _ fields: UnsafeMutablePointer<UnsafeRawBufferPointer>, hash: UInt64, line: Int
    ) throws -> (index: Int32, decision: Int32) {
        let plan = plan
        let decision = try MeasureWorker.memoised(&ruleMemo, plan, plan.ruleSlots, fields, line: line) { values in
            switch plan.measures.match {
            case .first:
                for rule in plan.rules where rule.condition.holds(values) { return [rule.task] }
                return []
            case .every:
                var tasks: [Int32] = []
                for rule in plan.rules where !tasks.contains(rule.task) && rule.condition.holds(values) {
                    tasks.append(rule.task)
                }
                return tasks
            }
        }
        ruleMemo.remember(hash: hash, entry: decision.index, decision: decision.decision)
        return decision
    }

    /// The decision for the values of `slots`, from the memo or computed (and remembered).
    @inline(__always)
    private static func memoised(
        _ memo: inout DecisionMemo, _ plan: MeasurePlan, _ slots: [Int],
        _ fields: UnsafeMutablePointer<UnsafeRawBufferPointer>, line: Int, _ compute: ([FieldText]) -> [Int32]
    ) throws -> (index: Int32, decision: Int32) {
        if slots.count == 1 {
            let key = fields[slots[0]]
            if let known = memo.find(key) { return known }
            let decision = memo.decision(for: compute([try text(key, plan, slot: slots[0], line: line)]))
            return (memo.add(key, decision), decision)
        }
        // Several fields: the key is each value's length (4 bytes) and bytes.
        var length = 0
        for slot in slots { length += 4 + fields[slot].count }
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(length, 1)) { key in
            var at = 0
            for slot in slots {
                let value = fields[slot]
                withUnsafeBytes(of: UInt32(truncatingIfNeeded: value.count)) { size in
                    for byte in size {
                        key[at] = byte
                        at += 1
                    }
                }
                if let source = value.baseAddress {
                    (key.baseAddress! + at).update(from: source.assumingMemoryBound(to: UInt8.self), count: value.count)
                }
                at += value.count
            }
            let bytes = UnsafeRawBufferPointer(start: key.baseAddress, count: length)
            if let known = memo.find(bytes) { return known }
            let values = try slots.map { try text(fields[$0], plan, slot: $0, line: line) }
            let decision = memo.decision(for: compute(values))
            return (memo.add(bytes, decision), decision)
        }
    }

    /// A field decoded in the declared encoding.
    private static func text(_ bytes: UnsafeRawBufferPointer, _ plan: MeasurePlan, slot: Int, line: Int) throws
        -> FieldText
    {
        guard let text = MeasurePlan.decode(bytes, plan.measures.encoding) else {
            throw encodingError(bytes, plan, slot: slot, line: line)
        }
        return FieldText(text)
    }

    static func encodingError(_ bytes: UnsafeRawBufferPointer, _ plan: MeasurePlan, slot: Int, line: Int)
        -> InputError
    {
        let encoding = plan.measures.encoding
        if encoding == .utf8 {
            return InputError(
                .invalidUTF8, file: plan.file, line: line, field: plan.column(ofSlot: slot),
                message: "not valid UTF-8, the declared encoding (is the export Windows-1252?)")
        }
        let byte = MeasurePlan.firstInvalidByte(bytes, encoding) ?? 0
        return InputError(
            .invalidValue, file: plan.file, line: line, field: plan.column(ofSlot: slot),
            message: "byte 0x\(String(byte, radix: 16, uppercase: true)) is not a character in \(encoding.rawValue)")
    }

    /// The rep of an owner not seen before: through the owner map, or the owner text itself.
    @inline(never)
    private mutating func resolveOwner(_ owner: UnsafeRawBufferPointer, hash: UInt64, line: Int) throws -> Int32 {
        guard let text = MeasurePlan.decode(owner, plan.measures.encoding) else {
            throw MeasureWorker.encodingError(owner, plan, slot: plan.repSlot, line: line)
        }
        let rep: Int32
        if let owners = plan.owners {
            rep = owners[text] ?? -1
        } else {
            rep = text.isEmpty ? -1 : Int32(ownerNames.count)
            if !text.isEmpty { ownerNames.append(text) }
        }
        ownerMemo.remember(hash: hash, entry: ownerMemo.add(owner, rep), decision: rep)
        return rep
    }

    /// A 128-bit key of a record id: exact for ids of up to 20 letters and digits (Salesforce's 15 and 18,
    /// numeric ids), a 127-bit hash otherwise (top bit set; a collision among 10^9 ids has probability ~10^-20).
    @inline(__always)
    static func fingerprint(_ bytes: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        let count = bytes.count
        if count == 0 { return (0, 0) }
        if count <= 20 {
            // The id as a number in base 64 with digits 1...62 (never 0, so the value names the id): the last ten
            // characters give the low 60 bits, the others the bits above, each half in one register.
            var upper: UInt64 = 0
            var lower: UInt64 = 0
            var invalid: UInt64 = 0
            let split = Swift.max(0, count - 10)
            for index in 0..<count {
                let byte = bytes[index]
                var digit: UInt64 = 0
                switch byte {
                case 0x30...0x39: digit = UInt64(byte &- 0x30) &+ 1
                case 0x41...0x5A: digit = UInt64(byte &- 0x41) &+ 11
                case 0x61...0x7A: digit = UInt64(byte &- 0x61) &+ 37
                default: invalid = 1
                }
                if index < split {
                    upper = upper << 6 | digit
                } else {
                    lower = lower << 6 | digit
                }
            }
            if invalid == 0 { return (upper >> 4, lower | upper << 60) }
        }
        var first: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        var second: UInt64 = 0xC2B2_AE3D_27D4_EB4F &+ UInt64(count)
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* 0x100_0000_01B3
            second = (second &+ UInt64(byte)) &* 0xBF58_476D_1CE4_E5B9
            second ^= second >> 31
        }
        first ^= first >> 29
        first = first &* 0x94D0_49BB_1331_11EB
        first ^= first >> 32
        return (first | 1 << 63, second)
    }
}

extension MeasureWorker {
    /// The values of the rule fields behind a rule-memo entry, decoded.
    func ruleValues(_ entry: Int32) -> [String] {
        let keys = ruleMemo.keys
        let start = keys.offsets[Int(entry)]
        let end = keys.offsets[Int(entry) + 1]
        let bytes = Array(keys.arena[start..<end])
        func decode(_ slice: ArraySlice<UInt8>) -> String {
            Array(slice).withUnsafeBytes { MeasurePlan.decode($0, plan.measures.encoding) }
                ?? String(decoding: slice, as: UTF8.self)
        }
        guard plan.ruleSlots.count > 1 else { return [decode(bytes[...])] }
        var values: [String] = []
        var at = 0
        while at + 4 <= bytes.count {
            let length = bytes[at..<at + 4].reversed().reduce(0) { $0 << 8 | Int($1) }
            values.append(decode(bytes[at + 4..<at + 4 + length]))
            at += 4 + length
        }
        return values
    }
}
