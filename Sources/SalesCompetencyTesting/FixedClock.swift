public import Foundation
public import SalesCompetency

/// A clock stopped at one instant, for deterministic tests.
///
/// ```swift
/// let clock = FixedClock(Date(timeIntervalSince1970: 1_767_225_600))
/// ```
public struct FixedClock: WallClock {
    /// The instant this clock answers.
    public var now: Date

    /// Creates a clock stopped at `now`.
    public init(_ now: Date) { self.now = now }
}
