import Dispatch
import Foundation
import Synchronization

/// One validated activity row with interned ids, as the fast path hands rows over in batches.
struct ActivityRow: Sendable {
    var rep: Int32
    var task: Int32
    var day: Int32
    var quantity: Double
}

/// An entry of ``ActivityRowParser``'s date cache: a `YYYY-MM-DD` as its first 8 bytes and last 2, and its day
/// (`Int32.min` when the entry is empty).
struct CachedDate: Sendable {
    var head: UInt64 = 0
    var tail: UInt16 = 0
    var day = Int32.min
}

/// Receives validated activity rows whose ids the importer has interned.
protocol ActivitySink: Sendable {
    /// Whether the rows must arrive in file order (one contiguous piece of the file per sink); otherwise a sink
    /// may receive any pieces, in any order.
    static var keepsRowOrder: Bool { get }
    mutating func add(rep: Int32, task: Int32, day: Int32, quantity: Double)
    /// Adds rows in order; the same as adding them one by one.
    mutating func add(_ rows: UnsafeBufferPointer<ActivityRow>)
    /// Completes work the sink deferred; called once after the last row.
    mutating func finish()
}

extension ActivitySink {
    static var keepsRowOrder: Bool { true }

    mutating func add(_ rows: UnsafeBufferPointer<ActivityRow>) {
        for row in rows { add(rep: row.rep, task: row.task, day: row.day, quantity: row.quantity) }
    }
}

/// A problem with one row, found by ``ActivityRowParser``; the line is filled in by the caller.
struct RowProblem: Sendable {
    var code: InputError.Code
    var field: String?
    var message: String
}

/// Validates one activity row given as raw field bytes, interns its ids and hands it to a sink. Shared by the
/// fast line splitter and the general ``CSVReader`` path, so both accept and reject exactly the same rows.
struct ActivityRowParser<Sink: ActivitySink>: Sendable {
    var reps: ByteInterner
    var tasks: ByteInterner
    var sink: Sink
    let timeZone: TimeZone
    /// A direct-mapped cache of parsed `YYYY-MM-DD` dates, shared by both paths: a file has few distinct dates,
    /// and a hit skips the validation and calendar arithmetic. Keyed by the first 8 bytes and the last 2 bytes.
    private var dates = [CachedDate](repeating: CachedDate(), count: ActivityRowParser.dateSlots)
    /// A direct-mapped cache of ids of up to 32 bytes (task ids) in front of `tasks`, for the fast row path: four
    /// zero-padded words per entry and `count << 32 | index` (-1 when empty).
    var shortKeyWords = [UInt64](repeating: 0, count: 4 * ActivityRowParser.shortKeySlots)
    var shortKeyMeta = [Int64](repeating: -1, count: ActivityRowParser.shortKeySlots)
    /// ``FieldScan/monthStarts``, for the fast row path's dates.
    let monthStarts = FieldScan.monthStarts
    static var shortKeySlots: Int { 4096 }
    static var dateSlots: Int { 1 << 13 }

    init(reps: ByteInterner, tasks: ByteInterner, sink: Sink, timeZone: TimeZone) {
        self.reps = reps
        self.tasks = tasks
        self.sink = sink
        self.timeZone = timeZone
    }

    /// The day of a 10-byte `YYYY-MM-DD`, through the cache. Only days in ``ActivityLog/supportedDays`` are
    /// cached, so a hit is a valid row's day.
    @inline(__always)
    mutating func cachedDay(_ date: UnsafeRawBufferPointer) -> Int32? {
        let head = date.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        let tail = date.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        if let cached = cachedDay(head: head, tail: tail) { return cached }
        guard let day = Day.parse(date) else { return nil }
        let value = Int32(truncatingIfNeeded: day.daysSinceEpoch)
        if ActivityLog.supportedDays.contains(value) { cache(value, head: head, tail: tail) }
        return value
    }

