import Foundation
import Testing

@testable import SalesCompetency

/// The aggregating sink stages rows with whole values per period and adds them a stage at a time; these tests
/// check that its totals and counts equal adding every row to its total as it comes, to the last bit.
struct AggregatingSinkTests {
    /// The fixture's rules, with `calls` counted (each row counts 1, whatever its quantity), for the fixture's
    /// roster, or for `reps` reps whose roles go round the fixture's (consultant, analyst, manager).
    static func plan(reps: Int? = nil) throws -> ScoringPlan {
        let policy = try ScoringFixture.policy(tasks: [SalesTask(id: "calls", kind: .count)])
        guard let reps else { return ScoringEngine(policy: policy, roster: try ScoringFixture.roster()).plan }
        let roles = ["consultant", "analyst", "manager"]
        let text = "rep_id,role\n" + (0..<reps).map { "r\($0),\(roles[$0 % 3])\n" }.joined()
        return ScoringEngine(policy: policy, roster: try Roster(csvText: text)).plan
    }

    /// What the quantities of generated rows are like.
    enum Quantities {
        /// Whole numbers, some of them 2³² or more, fractions such as 3.225 (whose sums depend on the order of
        /// the additions), and zeros.
        case mixed
        /// Whole numbers below 2³², all staged.
        case whole
        /// Whole numbers and halves: exact sums in any order, with the halves added outside the stages.
        case halves
    }

    /// `count` rows over known and unknown reps and tasks, January to April 2025.
    static func rows(_ count: Int, plan: ScoringPlan, seed: UInt64, quantities: Quantities = .mixed)
        -> [ActivityRow]
    {
        var random = SeededGenerator(seed: seed)
        let first = Int32(try! Day(parsing: "2025-01-01").daysSinceEpoch)
        return (0..<count).map { _ in
            let quantity: Double
            switch (quantities, random.next() % 10) {
            case (.mixed, 0): quantity = Double(random.next() % 1000) / 8 + 0.1
            case (.mixed, 1): quantity = 4_294_967_296 + Double(random.next() % 5)
            case (.mixed, 2): quantity = 0
            case (.halves, 0), (.halves, 1), (.halves, 2): quantity = Double(random.next() % 40) + 0.5
            default: quantity = Double(random.next() % 40)
            }
            return ActivityRow(
                rep: Int32(random.next() % UInt64(plan.reps.count + 1)),
                task: Int32(random.next() % UInt64(plan.slots.count + 1)),
                day: first + Int32(random.next() % 120), quantity: quantity)
        }
    }

    /// What the sink must hold: every row added to its total in order; counts of the rows it did not score.
    struct Expected {
        var totals: [Period: [Double]] = [:]
        var scored = 0
        var withoutRule = 0
        var outside = 0
        var unknownReps = 0
        var unknownTasks = 0

        init(_ rows: [ActivityRow], plan: ScoringPlan, range: PeriodRange?) {
            let reps = plan.reps.count
            let slots = plan.slots.count
            for row in rows {
                let rep = Int(row.rep)
                let task = Int(row.task)
                if rep >= reps {
                    unknownReps += 1
                    continue
                }
                if task >= slots {
                    unknownTasks += 1
                    continue
                }
                let role = Int(plan.repRole[rep])
                guard role >= 0, plan.scored[role * slots + task] else {
                    withoutRule += 1
                    continue
                }
                let period = Period(containing: Day(daysSinceEpoch: Int(row.day)), granularity: .month)
                if let range, !range.contains(period) {
                    outside += 1
                    continue
                }
                scored += 1
                totals[period, default: [Double](repeating: 0, count: reps * slots)][rep * slots + task] +=
                    plan.slotCountsRows[task] ? 1 : row.quantity
            }
        }
    }

    /// Hands `rows` to `sink` in runs of varying length (one at a time now and then), then finishes it.
    static func feed(_ rows: [ActivityRow], into sink: inout AggregatingSink) {
        var start = 0
        var run = 1
        while start < rows.count {
            let end = min(rows.count, start + run)
            if run == 1 {
                let row = rows[start]
                sink.add(rep: row.rep, task: row.task, day: row.day, quantity: row.quantity)
            } else {
                rows[start..<end].withUnsafeBufferPointer { sink.add($0) }
            }
            start = end
            run = run % 300 + 7
            if start % 5 == 0 { run = 1 }
        }
        sink.finish()
    }

