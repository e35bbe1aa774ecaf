/// Accumulates imported activity rows straight into per-period blocks of (rep, task) totals, without storing
/// the rows: the streaming path of `sco score`. Periods get blocks in order of first appearance.
struct AggregatingSink: ActivitySink {
    let reps: Int
    let slots: Int
    let repRole: [Int32]
    let scored: [Bool]
    let countsRows: [Bool]
    /// Per rep, the slots its role scores as bits, when there are at most 64 slots (else every row takes
    /// ``addRare(_:)``); and the count slots as bits.
    let repScoredSlots: [UInt64]
    let countSlots: UInt64
    let granularity: Period.Granularity
    let range: PeriodRange?

    /// Blocks of `reps × slots` totals, one per period in `blockPeriods`.
    var totals: [Double] = []
    var blockPeriods: [Period] = []
    private var blockOf: [Int: Int32] = [:]
    /// Day `dayBase + i` → block index, -1 not looked up yet, -2 outside `range`.
    private var dayBlocks: [Int32] = []
    private var dayBase = 0
    var unknownRepRows: [Int] = []
    var unknownTaskRows: [Int] = []
    var rowsRead = 0
    var rowsScored = 0
    var rowsWithoutRule = 0
    var rowsOutside = 0
    var minDay = Int32.max
    var maxDay = Int32.min

    /// Totals are sums: the rows may arrive in any order.
    static var keepsRowOrder: Bool { false }

    init(plan: ScoringPlan, range: PeriodRange?) {
        reps = plan.reps.count
        slots = plan.slots.count
        repRole = plan.repRole
        scored = plan.scored
        countsRows = plan.slotCountsRows
        granularity = plan.granularity
        self.range = range
        let slots = slots
        let scored = scored
        repScoredSlots =
            slots > 64
            ? [UInt64](repeating: 0, count: reps)
            : plan.repRole.map { role in
                role < 0
                    ? 0 : (0..<slots).reduce(0) { $0 | (scored[Int(role) * slots + $1] ? 1 << UInt64($1) : 0) }
            }
        countSlots = (0..<min(slots, 64)).reduce(0) { $0 | (plan.slotCountsRows[$1] ? 1 << UInt64($1) : 0) }
        // With a range, every period has its block from the start, in order: the sinks' totals add up directly.
        if let range {
            for (index, period) in range.enumerated() {
                blockOf[period.ordinal] = Int32(index)
                blockPeriods.append(period)
            }
            totals = .zeroed(count: range.count * reps * slots)
        }
    }

    mutating func add(rep: Int32, task: Int32, day: Int32, quantity: Double) {
        withUnsafeTemporaryAllocation(of: ActivityRow.self, capacity: 1) { row in
            row[0] = ActivityRow(rep: rep, task: task, day: day, quantity: quantity)
            add(UnsafeBufferPointer(row))
        }
    }

    /// Adds rows in order. The common row (known rep and task, a rule for the pair, a day whose period has a
    /// block) is handled in a loop over raw pointers that first computes a run of total indices and then adds
    /// them, so that the random accesses of a run overlap in the memory system; any other row ends the run and
    /// goes through ``addRare(_:)``.
    mutating func add(_ rows: UnsafeBufferPointer<ActivityRow>) {
        rowsRead &+= rows.count
        var start = 0
        while start < rows.count {
            let stopped = addCommon(rows, from: start)
            if stopped == rows.count { break }
            addRare(rows[stopped])
            start = stopped + 1
        }
    }