    /// The cache slot of the date whose first 8 bytes are `head` and last 2 `tail`: the low four bits of the day's
    /// and the month's digits (two bits for the day's tens, one for the month's) and the year modulo 4 (from the
    /// low bits of its last two digits), day first, so that every date of four years in a row has a slot of its
    /// own and a year's dates lie within 32 KiB. Any other bytes get some slot, and the entry is checked anyway.
    @inline(__always)
    static func dateSlot(head: UInt64, tail: UInt16) -> Int {
        let tail = UInt64(tail)
        let year = ((head >> 24) &+ (head >> 15 & 0x2)) & 0x3
        let slot = (tail >> 8 & 0xF) | (tail << 4 & 0x30) | (head >> 42 & 0x3C0) | (head >> 30 & 0x400) | year << 11
        return Int(truncatingIfNeeded: slot)
    }

    /// The cached day of the date whose first 8 bytes are `head` and last 2 `tail`, or `nil` when not cached.
    @inline(__always)
    func cachedDay(head: UInt64, tail: UInt16) -> Int32? {
        let entry = dates.withUnsafeBufferPointer { $0[ActivityRowParser.dateSlot(head: head, tail: tail)] }
        return entry.day != .min && entry.head == head && entry.tail == tail ? entry.day : nil
    }

    /// Caches `day`, a day in ``ActivityLog/supportedDays``, as the day of the date `head`, `tail`.
    @inline(__always)
    mutating func cache(_ day: Int32, head: UInt64, tail: UInt16) {
        dates[ActivityRowParser.dateSlot(head: head, tail: tail)] = CachedDate(head: head, tail: tail, day: day)
    }

    @inline(__always)
    mutating func row(
        rep: UnsafeRawBufferPointer, task: UnsafeRawBufferPointer, date: UnsafeRawBufferPointer,
        quantity: UnsafeRawBufferPointer
    ) -> RowProblem? {
        guard rep.count > 0 else { return RowProblem(code: .missingValue, field: "rep_id", message: "rep_id is empty") }
        guard task.count > 0 else {
            return RowProblem(code: .missingValue, field: "task_id", message: "task_id is empty")
        }
        let day: Int32
        if date.count == 10, let parsed = cachedDay(date) {
            day = parsed
        } else if date.count > 10, let parsed = Day.parseTimestamp(date, in: timeZone) {
            day = Int32(truncatingIfNeeded: parsed.daysSinceEpoch)
        } else {
            return RowProblem(
                code: .invalidValue, field: "occurred_on",
                message:
                    "\(ErrorText.quoted(String(decoding: date, as: UTF8.self))) is not a date YYYY-MM-DD or an ISO 8601 timestamp"
            )
        }
        guard ActivityLog.supportedDays.contains(day) else {
            return RowProblem(
                code: .invalidValue, field: "occurred_on",
                message: "\(String(decoding: date, as: UTF8.self)) is outside the supported years 1900 to 2199")
        }
        guard let value = ActivityRowParser.quantity(quantity) else {
            return RowProblem(
                code: .invalidValue, field: "quantity",
                message: "\(ErrorText.quoted(String(decoding: quantity, as: UTF8.self))) is not a finite number ≥ 0")
        }
        let knownReps = reps.count
        let repIndex = reps.intern(rep)
        if reps.count != knownReps, String(validating: rep, as: UTF8.self) == nil {
            return RowProblem(code: .invalidUTF8, field: "rep_id", message: "not valid UTF-8")
        }
        let knownTasks = tasks.count
        let taskIndex = tasks.intern(task)
        if tasks.count != knownTasks, String(validating: task, as: UTF8.self) == nil {
            return RowProblem(code: .invalidUTF8, field: "task_id", message: "not valid UTF-8")
        }
        sink.add(rep: repIndex, task: taskIndex, day: day, quantity: value)
        return nil
    }

    /// A non-negative finite quantity: plain digits fast, anything else through `Double(plainDecimal:)` (decimal
    /// only: no hexadecimal, no silent underflow to 0).
    @inline(__always)
    static func quantity(_ bytes: UnsafeRawBufferPointer) -> Double? {
        let count = bytes.count
        if count > 0, count <= 15 {
            var value = 0
            var position = 0
            while position < count {
                let digit = Int(bytes[position]) &- 48
                if digit < 0 || digit > 9 { break }
                value = value &* 10 &+ digit
                position += 1
            }
            if position == count { return Double(value) }
        }
        guard let value = Double(plainDecimal: String(decoding: bytes, as: UTF8.self)), value >= 0 else {
            return nil
        }
        return value
    }
}

