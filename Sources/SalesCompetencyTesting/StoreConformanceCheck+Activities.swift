public import SalesCompetency

extension StoreConformanceCheck {
    /// Checks the ``ActivityStore`` requirements.
    ///
    /// - Parameter makeEmptyStore: Makes a fresh, empty store; called once per check.
    /// - Throws: ``StoreConformanceError`` naming the first requirement broken, or an error of the store.
    public func checkActivityStore<Store: ActivityStore>(_ makeEmptyStore: () async throws -> Store) async throws {
        let everything = (Day(daysSinceEpoch: -10_000_000), Day(daysSinceEpoch: 10_000_000))
        func activity(_ rep: String, _ task: String, _ day: Int, _ quantity: Double) throws -> Activity {
            try Activity(
                rep: Rep.ID(rawValue: rep), task: SalesTask.ID(rawValue: task), day: Day(daysSinceEpoch: day),
                quantity: quantity)
        }
        func same(_ a: [Activity], _ b: [Activity]) -> Bool {
            a.count == b.count
                && zip(a, b).allSatisfy {
                    $0.rep == $1.rep && $0.task == $1.task && $0.day == $1.day
                        && $0.quantity.bitPattern == $1.quantity.bitPattern
                }
        }

        var requirement = "activities.emptyStoreIsEmpty"
        var store = try await makeEmptyStore()
        try Self.expect(try await store.batchCount() == 0, requirement, "batchCount() of an empty store is not 0")
        try Self.expect(
            try await store.activities(from: everything.0, through: everything.1, reps: nil).isEmpty, requirement,
            "an empty store returned activities")

        requirement = "activities.numbersBatches"
        store = try await makeEmptyStore()
        let receipts = [
            try await store.append([try activity("r1", "t", 0, 1)]),
            try await store.append([]),
            try await store.append([try activity("r1", "t", 0, 1), try activity("r2", "t", 0, 2)]),
        ]
        let expectedReceipts = [
            ActivityBatchReceipt(sequence: 0, count: 1), ActivityBatchReceipt(sequence: 1, count: 0),
            ActivityBatchReceipt(sequence: 2, count: 2),
        ]
        let numbered = receipts.map { ActivityBatchReceipt(sequence: $0.sequence, count: $0.count) }
        try Self.expect(
            numbered == expectedReceipts && !receipts.contains(where: \.alreadyStored), requirement,
            "receipts were \(receipts)")
        let batches = try await store.batchCount()
        try Self.expect(batches == 3, requirement, "batchCount() is \(batches) after 3 appends")

        requirement = "activities.roundTripsExactly"
        store = try await makeEmptyStore()
        let exact = [
            try activity("rep-0001", "prospecting-emails", 20_161, 0.1),
            try activity("Ä rep/../x", "task with spaces, \"quotes\"", -25_567, -0.0),
            try activity("rep-0001", "calls", 2_932_896, 1e300),
            try activity("rep-0002", "prospecting-emails", 20_161, 2.5e-300),
            try activity("rep-0001", "prospecting-emails", 20_161, 0.1),
        ]
        _ = try await store.append(exact)
        let read = try await store.activities(from: everything.0, through: everything.1, reps: nil)
        try Self.expect(same(read, exact), requirement, "appended \(exact) but read back \(read)")

        requirement = "activities.filtersByDaysAndReps"
        store = try await makeEmptyStore()
        let first = [try activity("a", "t", 99, 1), try activity("a", "t", 100, 2), try activity("b", "t", 100, 3)]
        let second = [try activity("c", "t", 110, 4), try activity("a", "t", 110, 5), try activity("a", "t", 111, 6)]
        _ = try await store.append(first)
        _ = try await store.append(second)
        let window = try await store.activities(
            from: Day(daysSinceEpoch: 100), through: Day(daysSinceEpoch: 110), reps: nil)
        try Self.expect(
            same(window, [first[1], first[2], second[0], second[1]]), requirement,
            "days 100...110 of all reps gave quantities \(window.map(\.quantity)), expected [2, 3, 4, 5]")
        let some = try await store.activities(
            from: Day(daysSinceEpoch: 100), through: Day(daysSinceEpoch: 111), reps: ["a", "c"])
        try Self.expect(
            same(some, [first[1], second[0], second[1], second[2]]), requirement,
            "days 100...111 of reps a and c gave quantities \(some.map(\.quantity)), expected [2, 4, 5, 6]")
        let none = try await store.activities(
            from: Day(daysSinceEpoch: 100), through: Day(daysSinceEpoch: 111), reps: [])
        try Self.expect(none.isEmpty, requirement, "an empty set of reps gave \(none.count) activities")

        requirement = "activities.keepsConcurrentBatchesWhole"
        store = try await makeEmptyStore()
        let appending = store
        let sequences = try await withThrowingTaskGroup(of: Int.self) { group in
            for writer in 0..<10 {
                group.addTask {
                    let batch = try (0..<50).map { try activity("w\(writer)", "t", 1, Double($0)) }
                    return try await appending.append(batch).sequence
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        try Self.expect(
            sequences.sorted() == Array(0..<10), requirement, "10 concurrent appends got \(sequences.sorted())")
        let all = try await store.activities(from: everything.0, through: everything.1, reps: nil)
        let runs = stride(from: 0, to: all.count, by: 50).map { Array(all[$0..<min($0 + 50, all.count)]) }
        let whole =
            all.count == 500
            && runs.allSatisfy { run in
                run.allSatisfy { $0.rep == run[0].rep } && run.map(\.quantity) == (0..<50).map(Double.init)
            }
        try Self.expect(whole, requirement, "10 concurrent batches of 50 came back interleaved or incomplete")

        requirement = "activities.storesEachKeyOnce"
        store = try await makeEmptyStore()
        let original = [try activity("a", "t", 5, 1), try activity("b", "t", 6, 2)]
        let stored = try await store.append(ActivityBatch(original, source: "a.csv", key: "import-1"), auditing: [])
        let retried = try await store.append(
            ActivityBatch([try activity("c", "t", 7, 3)], source: "a.csv", key: "import-1"), auditing: [])
        try Self.expect(
            !stored.alreadyStored && retried.alreadyStored && retried.sequence == stored.sequence
                && retried.count == 2 && retried.key == "import-1",
            requirement, "a retried key gave \(retried) after \(stored); expected the first receipt, alreadyStored")
        let afterRetry = try await store.activities(from: everything.0, through: everything.1, reps: nil)
        let batchesAfterRetry = try await store.batchCount()
        try Self.expect(
            same(afterRetry, original) && batchesAfterRetry == 1, requirement,
            "after a retried key the store holds \(afterRetry.count) activities in \(batchesAfterRetry) batches")
        let racing = store
        let fresh = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let batch = ActivityBatch([try activity("d", "t", 8, 4)], source: "b.csv", key: "import-2")
                    return try await !racing.append(batch, auditing: []).alreadyStored
                }
            }
            return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        let batchesAfterRace = try await store.batchCount()
        try Self.expect(
            fresh == 1 && batchesAfterRace == 2, requirement,
            "8 concurrent appends of one key stored it \(fresh) times (\(batchesAfterRace) batches)")
    }
}
