public import Foundation

/// A source of the current instant, injected wherever "now" matters: the current period, the age of a
/// training for retention, the stamps of the audit trail.
///
/// The library never reads the system time on its own; hosts pass a clock. Use ``SystemClock`` (also
/// spelled `.system`) in production and a fixed or manual clock in tests:
///
/// ```swift
/// let clock: any WallClock = .fixed(Date(timeIntervalSince1970: 1_767_225_600))
/// ```
///
/// Implementation requirements: `now` must be safe to read from any thread and should not go backwards.
public protocol WallClock: Sendable {
    /// The current instant.
    var now: Date { get }
}

/// The clock of the operating system.
public struct SystemClock: WallClock {
    /// Creates the system clock.
    public init() {}

    /// The current instant as the operating system reports it.
    public var now: Date { Date() }
}

/// A clock stopped at one instant, for deterministic tests and reproducible runs; also spelled `.fixed(_:)`.
///
/// ```swift
/// let clock = FixedClock(Date(timeIntervalSince1970: 1_767_225_600))
/// ```
public struct FixedClock: WallClock {
    /// The instant this clock answers.
    public var now: Date

    /// Creates a clock stopped at `now`.
    ///
    /// - Parameter now: The instant the clock answers.
    public init(_ now: Date) { self.now = now }
}

extension WallClock where Self == SystemClock {
    /// The clock of the operating system.
    public static var system: SystemClock { SystemClock() }
}

extension WallClock where Self == FixedClock {
    /// A clock that always answers `date`.
    ///
    /// - Parameter date: The instant the clock answers.
    /// - Returns: A ``FixedClock``.
    public static func fixed(_ date: Date) -> FixedClock { FixedClock(date) }
}