/// Positions of the four activity columns in a file's header.
struct ActivityColumns: Sendable {
    var rep: Int
    var task: Int
    var date: Int
    var quantity: Int
    var count: Int

    init(_ header: CSVHeader) throws {
        rep = try header.require("rep_id")
        task = try header.require("task_id")
        date = try header.require("occurred_on")
        quantity = try header.require("quantity")
        count = header.names.count
    }

    /// Whether the columns are exactly `rep_id,task_id,occurred_on,quantity`, the shape of the fast row path.
    var isCommonShape: Bool { rep == 0 && task == 1 && date == 2 && quantity == 3 && count == 4 }
}

/// The state of one chunk of an activity file being parsed by the fast path.
struct ActivityChunk<Sink: ActivitySink>: Sendable {
    enum Outcome: Sendable {
        case complete
        case failed(RowProblem, localLine: Int)
        /// The chunk holds a quote or a lone carriage return: the general reader must parse the file.
        case needsGeneralReader
    }

    var parser: ActivityRowParser<Sink>
    let columns: ActivityColumns
    /// Lines consumed so far (blank ones included).
    var lines = 0
    var outcome = Outcome.complete

    /// Parses whole lines from `buffer`; returns the bytes consumed. Stops early on a problem (see `outcome`).
    mutating func consume(_ buffer: UnsafeRawBufferPointer, isFinal: Bool) -> Int {
        guard let raw = buffer.baseAddress else { return 0 }
        let base = raw.assumingMemoryBound(to: UInt8.self)
        let end = buffer.count
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * columns.count + 2) { bounds in
            if columns.isCommonShape {
                return consumeCommonShape(base, end: end, isFinal: isFinal, bounds: bounds.baseAddress!)
            }
            // Without quotes and carriage returns lines are split eight bytes at a time.
            let plain = memchr(raw, 0x22, end) == nil && memchr(raw, 0x0D, end) == nil
            var lineStart = 0
            while lineStart < end {
                let next =
                    plain
                    ? splitLine(base, start: lineStart, end: end, isFinal: isFinal, bounds: bounds.baseAddress!)
                    : splitLineBytes(base, start: lineStart, end: end, isFinal: isFinal, bounds: bounds.baseAddress!)
                guard let next else { return lineStart }
                lineStart = next
            }
            return lineStart
        }
    }

    /// The splitter for files of the common shape `rep_id,task_id,occurred_on,quantity`: lines go through
    /// ``ActivityRowParser/fastRow(_:into:)`` and reach the sink in batches; the others, and the last lines of the
    /// buffer, through the byte-at-a-time splitter, which also finds quotes and lone carriage returns (the batch
    /// is handed over first, to keep the order).
    private mutating func consumeCommonShape(
        _ base: UnsafePointer<UInt8>, end: Int, isFinal: Bool, bounds: UnsafeMutablePointer<Int>
    ) -> Int {
        let capacity = 256
        return withUnsafeTemporaryAllocation(of: ActivityRow.self, capacity: capacity) { batch in
            let rows = batch.baseAddress!
            var pending = 0
            defer { parser.sink.add(UnsafeBufferPointer(start: rows, count: pending)) }
            let raw = UnsafeRawPointer(base)
            let fastEnd = end - ActivityRowParser<Sink>.fastRowReach
            var lineStart = 0
            while lineStart < end {
                if lineStart <= fastEnd {
                    let newline = parser.fastRow(raw + lineStart, into: &rows[pending])
                    if newline >= 0 {
                        pending &+= 1
                        lines &+= 1
                        lineStart &+= newline &+ 1
                        if pending == capacity {
                            parser.sink.add(UnsafeBufferPointer(start: rows, count: pending))
                            pending = 0
                        }
                        continue
                    }
                }
                parser.sink.add(UnsafeBufferPointer(start: rows, count: pending))
                pending = 0
                guard let next = splitLineBytes(base, start: lineStart, end: end, isFinal: isFinal, bounds: bounds)
                else { return lineStart }
                lineStart = next
            }
            return lineStart
        }
    }

    /// Splits the line at `start` word by word and hands it to ``handleLine``; the start of the next line, or
    /// `nil` when the line is incomplete (not final) or has a problem (`outcome` set).
    @inline(__always)
    private mutating func splitLine(
        _ base: UnsafePointer<UInt8>, start lineStart: Int, end: Int, isFinal: Bool, bounds: UnsafeMutablePointer<Int>
    ) -> Int? {
        let fieldCount = columns.count
        let raw = UnsafeRawPointer(base)
        let commas: UInt64 = 0x2C2C_2C2C_2C2C_2C2C
        let newlines: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
        var position = lineStart
        var field = 0
        bounds[0] = lineStart
        var lineEnd = -1
        scan: while position + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            let newline = FieldScan.zeroLanes(word ^ newlines)
            var matches = FieldScan.zeroLanes(word ^ commas) | newline
            while matches != 0 {
                let bit = UInt64(matches.trailingZeroBitCount)
                let offset = position + Int(bit >> 3)
                if newline & (1 << bit) != 0 {
                    lineEnd = offset
                    break scan
                }
                if field + 1 < fieldCount {
                    bounds[2 * field + 1] = offset
                    bounds[2 * field + 2] = offset + 1
                }
                field += 1
                matches &= matches &- 1
            }
            position += 8
        }
        if lineEnd < 0 {
            while position < end {
                let byte = base[position]
                if byte == 0x0A {
                    lineEnd = position
                    break
                }
                if byte == 0x2C {
                    if field + 1 < fieldCount {
                        bounds[2 * field + 1] = position
                        bounds[2 * field + 2] = position + 1
                    }
                    field += 1
                }
                position += 1
            }
        }
        var next = lineEnd + 1
        if lineEnd < 0 {
            if !isFinal { return nil }
            lineEnd = end
            next = end
        }
        guard handleLine(raw, start: lineStart, end: lineEnd, separators: field, bounds: bounds) else {
            return nil
        }
        return next
    }

    /// Splits the line at `start` byte by byte and hands it to ``handleLine``; the start of the next line, or
    /// `nil` when the line is incomplete (not final), has a problem, or holds a quote or a lone carriage return,
    /// which only the general reader handles (`outcome` set).
    private mutating func splitLineBytes(
        _ base: UnsafePointer<UInt8>, start lineStart: Int, end: Int, isFinal: Bool, bounds: UnsafeMutablePointer<Int>
    ) -> Int? {
        let fieldCount = columns.count
        var position = lineStart
        var field = 0
        bounds[0] = lineStart
        var lineEnd = -1
        var next = -1
        while position < end {
            let byte = base[position]
            if byte > 0x2C {
                position += 1
                continue
            }
            if byte == 0x2C {  // comma
                if field + 1 < fieldCount {
                    bounds[2 * field + 1] = position
                    bounds[2 * field + 2] = position + 1
                }
                field += 1
                position += 1
                continue
            }
            if byte == 0x0A {
                lineEnd = position
                next = position + 1
                break
            }
            if byte == 0x0D {
                if position + 1 < end {
                    guard base[position + 1] == 0x0A else {
                        outcome = .needsGeneralReader
                        return nil
                    }
                    lineEnd = position
                    next = position + 2
                    break
                }
                if !isFinal { return nil }
                lineEnd = position
                next = end
                break
            }
            if byte == 0x22 {  // quote
                outcome = .needsGeneralReader
                return nil
            }
            position += 1
        }
        if lineEnd < 0 {
            if !isFinal { return nil }
            lineEnd = end
            next = end
        }
        guard handleLine(UnsafeRawPointer(base), start: lineStart, end: lineEnd, separators: field, bounds: bounds)
        else { return nil }
        return next
    }

    /// Checks the field count of a split line and hands its fields to the parser; `false` (with `outcome` set)
    /// on a problem. A blank line is not a record.
    @inline(__always)
    private mutating func handleLine(
        _ raw: UnsafeRawPointer, start: Int, end: Int, separators: Int, bounds: UnsafeMutablePointer<Int>
    ) -> Bool {
        if end == start {
            lines += 1
            return true
        }
        let fieldCount = columns.count
        guard separators + 1 == fieldCount else {
            outcome = .failed(
                RowProblem(
                    code: .wrongFieldCount, field: nil,
                    message: "expected \(fieldCount) fields as in the header, found \(separators + 1)"),
                localLine: lines)
            return false
        }
        bounds[2 * separators + 1] = end
        func slice(_ index: Int) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(start: raw + bounds[2 * index], count: bounds[2 * index + 1] - bounds[2 * index])
        }
        if let problem = parser.row(
            rep: slice(columns.rep), task: slice(columns.task), date: slice(columns.date),
            quantity: slice(columns.quantity))
        {
            outcome = .failed(problem, localLine: lines)
            return false
        }
        lines += 1
        return true
    }
}

