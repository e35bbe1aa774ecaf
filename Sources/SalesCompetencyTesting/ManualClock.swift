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
    private let instant: Mutex<Date>

    /// Creates a clock that starts at `start`.
    public init(_ start: Date) { instant = Mutex(start) }

    /// The current instant of this clock.
    public var now: Date { instant.withLock { $0 } }

    /// Moves the clock forward (or back, for a negative duration).
    public func advance(by duration: Duration) {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        instant.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    /// Sets the clock to `date`.
    public func set(to date: Date) {
        instant.withLock { $0 = date }
    }
}
