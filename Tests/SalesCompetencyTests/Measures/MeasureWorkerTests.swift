import Foundation
import Testing

@testable import SalesCompetency

struct MeasureWorkerTests {
    /// The record-id key is the id read as a number in base 64 (digits 1...62) for ids of up to 20 letters and
    /// digits, computed here one character at a time over 128 bits; any other id gets a hash with the top bit set.
    @Test func recordIDKeysAreTheIDsInBase64() {
        func reference(_ id: String) -> (UInt64, UInt64)? {
            var high: UInt64 = 0
            var low: UInt64 = 0
            guard id.utf8.count <= 20 else { return nil }
            for byte in id.utf8 {
                let digit: UInt64
                switch byte {
                case 0x30...0x39: digit = UInt64(byte - 0x30) + 1
                case 0x41...0x5A: digit = UInt64(byte - 0x41) + 11
                case 0x61...0x7A: digit = UInt64(byte - 0x61) + 37
                default: return nil
                }
                high = high << 6 | low >> 58
                low = low << 6 | digit
            }
            return (high, low)
        }
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        var ids = ["00T4W0000000000QAE", "00T4W0000000001QAE", "001", "z", "zzzzzzzzzzzzzzzzzzzz", "0", "9999999999"]
        for length in 1...21 {
            ids.append(String((0..<length).map { alphabet[($0 * 7 + length) % alphabet.count] }))
        }
        ids += ["00T-4W", "a b", "ÄÖÜ", "0000000000000000000000000"]
        var keys: [String: String] = [:]
        for id in ids {
            var copy = id
            let key = copy.withUTF8 { MeasureWorker.fingerprint(UnsafeRawBufferPointer($0)) }
            if let expected = reference(id) {
                #expect(key == expected, "\(id)")
            } else {
                #expect(key.0 >> 63 == 1, "\(id)")
            }
            keys["\(key)", default: id] = id
        }
        #expect(keys.count == Set(ids).count)
    }
}

extension MeasureWorkerTests {
    /// What a part read gives, in a form that compares (where it stopped only without an error: the reader stops
    /// at the error).
    static func summary(_ output: PartOutput) -> String {
        let rows = output.rows.map { "\($0.line) \($0.rep) \($0.task) \($0.day) \($0.quantity) \($0.high) \($0.low)" }
        let stop = output.error.map { "error \($0)" } ?? "\(output.stoppedAt)"
        return "\(output.start)-\(stop) lines \(output.lines) read \(output.rowsRead) skipped \(output.skipped) "
            + "rows \(rows)"
    }

