import Dispatch
import Foundation
import Synchronization

/// Receives the activity a ``MeasureReader`` produces, de-duplicated, in input order.
protocol MeasureSink {
    /// A rep seen for the first time: it gets the next index, from 0.
    mutating func addRep(_ id: String)
    /// One activity: `rep` as numbered by ``addRep(_:)``, `task` an index in the definition's task ids.
    mutating func add(rep: Int32, task: Int32, day: Int32, quantity: Double)
}

/// Remembers the record ids (as 128-bit fingerprints) of the rows that became activity: an open-addressing
/// table, so that overlapping exports count each CRM record once.
struct RecordSet: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0
    /// The sum of the words ``touch(_:)`` loaded, kept so that those loads are not optimised away.
    var touched: UInt64 = 0

    init() {
        slots = [UInt64](repeating: 0, count: 2 * 4096)
        mask = 4095
    }

    /// Every bit of both words mixed: Salesforce-like ids differ only in a few characters, and taking middle
    /// bits of one product made long linear-probing runs. The low bits pick a slot, the top bits a partition.
    @inline(__always)
    static func mix(_ high: UInt64, _ low: UInt64) -> UInt64 {
        var mixed = (high &* 0x9E37_79B9_7F4A_7C15) ^ low
        mixed = (mixed ^ (mixed >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return mixed ^ (mixed >> 32)
    }

    /// Makes room for `expected` fingerprints in all, so that the table is not rebuilt while they come in.
    mutating func reserve(_ expected: Int) {
        var capacity = mask + 1
        while expected * 10 > capacity * 7 { capacity *= 2 }
        if capacity > mask + 1 { rebuild(capacity: capacity) }
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
        slots.withUnsafeBufferPointer { $0[2 * (Int(truncatingIfNeeded: mixed) & mask)] }
    }

    /// Adds a fingerprint whose ``mix(_:_:)`` is `mixed`; `false` when it was already there.
    @inline(__always)
    mutating func insert(_ high: UInt64, _ low: UInt64, mixed: UInt64) -> Bool {
        if (count + 1) * 10 > (mask + 1) * 7 { rebuild(capacity: 2 * (mask + 1)) }
        var position = Int(truncatingIfNeeded: mixed) & mask
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
                position = (position + 1) & mask
            }
        }
    }

    private mutating func rebuild(capacity: Int) {
        let old = slots
        slots = [UInt64](repeating: 0, count: 2 * capacity)
        mask = capacity - 1
        count = 0
        for index in stride(from: 0, to: old.count, by: 2) where old[index] != 0 || old[index + 1] != 0 {
            _ = insert(old[index], old[index + 1])
        }
    }
}

/// The record ids seen, split by the top bits of their hash into one ``RecordSet`` per core, so that the
/// cores de-duplicate a round's rows in parallel: each walks all the rows in file order and takes those of its
/// partition, so the first row of a record is the one kept, as with a single set.
struct RecordPartitions: Sendable {
    private var partitions: [RecordSet]
    private let shift: UInt64
    /// Whether the tables were sized for the whole file.
    private var reserved = false

    init(cores: Int = ProcessInfo.processInfo.activeProcessorCount) {
        var count = 1
        while count < Swift.min(Swift.max(cores, 1), 8) { count *= 2 }
        partitions = [RecordSet](repeating: RecordSet(), count: count)
        shift = UInt64(64 - count.trailingZeroBitCount)
    }

    var count: Int { partitions.reduce(0) { $0 + $1.count } }

    /// Sizes the tables once, for the keyed rows a file of `fileBytes` would hold at the rate of a first round
    /// of `roundBytes` that staged `roundRows` (so they are not rebuilt while filling).
    mutating func reserve(roundRows: Int, roundBytes: Int, fileBytes: Int) {
        guard !reserved, roundBytes > 0 else { return }
        reserved = true
        let expected = Int(Double(roundRows) * Double(fileBytes) / Double(roundBytes))
        let share = expected / partitions.count + expected / (8 * partitions.count) + 1024
        for index in partitions.indices { partitions[index].reserve(share) }
    }

    /// Whether each row repeats a record id seen before it (in earlier rounds, earlier parts or earlier in its
    /// part), the parts' rows one after the other. Rows that continue the previous row (every-match mode) and
    /// rows without an id are never marked.
    mutating func duplicates(in parts: [PartOutput]) -> [Bool] {
        var flags = [Bool](repeating: false, count: parts.reduce(0) { $0 + $1.rows.count })
        let partitionCount = partitions.count
        let shift = shift
        flags.withUnsafeMutableBufferPointer { flags in
            partitions.withUnsafeMutableBufferPointer { sets in
                nonisolated(unsafe) let sets = sets.baseAddress!
                nonisolated(unsafe) let flags = flags.baseAddress!
                let work = { @Sendable (partition: Int) in
                    // The rows of this partition go through a short queue: a row's slot is loaded when it enters,
                    // so that the cache misses of the next rows overlap instead of coming one after the other.
                    let depth = 16
                    withUnsafeTemporaryAllocation(
                        of: (row: Int, high: UInt64, low: UInt64, mixed: UInt64).self,
                        capacity: depth
                    ) { queue in
                        var queued = 0
                        var touched: UInt64 = 0
                        func take(_ entry: (row: Int, high: UInt64, low: UInt64, mixed: UInt64)) {
                            if !sets[partition].insert(entry.high, entry.low, mixed: entry.mixed) {
                                flags[entry.row] = true
                            }
                        }
                        var offset = 0
                        for output in parts {
                            output.rows.withUnsafeBufferPointer { rows in
                                for index in rows.indices {
                                    let row = rows[index]
                                    guard !row.continues, row.high | row.low != 0 else { continue }
                                    let mixed = RecordSet.mix(row.high, row.low)
                                    guard partitionCount == 1 || Int(truncatingIfNeeded: mixed >> shift) == partition
                                    else { continue }
                                    let slot = queued % depth
                                    if queued >= depth { take(queue[slot]) }
                                    touched &+= sets[partition].touch(mixed)
                                    queue[slot] = (offset + index, row.high, row.low, mixed)
                                    queued += 1
                                }
                            }
                            offset += output.rows.count
                        }
                        for index in Swift.max(0, queued - depth)..<queued { take(queue[index % depth]) }
                        sets[partition].touched = touched
                    }
                }
                if partitionCount == 1 {
                    work(0)
                } else {
                    DispatchQueue.concurrentPerform(iterations: partitionCount, execute: work)
                }
            }
        }
        return flags
    }
}

