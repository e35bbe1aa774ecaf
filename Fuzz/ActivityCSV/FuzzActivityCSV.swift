import Foundation

#if canImport(SalesCompetency)
    @testable import SalesCompetency
#endif

let fuzzFile = NSTemporaryDirectory() + "fuzz-activity-\(ProcessInfo.processInfo.processIdentifier).csv"
let utc = TimeZone(identifier: "UTC")!

/// Reads arbitrary bytes as an activity CSV three ways: the general RFC 4180 path over the bytes, and the file
/// fast path in one and in three chunks. The three must agree: the same activities, or errors with the same
/// code and line. Activities that read are written back as CSV, read again and must compare equal.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzActivityCSV(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    // The general path reads text; bytes that are not UTF-8 only go through the file paths.
    let general: Result<ActivityLog, any Error>? = String(validating: bytes, as: UTF8.self).map { text in
        Result { try ActivityLog(csvText: text, name: "fuzz.csv", timeZone: utc) }
    }
    FileManager.default.createFile(atPath: fuzzFile, contents: Data(bytes))
    let one = Result { try ActivityLog(csvFile: fuzzFile, timeZone: utc, chunkCount: 1) }
    let three = Result { try ActivityLog(csvFile: fuzzFile, timeZone: utc, chunkCount: 3) }
    agree(one, three, "1-chunk file", "3-chunk file")
    if let general { agree(general, one, "general", "1-chunk file") }
    guard case .success(let log) = one else { return 0 }
    var writer = CSVWriter(header: ["rep_id", "task_id", "occurred_on", "quantity"], guardsFormulas: false)
    for activity in log {
        writer.append([activity.rep.rawValue, activity.task.rawValue, "\(activity.day)", "\(activity.quantity)"])
    }
    let again: ActivityLog
    do {
        again = try ActivityLog(csvText: writer.text, name: "written.csv", timeZone: utc)
    } catch {
        preconditionFailure("activities that read do not read back after writing: \(error)\n\(writer.text)")
    }
    precondition(again == log, "activity CSV round trip changed the activities")
    return 0
}

/// Both readers read the same activities, or both fail with the same code on the same line.
func agree(
    _ first: Result<ActivityLog, any Error>, _ second: Result<ActivityLog, any Error>, _ a: String, _ b: String
) {
    switch (first, second) {
    case (.success(let x), .success(let y)):
        precondition(x == y, "the \(a) and the \(b) reader read different activities")
    case (.failure(let x), .failure(let y)):
        let x = x as! InputError
        let y = y as! InputError
        precondition(x.code == y.code && x.line == y.line, "the readers disagree: \(a) \(x), \(b) \(y)")
    case (.success, .failure(let error)):
        preconditionFailure("only the \(b) reader failed: \(error)")
    case (.failure(let error), .success):
        preconditionFailure("only the \(a) reader failed: \(error)")
    }
}
