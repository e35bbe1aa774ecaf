import Foundation

#if canImport(SalesCompetency)
    import SalesCompetency
#endif

/// Reads arbitrary bytes as an investment JSON document; whatever reads must encode, read again and compare
/// equal. The ROI calculator must then either compute a report or throw, never trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInvestmentJSON(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let first = try? Investment(jsonData: data, name: "fuzz.json") else { return 0 }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let encoded = try! encoder.encode(first)
    let second: Investment
    do {
        second = try Investment(jsonData: encoded, name: "encoded.json")
    } catch {
        preconditionFailure("an investment that read does not read back after encoding: \(error)")
    }
    precondition(second == first, "investment JSON round trip changed the investment")
    _ = try? ROICalculator().report(for: first)
    return 0
}
