/// Accumulates imported activity rows into per-period blocks of (rep, task) totals, without storing the rows: the
/// streaming path of `sco score`. Periods get blocks in order of first appearance.
///
/// Rows arrive in random order of rep and period, so adding each to its total straight away costs a cache miss
/// (and a TLB miss) a row when the totals are tens of megabytes. Rows with a whole value are therefore staged
/// first, per block, as one word each (the cell's index in its block and the value), and a block's staged rows are
/// added when its stage is full: they then land in one block, a few rows per cache line. Any other value flushes
/// its block's stage first and is added straight away, so every total still sums the sink's rows in the order
/// they arrived, with the same result to the last bit. ``finish()`` adds what is staged; the totals are complete
/// only after it. Small grids, and more than 64 task slots or 1,024 periods, are not staged (see
/// ``stages(reps:slots:blocks:)``).
///
/// The sinks of the cores reading one file with a range of periods add to one ``SharedTotals``, a block at a time
/// under its lock; then their own `totals` stay empty. Whole values add up exactly in any order; fractional values
/// from different cores meet in a total in an order that depends on timing, as they did when each core summed the
/// pieces of the file it happened to take.
struct AggregatingSink: ActivitySink {
    let reps: Int
    let slots: Int
    let repRole: [Int32]
    let scored: [Bool]
    let countsRows: [Bool]
    /// Per rep, the slots its role scores as bits, when rows are staged (else empty: every row takes
    /// ``addRare(_:)``); and the count slots as bits.
    let repScoredSlots: [UInt64]
    let countSlots: UInt64
    let granularity: Period.Granularity
    let range: PeriodRange?

    /// Blocks of `reps × slots` totals, one per period in `blockPeriods`; complete after ``finish()``. Empty when
    /// the sink adds to `shared`.
    var totals: [Double] = []
    /// The totals this sink adds to with those of other sinks, when it has a range.
    private let shared: SharedTotals?
    /// Rows staged per block: block `b`'s `stagedCount[b]` rows from `b * stageCapacity`, each as the index of its
    /// cell in the block (low 32 bits) and its whole value (high 32 bits). Laid out by the first batch of rows, and
    /// again for each block that appears later (without a range).
    private var staged: [UInt64] = []
    private var stagedCount: [Int] = []
    /// Rows a block's stage holds (0 until the stages are laid out).
    private var stageCapacity = 0
    /// The stage capacity asked for (tests), instead of the one that suits the number of blocks.
    private let stageRows: Int?
    /// Whether rows are staged (else every row takes ``addRare(_:)``); turned off when more than
    /// ``maxStagedBlocks`` blocks appear.
    private var stages: Bool
    /// How many times a stage filled up and was added to the totals (for tests).
    private(set) var fullStages = 0
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

    /// Whether rows are staged for a grid of `blocks` periods of `reps × slots` cells (`nil`: not known yet): a
    /// rep's scored slots must fit one word (64 slots) and a block's cells 32 bits; and it pays only when the
    /// totals are larger than a core's caches (a block of at least 4,096 cells) and the stages fit in 8 MiB (at
    /// most 1,024 blocks).
    static func stages(reps: Int, slots: Int, blocks: Int?) -> Bool {
        canStage(reps: reps, slots: slots) && reps * slots >= 4096 && (blocks ?? 0) <= maxStagedBlocks
    }

    /// Whether rows of a grid of `reps × slots` cells can be staged at all: a rep's scored slots fit one word and
    /// a block's cells 32 bits.
    static func canStage(reps: Int, slots: Int) -> Bool { slots <= 64 && reps * slots <= Int(UInt32.max) }

    static var maxStagedBlocks: Int { 1024 }