/// Reads an activity CSV file into sinks: the header through ``CSVReader``, the body by a fast line splitter
/// on raw bytes, in as many chunks (split at line boundaries) as there are cores, parsed concurrently with
/// `read`-sized buffers. A file with quoted fields or lone carriage returns goes through ``CSVReader``
/// instead, sequentially. Errors name the file, the line and the column.
enum ActivityImporter {
    /// The sinks of the chunks in file order, with the interners that gave the ids their indices.
    ///
    /// When the fast path has read part of the file and a piece then needs the general reader, the file is read
    /// again from the start into a new sink: `restart` is called first, for sinks that add to something they share
    /// (the new sink must not find the rows of the abandoned ones there).
    static func read<Sink: ActivitySink>(
        file path: String, timeZone: TimeZone, reps: ByteInterner, tasks: ByteInterner,
        chunkCount requested: Int? = nil, restart: () -> Void = {}, makeSink: @Sendable () -> Sink
    ) throws -> [ActivityRowParser<Sink>] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw InputError(.unreadableFile, file: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw InputError(.unreadableFile, file: path, message: "cannot stat: \(String(cString: strerror(errno)))")
        }
        // A pipe, a terminal or a directory has no size to split by: stream it through the general reader, which
        // also reports a directory as unreadable.
        guard info.st_mode & S_IFMT == S_IFREG else {
            return try readGeneral(path: path, timeZone: timeZone, reps: reps, tasks: tasks, sink: makeSink())
        }
        let size = Int(info.st_size)
        // The header: the first line, read through the general reader (it may be quoted or have a BOM).
        var head = [UInt8](repeating: 0, count: min(size, 1 << 16))
        let headCount = try readFully(descriptor, into: &head, at: 0, path: path)
        guard headCount > 0 else {
            throw InputError(
                .emptyFile, file: path,
                message: "the file is empty; expected a header rep_id,task_id,occurred_on,quantity")
        }
        guard let newline = head[0..<headCount].firstIndex(of: 0x0A), !head[0..<newline].contains(0x22) else {
            return try readGeneral(path: path, timeZone: timeZone, reps: reps, tasks: tasks, sink: makeSink())
        }
        var header: CSVHeader?
        var records = 0
        try CSVReader(bytes: Array(head[0..<newline]), name: path).forEachRecord { record in
            records += 1
            if header == nil { header = try CSVHeader(record, file: path) }
        }
        guard let header, records == 1, header.line == 1 else {
            // A blank first line (the general reader skips blank lines before the header, as for text, and
            // counts them), or a lone carriage return that ends a line early: before the header, or after it
            // with a record on the same "line".
            return try readGeneral(path: path, timeZone: timeZone, reps: reps, tasks: tasks, sink: makeSink())
        }
        let columns = try ActivityColumns(header)
        let bodyStart = newline + 1
        let cores = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        // Pieces of the body, split at line starts. A sink that keeps the row order gets one contiguous piece per
        // core; the others get pieces of about 4 MiB that the cores take in turn, so that a core slowed down by
        // other work on the machine does not hold up the rest.
        let body = size - bodyStart
        let wanted =
            requested
            ?? (body < 1 << 22 ? 1 : (Sink.keepsRowOrder ? cores : (body + (1 << 22) - 1) >> 22))
        var starts = [bodyStart]
        var window = [UInt8](repeating: 0, count: 4096)
        for index in 1..<max(1, wanted) {
            let guess = bodyStart + body * index / wanted
            let boundary = try nextLineStart(
                descriptor, from: max(guess, starts.last!), size: size, path: path, window: &window)
            if boundary < size, boundary > starts.last! { starts.append(boundary) }
        }
        let pieces = starts.indices.map { starts[$0]..<(($0 + 1 < starts.count) ? starts[$0 + 1] : size) }
        let workers = Sink.keepsRowOrder ? pieces.count : min(cores, pieces.count)
        let claimed = Atomic<Int>(0)
        // The first piece that failed or needs the general reader: the pieces after it are skipped.
        let firstStop = Atomic<Int>(Int.max)
        let outcomes = Locked<[Int: Result<(lines: Int, outcome: ActivityChunk<Sink>.Outcome), InputError>]>([:])
        let parsers = Locked<[Int: ActivityRowParser<Sink>]>([:])
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var chunk = ActivityChunk(
                parser: ActivityRowParser(reps: reps, tasks: tasks, sink: makeSink(), timeZone: timeZone),
                columns: columns)
            var buffer: [UInt8] = []
            while true {
                let piece = Sink.keepsRowOrder ? worker : claimed.add(1, ordering: .relaxed).oldValue
                guard piece < pieces.count, piece < firstStop.load(ordering: .relaxed) else { break }
                chunk.lines = 0
                chunk.outcome = .complete
                let result = Result {
                    try parse(&chunk, buffer: &buffer, descriptor: descriptor, range: pieces[piece], path: path)
                }.mapError { $0 as? InputError ?? InputError(.unreadableFile, file: path, message: "\($0)") }
                outcomes.withLock { $0[piece] = result.map { (chunk.lines, chunk.outcome) } }
                let stops: Bool
                switch result {
                case .success: if case .complete = chunk.outcome { stops = false } else { stops = true }
                case .failure: stops = true
                }
                if stops {
                    _ = firstStop.min(piece, ordering: .relaxed)
                    break
                }
                if Sink.keepsRowOrder { break }
            }
            chunk.parser.sink.finish()
            let parser = chunk.parser
            parsers.withLock { $0[worker] = parser }
        }
        var line = 2
        for piece in pieces.indices {
            let (lines, outcome) = try outcomes.withLock { $0[piece]! }.get()
            switch outcome {
            case .complete: line += lines
            case .needsGeneralReader:
                restart()
                return try readGeneral(path: path, timeZone: timeZone, reps: reps, tasks: tasks, sink: makeSink())
            case .failed(let problem, let localLine):
                // A piece after this one may need the general reader; it would report this same row first.
                throw InputError(
                    problem.code, file: path, line: line + localLine, field: problem.field, message: problem.message)
            }
        }
        return parsers.withLock { all in (0..<workers).map { all[$0]! } }
    }

    /// Parses the lines of `range` into `chunk`, stopping early on a problem (see the chunk's `outcome`). The
    /// range is mapped into memory 16 MiB at a time and parsed in place, each window unmapped before the next (so
    /// that the file's pages do not add up in the process's memory); when it cannot be mapped, it is read into
    /// `buffer` (grown as needed, reused across pieces) a megabyte at a time. The file must not shrink while it
    /// is read.
    private static func parse<Sink>(
        _ chunk: inout ActivityChunk<Sink>, buffer: inout [UInt8], descriptor: Int32, range: Range<Int>, path: String
    ) throws {
        let page = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))
        var position = range.lowerBound
        var window = 16 << 20
        while position < range.upperBound {
            let windowEnd = min(range.upperBound, position + window)
            let mapStart = position & ~(page - 1)
            let length = windowEnd - mapStart
            guard let mapped = mmap(nil, length, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, off_t(mapStart)),
                mapped != MAP_FAILED
            else {
                if position == range.lowerBound { break }  // not mappable: read instead
                throw InputError(
                    .unreadableFile, file: path, message: "cannot map: \(String(cString: strerror(errno)))")
            }
            let consumed = chunk.consume(
                UnsafeRawBufferPointer(start: mapped + (position - mapStart), count: windowEnd - position),
                isFinal: windowEnd == range.upperBound)
            munmap(mapped, length)
            if case .complete = chunk.outcome {} else { return }
            if windowEnd == range.upperBound { return }
            if consumed == 0 { window *= 2 }  // a line longer than the window
            position += consumed
        }
        let size = min(1 << 20, max(range.count, 16))
        if buffer.count < size { buffer = [UInt8](repeating: 0, count: size) }
        var filled = 0
        var offset = range.lowerBound
        while true {
            let want = min(buffer.count - filled, range.upperBound - offset)
            let count = try buffer.withUnsafeMutableBytes { raw in
                try readFully(descriptor, raw.baseAddress! + filled, want, at: offset, path: path)
            }
            offset += count
            filled += count
            let isFinal = offset >= range.upperBound || count == 0
            let consumed = buffer.withUnsafeBytes { raw in
                chunk.consume(UnsafeRawBufferPointer(rebasing: raw[0..<filled]), isFinal: isFinal)
            }
            if case .complete = chunk.outcome {} else { return }
            if isFinal { return }
            if consumed > 0 {
                buffer.withUnsafeMutableBytes { raw in
                    _ = memmove(raw.baseAddress!, raw.baseAddress! + consumed, filled - consumed)
                }
                filled -= consumed
            }
            if filled == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
        }
    }

    /// The sequential path through the general RFC 4180 reader.
    private static func readGeneral<Sink>(
        path: String, timeZone: TimeZone, reps: ByteInterner, tasks: ByteInterner, sink: Sink
    ) throws -> [ActivityRowParser<Sink>] {
        var parser = ActivityRowParser(reps: reps, tasks: tasks, sink: sink, timeZone: timeZone)
        try readGeneral(CSVReader(contentsOfFile: path), into: &parser)
        return [parser]
    }

    /// Parses CSV through ``CSVReader`` into `parser`.
    static func readGeneral<Sink>(_ reader: CSVReader, into parser: inout ActivityRowParser<Sink>) throws {
        let file = reader.name
        var header: CSVHeader?
        var columns: ActivityColumns?
        try reader.forEachRecord { record in
            guard let known = header, let columns else {
                let parsed = try CSVHeader(record, file: file)
                columns = try ActivityColumns(parsed)
                header = parsed
                return
            }
            try known.checkFieldCount(record)
            if let problem = parser.row(
                rep: record.bytes(at: columns.rep), task: record.bytes(at: columns.task),
                date: record.bytes(at: columns.date), quantity: record.bytes(at: columns.quantity))
            {
                throw InputError(
                    problem.code, file: file, line: record.line, field: problem.field, message: problem.message)
            }
        }
        guard header != nil else {
            throw InputError(
                .emptyFile, file: file,
                message: "the file is empty; expected a header rep_id,task_id,occurred_on,quantity")
        }
        parser.sink.finish()
    }

    /// The start of the first line that begins after `offset` (or `size`), read a page at a time into `window`
    /// (reused across calls: a file is split at a hundred boundaries per 400 MB, each one a short line away).
    private static func nextLineStart(
        _ descriptor: Int32, from offset: Int, size: Int, path: String, window: inout [UInt8]
    ) throws -> Int {
        var position = offset
        while position < size {
            let count = try readFully(descriptor, into: &window, at: position, path: path)
            if count == 0 { break }
            if let index = window[0..<count].firstIndex(of: 0x0A) { return position + index + 1 }
            position += count
        }
        return size
    }

    private static func readFully(_ descriptor: Int32, into buffer: inout [UInt8], at offset: Int, path: String) throws
        -> Int
    {
        let want = buffer.count
        return try buffer.withUnsafeMutableBytes { raw in
            try readFully(descriptor, raw.baseAddress!, want, at: offset, path: path)
        }
    }

    static func readFully(
        _ descriptor: Int32, _ target: UnsafeMutableRawPointer, _ want: Int, at offset: Int, path: String
    ) throws -> Int {
        var total = 0
        while total < want {
            let count = pread(descriptor, target + total, want - total, off_t(offset + total))
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(
                    .unreadableFile, file: path, message: "read failed: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            total += count
        }
        return total
    }
}
