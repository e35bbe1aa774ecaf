public import Foundation

extension ActivityMeasures {
    /// Reads raw CRM exports into an activity log, with the report of every row that did not become activity.
    ///
    /// Files are read in order; with a ``recordIDColumn``, a record that appears in several (overlapping)
    /// exports counts once: its first row that becomes activity.
    ///
    /// - Parameters:
    ///   - files: The exports.
    ///   - owners: Maps the owner column to rep ids; without it the owner column holds the rep ids.
    ///   - timeZone: The time zone whose calendar days timestamps with offsets fall on (the scoring policy's).
    /// - Returns: The activity and the report.
    /// - Throws: ``InputError`` naming the file, line and column: a column the definition reads that the export
    ///   lacks (listing the columns it has), a date not in the declared format, a quantity that is not a number,
    ///   bytes invalid in the declared encoding, a malformed quote or a row with the wrong number of fields.
    /// - Complexity: O(size of the files); runs on all cores for large files.
    public func activityLog(files: [String], owners: OwnerMap? = nil, timeZone: TimeZone) throws -> (
        log: ActivityLog, report: MeasureReport
    ) {
        var sink = LogMeasureSink(taskIDs: taskIDs)
        let report = try MeasureReader(measures: self, owners: owners, timeZone: timeZone).read(
            files: files, into: &sink)
        return (sink.log, report)
    }

    /// Reads raw CRM exports and writes the activity as CSV `rep_id,task_id,occurred_on,quantity` (the file
    /// `sco score --activities` reads), in pieces, without holding it in memory.
    ///
    /// - Parameters:
    ///   - files: The exports.
    ///   - owners: Maps the owner column to rep ids.
    ///   - timeZone: The time zone for timestamps.
    ///   - body: Receives the CSV bytes in order, header first.
    /// - Returns: The report.
    /// - Throws: ``InputError`` as ``activityLog(files:owners:timeZone:)``, or what `body` throws.
    /// - Complexity: O(size of the files).
    public func writeActivityCSV(
        files: [String], owners: OwnerMap? = nil, timeZone: TimeZone, _ body: (UnsafeRawBufferPointer) throws -> Void
    ) throws -> MeasureReport {
        try withoutActuallyEscaping(body) { body in
            var sink = CSVMeasureSink(taskIDs: taskIDs)
            sink.buffer.append(contentsOf: "rep_id,task_id,occurred_on,quantity\n".utf8)
            var failure: (any Error)?
            sink.flush = { bytes in
                guard failure == nil else { return }
                do { try bytes.withUnsafeBytes(body) } catch { failure = error }
            }
            let report = try MeasureReader(measures: self, owners: owners, timeZone: timeZone).read(
                files: files, into: &sink)
            sink.finish()
            if let failure { throw failure }
            return report
        }
    }
}

extension ScoringEngine {
    /// Reads raw CRM exports through a measure definition and aggregates them, streamed: no activity file is
    /// written and no row is kept.
    ///
    /// - Parameters:
    ///   - files: The exports, read in order (overlapping ones count each record once).
    ///   - measures: The definition.
    ///   - owners: Maps the owner column to rep ids.
    ///   - periods: The periods to cover; by default those spanned by the scored activity.
    /// - Returns: The totals with their diagnostics, and the report of the rows that did not become activity.
    /// - Throws: ``InputError`` as ``ActivityMeasures/activityLog(files:owners:timeZone:)``.
    /// - Complexity: O(size of the files + reps × periods × tasks).
    public func aggregate(
        crmExports files: [String], measures: ActivityMeasures, owners: OwnerMap? = nil, periods: PeriodRange? = nil
    ) throws -> (aggregate: ActivityAggregate, report: MeasureReport) {
        var sink = ScoringMeasureSink(
            parser: ActivityRowParser(
                reps: ByteInterner(seeding: plan.reps.map(\.rawValue)),
                tasks: ByteInterner(seeding: plan.slots.map(\.rawValue)),
                sink: AggregatingSink(plan: plan, range: periods), timeZone: policy.timeZone),
            taskIDs: measures.taskIDs)
        let report = try MeasureReader(measures: measures, owners: owners, timeZone: policy.timeZone).read(
            files: files, into: &sink)
        sink.flush()
        sink.parser.sink.finish()
        return (combine([sink.parser], periods: periods), report)
    }

    /// Reads, aggregates and scores raw CRM exports; see ``aggregate(crmExports:measures:owners:periods:)``.
    ///
    /// - Parameters:
    ///   - files: The exports.
    ///   - measures: The definition.
    ///   - owners: Maps the owner column to rep ids.
    ///   - periods: The periods to score.
    /// - Returns: The scorecards, and the report of the rows that did not become activity.
    /// - Throws: ``InputError`` for the first bad row.
    public func score(
        crmExports files: [String], measures: ActivityMeasures, owners: OwnerMap? = nil, periods: PeriodRange? = nil
    ) throws -> (scorecards: Scorecards, report: MeasureReport) {
        let (aggregate, report) = try aggregate(crmExports: files, measures: measures, owners: owners, periods: periods)
        return (score(aggregate), report)
    }
}

