extension Scorecards {
    /// The CSV header `rep_id,period,competency_id,score,status`.
    public static let csvHeader = "rep_id,period,competency_id,score,status"

    /// Writes the scorecards as CSV `rep_id,period,competency_id,score,status` (score with 6 decimals) in pieces
    /// of about 1 MiB, each handed to `body`; builds bytes directly, with each id escaped once.
    ///
    /// - Parameter body: Receives each piece; valid only during the call.
    /// - Throws: Whatever `body` throws.
    /// - Complexity: O(rows).
    public func writeCSV(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        let repBytes = plan.reps.map { Array(CSVWriter.escape($0.rawValue).utf8) }
        let competencyBytes = plan.roles.map { $0.competencies.map { Array(CSVWriter.escape($0.rawValue).utf8) } }
        let periodBytes = (periods.map(Array.init) ?? []).map { Array($0.description.utf8) }
        let statusBytes = ScoreStatus.allCases.map { Array($0.rawValue.utf8) }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20 + 4096)
        buffer.append(contentsOf: Scorecards.csvHeader.utf8)
        buffer.append(0x0A)
        var digits = [UInt8](repeating: 0, count: 24)
        for rep in plan.reps.indices {
            let roleIndex = Int(plan.repRole[rep])
            guard roleIndex >= 0 else { continue }
            let role = plan.roles[roleIndex]
            let count = role.competencies.count
            var row = rowStarts[rep]
            for period in periodBytes.indices {
                for competency in 0..<count {
                    let micro = StatusBands.micro(scores[row])
                    buffer.append(contentsOf: repBytes[rep])
                    buffer.append(0x2C)
                    buffer.append(contentsOf: periodBytes[period])
                    buffer.append(0x2C)
                    buffer.append(contentsOf: competencyBytes[roleIndex][competency])
                    buffer.append(0x2C)
                    Scorecards.appendMicro(micro, to: &buffer, digits: &digits)
                    buffer.append(0x2C)
                    let status = role.bands.status(micro: micro)
                    buffer.append(contentsOf: statusBytes[status == .red ? 0 : (status == .amber ? 1 : 2)])
                    buffer.append(0x0A)
                    row += 1
                }
                if buffer.count >= 1 << 20 {
                    try buffer.withUnsafeBytes(body)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
        }
        if !buffer.isEmpty { try buffer.withUnsafeBytes(body) }
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
    static func appendMicro(_ micro: Int64, to buffer: inout [UInt8], digits: inout [UInt8]) {
        var value = micro.magnitude
        if micro < 0 { buffer.append(0x2D) }
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