    /// A sink for `plan`'s reps and tasks over `range` (by default the periods of the rows, as they come), adding
    /// to `shared` when given (the blocks of `range`, in order) instead of totals of its own.
    ///
    /// - Parameter stageRows: Stages of this many rows even where ``stages(reps:slots:blocks:)`` would not stage
    ///   (for tests); by default, stages where they pay, sized by the number of blocks.
    init(plan: ScoringPlan, range: PeriodRange?, shared: SharedTotals? = nil, stageRows: Int? = nil) {
        precondition(stageRows.map { $0 > 0 } ?? true)
        precondition(
            shared.map {
                range?.count == $0.blocks && $0.blockSize == plan.reps.count * plan.slots.count
            } ?? true)
        self.shared = shared
        self.stageRows = stageRows
        reps = plan.reps.count
        slots = plan.slots.count
        repRole = plan.repRole
        scored = plan.scored
        countsRows = plan.slotCountsRows
        granularity = plan.granularity
        self.range = range
        let slots = slots
        let scored = scored
        stages =
            stageRows != nil
            ? AggregatingSink.canStage(reps: reps, slots: slots)
            : AggregatingSink.stages(reps: reps, slots: slots, blocks: range?.count)
        repScoredSlots =
            !stages
            ? []
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
            if shared == nil { totals = .zeroed(count: range.count * reps * slots) }
        }
    }

    mutating func add(rep: Int32, task: Int32, day: Int32, quantity: Double) {
        withUnsafeTemporaryAllocation(of: ActivityRow.self, capacity: 1) { row in
            row[0] = ActivityRow(rep: rep, task: task, day: day, quantity: quantity)
            add(UnsafeBufferPointer(row))
        }
    }

    /// Adds rows in order. The common row (known rep and task, a rule for the pair or none, a day whose period
    /// has a block, a whole value below 2³²) is staged (or counted) in a loop over raw pointers; any other row
    /// ends the run and goes through ``addRare(_:)``.
    mutating func add(_ rows: UnsafeBufferPointer<ActivityRow>) {
        rowsRead &+= rows.count
        var start = 0
        while start < rows.count {
            guard stages else {
                addRare(rows[start])
                start += 1
                continue
            }
            let (stopped, filled) = addCommon(rows, from: start)
            if stopped == rows.count { break }
            if filled {  // a stage filled up and was added: go on with the next row
                start = stopped
                continue
            }
            addRare(rows[stopped])
            start = stopped + 1
        }
    }

    /// The rows a block's stage holds: 32 Ki rows (256 KiB), or fewer when there are more than 32 blocks, so that
    /// the stages of all blocks stay within 8 MiB.
    private var wantedStageCapacity: Int {
        stageRows ?? min(1 << 15, (1 << 20) / max(1, blockPeriods.count))
    }

    /// Stages rows from `start` up to the first that is not common, and counts the rows of a known rep and task
    /// without a rule for the pair on the way; returns the position of the row it stopped at (or `rows.count`),
    /// and whether it stopped because a stage filled up (it was then added to the totals, and the row at the
    /// position is still to be looked at).
    @inline(__always)
    private mutating func addCommon(_ rows: UnsafeBufferPointer<ActivityRow>, from start: Int) -> (Int, Bool) {
        if stageCapacity == 0 { restage() }
        let slots = slots
        let dayBase = dayBase
        let countSlots = countSlots
        let capacity = stageCapacity
        var low = minDay
        var high = maxDay
        var position = start
        var withoutRule = 0
        var full = -1
        let knownSlots = UInt64(slots)
        repScoredSlots.withUnsafeBufferPointer { repScoredSlots in
            dayBlocks.withUnsafeBufferPointer { dayBlocks in
                staged.withUnsafeMutableBufferPointer { staged in
                    stagedCount.withUnsafeMutableBufferPointer { stagedCount in
                        while position < rows.count {
                            let row = rows[position]
                            let rep = Int(row.rep)
                            let task = UInt64(truncatingIfNeeded: row.task)
                            let offset = Int(row.day) &- dayBase
                            guard rep < repScoredSlots.count, task < knownSlots else { break }
                            if repScoredSlots[rep] >> task & 1 == 0 {
                                withoutRule &+= 1
                                position &+= 1
                                continue
                            }
                            guard UInt(bitPattern: offset) < UInt(dayBlocks.count) else { break }
                            let block = Int(dayBlocks[offset])
                            guard block >= 0 else { break }
                            let value: UInt64
                            if countSlots >> task & 1 != 0 {
                                value = 1
                            } else {
                                let quantity = row.quantity
                                guard quantity >= 0, quantity < 4_294_967_296 else { break }
                                // Quantities are ≥ 0; through Int64, one instruction on x86-64 where UInt64 is several.
                                let whole = Int64(quantity)
                                guard Double(whole) == quantity else { break }
                                value = UInt64(truncatingIfNeeded: whole)
                            }
                            low = Swift.min(low, row.day)
                            high = Swift.max(high, row.day)
                            let count = stagedCount[block]
                            staged[block &* capacity &+ count] = value << 32 | UInt64(rep &* slots &+ Int(task))
                            stagedCount[block] = count &+ 1
                            position &+= 1
                            if count &+ 1 == capacity {
                                full = block
                                break
                            }
                        }
                    }
                }
            }
        }
        minDay = low
        maxDay = high
        rowsScored &+= position &- start &- withoutRule
        rowsWithoutRule &+= withoutRule
        if full >= 0 {
            flush(block: full)
            fullStages += 1
        }
        return (position, full >= 0)
    }

    /// Adds block `block`'s staged rows to its totals, in the order they arrived, and empties its stage; then adds
    /// `value` to the block's cell `cell`, when given (a row that is not staged, after those that came before it).
    @inline(never)
    private mutating func flush(block: Int, thenAdd value: Double = 0, toCell cell: Int = -1) {
        let count = block < stagedCount.count ? stagedCount[block] : 0
        guard count > 0 || cell >= 0 else { return }
        let from = block &* stageCapacity
        let blockStart = block &* reps &* slots
        staged.withUnsafeBufferPointer { staged in
            let rows = UnsafeBufferPointer(rebasing: staged[from..<(from &+ count)])
            if let shared {
                shared.withBlock(block) { AggregatingSink.add(rows, thenAdd: value, toCell: cell, to: $0) }
            } else {
                totals.withUnsafeMutableBufferPointer { totals in
                    AggregatingSink.add(rows, thenAdd: value, toCell: cell, to: totals.baseAddress! + blockStart)
                }
            }
        }
        if count > 0 { stagedCount[block] = 0 }
    }

    /// Adds staged rows to the totals of their block, then `value` to cell `cell` when it is not negative.
    private static func add(
        _ rows: UnsafeBufferPointer<UInt64>, thenAdd value: Double, toCell cell: Int,
        to totals: UnsafeMutablePointer<Double>
    ) {
        for entry in rows { totals[Int(truncatingIfNeeded: UInt32(truncatingIfNeeded: entry))] += Double(entry >> 32) }
        if cell >= 0 { totals[cell] += value }
    }

    /// Adds every stage to the totals, then lays the stages out again for the blocks there are now (or stops
    /// staging, past ``maxStagedBlocks`` blocks).
    ///
    /// The stages are not zeroed: a stage's rows are written before they are read, and so a page of them that is
    /// never written is never touched (a small file costs no more than its rows). `UInt64` has no initialisation to
    /// skip, and a sink is not copied while it stages.
    private mutating func restage() {
        for block in stagedCount.indices { flush(block: block) }
        if stageRows == nil, blockPeriods.count > AggregatingSink.maxStagedBlocks {
            stages = false
            staged = []
            stagedCount = []
            stageCapacity = 0
            return
        }
        let capacity = wantedStageCapacity
        let count = capacity * blockPeriods.count
        stageCapacity = capacity
        staged = [UInt64](uninitializedCapacity: count) { _, initialized in initialized = count }
        stagedCount = [Int](repeating: 0, count: blockPeriods.count)
    }

    /// A row that is not common: an unknown rep or task; no rule for the pair (when rows are not staged); a day not
    /// mapped yet; a value that is not whole, or 2³² or more. When rows are not staged, every row.
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
        // The rows of the block staged before this one are added first, to keep every total's order of additions.
        flush(block: Int(block), thenAdd: countsRows[task] ? 1 : row.quantity, toCell: rep &* slots &+ task)
    }

    /// Adds the staged rows to the totals.
    mutating func finish() {
        for block in stagedCount.indices { flush(block: block) }
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
        // The stages are laid out by block: lay them out again with room for the new block.
        if stageCapacity > 0 { restage() }
        return block
    }
}
