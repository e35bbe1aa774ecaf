import Foundation

/// Splits one CSV record (RFC 4180: quoted fields with commas, `""` and line breaks; LF, CRLF or a lone CR as
/// line ends) out of a buffer of raw bytes, keeping the bounds of the columns a plan reads only. Unquoted fields
/// are searched eight bytes at a time; after the last column read, the rest of a line without quotes is
/// skipped with `memchr`.
enum MeasureScanner {
    enum Result {
        /// A record: where the next starts, the line ends it consumed, and its field count (-1 when the
        /// columns after the last one read were skipped unsplit).
        case record(next: Int, lines: Int, fields: Int)
        /// An empty line.
        case blank(next: Int, lines: Int)
        /// The buffer ends inside the record: read more (or, at the end of the file, it is malformed).
        case incomplete
        /// A quote problem, `lines` into the record.
        case malformed(String, lines: Int)
    }

    /// Bytes of `word` equal to zero, as 0x80 in that byte's lane (exact: no carries across lanes).
    @inline(__always)
    static func zeroLanes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word) & ~low
    }

    /// Scans the record at `start`; `bounds[2 s]`, `bounds[2 s + 1]` receive the field bounds of slot `s`
    /// (without quotes), `escaped[s]` whether the field holds `""` escapes.
    ///
    /// A plain line (its line feed in the buffer, no quote and no carriage return before its end) goes through
    /// ``plainRecord(_:from:count:slotOfColumn:lastColumn:bounds:escaped:)``; any other through
    /// ``generalRecord(_:from:count:isFinal:slotOfColumn:lastColumn:bounds:escaped:)``. Both give the same result
    /// on a plain line.
    @inline(__always)
    static func record(
        _ base: UnsafePointer<UInt8>, from start: Int, count: Int, isFinal: Bool, slotOfColumn: UnsafePointer<Int32>,
        lastColumn: Int, bounds: UnsafeMutablePointer<Int>, escaped: UnsafeMutablePointer<Bool>
    ) -> Result {
        if let plain = plainRecord(
            base, from: start, count: count, slotOfColumn: slotOfColumn, lastColumn: lastColumn, bounds: bounds,
            escaped: escaped)
        {
            return plain
        }
        return generalRecord(
            base, from: start, count: count, isFinal: isFinal, slotOfColumn: slotOfColumn, lastColumn: lastColumn,
            bounds: bounds, escaped: escaped)
    }

    /// The record at `start` when it is a plain line: its line feed is in the buffer and no quote or carriage
    /// return comes before its end (a CRLF's CR excepted), and it is not blank; `nil` otherwise. The line end
    /// and the absence of quotes and CRs are found with `memchr`; the commas eight bytes at a time, every comma
    /// of a word taken from one load.
    @inline(__always)
    static func plainRecord(
        _ base: UnsafePointer<UInt8>, from start: Int, count: Int, slotOfColumn: UnsafePointer<Int32>,
        lastColumn: Int, bounds: UnsafeMutablePointer<Int>, escaped: UnsafeMutablePointer<Bool>
    ) -> Result? {
        let raw = UnsafeRawPointer(base)
        guard start < count, base[start] != 0x0A, base[start] != 0x0D,
            let found = memchr(raw + start, 0x0A, count - start)
        else { return nil }
        let newline = UnsafeRawPointer(found) - raw
        var end = newline
        if base[end - 1] == 0x0D { end -= 1 }
        guard memchr(raw + start, 0x22, end - start) == nil, memchr(raw + start, 0x0D, end - start) == nil else {
            return nil
        }
        var field = 0
        var fieldStart = start
        // Ends the current field at `comma`; false once the fields after the last column read begin.
        @inline(__always) func endField(at comma: Int) -> Bool {
            let slot = Int(slotOfColumn[field])
            if slot >= 0 {
                bounds[2 * slot] = fieldStart
                bounds[2 * slot + 1] = comma
                escaped[slot] = false
            }
            field += 1
            fieldStart = comma + 1
            return field <= lastColumn
        }
        var position = start
        let commas: UInt64 = 0x2C2C_2C2C_2C2C_2C2C
        while position + 8 <= end {
            var matches = zeroLanes(raw.loadUnaligned(fromByteOffset: position, as: UInt64.self) ^ commas)
            while matches != 0 {
                guard endField(at: position + matches.trailingZeroBitCount >> 3) else {
                    return .record(next: newline + 1, lines: 1, fields: -1)
                }
                matches &= matches - 1
            }
            position += 8
        }
        while position < end {
            if base[position] == 0x2C, !endField(at: position) {
                return .record(next: newline + 1, lines: 1, fields: -1)
            }
            position += 1
        }
        _ = endField(at: end)
        return .record(next: newline + 1, lines: 1, fields: field)
    }

    /// Scans any record at `start`, as ``record(_:from:count:isFinal:slotOfColumn:lastColumn:bounds:escaped:)``
    /// describes, a field at a time.
    static func generalRecord(
        _ base: UnsafePointer<UInt8>, from start: Int, count: Int, isFinal: Bool, slotOfColumn: UnsafePointer<Int32>,
        lastColumn: Int, bounds: UnsafeMutablePointer<Int>, escaped: UnsafeMutablePointer<Bool>
    ) -> Result {
        var position = start
        guard position < count else { return .incomplete }
        let first = base[position]
        if first == 0x0A { return .blank(next: position + 1, lines: 1) }
        if first == 0x0D {
            if position + 1 < count {
                return .blank(next: base[position + 1] == 0x0A ? position + 2 : position + 1, lines: 1)
            }
            return isFinal ? .blank(next: position + 1, lines: 1) : .incomplete
        }
        var field = 0
        var lines = 0
        let raw = UnsafeRawPointer(base)
        while true {
            let slot = field <= lastColumn ? Int(slotOfColumn[field]) : -1
            if field > lastColumn {
                // Nothing more is read from this line: skip to its end unless a quote could hide a line break.
                if let found = memchr(raw + position, 0x0A, count - position) {
                    let newline = UnsafeRawPointer(found) - raw
                    if memchr(raw + position, 0x22, newline - position) == nil {
                        return .record(next: newline + 1, lines: lines + 1, fields: -1)
                    }
                } else if !isFinal {
                    return .incomplete
                } else if memchr(raw + position, 0x22, count - position) == nil {
                    return .record(next: count, lines: lines, fields: -1)
                }
            }
            if position < count, base[position] == 0x22 {
                var scan = position + 1
                var hasEscapes = false
                var closing = -1
                while closing < 0 {
                    guard let found = memchr(raw + scan, 0x22, count - scan) else {
                        return isFinal
                            ? .malformed("quoted field is not closed before the end of the file", lines: lines)
                            : .incomplete
                    }
                    let quote = UnsafeRawPointer(found) - raw
                    var index = scan
                    while index < quote, let newline = memchr(raw + index, 0x0A, quote - index) {
                        lines += 1
                        index = UnsafeRawPointer(newline) - raw + 1
                    }
                    if quote + 1 < count {
                        if base[quote + 1] == 0x22 {
                            hasEscapes = true
                            scan = quote + 2
                            continue
                        }
                    } else if !isFinal {
                        return .incomplete
                    }
                    closing = quote
                }
                if slot >= 0 {
                    bounds[2 * slot] = position + 1
                    bounds[2 * slot + 1] = closing
                    escaped[slot] = hasEscapes
                }
                position = closing + 1
                if position == count {
                    return isFinal ? .record(next: count, lines: lines, fields: field + 1) : .incomplete
                }
                let next = base[position]
                if next == 0x2C {
                    position += 1
                    field += 1
                    continue
                }
                guard next == 0x0A || next == 0x0D else {
                    return .malformed("unexpected character after a closing quote", lines: lines)
                }
            } else {
                let fieldStart = position
                let commas: UInt64 = 0x2C2C_2C2C_2C2C_2C2C
                let newlines: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
                let returns: UInt64 = 0x0D0D_0D0D_0D0D_0D0D
                var found = false
                while position + 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
                    let matches = zeroLanes(word ^ commas) | zeroLanes(word ^ newlines) | zeroLanes(word ^ returns)
                    if matches != 0 {
                        position += matches.trailingZeroBitCount >> 3
                        found = true
                        break
                    }
                    position += 8
                }
                if !found {
                    while position < count {
                        let byte = base[position]
                        if byte == 0x2C || byte == 0x0A || byte == 0x0D { break }
                        position += 1
                    }
                }
                if slot >= 0 {
                    bounds[2 * slot] = fieldStart
                    bounds[2 * slot + 1] = position
                    escaped[slot] = false
                }
                if position == count {
                    return isFinal ? .record(next: count, lines: lines, fields: field + 1) : .incomplete
                }
                if base[position] == 0x2C {
                    position += 1
                    field += 1
                    continue
                }
            }
            // At a line end.
            if base[position] == 0x0A { return .record(next: position + 1, lines: lines + 1, fields: field + 1) }
            if position + 1 < count {
                let next = base[position + 1] == 0x0A ? position + 2 : position + 1
                return .record(next: next, lines: lines + 1, fields: field + 1)
            }
            return isFinal ? .record(next: position + 1, lines: lines + 1, fields: field + 1) : .incomplete
        }
    }
}
