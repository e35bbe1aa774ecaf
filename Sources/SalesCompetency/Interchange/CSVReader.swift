import Foundation

/// A streaming RFC 4180 CSV reader over bytes: quoted fields with embedded commas, quotes (`""`) and
/// newlines, CRLF or LF line ends, an optional UTF-8 byte-order mark.
///
/// It reads a file in fixed-size chunks, so memory stays flat whatever the file size, and hands each record
/// to a closure without allocating per field. Errors name the file, the line where the record starts and
/// the column.
///
/// ```swift
/// var reader = try CSVReader(contentsOfFile: "activities.csv")
/// try reader.forEachRecord { record in
///     let rep = record.string(at: 0)
/// }
/// ```
///
/// - Complexity: O(n) in the size of the input.
public struct CSVReader: Sendable {
    private let source: Source
    /// The name used in errors: the file path, or the name given for in-memory text.
    public let name: String
    private let chunkSize: Int

    private enum Source: Sendable {
        case file(String)
        case bytes([UInt8])
    }

    /// Creates a reader of a file; nothing is read until ``forEachRecord(_:)``.
    ///
    /// - Parameters:
    ///   - path: The file path.
    ///   - chunkSize: How many bytes to read at a time.
    public init(contentsOfFile path: String, chunkSize: Int = 1 << 22) {
        self.source = .file(path)
        self.name = path
        self.chunkSize = max(16, chunkSize)
    }

    /// Creates a reader of in-memory text.
    ///
    /// - Parameters:
    ///   - text: The CSV text.
    ///   - name: The name used in errors.
    public init(string text: String, name: String = "<input>") {
        self.init(bytes: Array(text.utf8), name: name)
    }

    /// Creates a reader of in-memory bytes.
    ///
    /// - Parameters:
    ///   - bytes: The CSV bytes, UTF-8.
    ///   - name: The name used in errors.
    public init(bytes: [UInt8], name: String = "<input>") {
        self.source = .bytes(bytes)
        self.name = name
        self.chunkSize = max(16, bytes.count)
    }

    /// Calls `body` for each record in order, the header included.
    ///
    /// The record and its fields are valid only during the call. An error thrown by `body` stops the reading
    /// and is rethrown unchanged.
    ///
    /// - Throws: ``InputError`` (`.unreadableFile`, `.malformedQuote`) or whatever `body` throws.
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
        var tokenizer = CSVTokenizer(name: name)
        switch source {
        case .bytes(let bytes):
            try bytes.withUnsafeBytes { buffer in
                _ = try tokenizer.consume(buffer, isFinal: true, body)
            }
        case .file(let path):
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else {
                let reason = String(cString: strerror(errno))
                throw InputError(.unreadableFile, file: path, message: "cannot open: \(reason)")
            }
            defer { close(descriptor) }
            var buffer = [UInt8](repeating: 0, count: chunkSize)
            var filled = 0
            while true {
                if filled == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
                let count = buffer.withUnsafeMutableBytes { raw in
                    read(descriptor, raw.baseAddress! + filled, raw.count - filled)
                }
                if count < 0 {
                    let reason = String(cString: strerror(errno))
                    throw InputError(.unreadableFile, file: path, message: "read failed: \(reason)")
                }
                filled += count
                let isFinal = count == 0
                let consumed = try buffer.withUnsafeBytes { raw in
                    try tokenizer.consume(UnsafeRawBufferPointer(rebasing: raw[0..<filled]), isFinal: isFinal, body)
                }
                if isFinal { break }
                if consumed > 0 {
                    buffer.withUnsafeMutableBytes { raw in
                        let base = raw.baseAddress!
                        memmove(base, base + consumed, filled - consumed)
                    }
                    filled -= consumed
                }
            }
        }
    }
}

/// One record of a CSV file: its fields as raw UTF-8 bytes, valid only while the reader's closure runs.
public struct CSVRecord {
    let fields: UnsafeBufferPointer<UnsafeRawBufferPointer>
    /// The 1-based line on which the record starts.
    public let line: Int

    /// The number of fields.
    public var count: Int { fields.count }

    /// The raw bytes of field `index`, unquoted and unescaped.
    public func bytes(at index: Int) -> UnsafeRawBufferPointer { fields[index] }

    /// Field `index` as a string, or `nil` when it is not valid UTF-8.
    public func validString(at index: Int) -> String? {
        let bytes = fields[index]
        // ASCII is valid UTF-8: the common case skips the general validation, which is not specialised here.
        var high: UInt8 = 0
        for byte in bytes { high |= byte }
        return high < 0x80 ? String(decoding: bytes, as: UTF8.self) : String(validating: bytes, as: UTF8.self)
    }

    /// Field `index` as a string, with invalid UTF-8 repaired.
    public func string(at index: Int) -> String {
        String(decoding: fields[index], as: UTF8.self)
    }

    /// Whether field `index` is empty.
    public func isEmpty(at index: Int) -> Bool { fields[index].isEmpty }

    /// All fields as strings, with invalid UTF-8 repaired.
    public var strings: [String] { (0..<count).map { string(at: $0) } }
}