    static func check(_ sink: AggregatingSink, _ expected: Expected, rows: Int) {
        let block = sink.reps * sink.slots
        #expect(sink.totals.count == sink.blockPeriods.count * block)
        for (index, period) in sink.blockPeriods.enumerated() {
            let totals = Array(sink.totals[(index * block)..<((index + 1) * block)])
            let wanted = expected.totals[period] ?? [Double](repeating: 0, count: block)
            // Bit for bit: staged or not, every total adds its rows in the order they came.
            #expect(totals.map(\.bitPattern) == wanted.map(\.bitPattern), "\(period)")
        }
        #expect(Set(expected.totals.keys).isSubset(of: Set(sink.blockPeriods)))
        #expect(sink.rowsRead == rows)
        #expect(sink.rowsScored == expected.scored)
        #expect(sink.rowsWithoutRule == expected.withoutRule)
        #expect(sink.rowsOutside == expected.outside)
        #expect(sink.unknownRepRows.reduce(0, +) == expected.unknownReps)
        #expect(sink.unknownTaskRows.reduce(0, +) == expected.unknownTasks)
    }

    /// Small stages, so that they fill up again and again, with whole values (every row staged) and with mixed
    /// ones (fractions flush their block's stage first), and a range of two of the four months.
    @Test(arguments: [Quantities.whole, .mixed])
    func stagedTotalsEqualAddingEachRowInTurn(quantities: Quantities) throws {
        let plan = try Self.plan()
        let range = try PeriodRange(Period.month(2025, 2), through: Period.month(2025, 3))
        let rows = Self.rows(100_000, plan: plan, seed: 14, quantities: quantities)
        var sink = AggregatingSink(plan: plan, range: range, stageRows: 64)
        Self.feed(rows, into: &sink)
        let expected = Expected(rows, plan: plan, range: range)
        #expect(expected.scored > 10_000 && expected.outside > 0 && expected.withoutRule > 0)
        // A stage fills but when a day is seen for the first time (its block is looked up outside the stages, after
        // the stage is added) and for its last rows; fractions flush their block's stage before it fills.
        if quantities == .whole { #expect(sink.fullStages >= expected.scored / 64 / 2) }
        Self.check(sink, expected, rows: rows.count)
    }

    /// The default stages (32 Ki rows for a few blocks) on a grid large enough to stage: each fills more than once.
    @Test func defaultStagesFillUp() throws {
        let plan = try Self.plan(reps: 1000)
        let range = try PeriodRange(Period.month(2025, 1), through: Period.month(2025, 4))
        #expect(AggregatingSink.stages(reps: plan.reps.count, slots: plan.slots.count, blocks: range.count))
        #expect(!AggregatingSink.stages(reps: 100, slots: plan.slots.count, blocks: range.count))
        let rows = Self.rows(1_000_000, plan: plan, seed: 5, quantities: .whole)
        var sink = AggregatingSink(plan: plan, range: range)
        Self.feed(rows, into: &sink)
        let expected = Expected(rows, plan: plan, range: range)
        #expect(sink.fullStages >= max(1, expected.scored / (1 << 15) - range.count))
        Self.check(sink, expected, rows: rows.count)
    }

    /// Without a range, periods get their blocks as they first appear, and the stages are laid out again for each.
    @Test func blocksFoundOnTheWayKeepTheirStagedRows() throws {
        let plan = try Self.plan()
        let rows = Self.rows(60_000, plan: plan, seed: 7)
        var sink = AggregatingSink(plan: plan, range: nil, stageRows: 16)
        Self.feed(rows, into: &sink)
        let expected = Expected(rows, plan: plan, range: nil)
        #expect(sink.blockPeriods.count == 4 && expected.outside == 0 && sink.fullStages > 0)
        Self.check(sink, expected, rows: rows.count)
    }

    /// Totals are right after `finish()` whatever the number of rows, staged or not.
    @Test(arguments: [0, 1, 1000, 50_000], [nil, 8])
    func anyNumberOfRows(count: Int, stageRows: Int?) throws {
        let plan = try Self.plan()
        let range = try PeriodRange(Period.month(2025, 1), through: Period.month(2025, 4))
        let rows = Self.rows(count, plan: plan, seed: UInt64(count))
        var sink = AggregatingSink(plan: plan, range: range, stageRows: stageRows)
        Self.feed(rows, into: &sink)
        Self.check(sink, Expected(rows, plan: plan, range: range), rows: count)
    }

    /// More than 64 task slots: a rep's scored slots do not fit one word, so no row is staged.
    @Test func moreThan64TaskSlots() throws {
        var rules = "task_id,competency_id,role,monthly_target,weight\n"
        for task in 0..<70 { rules += "task\(task),communicating-effectively,consultant,10,1\n" }
        let policy = try ScoringPolicy(rulesCSVText: rules, timeZone: ScoringFixture.utc)
        let roster = try Roster(csvText: "rep_id,role\nr1,consultant\nr2,consultant\nm1,manager\n")
        let plan = ScoringEngine(policy: policy, roster: roster).plan
        #expect(plan.slots.count == 70)
        let range = try PeriodRange(Period.month(2025, 1), through: Period.month(2025, 4))
        let rows = Self.rows(20_000, plan: plan, seed: 70)
        #expect(rows.contains { $0.task >= 64 && $0.task < 70 && $0.rep < 2 })
        var sink = AggregatingSink(plan: plan, range: range, stageRows: 8)
        Self.feed(rows, into: &sink)
        #expect(sink.fullStages == 0)
        Self.check(sink, Expected(rows, plan: plan, range: range), rows: rows.count)
    }

    /// The sinks of two cores add to one shared array at once, through stages and row by row (the halves) under
    /// the blocks' locks: with sums exact in any order, the totals are those of all rows, and each sink keeps its
    /// own counts.
    @Test func sinksOfTwoCoresAddToOneArray() throws {
        let plan = try Self.plan()
        let range = try PeriodRange(Period.month(2025, 1), through: Period.month(2025, 4))
        let rows = Self.rows(200_000, plan: plan, seed: 3, quantities: .halves)
        let blockSize = plan.reps.count * plan.slots.count
        var totals = [Double](repeating: 0, count: range.count * blockSize)
        let sinks = totals.withUnsafeMutableBufferPointer { buffer in
            let shared = SharedTotals(buffer.baseAddress!, blocks: range.count, blockSize: blockSize)
            return ParallelParts(count: 2) { half in
                var sink = AggregatingSink(plan: plan, range: range, shared: shared, stageRows: 32)
                Self.feed(Array(rows[(half * rows.count / 2)..<((half + 1) * rows.count / 2)]), into: &sink)
                return sink
            }.results
        }
        let expected = Expected(rows, plan: plan, range: range)
        for (index, period) in range.enumerated() {
            let block = Array(totals[(index * blockSize)..<((index + 1) * blockSize)])
            #expect(block == (expected.totals[period] ?? [Double](repeating: 0, count: blockSize)), "\(period)")
        }
        #expect(sinks.allSatisfy { $0.totals.isEmpty })
        #expect(sinks.map(\.rowsScored).reduce(0, +) == expected.scored)
        #expect(sinks.map(\.rowsWithoutRule).reduce(0, +) == expected.withoutRule)
    }

    /// When the fast path has read some pieces of a file into the shared totals and a later piece needs the
    /// general reader, the file is read again from zero: no row counts twice.
    @Test func aFileReadAgainCountsEveryRowOnce() throws {
        let engine = try ScoringFixture.engine()
        var text = "rep_id,task_id,occurred_on,quantity\n"
        for row in 0..<3000 {
            text += "r\(1 + row % 3),\(["emails", "calls", "reports"][row % 3]),2025-01-1\(row % 9),2\n"
        }
        text += "r1,\"emails\",2025-01-20,1\n"
        let path = try ScoringFixture.temporaryFile(text)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let range = try PeriodRange(Period.month(2025, 1), through: Period.month(2025, 1))
        let fromFile = try engine.aggregate(activitiesCSVFile: path, periods: range, chunkCount: 3, stageRows: 8)
        let general = try engine.aggregate(activitiesCSVText: text, periods: range)
        #expect(fromFile == general)
        #expect(fromFile.diagnostics.rowsRead == 3001)
    }
}
