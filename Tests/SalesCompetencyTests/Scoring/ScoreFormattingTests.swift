import Testing

@testable import SalesCompetency

/// The scorecard CSV writes scores straight into its buffer; `NumberFormatting.fixed(units:decimals:)`, which
/// builds a `String`, is the independent reference.
struct ScoreFormattingTests {
    @Test(arguments: [
        Int64(0), 1, 9, 10, 999_999, 1_000_000, 1_000_001, 9_999_999, 10_000_000, 12_345_678, 123_456_789_012,
        -1, -999_999, -1_000_000, -1_234_567, Int64.max, Int64.min, Int64.min + 1,
    ])
    func writesMillionthsWithSixDecimals(micro: Int64) {
        let written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            let count = Scorecards.writeMicro(micro, to: buffer.baseAddress!)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self)
        }
        #expect(written == NumberFormatting.fixed(units: micro, decimals: 6))
        #expect(written.utf8.count <= 21)
    }
}
