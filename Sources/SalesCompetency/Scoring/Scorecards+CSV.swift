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
        let parts = count >= 1 << 16 ? Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, 8)) : 1
        if parts == 1 {
            var buffer: [UInt8] = []
            buffer.reserveCapacity(1 << 20 + 4096)
            for rep in 0..<reps {
                appendCSVRows(of: rep, labels: labels, to: &buffer)
                if buffer.count >= 1 << 20 {
                    try buffer.withUnsafeBytes(body)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            if !buffer.isEmpty { try buffer.withUnsafeBytes(body) }
            return
        }
        // Pieces of about 4 MB, formatted on every core and written in order while the next ones are formatted.
        let pieces = Swift.min(reps, Swift.max(parts, count / 65_536))
        let scorecards = self
        try ParallelParts<[UInt8]>.stream(count: pieces, workers: parts) { piece in
            var buffer: [UInt8] = []
            let range = (reps * piece / pieces)..<(reps * (piece + 1) / pieces)
            let rows = scorecards.rowStarts[range.upperBound] - scorecards.rowStarts[range.lowerBound]
            buffer.reserveCapacity(rows * 64 + 4096)
            for rep in range { scorecards.appendCSVRows(of: rep, labels: labels, to: &buffer) }
            return buffer
        } consume: { piece in
            try piece.withUnsafeBytes(body)
        }
    }

    /// The escaped bytes of every id and label the CSV rows repeat.
    struct CSVLabels: Sendable {
        let reps: [[UInt8]]
        let competencies: [[[UInt8]]]
        let periods: [[UInt8]]
        /// Red, amber, green.
        let statuses: [[UInt8]]
        let noData: [UInt8]

        init(_ scorecards: Scorecards) {
            reps = scorecards.plan.reps.map { Array(CSVWriter.escape($0.rawValue).utf8) }
            competencies = scorecards.plan.roles.map {
                $0.competencies.map { Array(CSVWriter.escape($0.rawValue).utf8) }
            }
            periods = (scorecards.periods.map(Array.init) ?? []).map { Array($0.description.utf8) }
            statuses = [ScoreStatus.red, .amber, .green].map { Array($0.rawValue.utf8) }
            noData = Array(ScoreStatus.noData.rawValue.utf8)
        }
    }

    /// Appends the CSV rows of rep `rep`: those of the periods it is on the grid for, a no-data row with an empty
    /// score.
    func appendCSVRows(of rep: Int, labels: CSVLabels, to buffer: inout [UInt8]) {
        let roleIndex = Int(plan.repRole[rep])
        guard roleIndex >= 0 else { return }
        let role = plan.roles[roleIndex]
        let count = role.competencies.count
        var row = rowStarts[rep]
        let first = grid.firstPeriod[rep]
        for period in first..<(first + grid.periodCount[rep]) {
            for competency in 0..<count {
                let score = scores[row]
                buffer.append(contentsOf: labels.reps[rep])
                buffer.append(0x2C)
                buffer.append(contentsOf: labels.periods[period])
                buffer.append(0x2C)
                buffer.append(contentsOf: labels.competencies[roleIndex][competency])
                buffer.append(0x2C)
                if score.isNaN {
                    buffer.append(0x2C)
                    buffer.append(contentsOf: labels.noData)
                } else {
                    let micro = StatusBands.micro(score)
                    Scorecards.appendMicro(micro, to: &buffer)
                    buffer.append(0x2C)
                    let status = role.bands.status(micro: micro)
                    buffer.append(contentsOf: labels.statuses[status == .red ? 0 : (status == .amber ? 1 : 2)])
                }
                buffer.append(0x0A)
                row += 1
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

    /// Appends `micro` millionths as a decimal with 6 decimals (`1234567` → `1.234567`).
    @inline(__always)
    static func appendMicro(_ micro: Int64, to buffer: inout [UInt8]) {
        var value = micro.magnitude
        if micro < 0 { buffer.append(0x2D) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            var count = 0
            repeat {
                digits[count] = UInt8(truncatingIfNeeded: value % 10) &+ 48
                value /= 10
                count += 1
                if count == 6 {
                    digits[count] = 0x2E
                    count += 1
                    if value == 0 {
                        digits[count] = 0x30
                        count += 1
                    }
                }
            } while value > 0 || count < 8
            while count > 0 {
                count -= 1
                buffer.append(digits[count])
            }
        }
    }
}
