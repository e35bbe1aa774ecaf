import Dispatch
import Foundation

/// Receives the activity a ``MeasureReader`` produces, de-duplicated, in input order.
protocol MeasureSink {
    /// A rep seen for the first time: it gets the next index, from 0.
    mutating func addRep(_ id: String)
    /// One activity: `rep` as numbered by ``addRep(_:)``, `task` an index in the definition's task ids.
    mutating func add(rep: Int32, task: Int32, day: Int32, quantity: Double)
}

/// Remembers the record ids (as 128-bit fingerprints) of the rows that became activity: an open-addressing
/// table, so that overlapping exports count each CRM record once. Its capacity need not be a power of two (a
/// fingerprint's slot is its mixed hash scaled to the capacity), so a table sized for a file is not up to twice
/// as large as it needs to be.
struct RecordSet: Sendable {
    private var slots: [UInt64]
    private var capacity: Int
    private(set) var count = 0
    /// The sum of the words ``touch(_:)`` loaded, kept so that those loads are not optimised away.
    private(set) var touched: UInt64 = 0
    /// Whether the table was sized for the whole file.
    private var reserved = false

    init() {
        capacity = 4096
        slots = [UInt64](repeating: 0, count: 2 * capacity)
    }

    /// Every bit of both words mixed: Salesforce-like ids differ only in a few characters, and taking middle
    /// bits of one product made long linear-probing runs.
    @inline(__always)
    static func mix(_ high: UInt64, _ low: UInt64) -> UInt64 {
        var mixed = (high &* 0x9E37_79B9_7F4A_7C15) ^ low
        mixed = (mixed ^ (mixed >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return mixed ^ (mixed >> 32)
    }

    /// The first slot a fingerprint whose ``mix(_:_:)`` is `mixed` probes.
    @inline(__always)
    private func home(_ mixed: UInt64) -> Int {
        Int(truncatingIfNeeded: mixed.multipliedFullWidth(by: UInt64(truncatingIfNeeded: capacity)).high)
    }

    /// Makes room for `expected` fingerprints in all, so that the table is not rebuilt while they come in.
    mutating func reserve(_ expected: Int) {
        let wanted = expected * 10 / 7 + 1
        if wanted > capacity { rebuild(capacity: wanted) }
    }

    /// Sizes the table once, for the keyed rows a file of `fileBytes` would hold at the rate of a first part
    /// of `partBytes` that staged `partRows` (and an eighth more), so that it is not rebuilt while filling.
    mutating func reserve(partRows: Int, partBytes: Int, fileBytes: Int) {
        guard !reserved, partBytes > 0 else { return }
        reserved = true
        let expected = Int(Double(partRows) * Double(fileBytes) / Double(partBytes))
        reserve(count + expected + expected / 8 + 1024)
    }

    /// Adds a fingerprint; `false` when it was already there.
    @inline(__always)
    mutating func insert(_ high: UInt64, _ low: UInt64) -> Bool {
        insert(high, low, mixed: RecordSet.mix(high, low))
    }

    /// Loads the first slot that a fingerprint whose ``mix(_:_:)`` is `mixed` would probe, to bring it into the
    /// cache before ``insert(_:_:mixed:)`` (a load only: should the table grow in between, the insert finds its
    /// slot anew).
    @inline(__always)
    func touch(_ mixed: UInt64) -> UInt64 {
        slots.withUnsafeBufferPointer { $0[2 * home(mixed)] }
    }

    /// Adds a fingerprint whose ``mix(_:_:)`` is `mixed`; `false` when it was already there.
    @inline(__always)
    mutating func insert(_ high: UInt64, _ low: UInt64, mixed: UInt64) -> Bool {
        if (count + 1) * 10 > capacity * 7 { rebuild(capacity: 2 * capacity) }
        var position = home(mixed)
        let capacity = capacity
        return slots.withUnsafeMutableBufferPointer { slots in
            while true {
                let storedHigh = slots[2 * position]
                let storedLow = slots[2 * position + 1]
                if storedHigh == 0 && storedLow == 0 {
                    slots[2 * position] = high
                    slots[2 * position + 1] = low
                    count += 1
                    return true
                }
                if storedHigh == high && storedLow == low { return false }
                position += 1
                if position == capacity { position = 0 }
            }
        }
    }

    private mutating func rebuild(capacity: Int) {
        let old = slots
        slots = [UInt64](repeating: 0, count: 2 * capacity)
        self.capacity = capacity
        count = 0
        for index in stride(from: 0, to: old.count, by: 2) where old[index] != 0 || old[index + 1] != 0 {
            _ = insert(old[index], old[index + 1])
        }
    }

    /// Whether each row of `part` repeats a record id seen before it (in earlier parts or earlier in the
    /// part), remembering the new ones. Rows that continue the previous row (every-match mode) and rows without
    /// an id are never marked.
    ///
    /// - Complexity: O(rows), the table's cache misses overlapping: a row's slot is loaded some rows before its
    ///   insert.
    mutating func duplicates(in part: PartOutput) -> [Bool] {
        var flags = [Bool](repeating: false, count: part.rows.count)
        let depth = 16
        flags.withUnsafeMutableBufferPointer { flags in
            part.rows.withUnsafeBufferPointer { rows in
                withUnsafeTemporaryAllocation(of: (row: Int, mixed: UInt64).self, capacity: depth) { queue in
                    var queued = 0
                    var touched: UInt64 = 0
                    for index in rows.indices {
                        let row = rows[index]
                        guard !row.continues, row.high | row.low != 0 else { continue }
                        let mixed = RecordSet.mix(row.high, row.low)
                        let slot = queued % depth
                        if queued >= depth {
                            let entry = queue[slot]
                            let waiting = rows[entry.row]
                            if !insert(waiting.high, waiting.low, mixed: entry.mixed) { flags[entry.row] = true }
                        }
                        touched &+= touch(mixed)
                        queue[slot] = (index, mixed)
                        queued += 1
                    }
                    for position in Swift.max(0, queued - depth)..<queued {
                        let entry = queue[position % depth]
                        let waiting = rows[entry.row]
                        if !insert(waiting.high, waiting.low, mixed: entry.mixed) { flags[entry.row] = true }
                    }
                    self.touched &+= touched
                }
            }
        }
        return flags
    }
}

/// Reads raw CRM exports through an ``ActivityMeasures`` definition into a sink, with the report of every row.
///
/// Each file is read in parts of ``partBytes`` (split at line starts): one worker per core takes the next part
/// whenever it is free and parses and evaluates it, while the parts read are taken in, in file order, on the
/// calling thread (their rows de-duplicated and handed to the sink). A part that began inside a quoted field
/// (its guessed line start was a line break in a quote) is detected, because the part before it stopped
/// elsewhere, and is read again from the right place.
struct MeasureReader {
    let measures: ActivityMeasures
    let owners: OwnerMap?
    let timeZone: TimeZone
    /// Workers reading parts at once (default: the cores, at most 8; 1 for small files and for exports with a
    /// footer).
    var workerCount: Int?
    var partBytes = 4 << 20
    /// Bytes mapped past a part's end for the record that runs past it; `nil` reads the parts with `pread`
    /// (the two agree; tests compare them).
    var mapSlack: Int? = 64 << 10

    func read<Sink: MeasureSink>(files: [String], into sink: inout Sink) throws -> MeasureReport {
        var state = ReadState(measures: measures)
        var knownOwnerReps = false
        for file in files {
            try read(file: file, into: &sink, state: &state, knownOwnerReps: &knownOwnerReps)
        }
        return state.report(files: files)
    }

    private func read<Sink: MeasureSink>(
        file: String, into sink: inout Sink, state: inout ReadState, knownOwnerReps: inout Bool
    ) throws {
        let (descriptor, size) = try MeasureReader.open(file)
        defer { close(descriptor) }
        let (header, bodyStart, bodyLine) = try readHeader(descriptor, size: size, file: file)
        let plan = try MeasurePlan(measures: measures, header: header, owners: owners, timeZone: timeZone)
        if !knownOwnerReps {
            for rep in plan.ownerRepIDs { sink.addRep(rep.rawValue) }
            knownOwnerReps = true
        }
        // Parts of `partBytes` at fixed offsets, read by `producers` workers, each taking the next part when it is
        // free, and taken in here in file order while later parts are read. One more worker, used here only, reads
        // again a part whose guessed start was wrong.
        let cores = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let producers = measures.endsAtBlankLine ? 1 : (workerCount ?? (size - bodyStart < 4 << 20 ? 1 : cores))
        let workers = WorkerPool(
            (0...producers).map { _ in
                var worker = MeasureWorker(plan: plan)
                worker.mapSlack = mapSlack
                return worker
            })
        let partBytes = max(1, partBytes)
        let partCount = (max(0, size - bodyStart) + partBytes - 1) / partBytes
        let mapsOwners = plan.owners != nil
        var localToGlobal = [[Int32]](repeating: [], count: producers + 1)
        var start = bodyStart
        var line = bodyLine
        var blankLine: Int?
        var part = 0
        @Sendable func nominalEnd(_ part: Int) -> Int { min(size, bodyStart + (part + 1) * partBytes) }
        do {
            try ParallelParts<PartOutput>.stream(count: partCount, workers: producers) { part in
                workers.runAny(among: producers) { index, worker in
                    var output = worker.process(
                        descriptor: descriptor, size: size, start: bodyStart + part * partBytes,
                        nominalEnd: nominalEnd(part), findStart: part > 0)
                    output.worker = index
                    return output
                }
            } consume: { read in
                defer { part += 1 }
                var output = read
                if output.start != start {
                    // The guessed start was inside a quoted field (or the part before ran past it): read the part
                    // again from where the part before stopped.
                    output = workers.run(producers) { worker in
                        worker.process(
                            descriptor: descriptor, size: size, start: start,
                            nominalEnd: max(start, nominalEnd(part)), findStart: false)
                    }
                    output.worker = producers
                }
                if var error = output.error {
                    if let local = error.line, error.file == file { error.line = line + local }
                    throw error
                }
                state.apply(
                    output, file: file, fileBytes: size - bodyStart, firstLine: line, mapsOwners: mapsOwners,
                    localToGlobal: &localToGlobal[output.worker], sink: &sink)
                start = output.stoppedAt
                if let blank = output.blankLine {
                    blankLine = line + blank
                    throw FooterReached()
                }
                line += output.lines
            }
        } catch is FooterReached {}
        if blankLine != nil {
            state.footerLines[file, default: 0] += try MeasureReader.countLines(descriptor, from: start, size: size)
        }
    }

    /// Opens a regular file for reading: its descriptor and size.
    static func open(_ file: String) throws -> (Int32, Int) {
        let descriptor = Foundation.open(file, O_RDONLY)
        guard descriptor >= 0 else {
            throw InputError(.unreadableFile, file: file, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw InputError(.unreadableFile, file: file, message: "not a regular file")
        }
        return (descriptor, Int(info.st_size))
    }

    /// The header record (the first non-blank line, after a UTF-8 byte-order mark): its names, where the body
    /// starts, and the body's first line number.
    func readHeader(_ descriptor: Int32, size: Int, file: String) throws -> (CSVHeader, Int, Int) {
        var bytes = [UInt8](repeating: 0, count: min(size, 1 << 16))
        var filled = try bytes.withUnsafeMutableBytes {
            try ActivityImporter.readFully(descriptor, $0.baseAddress!, $0.count, at: 0, path: file)
        }
        var position = 0
        if measures.encoding == .utf8, filled >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            position = 3
        }
        let maximum = 4096
        let identity = (0..<Int32(maximum)).map { $0 }
        var line = 1
        while true {
            guard position < filled else {
                throw InputError(
                    .emptyFile, file: file,
                    message: "the file is empty; expected a header with the columns "
                        + measures.columns.joined(separator: ", "))
            }
            let isFinal = filled >= size
            let result = bytes.withUnsafeBytes { raw in
                identity.withUnsafeBufferPointer { slots in
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * maximum) { bounds in
                        withUnsafeTemporaryAllocation(of: Bool.self, capacity: maximum) { escaped in
                            let result = MeasureScanner.record(
                                raw.baseAddress!.assumingMemoryBound(to: UInt8.self), from: position, count: filled,
                                isFinal: isFinal, slotOfColumn: slots.baseAddress!, lastColumn: maximum - 1,
                                bounds: bounds.baseAddress!, escaped: escaped.baseAddress!)
                            guard case .record(_, _, let fields) = result, fields > 0 else {
                                return (result, [String?]())
                            }
                            let names = (0..<fields).map { index -> String? in
                                var text = [UInt8](
                                    UnsafeRawBufferPointer(rebasing: raw[bounds[2 * index]..<bounds[2 * index + 1]]))
                                if escaped[index] { text = MeasureReader.unescape(text) }
                                return text.withUnsafeBytes { MeasurePlan.decode($0, measures.encoding) }
                            }
                            return (result, names)
                        }
                    }
                }
            }
            switch result.0 {
            case .blank(let next, let lines):
                position = next
                line += lines
            case .incomplete:
                guard filled < size else {
                    throw InputError(.malformedQuote, file: file, line: line, message: "the header is not complete")
                }
                bytes.append(contentsOf: repeatElement(0, count: min(size, bytes.count * 2) - bytes.count))
                filled += try bytes.withUnsafeMutableBytes {
                    try ActivityImporter.readFully(
                        descriptor, $0.baseAddress! + filled, $0.count - filled, at: filled, path: file)
                }
            case .malformed(let message, let lines):
                throw InputError(.malformedQuote, file: file, line: line + lines, message: message)
            case .record(let next, let lines, _):
                let names = result.1
                guard !names.isEmpty else {
                    throw InputError(
                        .wrongFieldCount, file: file, line: line,
                        message: "the header has more than \(maximum) columns")
                }
                guard names.allSatisfy({ $0 != nil }) else {
                    throw InputError(
                        measures.encoding == .utf8 ? .invalidUTF8 : .invalidValue, file: file, line: line,
                        message: "the header is not valid \(measures.encoding.rawValue)")
                }
                let header = try CSVHeader(names: names.map { $0! }, file: file, line: line)
                return (header, next, line + lines)
            }
        }
    }

    static func unescape(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            result.append(bytes[index])
            index += bytes[index] == 0x22 ? 2 : 1
        }
        return result
    }

