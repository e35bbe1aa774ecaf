/// Accumulates imported activity rows straight into per-period blocks of (rep, task) totals, without storing
/// the rows: the streaming path of `sco score`. Periods get blocks in order of first appearance.
struct AggregatingSink: ActivitySink {
    let reps: Int
    let slots: Int
    let repRole: [Int32]
    let scored: [Bool]
    let countsRows: [Bool]
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
    static let batch = 512
    private var pendingIndex = [Int](repeating: 0, count: AggregatingSink.batch)
    private var pendingValue = [Double](repeating: 0, count: AggregatingSink.batch)
    private var pendingCount = 0

    init(plan: ScoringPlan, range: PeriodRange?) {
        reps = plan.reps.count
        slots = plan.slots.count
        repRole = plan.repRole
        scored = plan.scored
        countsRows = plan.slotCountsRows
        granularity = plan.granularity
        self.range = range
    }

    @inline(__always)
    mutating func add(rep: Int32, task: Int32, day: Int32, quantity: Double) {
        rowsRead &+= 1
        let rep = Int(rep)
        let task = Int(task)
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
        minDay = min(minDay, day)
        maxDay = max(maxDay, day)
        var offset = Int(day) &- dayBase
        if offset < 0 || offset >= dayBlocks.count {
            growDays(to: Int(day))
            offset = Int(day) &- dayBase
        }
        var block = dayBlocks[offset]
        if block < 0 {
            if block == -1 {
                block = assignBlock(day: Int(day))
                dayBlocks[offset] = block
            }
            if block < 0 {
                rowsOutside &+= 1
                return
            }
        }
        rowsScored &+= 1
        // Additions are batched: the random accesses of a batch overlap in the memory system, instead of each
        // one stalling the parsing of the next row.
        pendingIndex[pendingCount] = (Int(block) &* reps &+ rep) &* slots &+ task
        pendingValue[pendingCount] = countsRows[task] ? 1 : quantity
        pendingCount &+= 1
        if pendingCount == AggregatingSink.batch { finish() }
    }

    /// Applies the pending additions.
    mutating func finish() {
        let count = pendingCount
        pendingCount = 0
        pendingIndex.withUnsafeBufferPointer { indices in
            pendingValue.withUnsafeBufferPointer { values in
                totals.withUnsafeMutableBufferPointer { totals in
                    for index in 0..<count { totals[indices[index]] += values[index] }
                }
            }
        }
    }

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