    /// Adds rows from `start` up to the first that is not common; returns its position (or `rows.count`).
    @inline(__always)
    private mutating func addCommon(_ rows: UnsafeBufferPointer<ActivityRow>, from start: Int) -> Int {
        let reps = reps
        let slots = slots
        let dayBase = dayBase
        let countSlots = countSlots
        var low = minDay
        var high = maxDay
        var scoredRows = 0
        let stopped = withUnsafeTemporaryAllocation(of: Int.self, capacity: rows.count) { indices in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: rows.count) { values in
                repScoredSlots.withUnsafeBufferPointer { repScoredSlots in
                    dayBlocks.withUnsafeBufferPointer { dayBlocks in
                        var position = start
                        while position < rows.count {
                            let row = rows[position]
                            let rep = Int(row.rep)
                            let task = UInt64(truncatingIfNeeded: row.task)
                            let offset = Int(row.day) &- dayBase
                            guard rep < reps, task < 64, repScoredSlots[rep] >> task & 1 != 0,
                                UInt(bitPattern: offset) < UInt(dayBlocks.count)
                            else { break }
                            let block = Int(dayBlocks[offset])
                            guard block >= 0 else { break }
                            low = Swift.min(low, row.day)
                            high = Swift.max(high, row.day)
                            indices[scoredRows] = (block &* reps &+ rep) &* slots &+ Int(task)
                            values[scoredRows] = countSlots >> task & 1 != 0 ? 1 : row.quantity
                            scoredRows &+= 1
                            position &+= 1
                        }
                        totals.withUnsafeMutableBufferPointer { totals in
                            for index in 0..<scoredRows { totals[indices[index]] += values[index] }
                        }
                        return position
                    }
                }
            }
        }
        minDay = low
        maxDay = high
        rowsScored &+= scoredRows
        return stopped
    }

    /// A row that is not common: an unknown rep or task, no rule for the pair, or a day not mapped yet.
    private mutating func addRare(_ row: ActivityRow) {
        let rep = Int(row.rep)
        let task = Int(row.task)
        if rep >= reps {
            AggregatingSink.count(&unknownRepRows, rep - reps)
            return
        }
        if task >= slots {
            AggregatingSink.count(&unknownTaskRows, task - slots)
            return
        }
        let role = Int(repRole[rep])
        guard role >= 0, scored[role &* slots &+ task] else {
            rowsWithoutRule &+= 1
            return
        }
        // Only rows that can be scored set the default range: a stray date on an unknown rep or task must not
        // stretch the grid over decades.
        let day = row.day
        minDay = min(minDay, day)
        maxDay = max(maxDay, day)
        var offset = Int(day) &- dayBase
        if offset < 0 || offset >= dayBlocks.count {
            growDays(to: Int(day))
            offset = Int(day) &- dayBase
        }
        var block = dayBlocks[offset]
        if block == -1 {
            block = assignBlock(day: Int(day))
            dayBlocks[offset] = block
        }
        guard block >= 0 else {
            rowsOutside &+= 1
            return
        }
        rowsScored &+= 1
        totals[(Int(block) &* reps &+ rep) &* slots &+ task] += countsRows[task] ? 1 : row.quantity
    }

    /// Nothing is deferred: rows are added as they arrive.
    mutating func finish() {}

    private static func count(_ counts: inout [Int], _ index: Int) {
        if index >= counts.count { counts.append(contentsOf: repeatElement(0, count: index + 1 - counts.count)) }
        counts[index] += 1
    }

    private mutating func growDays(to day: Int) {
        if dayBlocks.isEmpty {
            dayBase = day - 400
            dayBlocks = [Int32](repeating: -1, count: 800)
            return
        }
        let low = min(dayBase, day - 400)
        let high = max(dayBase + dayBlocks.count, day + 400)
        var grown = [Int32](repeating: -1, count: high - low)
        for index in dayBlocks.indices { grown[dayBase - low + index] = dayBlocks[index] }
        dayBase = low
        dayBlocks = grown
    }

    private mutating func assignBlock(day: Int) -> Int32 {
        let period = Period(containing: Day(daysSinceEpoch: day), granularity: granularity)
        if let range, !range.contains(period) { return -2 }
        if let known = blockOf[period.ordinal] { return known }
        let block = Int32(blockPeriods.count)
        blockOf[period.ordinal] = block
        blockPeriods.append(period)
        totals.append(contentsOf: repeatElement(0, count: reps * slots))
        return block
    }
}