/// Reads raw CRM exports through an ``ActivityMeasures`` definition into a sink, with the report of every row.
///
/// Each file is read in rounds: a round is one part per core (``partBytes`` each, split at line starts),
/// parsed and evaluated concurrently; then the parts' rows are de-duplicated and handed to the sink in file
/// order. A part that began inside a quoted field (its guessed line start was a line break in a quote) is
/// detected, because the part before it stopped elsewhere, and is read again from the right place.
struct MeasureReader {
    let measures: ActivityMeasures
    let owners: OwnerMap?
    let timeZone: TimeZone
    /// Parts per round (default: the cores, at most 8; 1 for small files and for exports with a footer).
    var partCount: Int?
    var partBytes = 8 << 20
    /// Bytes mapped past a part's end for the record that runs past it; `nil` reads the parts with `pread`
    /// (the two agree; tests compare them).
    var mapSlack: Int? = 64 << 10

    func read<Sink: MeasureSink>(files: [String], into sink: inout Sink) throws -> MeasureReport {
        var state = ReadState(
            measures: measures, cores: partCount ?? Swift.min(ProcessInfo.processInfo.activeProcessorCount, 8))
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
        let cores = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let parts =
            measures.endsAtBlankLine ? 1 : (partCount ?? (size - bodyStart < 4 << 20 ? 1 : cores))
        let workers = WorkerPool(
            (0..<parts).map { _ in
                var worker = MeasureWorker(plan: plan)
                worker.mapSlack = mapSlack
                return worker
            })
        var localToGlobal = [[Int32]](repeating: [], count: parts)
        var start = bodyStart
        var line = bodyLine
        var blankLine: Int?
        while start < size, blankLine == nil {
            let roundStart = start
            let partBytes = partBytes
            let outputs = ParallelParts(count: parts) { part in
                workers.run(part) { worker in
                    worker.process(
                        descriptor: descriptor, size: size, start: roundStart + part * partBytes,
                        nominalEnd: min(size, roundStart + (part + 1) * partBytes), findStart: part > 0)
                }
            }.results
            var checked: [PartOutput] = []
            for (part, output) in outputs.enumerated() {
                if part > 0, checked[part - 1].error == nil, output.start != checked[part - 1].stoppedAt {
                    // The guessed start was inside a quoted field: read the part again from where the previous one
                    // stopped.
                    let redone = workers.run(part) { worker in
                        worker.process(
                            descriptor: descriptor, size: size, start: checked[part - 1].stoppedAt,
                            nominalEnd: max(
                                checked[part - 1].stoppedAt, min(size, roundStart + (part + 1) * partBytes)),
                            findStart: false)
                    }
                    checked.append(redone)
                } else {
                    checked.append(output)
                }
            }
            if checked.allSatisfy({ $0.error == nil }) {
                let staged = checked.reduce(0) { $0 + $1.rows.count }
                state.records.reserve(
                    roundRows: staged, roundBytes: (checked.last?.stoppedAt ?? roundStart) - roundStart,
                    fileBytes: size - bodyStart)
            }
            let duplicates = state.records.duplicates(in: checked.filter { $0.error == nil })
            var firstRow = 0
            for (part, output) in checked.enumerated() {
                if var error = output.error {
                    if let local = error.line, error.file == file { error.line = line + local }
                    throw error
                }
                try workers.inspect(part) { worker in
                    try state.apply(
                        output, duplicates: duplicates, firstRow: firstRow, file: file, firstLine: line,
                        worker: worker, localToGlobal: &localToGlobal[part], sink: &sink)
                }
                firstRow += output.rows.count
                if let blank = output.blankLine {
                    blankLine = line + blank
                    start = output.stoppedAt
                    break
                }
                line += output.lines
                start = output.stoppedAt
            }
        }
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

/// The workers of one file, lent out to the concurrent parts one at a time.
final class WorkerPool: Sendable {
    private let workers: Mutex<[Int: MeasureWorker]>

    init(_ workers: [MeasureWorker]) {
        self.workers = Mutex(Dictionary(uniqueKeysWithValues: workers.enumerated().map { ($0, $1) }))
    }

    /// Runs `body` on worker `index`, which no one else uses meanwhile.
    func run<Value>(_ index: Int, _ body: (inout MeasureWorker) throws -> Value) rethrows -> Value {
        var worker = workers.withLock { $0.removeValue(forKey: index)! }
        defer { workers.withLock { [worker] in $0[index] = worker } }
        return try body(&worker)
    }

    /// Runs `body` with worker `index` read-only.
    func inspect<Value>(_ index: Int, _ body: (MeasureWorker) throws -> Value) rethrows -> Value {
        try run(index) { worker in try body(worker) }
    }
}
