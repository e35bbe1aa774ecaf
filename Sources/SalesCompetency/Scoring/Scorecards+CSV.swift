import Foundation

extension Scorecards {
    /// The CSV header `rep_id,period,competency_id,score,status`.
    public static let csvHeader = "rep_id,period,competency_id,score,status"

    /// Writes the scorecards as CSV `rep_id,period,competency_id,score,status` (score with 6 decimals, empty for
    /// a `no-data` row) in pieces
    /// handed to `body` in order; builds bytes directly, with each id escaped once. Large grids are formatted on
    /// all cores, one contiguous range of reps per core.
    ///
    /// - Parameter body: Receives each piece; valid only during the call.
    /// - Throws: Whatever `body` throws.
    /// - Complexity: O(rows).
    public func writeCSV(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        let labels = CSVLabels(self)
        try Array((Scorecards.csvHeader + "\n").utf8).withUnsafeBytes(body)
        let reps = plan.reps.count
        let parts = Scorecards.parts(forRows: count)
        // Pieces of about 4 MB (64 Ki rows): with more than one core, formatted on every core and written in order
        // while the next ones are formatted.
        let pieces = Swift.max(1, Swift.min(reps, Swift.max(parts, count / 65_536)))
        let scorecards = self
        let piece = { @Sendable (piece: Int) -> [UInt8] in
            scorecards.csvRows(of: (reps * piece / pieces)..<(reps * (piece + 1) / pieces), labels: labels)
        }
        if parts == 1 {
            for index in 0..<pieces { try piece(index).withUnsafeBytes(body) }
            return
        }
        try ParallelParts<[UInt8]>.stream(count: pieces, workers: parts, piece) { try $0.withUnsafeBytes(body) }
    }

    /// The escaped bytes of every id and label the CSV rows repeat, in one array: a row is copied from a few
    /// places in it, with no reference counting per row.
    struct CSVLabels: Sendable {
        /// Every label's bytes, one after another.
        let bytes: [UInt8]
        /// Where each label starts in `bytes`, and one past the last label's end: reps, then periods, then every
        /// role's competencies in order, then red, amber, green and no-data.
        let starts: [Int]
        let firstPeriod: Int
        /// Per role, the label index of its first competency.
        let firstCompetency: [Int]
        let firstStatus: Int
        /// The longest row, status and newline included.
        let longestRow: Int

        init(_ scorecards: Scorecards) {
            var bytes: [UInt8] = []
            var starts: [Int] = []
            func add(_ label: String) {
                starts.append(bytes.count)
                bytes.append(contentsOf: label.utf8)
            }
            for rep in scorecards.plan.reps { add(CSVWriter.escape(rep.rawValue)) }
            firstPeriod = starts.count
            for period in scorecards.periods.map(Array.init) ?? [] { add(period.description) }
            var firstCompetency: [Int] = []
            for role in scorecards.plan.roles {
                firstCompetency.append(starts.count)
                for competency in role.competencies { add(CSVWriter.escape(competency.rawValue)) }
            }
            self.firstCompetency = firstCompetency
            firstStatus = starts.count
            for status in [ScoreStatus.red, .amber, .green, .noData] { add(status.rawValue) }
            starts.append(bytes.count)
            func longest(_ labels: Range<Int>) -> Int { labels.map { starts[$0 + 1] - starts[$0] }.max() ?? 0 }
            // Three commas, the score (a sign, 19 digits and the point) and the newline.
            longestRow =
                longest(0..<firstPeriod) + longest(firstPeriod..<(firstCompetency.first ?? firstStatus))
                + longest((firstCompetency.first ?? firstStatus)..<firstStatus)
                + longest(firstStatus..<(starts.count - 1)) + 3 + 21 + 1
            self.bytes = bytes
            self.starts = starts
        }
    }

    /// The CSV rows of the reps in `range`: for each, those of the periods it is on the grid for, a no-data row
    /// with an empty score.
    func csvRows(of range: Range<Int>, labels: CSVLabels) -> [UInt8] {
        let rows = rowStarts[range.upperBound] - rowStarts[range.lowerBound]
        return [UInt8](uninitializedCapacity: rows * labels.longestRow) { buffer, initialized in
            labels.bytes.withUnsafeBufferPointer { bytes in
                labels.starts.withUnsafeBufferPointer { starts in
                    scores.withUnsafeBufferPointer { scores in
                        var out = buffer.baseAddress!
                        @inline(__always) func copy(_ label: Int) {
                            let start = starts[label]
                            let count = starts[label + 1] - start
                            out.update(from: bytes.baseAddress! + start, count: count)
                            out += count
                        }
                        @inline(__always) func byte(_ value: UInt8) {
                            out.pointee = value
                            out += 1
                        }
                        for rep in range {
                            let roleIndex = Int(plan.repRole[rep])
                            guard roleIndex >= 0 else { continue }
                            let role = plan.roles[roleIndex]
                            let competencies = labels.firstCompetency[roleIndex]
                            let count = role.competencies.count
                            var row = rowStarts[rep]
                            let first = grid.firstPeriod[rep]
                            for period in first..<(first + grid.periodCount[rep]) {
                                for competency in 0..<count {
                                    let score = scores[row]
                                    copy(rep)
                                    byte(0x2C)
                                    copy(labels.firstPeriod + period)
                                    byte(0x2C)
                                    copy(competencies + competency)
                                    byte(0x2C)
                                    if score.isNaN {
                                        byte(0x2C)
                                        copy(labels.firstStatus + 3)
                                    } else {
                                        let micro = StatusBands.micro(score)
                                        out += Scorecards.writeMicro(micro, to: out)
                                        byte(0x2C)
                                        let status = role.bands.status(micro: micro)
                                        copy(labels.firstStatus + (status == .red ? 0 : (status == .amber ? 1 : 2)))
                                    }
                                    byte(0x0A)
                                    row += 1
                                }
                            }
                        }
                        initialized = out - buffer.baseAddress!
                    }
                }
            }
        }
    }

    /// The scorecards as CSV text; see ``writeCSV(_:)``.
    ///
    /// - Complexity: O(rows).
    public var csvText: String {
        var bytes: [UInt8] = []
        writeCSV { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes `micro` millionths as a decimal with 6 decimals (`1234567` → `1.234567`) at `out`; returns the
    /// number of bytes written (at most 21).
    @inline(__always)
    static func writeMicro(_ micro: Int64, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var start = out
        if micro < 0 {
            start.pointee = 0x2D
            start += 1
        }
        var value = micro.magnitude
        var digits = 7  // at least one before the point
        var rest = value / 10_000_000
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let end = start + digits + 1
        var position = end
        for _ in 0..<6 {
            position -= 1
            position.pointee = UInt8(truncatingIfNeeded: value % 10) &+ 48
            value /= 10
        }
        position -= 1
        position.pointee = 0x2E
        repeat {
            position -= 1
            position.pointee = UInt8(truncatingIfNeeded: value % 10) &+ 48
            value /= 10
        } while position > start
        return end - out
    }
}