    /// The non-blank lines from `start` to the end of the file.
    private static func countLines(_ descriptor: Int32, from start: Int, size: Int) throws -> Int {
        var count = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var offset = start
        var lineHasText = false
        while offset < size {
            let read = try chunk.withUnsafeMutableBytes {
                try ActivityImporter.readFully(
                    descriptor, $0.baseAddress!, min($0.count, size - offset), at: offset, path: "")
            }
            if read == 0 { break }
            for byte in chunk[0..<read] {
                if byte == 0x0A || byte == 0x0D {
                    if lineHasText { count += 1 }
                    lineHasText = false
                } else {
                    lineHasText = true
                }
            }
            offset += read
        }
        return count + (lineHasText ? 1 : 0)
    }
}

/// Thrown by the consumer of the parts to stop at an export's footer.
private struct FooterReached: Error {}

/// The workers of one file, lent out to the concurrent parts one at a time.
final class WorkerPool: Sendable {
    private let workers: Locked<[Int: MeasureWorker]>

    init(_ workers: [MeasureWorker]) {
        self.workers = Locked(Dictionary(uniqueKeysWithValues: workers.enumerated().map { ($0, $1) }))
    }

    /// Runs `body` on worker `index`, which no one else uses meanwhile.
    func run<Value>(_ index: Int, _ body: (inout MeasureWorker) throws -> Value) rethrows -> Value {
        var worker = workers.withLock { $0.removeValue(forKey: index)! }
        defer { workers.withLock { [worker] in $0[index] = worker } }
        return try body(&worker)
    }

    /// Runs `body` on any worker of the first `count` that no one else uses meanwhile (one must be free: no more
    /// than `count` callers at once); `body` gets its index too.
    func runAny<Value>(among count: Int, _ body: (Int, inout MeasureWorker) throws -> Value) rethrows -> Value {
        var (index, worker) = workers.withLock { workers in
            let index = (0..<count).first { workers[$0] != nil }!
            return (index, workers.removeValue(forKey: index)!)
        }
        defer { workers.withLock { [worker] in $0[index] = worker } }
        return try body(index, &worker)
    }
}