/// Feeds the scoring engine's aggregating sink.
struct ScoringMeasureSink: MeasureSink {
    var parser: ActivityRowParser<AggregatingSink>
    var repMap: [Int32] = []
    let taskMap: [Int32]

    init(parser: ActivityRowParser<AggregatingSink>, taskIDs: [SalesTask.ID]) {
        var parser = parser
        taskMap = taskIDs.map { id in
            var text = id.rawValue
            return text.withUTF8 { parser.tasks.intern(UnsafeRawBufferPointer($0)) }
        }
        self.parser = parser
    }

    mutating func addRep(_ id: String) {
        var text = id
        repMap.append(text.withUTF8 { parser.reps.intern(UnsafeRawBufferPointer($0)) })
    }

    /// Rows not yet handed to the aggregating sink, which adds a run of rows faster than one at a time.
    private var pending: [ActivityRow] = []
    private static let batch = 256

    @inline(__always)
    mutating func add(rep: Int32, task: Int32, day: Int32, quantity: Double) {
        pending.append(ActivityRow(rep: repMap[Int(rep)], task: taskMap[Int(task)], day: day, quantity: quantity))
        if pending.count == ScoringMeasureSink.batch { flush() }
    }

    /// Hands the pending rows to the aggregating sink, in order.
    mutating func flush() {
        pending.withUnsafeBufferPointer { parser.sink.add($0) }
        pending.removeAll(keepingCapacity: true)
    }
}

/// Builds an activity log, numbering reps in order of first activity.
struct LogMeasureSink: MeasureSink {
    let taskIDs: [SalesTask.ID]
    var repNames: [String] = []
    var repMap: [Int32] = []
    var logReps: [Rep.ID] = []
    var taskMap: [Int32]
    var logTasks: [SalesTask.ID] = []
    var columns = ColumnSink()

    init(taskIDs: [SalesTask.ID]) {
        self.taskIDs = taskIDs
        taskMap = [Int32](repeating: -1, count: taskIDs.count)
    }

    mutating func addRep(_ id: String) {
        repNames.append(id)
        repMap.append(-1)
    }

    mutating func add(rep: Int32, task: Int32, day: Int32, quantity: Double) {
        var logRep = repMap[Int(rep)]
        if logRep < 0 {
            logRep = Int32(logReps.count)
            logReps.append(Rep.ID(rawValue: repNames[Int(rep)]))
            repMap[Int(rep)] = logRep
        }
        var logTask = taskMap[Int(task)]
        if logTask < 0 {
            logTask = Int32(logTasks.count)
            logTasks.append(taskIDs[Int(task)])
            taskMap[Int(task)] = logTask
        }
        columns.add(rep: logRep, task: logTask, day: day, quantity: quantity)
    }

    var log: ActivityLog {
        ActivityLog(
            repIDs: logReps, taskIDs: logTasks, reps: columns.reps, tasks: columns.tasks, days: columns.days,
            quantities: columns.quantities)
    }
}

/// Writes activity CSV in 1 MiB pieces.
struct CSVMeasureSink: MeasureSink {
    var repFields: [[UInt8]] = []
    let taskFields: [[UInt8]]
    var buffer: [UInt8] = []
    var flush: ([UInt8]) -> Void = { _ in }
    private var dayBase = 0
    private var dayTexts: [[UInt8]] = []

    init(taskIDs: [SalesTask.ID]) {
        taskFields = taskIDs.map { CSVMeasureSink.field($0.rawValue) }
        buffer.reserveCapacity(1 << 20 + 4096)
    }

    /// A CSV field: quoted when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> [UInt8] {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return Array(text.utf8)
        }
        return Array(("\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"").utf8)
    }

    mutating func addRep(_ id: String) { repFields.append(CSVMeasureSink.field(id)) }

    mutating func add(rep: Int32, task: Int32, day: Int32, quantity: Double) {
        buffer.append(contentsOf: repFields[Int(rep)])
        buffer.append(0x2C)
        buffer.append(contentsOf: taskFields[Int(task)])
        buffer.append(0x2C)
        buffer.append(contentsOf: dayText(Int(day)))
        buffer.append(0x2C)
        if quantity == quantity.rounded(), quantity < 1e15 {
            buffer.append(contentsOf: String(Int64(quantity)).utf8)
        } else {
            buffer.append(contentsOf: "\(quantity)".utf8)
        }
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 {
            flush(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    private mutating func dayText(_ day: Int) -> [UInt8] {
        if dayTexts.isEmpty { dayBase = day }
        if day < dayBase || day >= dayBase + dayTexts.count {
            let low = min(day, dayTexts.isEmpty ? day : dayBase)
            let high = max(day + 1, dayBase + dayTexts.count)
            var grown = [[UInt8]](repeating: [], count: high - low)
            for (index, text) in dayTexts.enumerated() { grown[dayBase - low + index] = text }
            dayBase = low
            dayTexts = grown
        }
        if dayTexts[day - dayBase].isEmpty {
            dayTexts[day - dayBase] = Array(Day(daysSinceEpoch: day).description.utf8)
        }
        return dayTexts[day - dayBase]
    }

    mutating func finish() {
        if !buffer.isEmpty { flush(buffer) }
        buffer.removeAll()
    }
}