    /// Files whose sizes straddle page boundaries (with and without a final line break), parts that start at
    /// every offset near a page boundary and near the end of the file and past it: reading in place (mappings
    /// wide, and narrow enough that records run past them) gives what `pread` gives, and a part that starts at or
    /// past the end is empty at the end. The in-place reader once searched for a line start from a part past the
    /// end with a negative length, reading past its mapping.
    @Test func partsNearPageBoundariesAndPastTheEndReadAsWithPread() throws {
        let header = "Id,OwnerId,Subject,ActivityDate,CreatedDate,TaskSubtype,Type,IsDeleted,Description\n"
        for size in [4095, 4096, 4097, 8191, 8192, 8193, 12_291] {
            for finalBreak in [true, false] {
                var text = header
                var index = 0
                while text.utf8.count < size - 200 {
                    let description = index % 3 == 0 ? "\"line one\nline \"\"two\"\",\nthree\"" : "plain"
                    text +=
                        "\(index % 150),rep-\(index % 7),Call \(index % 5),2025-0\(1 + index % 9)-1\(index % 10),,Task,,"
                        + "\(index % 11 == 0 ? "true" : "false"),\(description)\n"
                    index += 1
                }
                // The last row's Description pads the file to exactly `size` bytes.
                let last = "\(index),rep-1,Call 1,2025-03-04,,Task,,false,"
                let padding = size - text.utf8.count - last.utf8.count - (finalBreak ? 1 : 0)
                text += last + String(repeating: "x", count: padding) + (finalBreak ? "\n" : "")
                #expect(text.utf8.count == size)
                let path = try MeasuresFixture.file(text)
                let (descriptor, fileSize) = try MeasureReader.open(path)
                defer { close(descriptor) }
                let reader = MeasureReader(
                    measures: .salesforceTaskExport, owners: nil, timeZone: .gmt, workerCount: 1, partBytes: 64)
                let (csvHeader, bodyStart, _) = try reader.readHeader(descriptor, size: fileSize, file: path)
                let plan = try MeasurePlan(
                    measures: .salesforceTaskExport, header: csvHeader, owners: nil, timeZone: .gmt)
                var starts = Array(bodyStart..<bodyStart + 9) + Array(size - 80...size + 12)
                for boundary in stride(from: 4096, to: size, by: 4096) { starts += Array(boundary - 9...boundary + 9) }
                for start in starts {
                    let nominalEnd = min(fileSize, start + 50)
                    func read(_ slack: Int?) -> String {
                        var worker = MeasureWorker(plan: plan)
                        worker.mapSlack = slack
                        return MeasureWorkerTests.summary(
                            worker.process(
                                descriptor: descriptor, size: fileSize, start: start, nominalEnd: nominalEnd,
                                findStart: start > bodyStart))
                    }
                    let expected = read(nil)
                    if start >= size { #expect(expected.hasPrefix("\(size)-\(size) lines 0 read 0 "), "\(start)") }
                    for slack in [1, 7, 64 << 10] {
                        #expect(read(slack) == expected, "size \(size), start \(start), slack \(slack)")
                    }
                }
            }
        }
    }

    /// A worker may read a later part before an earlier one (two threads claim parts 0 and 1, and the one with
    /// part 1 takes the worker first); the parts are taken in in file order all the same, and every owner number
    /// must still name its owner. Each part carries its worker's owner names as of the part's end.
    @Test func aWorkerThatReadsALaterPartFirstStillNamesEveryOwner() throws {
        let header = "Id,OwnerId,Subject,ActivityDate,CreatedDate,TaskSubtype,Type,IsDeleted,Description\n"
        func row(_ id: Int, _ owner: String) -> String { "\(id),\(owner),Call 1,2025-01-1\(id % 10),,Task,,false,x\n" }
        let first = row(1, "rep-a") + row(2, "rep-b") + row(3, "rep-a")
        let second = row(4, "rep-c") + row(5, "rep-a") + row(6, "rep-d") + row(7, "rep-b")
        let path = try MeasuresFixture.file(header + first + second)
        let measures = ActivityMeasures.salesforceTaskExport
        let (descriptor, size) = try MeasureReader.open(path)
        defer { close(descriptor) }
        let reader = MeasureReader(measures: measures, owners: nil, timeZone: .gmt, workerCount: 1)
        let (csvHeader, bodyStart, bodyLine) = try reader.readHeader(descriptor, size: size, file: path)
        var worker = MeasureWorker(
            plan: try MeasurePlan(measures: measures, header: csvHeader, owners: nil, timeZone: .gmt))
        let boundary = bodyStart + first.utf8.count
        // Part 1 first: the worker numbers rep-c, rep-a, rep-d, rep-b; then part 0 meets no new owner.
        let later = worker.process(
            descriptor: descriptor, size: size, start: boundary, nominalEnd: size, findStart: false)
        let earlier = worker.process(
            descriptor: descriptor, size: size, start: bodyStart, nominalEnd: boundary, findStart: false)
        #expect(later.rows.count == 4 && earlier.rows.count == 3)
        #expect(earlier.ownerNames == ["rep-c", "rep-a", "rep-d", "rep-b"])
        var state = ReadState(measures: measures)
        var sink = LogMeasureSink(taskIDs: measures.taskIDs)
        var localToGlobal: [Int32] = []
        var line = bodyLine
        for output in [earlier, later] {
            state.apply(
                output, file: path, fileBytes: size - bodyStart, firstLine: line, mapsOwners: false,
                localToGlobal: &localToGlobal, sink: &sink)
            line += output.lines
        }
        var whole = LogMeasureSink(taskIDs: measures.taskIDs)
        _ = try reader.read(files: [path], into: &whole)
        #expect(MeasuresFixture.lines(sink.log) == MeasuresFixture.lines(whole.log))
        #expect(
            MeasuresFixture.lines(sink.log).map { $0.split(separator: " ")[0] } == [
                "rep-a", "rep-b", "rep-a", "rep-c", "rep-a", "rep-d", "rep-b",
            ])
    }
}
