import Foundation

/// A value that threads share, reached only while holding its lock: the project's one lock.
///
/// `Locked` is used rather than `Synchronization.Mutex` because ThreadSanitizer can see it. On Linux a contended
/// `Mutex` is handed from one thread to the next inside the futex system call (`FUTEX_LOCK_PI`), where the kernel
/// writes the new owner into the lock word; ThreadSanitizer sees no release and acquire there, and reports two
/// threads that take turns holding the lock as a data race. `Locked` holds a pthread mutex (through `NSLock`),
/// whose lock and unlock ThreadSanitizer intercepts, so a race it reports is a real one.
///
/// The value is stored in the instance and reached only inside ``withLock(_:)``, which is what makes sharing it
/// safe: a `Locked` is `Sendable` when its value is.
package final class Locked<Value> {
    private let lock = NSLock()
    private var value: Value

    /// A lock guarding `value`.
    package init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` on the value while holding the lock, and returns what it returns.
    package func withLock<Result, Failure: Error>(
        _ body: (inout Value) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

extension Locked: @unchecked Sendable where Value: Sendable {}
