public import Foundation
public import SalesCompetency
import Synchronization

/// A clock that a test moves forward by hand; safe to share between tasks.
///
/// ```swift
/// let clock = ManualClock(start)
/// clock.advance(by: .seconds(86_400))
/// ```
public final class ManualClock: WallClock {
    /// The instant, as the bit pattern of its `timeIntervalSinceReferenceDate`.
    ///
    /// An atomic rather than a `Mutex`: on Linux a contended `Mutex` is handed over inside the futex system call,
    /// which ThreadSanitizer cannot see, so readers and writers of a shared clock would be reported as racing.
    private let bits: Atomic<UInt64>

    /// Creates a clock that starts at `start`.
    public init(_ start: Date) { bits = Atomic(start.timeIntervalSinceReferenceDate.bitPattern) }

    /// The current instant of this clock.
    public var now: Date {
        Date(timeIntervalSinceReferenceDate: Double(bitPattern: bits.load(ordering: .acquiring)))
    }

    /// Moves the clock forward (or back, for a negative duration); concurrent calls all take effect.
    public func advance(by duration: Duration) {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        var current = bits.load(ordering: .relaxed)
        while true {
            let next = (Double(bitPattern: current) + seconds).bitPattern
            let (exchanged, original) = bits.compareExchange(
                expected: current, desired: next, successOrdering: .acquiringAndReleasing, failureOrdering: .relaxed)
            if exchanged { return }
            current = original
        }
    }

    /// Sets the clock to `date`.
    public func set(to date: Date) {
        bits.store(date.timeIntervalSinceReferenceDate.bitPattern, ordering: .releasing)
    }
}
