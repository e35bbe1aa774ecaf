/// How an impact analysis compares months and how many resamples it draws.
///
/// Months are counted around each participant's own enrolment month, which belongs to neither side: the
/// *before* window is the `monthsBefore` months just before it, the *after* window the `monthsAfter` months
/// just after it. Resampling is seeded, so the same inputs and options always give the same interval and
/// p-value.
///
/// ```swift
/// var options = ImpactOptions.default
/// options.resamples = 2_000
/// ```
public struct ImpactOptions: Hashable, Sendable, Codable {
    /// Months before the enrolment month that form the *before* window. Default 3.
    public var monthsBefore = 3
    /// Months after the enrolment month that form the *after* window. Default 3.
    public var monthsAfter = 3
    /// Bootstrap resamples for the intervals. Default 1,000.
    public var resamples = 1_000
    /// Random relabellings for the permutation p-value. Default 1,000.
    public var permutations = 1_000
    /// The confidence level of the intervals, between 0 and 1. Default 0.95.
    public var confidenceLevel = 0.95
    /// The seed of the resampling. Default 2025.
    public var seed: UInt64 = 2025
    /// Below this many reps with data, a group is too small to say anything and the report warns. Default 5.
    public var minimumGroupSize = 5

    /// The default options.
    public static let `default` = ImpactOptions()

    /// Creates the default options; change the properties afterwards.
    public init() {}

    /// Checks the options.
    ///
    /// - Throws: ``ValidationError`` with code `.valueOutOfRange` naming the first field out of range.
    func validate() throws {
        let checks: [(Bool, String, String)] = [
            (monthsBefore >= 1 && monthsBefore <= 60, "monthsBefore", "between 1 and 60"),
            (monthsAfter >= 1 && monthsAfter <= 60, "monthsAfter", "between 1 and 60"),
            (resamples >= 0 && resamples <= 1_000_000, "resamples", "between 0 and 1,000,000"),
            (permutations >= 0 && permutations <= 1_000_000, "permutations", "between 0 and 1,000,000"),
            (confidenceLevel > 0 && confidenceLevel < 1, "confidenceLevel", "strictly between 0 and 1"),
            (minimumGroupSize >= 1, "minimumGroupSize", "at least 1"),
        ]
        for (ok, field, range) in checks where !ok {
            throw ValidationError(.valueOutOfRange, item: "impact options", field: field, message: "must be \(range)")
        }
    }
}
