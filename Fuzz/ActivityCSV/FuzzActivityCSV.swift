import Foundation

#if canImport(SalesCompetency)
    @testable import SalesCompetency
#endif

let fuzzFile = NSTemporaryDirectory() + "fuzz-activity-\(ProcessInfo.processInfo.processIdentifier).csv"
let utc = TimeZone(identifier: "UTC")!
/// An engine whose roster and rules name the ids of the seed corpus, so that the aggregating sink sees known,
/// unknown and unscored reps and tasks.
let fuzzEngine: ScoringEngine = {
    let roster = try! Roster(csvText: "rep_id,role\nr1,consultant\nr2,consultant\nrep-000001,analyst\nr3,manager\n")
    let policy = try! ScoringPolicy(
        rulesCSVText: """
            task_id,competency_id,role,monthly_target,weight
            emails_sent,communicating-effectively,consultant,10,1
            calls,building-relationships,consultant,4,1
            t,communicating-effectively,analyst,2,1
            prospecting_emails_sent,communicating-effectively,analyst,3,2
            """, timeZone: utc)
    return ScoringEngine(policy: policy, roster: roster)
}()

/// Reads arbitrary bytes as an activity CSV through the general RFC 4180 reader (text) and through the file fast
/// path (one and three chunks), into an activity log and into an aggregate. All must agree: the same
/// activities and totals, or errors with the same code and line. The bytes are read as given and again followed
/// by blank lines, so that every line is far enough from the end of the file for the word-at-a-time row path
/// (which needs ``ActivityRowParser/fastRowReach`` bytes after a line's start) to take it. Activities that read
/// are written back as CSV, read again and must compare equal.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzActivityCSV(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    check(bytes)
    check(bytes + Array(repeating: 0x0A, count: 96))
    return 0
}

func check(_ bytes: [UInt8]) {
    // The general path reads text; bytes that are not UTF-8 only go through the file paths.
    let text = String(validating: bytes, as: UTF8.self)
    let general: Result<ActivityLog, any Error>? = text.map { text in
        Result { try ActivityLog(csvText: text, name: "fuzz.csv", timeZone: utc) }
    }
    FileManager.default.createFile(atPath: fuzzFile, contents: Data(bytes))
    let one = Result { try ActivityLog(csvFile: fuzzFile, timeZone: utc, chunkCount: 1) }
    let three = Result { try ActivityLog(csvFile: fuzzFile, timeZone: utc, chunkCount: 3) }
    agree(one, three, "1-chunk file", "3-chunk file")
    if let general { agree(general, one, "general", "1-chunk file") }

    let oneAggregate = Result {
        try fuzzEngine.aggregate(activitiesCSVFile: fuzzFile, periods: nil, chunkCount: 1)
    }
    let threeAggregates = Result {
        try fuzzEngine.aggregate(activitiesCSVFile: fuzzFile, periods: nil, chunkCount: 3)
    }
    // Chunks add their rows in a different grouping, so fractional quantities may round differently.
    agree(oneAggregate.map(Rounded.init), threeAggregates.map(Rounded.init), "1-chunk aggregate", "3-chunk aggregate")
    if let text {
        let generalAggregate = Result { try fuzzEngine.aggregate(activitiesCSVText: text, name: "fuzz.csv") }
        agree(generalAggregate, oneAggregate, "general aggregate", "1-chunk aggregate")
    }
    if case .success(let log) = one, case .success(let aggregate) = oneAggregate, let periods = aggregate.periods {
        // (Without periods, a log's aggregate spans every row's day; a file's only the scored rows'.)
        precondition(
            fuzzEngine.aggregate(log, periods: periods) == aggregate, "the file aggregate differs from the log's")
        // With the range: small stages that fill, added to totals the sinks share (one chunk: the file's order).
        let shared = Result {
            try fuzzEngine.aggregate(activitiesCSVFile: fuzzFile, periods: periods, chunkCount: 1, stageRows: 4)
        }
        agree(shared, oneAggregate, "staged, shared aggregate", "1-chunk aggregate")
    }

    guard case .success(let log) = one else { return }
    var writer = CSVWriter(header: ["rep_id", "task_id", "occurred_on", "quantity"], guardsFormulas: false)
    for activity in log {
        writer.append([activity.repID.rawValue, activity.taskID.rawValue, "\(activity.day)", "\(activity.quantity)"])
    }
    let again: ActivityLog
    do {
        again = try ActivityLog(csvText: writer.text, name: "written.csv", timeZone: utc)
    } catch {
        preconditionFailure("activities that read do not read back after writing: \(error)\n\(writer.text)")
    }
    precondition(again == log, "activity CSV round trip changed the activities")
}

/// An aggregate compared with the totals allowed to differ in rounding.
struct Rounded: Equatable {
    let aggregate: ActivityAggregate

    static func == (lhs: Rounded, rhs: Rounded) -> Bool {
        let (x, y) = (lhs.aggregate, rhs.aggregate)
        return x.reps == y.reps && x.tasks == y.tasks && x.periods == y.periods && x.diagnostics == y.diagnostics
            && x.totals.count == y.totals.count
            && zip(x.totals, y.totals).allSatisfy { a, b in
                a == b || (a > 1e300 && b > 1e300) || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
            }
    }
}

/// Both readers read the same value, or both fail with the same code on the same line.
func agree<Value: Equatable>(
    _ first: Result<Value, any Error>, _ second: Result<Value, any Error>, _ a: String, _ b: String
) {
    switch (first, second) {
    case (.success(let x), .success(let y)):
        precondition(x == y, "the \(a) and the \(b) reader read different values")
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
