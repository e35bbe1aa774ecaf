import Foundation
import Testing

@testable import SalesCompetency

/// The plain-line path of the CRM export scanner against the field-at-a-time path, on lines of every shape.
struct MeasureScannerTests {
    /// Both paths on `text` from 0, reading the columns `needed` (sorted); the plain path's result is `nil`
    /// when it declines the line.
    static func scan(_ text: String, needed: [Int]) -> (plain: String?, general: String) {
        let bytes = Array(text.utf8)
        let lastColumn = needed.last!
        var slotOfColumn = [Int32](repeating: -1, count: lastColumn + 1)
        for (slot, column) in needed.enumerated() { slotOfColumn[column] = Int32(slot) }
        func describe(_ result: MeasureScanner.Result, _ bounds: [Int], _ escaped: [Bool]) -> String {
            guard case .record(let next, let lines, let fields) = result else { return "\(result)" }
            let values = needed.indices.map { slot in
                String(decoding: bytes[bounds[2 * slot]..<bounds[2 * slot + 1]], as: UTF8.self)
                    + (escaped[slot] ? "*" : "")
            }
            return "next \(next) lines \(lines) fields \(fields): \(values)"
        }
        return bytes.withUnsafeBufferPointer { base in
            slotOfColumn.withUnsafeBufferPointer { slots in
                var bounds = [Int](repeating: 0, count: 2 * needed.count)
                var escaped = [Bool](repeating: true, count: needed.count)
                let plain = MeasureScanner.plainRecord(
                    base.baseAddress!, from: 0, count: bytes.count, slotOfColumn: slots.baseAddress!,
                    lastColumn: lastColumn, bounds: &bounds, escaped: &escaped
                ).map { describe($0, bounds, escaped) }
                bounds = [Int](repeating: 0, count: 2 * needed.count)
                escaped = [Bool](repeating: true, count: needed.count)
                let general = MeasureScanner.generalRecord(
                    base.baseAddress!, from: 0, count: bytes.count, isFinal: true, slotOfColumn: slots.baseAddress!,
                    lastColumn: lastColumn, bounds: &bounds, escaped: &escaped)
                return (plain, describe(general, bounds, escaped))
            }
        }
    }

    static let lines = [
        "00T4W000001,003x,001y,Call Acme Corp,2025-01-02,Completed,Normal,false,005a,,,false\n",
        "a,b,c,d,e,f,g,h,i,j,k,l\r\n",
        ",,,,,,,,,,,\n",
        "a,b,c\n",  // fewer fields than read
        "only-one-field-that-is-longer-than-a-word\n",
        "a,bb,ccc,dddd,eeeee,ffffff,ggggggg,hhhhhhhh,iiiiiiiii,jjjjjjjjjj,kkkkkkkkkkk,llllllllllll,m,n\n",
        " spaced , fields ,x,y,z,1,2,3,4,5,6,7,8\n",
        "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u\n",  // more fields than the last read
        "a,\"quoted, field\",c,d,e,f,g,h,i,j,k,l\n",  // declined: a quote
        "a,b\rc,d,e,f,g,h,i,j,k,l\n",  // declined: a lone CR
        "a,b,c,d,e,f,g,h,i,j,k,l",  // declined: no line feed
        "\n",  // declined: blank
        "\r\n",  // declined: blank
        "\"\",b,c,d,e,f,g,h,i,j,k,l\n",  // declined: a quote first
        "ümlaut,ßtraße,c,d,e,f,g,h,i,j,k,l\n",
    ]

    @Test(arguments: [[0, 3, 4, 5, 8, 11], [1], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [11], [2, 7]])
    func plainLinesScanAsTheGeneralPathScansThem(needed: [Int]) {
        var plainLines = 0
        for line in MeasureScannerTests.lines {
            for padding in ["", "next,line\n"] {
                let (plain, general) = MeasureScannerTests.scan(line + padding, needed: needed)
                if let plain {
                    #expect(plain == general, "\(line.debugDescription) reading \(needed)")
                    plainLines += 1
                }
            }
        }
        // The 9 plain lines, twice, and the line without a line feed once it has the next line after it.
        #expect(plainLines == 19)
    }
}
