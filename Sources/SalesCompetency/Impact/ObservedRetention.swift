import Foundation

/// How the measured gain of a programme fades over the months after it, fitted to the forgetting curve
/// R(t) = e^(−t/S) and set beside the assumed curve.
///
/// The gain of month *k* after enrolment is measured at t = 30.4375 · k days; the fit chooses A and S that
/// minimise Σ (gain − A · e^(−t/S))² (A by least squares for each S, S by a search on a log scale between
/// 1 and 36,500 days). S at the upper end means no measurable decay.
public struct ObservedRetention: Hashable, Sendable, Codable {
    /// The fitted gain at the end of the programme, A.
    public var initialGain: Double
    /// The fitted stability S in days.
    public var stability: Double
    /// The bootstrap interval of S.
    public var interval: ConfidenceInterval?
    /// The assumed stability it is compared with (80% forgotten after 90 days: S ≈ 55.92 days).
    public var assumedStability: Double
    /// The days at which gains were measured.
    public var days: [Double]
    /// The measured gains at those days.
    public var gains: [Double]

    /// Creates an observed retention.
    ///
    /// - Parameters:
    ///   - initialGain: The fitted gain A.
    ///   - stability: The fitted S.
    ///   - interval: The interval of S.
    ///   - assumedStability: The assumed S.
    ///   - days: The measurement days.
    ///   - gains: The measured gains.
    public init(
        initialGain: Double, stability: Double, interval: ConfidenceInterval?, assumedStability: Double,
        days: [Double], gains: [Double]
    ) {
        (self.initialGain, self.stability, self.interval) = (initialGain, stability, interval)
        (self.assumedStability, self.days, self.gains) = (assumedStability, days, gains)
    }

    /// The largest stability the fit reports: 100 years, meaning no measurable decay.
    public static let maximumStability = 36_500.0

    /// The retention after one year, e^(−365/S).
    public var retentionAfterOneYear: Double { exp(-365 / stability) }

    /// Whether the goal of 90% retention after a year is on track: e^(−365/S) ≥ 0.9, that is S ≥ 3,464 days.
    public var isOnTrack: Bool { retentionAfterOneYear >= 0.9 }

    /// Fits A and S to gains measured at days; `nil` when no gain is finite, or A ≤ 0 (nothing to retain).
    ///
    /// - Complexity: O(points × 300).
    static func fit(days: [Double], gains: [Double]) -> (gain: Double, stability: Double)? {
        let points = zip(days, gains).filter { $0.1.isFinite }
        guard !points.isEmpty else { return nil }
        func best(_ logS: Double) -> (gain: Double, error: Double) {
            let s = exp(logS)
            var gx = 0.0
            var xx = 0.0
            for (t, g) in points {
                let x = exp(-t / s)
                gx += g * x
                xx += x * x
            }
            let a = gx / xx
            var error = 0.0
            for (t, g) in points {
                let r = g - a * exp(-t / s)
                error += r * r
            }
            return (a, error)
        }
        let top = log(maximumStability)
        var bestLog = 0.0
        var bestError = Double.infinity
        for step in 0...200 {  // a coarse grid first, then a golden-section search around its best point
            let logS = top * Double(step) / 200
            let error = best(logS).error
            if error < bestError - 1e-15 {
                bestError = error
                bestLog = logS
            }
        }
        var low = Swift.max(0, bestLog - top / 200)
        var high = Swift.min(top, bestLog + top / 200)
        let ratio = (5.0.squareRoot() - 1) / 2
        for _ in 0..<60 {
            let a = high - ratio * (high - low)
            let b = low + ratio * (high - low)
            if best(a).error <= best(b).error { high = b } else { low = a }
        }
        let logS = (low + high) / 2
        let fitted = best(logS)
        guard fitted.gain > 0 else { return nil }
        return (fitted.gain, exp(logS))
    }
}
