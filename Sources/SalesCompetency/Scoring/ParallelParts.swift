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
