import Dispatch
import Synchronization

/// Runs `count` independent parts of a computation on all cores and keeps their results in part order.
struct ParallelParts<Value: Sendable>: Sendable {
    let results: [Value]

    init(count: Int, _ body: @Sendable (Int) -> Value) {
        let slots = Mutex<[Int: Value]>([:])
        DispatchQueue.concurrentPerform(iterations: count) { part in
            let value = body(part)
            slots.withLock { $0[part] = value }
        }
        results = slots.withLock { all in (0..<count).map { all[$0]! } }
    }
}

extension ParallelParts {
    /// Produces `count` parts on `workers` threads and hands each to `consume` on the calling thread in part
    /// order, as soon as it and every part before it are ready: consuming (such as writing to a file) overlaps
    /// producing, and only the parts not yet consumed are held in memory.
    ///
    /// When `consume` throws, the parts not yet started are skipped, the ones running finish, and the error is
    /// rethrown.
    static func stream(
        count: Int, workers: Int, _ produce: @escaping @Sendable (Int) -> Value, consume: (Value) throws -> Void
    ) rethrows {
        let shared = StreamState<Value>(count: count)
        let group = DispatchGroup()
        for _ in 0..<Swift.max(1, Swift.min(workers, count)) {
            DispatchQueue.global().async(group: group) {
                while true {
                    let part = shared.next.withLock { next in
                        defer { next += 1 }
                        return next
                    }
                    guard part < count, !shared.stop.withLock({ $0 }) else { return }
                    let value = produce(part)
                    shared.ready.withLock { $0[part] = value }
                    shared.signals[part].signal()
                }
            }
        }
        defer { group.wait() }
        for part in 0..<count {
            shared.signals[part].wait()
            let value = shared.ready.withLock { $0.removeValue(forKey: part)! }
            do { try consume(value) } catch {
                shared.stop.withLock { $0 = true }
                throw error
            }
        }
    }
}

/// What the workers and the consumer of ``ParallelParts/stream(count:workers:_:consume:)`` share.
private final class StreamState<Value: Sendable>: Sendable {
    /// The next part to start.
    let next = Mutex(0)
    /// Set when the consumer failed: start no more parts.
    let stop = Mutex(false)
    /// Finished parts not yet consumed.
    let ready = Mutex<[Int: Value]>([:])
    /// One per part, signalled when it is ready.
    let signals: [DispatchSemaphore]

    init(count: Int) { signals = (0..<count).map { _ in DispatchSemaphore(value: 0) } }
}
