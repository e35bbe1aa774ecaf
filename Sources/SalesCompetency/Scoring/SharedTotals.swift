import Foundation

/// The totals of one read of an activity file, shared by the aggregating sinks of all its cores: one array instead
/// of one per core, so that no core zeroes and fills an array of its own and nothing is added up afterwards. Each
/// period's block has a lock of its own, which a sink holds while it adds a stage of rows (or a rare row) to the
/// block; the cores mostly add to different blocks.
///
/// The owner keeps the array alive, and does not touch it, from the first sink's first row to the last sink's
/// `finish()` (as ``ScoringEngine/aggregate(activitiesCSVFile:periods:)`` does: it reads the file inside the
/// array's `withUnsafeMutableBufferPointer`). The sinks that come back from the read still refer to the array, and
/// must not be given rows afterwards.
final class SharedTotals: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Double>
    /// The totals of one block: `reps × slots`.
    let blockSize: Int
    let blocks: Int
    private let locks: UnsafeMutablePointer<pthread_mutex_t>

    /// Shares `blocks` blocks of `blockSize` totals from `base`.
    init(_ base: UnsafeMutablePointer<Double>, blocks: Int, blockSize: Int) {
        self.base = base
        self.blocks = blocks
        self.blockSize = blockSize
        locks = .allocate(capacity: blocks)
        for block in 0..<blocks { pthread_mutex_init(locks + block, nil) }
    }

    deinit {
        for block in 0..<blocks { pthread_mutex_destroy(locks + block) }
        locks.deallocate()
    }

    /// Runs `body` on block `block`'s totals while holding its lock.
    @inline(__always)
    func withBlock<Result>(_ block: Int, _ body: (UnsafeMutablePointer<Double>) -> Result) -> Result {
        pthread_mutex_lock(locks + block)
        defer { pthread_mutex_unlock(locks + block) }
        return body(base + block * blockSize)
    }

    /// Sets every total back to zero: the rows added so far are forgotten (the file is read again another way).
    func reset() {
        for block in 0..<blocks { withBlock(block) { $0.update(repeating: 0, count: blockSize) } }
    }
}
