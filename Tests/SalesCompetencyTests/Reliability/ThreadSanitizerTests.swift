import Dispatch
import Testing

@testable import SalesCompetency

/// The two shapes that made ThreadSanitizer report races in CI without a defect, each used from many threads at
/// once: a lock taken in turns, and arrays of zero capacity made in place while other threads read empty arrays.
/// Without the sanitizer these check the values; under it (as CI runs the suite) they fail on any report.
struct ThreadSanitizerTests {
    static let threads = 8

    /// Threads that take turns holding a `Locked` value see each other's writes: no update is lost, and the
    /// sanitizer sees the pthread mutex hand the value over (it did not see `Synchronization.Mutex`'s futex).
    @Test func lockedValuesTakenInTurnsLoseNoUpdate() {
        let appended = Locked<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: Self.threads) { thread in
            for step in 0..<5_000 { appended.withLock { $0.append(thread * 5_000 + step) } }
        }
        let all = appended.withLock { $0 }
        #expect(all.count == Self.threads * 5_000)
        #expect(all.sorted() == Array(0..<Self.threads * 5_000))
    }

    /// A typed error thrown inside the lock comes out unchanged, and the lock is free afterwards.
    @Test func lockedRethrowsAndUnlocks() {
        struct Refused: Error, Equatable {}
        let value = Locked(1)
        #expect(throws: Refused()) { try value.withLock { _ throws(Refused) in throw Refused() } }
        value.withLock { $0 += 1 }
        #expect(value.withLock { $0 } == 2)
    }

    /// `Array(uninitializedCapacity:)` gives `[]` for zero without calling its body, and what the body wrote
    /// otherwise; made from many threads while others read empty arrays, it never writes to the storage that all
    /// empty arrays share (the standard library's initialiser does, and the sanitizer reported it).
    @Test func emptyArraysMadeInPlaceFromManyThreads() {
        let filled = [Int](uninitializedCapacity: 4) { buffer, initialized in
            for index in 0..<3 { buffer[index] = index * 10 }
            initialized = 3
        }
        #expect(filled == [0, 10, 20])
        let counts = Locked(0)
        DispatchQueue.concurrentPerform(iterations: Self.threads) { thread in
            var seen = 0
            for _ in 0..<2_000 {
                if thread.isMultiple(of: 2) {
                    let empty = [Double](uninitializedCapacity: 0) { _, _ in Issue.record("called for zero") }
                    seen += empty.count
                } else {
                    seen += [Double]().withUnsafeBufferPointer { $0.count }
                }
            }
            counts.withLock { $0 += seen }
        }
        #expect(counts.withLock { $0 } == 0)
    }
}
