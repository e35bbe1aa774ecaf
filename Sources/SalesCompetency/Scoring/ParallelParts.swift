import Dispatch

/// Runs `count` independent parts of a computation on all cores and keeps their results in part order.
struct ParallelParts<Value: Sendable>: Sendable {
    let results: [Value]

    init(count: Int, _ body: @Sendable (Int) -> Value) {
        let slots = Locked<[Int: Value]>([:])
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
        let workers = Swift.max(1, Swift.min(workers, count))
        let shared = StreamState<Value>(count: count, ahead: 2 * workers)
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) {
                while true {
                    // A part is started only while fewer than `ahead` parts are started and not yet consumed.
                    shared.room.wait()
                    let part = shared.next.withLock { next in
                        defer { next += 1 }
                        return next
                    }
                    guard part < count, !shared.stop.withLock({ $0 }) else {
                        shared.room.signal()
                        return
                    }
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
                // Wake the workers waiting for room, so that they see the stop and return; then give back the room
                // of the parts started and never consumed (a semaphore must not be freed below its first value).
                for _ in 0..<workers { shared.room.signal() }
                group.wait()
                // Every claim waited once; each worker's last claim (the one that returned) gave its room back, the
                // others hold theirs until consumed: `claims - workers` held, `part` given back, `workers` extra.
                let claims = shared.next.withLock { $0 }
                for _ in 0..<Swift.max(0, claims - part - 2 * workers) { shared.room.signal() }
                throw error
            }
            shared.room.signal()
        }
    }
}

/// What the workers and the consumer of ``ParallelParts/stream(count:workers:_:consume:)`` share.
private final class StreamState<Value: Sendable>: Sendable {
    /// The next part to start.
    let next = Locked(0)
    /// Set when the consumer failed: start no more parts.
    let stop = Locked(false)
    /// Finished parts not yet consumed.
    let ready = Locked<[Int: Value]>([:])
    /// One per part, signalled when it is ready.
    let signals: [DispatchSemaphore]
    /// Counts the parts that may still be started before the consumer catches up.
    let room: DispatchSemaphore

    init(count: Int, ahead: Int) {
        signals = (0..<count).map { _ in DispatchSemaphore(value: 0) }
        room = DispatchSemaphore(value: ahead)
    }
}
