import Foundation

#if canImport(SalesCompetency)
    import SalesCompetency
#endif

/// Parses arbitrary bytes as CSV; whatever parses must write back and read again to the same fields.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard let first = try? readAll(CSVReader(bytes: bytes)), !first.isEmpty else { return 0 }
    var writer = CSVWriter(header: first[0], guardsFormulas: false)
    for record in first.dropFirst() { writer.append(record) }
    let second = try! readAll(CSVReader(string: writer.text))
    precondition(second == first, "CSV round trip changed the records")
    return 0
}

func readAll(_ reader: CSVReader) throws -> [[String]] {
    var records: [[String]] = []
    try reader.forEachRecord { records.append($0.strings) }
    return records
}
