public import Foundation

extension ActivityLog {
    /// Reads an activity CSV file `rep_id,task_id,occurred_on,quantity` into memory, parsed on all cores.
    ///
    /// Dates are `YYYY-MM-DD`, or ISO 8601 timestamps that fall on days in `timeZone`. Quantities are finite
    /// numbers ≥ 0.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - timeZone: The time zone for timestamps (the scoring policy's).
    /// - Throws: ``InputError`` naming the file, line and column of the first bad row; nothing is kept.
    /// - Complexity: O(file size).
    public init(csvFile path: String, timeZone: TimeZone) throws {
        try self.init(csvFile: path, timeZone: timeZone, chunkCount: nil)
    }

    init(csvFile path: String, timeZone: TimeZone, chunkCount: Int?) throws {
        let parsers = try ActivityImporter.read(
            file: path, timeZone: timeZone, reps: ByteInterner(), tasks: ByteInterner(), chunkCount: chunkCount
        ) { ColumnSink() }
        self.init(parsers: parsers)
    }

    /// Reads activity CSV text; see ``init(csvFile:timeZone:)``.
    ///
    /// - Throws: ``InputError`` naming `name`, the line and the column of the first bad row.
    public init(csvText text: String, name: String = "<activities>", timeZone: TimeZone) throws {
        var parser = ActivityRowParser(
            reps: ByteInterner(), tasks: ByteInterner(), sink: ColumnSink(), timeZone: timeZone)
        try ActivityImporter.readGeneral(CSVReader(string: text, name: name), into: &parser)
        self.init(parsers: [parser])
    }

    /// Joins the chunks' columns, renumbering each chunk's ids into the first chunk's.
    private init(parsers: [ActivityRowParser<ColumnSink>]) {
        var reps = parsers[0].reps
        var tasks = parsers[0].tasks
        var columns = parsers[0].sink
        for parser in parsers.dropFirst() {
            let repMap = (0..<parser.reps.count).map { index in
                var text = parser.reps.string(at: index)
                return text.withUTF8 { reps.intern(UnsafeRawBufferPointer($0)) }
            }
            let taskMap = (0..<parser.tasks.count).map { index in
                var text = parser.tasks.string(at: index)
                return text.withUTF8 { tasks.intern(UnsafeRawBufferPointer($0)) }
            }
            columns.reps.append(contentsOf: parser.sink.reps.lazy.map { repMap[Int($0)] })
            columns.tasks.append(contentsOf: parser.sink.tasks.lazy.map { taskMap[Int($0)] })
            columns.days.append(contentsOf: parser.sink.days)
            columns.quantities.append(contentsOf: parser.sink.quantities)
        }
        self.init(
            repIDs: reps.strings.map(Rep.ID.init(rawValue:)), taskIDs: tasks.strings.map(SalesTask.ID.init(rawValue:)),
            reps: columns.reps, tasks: columns.tasks, days: columns.days, quantities: columns.quantities)
    }
}

/// Keeps imported rows as columns.
struct ColumnSink: ActivitySink {
    var reps: [Int32] = []
    var tasks: [Int32] = []
    var days: [Int32] = []
    var quantities: [Double] = []

    mutating func add(rep: Int32, task: Int32, day: Int32, quantity: Double) {
        reps.append(rep)
        tasks.append(task)
        days.append(day)
        quantities.append(quantity)
    }

    mutating func finish() {}

}

extension ActivityLog {
    /// Activity dates the importer accepts, 1900-01-01 through 2199-12-31 in days since 1970: a date beyond
    /// them (a `9999-12-31` "never" sentinel from a CRM) is an input error, not a reason to score centuries.
    static let supportedDays: ClosedRange<Int32> = -25_567...84_005
}
