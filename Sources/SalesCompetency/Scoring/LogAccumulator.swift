/// The kernel that adds activity-log rows into an aggregate's totals: ids already mapped to roster and slot
/// indices, days mapped to period offsets through a table.
struct LogAccumulator: Sendable {
    struct Counters: Sendable {
        var unknownReps: [Int]
        var unknownTasks: [Int]
        var rowsWithoutRule = 0
        var rowsOutside = 0
        var rowsScored = 0
    }

    let reps: Int
    let slots: Int
    /// Log rep index → roster index or -1.
    let repMap: [Int32]
    /// Log task index → slot or -1.
    let taskMap: [Int32]
    let repRole: [Int32]
    let scored: [Bool]
    let countsRows: [Bool]
    /// Day `dayBase + i` → period offset, or -1 outside the range.
    let dayTable: [Int32]
    let dayBase: Int

    /// A plan's reps and slots by id: built once by a caller that accumulates many logs under one plan.
    struct Index: Sendable {
        let reps: [Rep.ID: Int32]
        let slots: [SalesTask.ID: Int32]

        init(_ plan: ScoringPlan) {
            reps = Dictionary(uniqueKeysWithValues: plan.reps.enumerated().map { ($1, Int32($0)) })
            slots = Dictionary(uniqueKeysWithValues: plan.slots.enumerated().map { ($1, Int32($0)) })
        }
    }

    init(plan: ScoringPlan, log: ActivityLog, range: PeriodRange?, dayRange: ClosedRange<Int>?, index: Index? = nil) {
        reps = plan.reps.count
        slots = plan.slots.count
        let index = index ?? Index(plan)
        repMap = log.repIDs.map { index.reps[$0] ?? -1 }
        taskMap = log.taskIDs.map { index.slots[$0] ?? -1 }
        repRole = plan.repRole
        scored = plan.scored
        countsRows = plan.slotCountsRows
        if let dayRange, let range {
            dayBase = dayRange.lowerBound
            dayTable = dayRange.map { day in
                let period = Period(containing: Day(daysSinceEpoch: day), granularity: range.first.granularity)
                return range.contains(period) ? Int32(period.ordinal - range.first.ordinal) : -1
            }
        } else {
            dayBase = 0
            dayTable = []
        }
    }

    /// Adds rows `rows` of `log` into `totals`; marks `touched[period × reps + rep]` for every scored row when
    /// given.
    func run(
        _ log: ActivityLog, rows: Range<Int>, totals: UnsafeMutablePointer<Double>,
        touched: UnsafeMutablePointer<Bool>? = nil
    ) -> Counters {
        var counters = Counters(
            unknownReps: [Int](repeating: 0, count: log.repIDs.count),
            unknownTasks: [Int](repeating: 0, count: log.taskIDs.count))
        log.repIndices.withUnsafeBufferPointer { repColumn in
            log.taskIndices.withUnsafeBufferPointer { taskColumn in
                log.days.withUnsafeBufferPointer { dayColumn in
                    log.quantities.withUnsafeBufferPointer { quantityColumn in
                        accumulate(
                            rows: rows, columns: (repColumn, taskColumn, dayColumn, quantityColumn), totals: totals,
                            touched: touched, counters: &counters)
                    }
                }
            }
        }
        return counters
    }

    private static let batch = 256

    private func accumulate(
        rows: Range<Int>,
        columns: (
            reps: UnsafeBufferPointer<Int32>, tasks: UnsafeBufferPointer<Int32>, days: UnsafeBufferPointer<Int32>,
            quantities: UnsafeBufferPointer<Double>
        ),
        totals: UnsafeMutablePointer<Double>, touched: UnsafeMutablePointer<Bool>?, counters: inout Counters
    ) {
        let slots = slots
        let reps = reps
        let dayBase = dayBase
        repMap.withUnsafeBufferPointer { repMap in
            taskMap.withUnsafeBufferPointer { taskMap in
                repRole.withUnsafeBufferPointer { repRole in
                    scored.withUnsafeBufferPointer { scored in
                        countsRows.withUnsafeBufferPointer { countsRows in
                            dayTable.withUnsafeBufferPointer { dayTable in
                                withUnsafeTemporaryAllocation(of: Int.self, capacity: LogAccumulator.batch) { indices in
                                    withUnsafeTemporaryAllocation(of: Double.self, capacity: LogAccumulator.batch) {
                                        values in
                                        var pending = 0
                                        for row in rows {
                                            let logRep = Int(columns.reps[row])
                                            let rep = Int(repMap[logRep])
                                            if rep < 0 {
                                                counters.unknownReps[logRep] += 1
                                                continue
                                            }
                                            let logTask = Int(columns.tasks[row])
                                            let task = Int(taskMap[logTask])
                                            if task < 0 {
                                                counters.unknownTasks[logTask] += 1
                                                continue
                                            }
                                            let role = Int(repRole[rep])
                                            if role < 0 || !scored[role &* slots &+ task] {
                                                counters.rowsWithoutRule &+= 1
                                                continue
                                            }
                                            let dayOffset = Int(columns.days[row]) &- dayBase
                                            let period =
                                                dayOffset >= 0 && dayOffset < dayTable.count
                                                ? Int(dayTable[dayOffset]) : -1
                                            if period < 0 {
                                                counters.rowsOutside &+= 1
                                                continue
                                            }
                                            counters.rowsScored &+= 1
                                            let cell = period &* reps &+ rep
                                            touched?[cell] = true
                                            // Batched so that the random accesses of a batch overlap in memory.
                                            indices[pending] = cell &* slots &+ task
                                            values[pending] = countsRows[task] ? 1 : columns.quantities[row]
                                            pending &+= 1
                                            if pending == LogAccumulator.batch {
                                                for index in 0..<pending { totals[indices[index]] += values[index] }
                                                pending = 0
                                            }
                                        }
                                        for index in 0..<pending { totals[indices[index]] += values[index] }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Adds the counters of the rows to `diagnostics`.
    static func record(_ counters: Counters, rows: Int, log: ActivityLog, into diagnostics: inout ScoringDiagnostics) {
        diagnostics.rowsRead += rows
        diagnostics.rowsScored += counters.rowsScored
        diagnostics.rowsWithoutRuleForRole += counters.rowsWithoutRule
        diagnostics.rowsOutsidePeriods += counters.rowsOutside
        for (index, count) in counters.unknownReps.enumerated() where count > 0 {
            diagnostics.unknownReps[log.repIDs[index], default: 0] += count
        }
        for (index, count) in counters.unknownTasks.enumerated() where count > 0 {
            diagnostics.unknownTasks[log.taskIDs[index], default: 0] += count
        }
    }
}