@available(*, unavailable, message: "a record borrows the reader's buffer")
extension CSVRecord: Sendable {}

/// The state machine behind ``CSVReader``.
struct CSVTokenizer {
    /// The most fields a record may have: a pathological header of millions of columns is refused before its
    /// fields take memory in proportion.
    static let maximumFields = 10_000

    let name: String
    private var line = 1
    private var isFirstChunk = true

    init(name: String) { self.name = name }

    func tooManyFields(at line: Int) -> InputError {
        InputError(
            .wrongFieldCount, file: name, line: line,
            message:
                "a record has more than \(CSVTokenizer.maximumFields) fields; no file this library reads has so many")
    }

    /// Consumes whole records from `buffer` and returns how many bytes were consumed; the rest (a partial
    /// record) must be presented again with more bytes, unless `isFinal`.
    mutating func consume(
        _ buffer: UnsafeRawBufferPointer, isFinal: Bool, _ body: (CSVRecord) throws -> Void
    ) throws -> Int {
        let quote = UInt8(ascii: "\"")
        let comma = UInt8(ascii: ",")
        let newline = UInt8(ascii: "\n")
        let carriage = UInt8(ascii: "\r")
        let end = buffer.count
        var position = 0
        if isFirstChunk {
            if end >= 3 || isFinal { isFirstChunk = false } else { return 0 }
            if end >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3 }
        }
        var consumed = position
        // Field i is bytes `ranges[i]` of the buffer, or of `scratch` when `inScratch[i]` (a quoted field).
        var ranges: [Range<Int>] = []
        var inScratch: [Bool] = []
        var scratch: [UInt8] = []
        var views: [UnsafeRawBufferPointer] = []
        recordLoop: while position < end {
            ranges.removeAll(keepingCapacity: true)
            inScratch.removeAll(keepingCapacity: true)
            scratch.removeAll(keepingCapacity: true)
            var linesInRecord = 0
            var cursor = position
            fieldLoop: while true {
                if cursor < end, buffer[cursor] == quote {
                    let scratchStart = scratch.count
                    var scan = cursor + 1
                    var closed = false
                    while scan < end {
                        let byte = buffer[scan]
                        if byte == quote {
                            if scan + 1 < end, buffer[scan + 1] == quote {
                                scratch.append(quote)
                                scan += 2
                                continue
                            }
                            if scan + 1 == end, !isFinal { break }  // the next byte decides
                            closed = true
                            scan += 1
                            break
                        }
                        if byte == newline { linesInRecord += 1 }
                        scratch.append(byte)
                        scan += 1
                    }
                    if !closed {
                        guard isFinal else { break recordLoop }
                        throw InputError(
                            .malformedQuote, file: name, line: line, field: "column \(ranges.count + 1)",
                            message: "quoted field is not closed before the end of the file")
                    }
                    ranges.append(scratchStart..<scratch.count)
                    inScratch.append(true)
                    if ranges.count > CSVTokenizer.maximumFields { throw tooManyFields(at: line + linesInRecord) }
                    cursor = scan
                    if cursor == end {
                        guard isFinal else { break recordLoop }
                        break fieldLoop
                    }
                    let next = buffer[cursor]
                    if next == comma {
                        cursor += 1
                        continue fieldLoop
                    }
                    guard next == newline || next == carriage else {
                        throw InputError(
                            .malformedQuote, file: name, line: line + linesInRecord, field: "column \(ranges.count)",
                            message: "unexpected character after a closing quote")
                    }
                } else {
                    let start = cursor
                    while cursor < end {
                        let byte = buffer[cursor]
                        if byte == comma || byte == newline || byte == carriage { break }
                        cursor += 1
                    }
                    ranges.append(start..<cursor)
                    inScratch.append(false)
                    if ranges.count > CSVTokenizer.maximumFields { throw tooManyFields(at: line + linesInRecord) }
                    if cursor == end {
                        guard isFinal else { break recordLoop }
                        break fieldLoop
                    }
                    if buffer[cursor] == comma {
                        cursor += 1
                        continue fieldLoop
                    }
                }
                // At a line end.
                if buffer[cursor] == carriage {
                    if cursor + 1 == end, !isFinal { break recordLoop }
                    if cursor + 1 < end, buffer[cursor + 1] == newline { cursor += 1 }
                }
                cursor += 1
                linesInRecord += 1
                break fieldLoop
            }
            // A blank line is not a record.
            let isBlank = ranges.count == 1 && ranges[0].isEmpty && !inScratch[0]
            if !isBlank {
                try scratch.withUnsafeBytes { scratchBytes in
                    views.removeAll(keepingCapacity: true)
                    for index in ranges.indices {
                        let range = ranges[index]
                        views.append(
                            inScratch[index]
                                ? UnsafeRawBufferPointer(rebasing: scratchBytes[range])
                                : UnsafeRawBufferPointer(rebasing: buffer[range]))
                    }
                    try views.withUnsafeBufferPointer { fields in
                        try body(CSVRecord(fields: fields, line: line))
                    }
                }
            }
            line += linesInRecord
            position = cursor
            consumed = cursor
        }
        return consumed
    }
}
