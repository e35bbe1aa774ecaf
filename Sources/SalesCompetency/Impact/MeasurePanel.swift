import Foundation

/// The value of one measure for each rep in each month: the data an impact analysis reads.
///
/// Values are dense (rep-major); a rep-month without a value (no closed deal for a win rate, no activity for
/// a competency score, a month outside employment) is missing, never 0, so that it does not pull a mean down.
///
/// ```swift
/// let panel = try MeasurePanel(opportunities: deals, measure: .winRate, roster: roster, months: range)
/// panel.value(of: "rep-01", in: .month(2025, 4))
/// ```
public struct MeasurePanel: Hashable, Sendable {
    /// The measure.
    public let measure: ImpactMeasure
    /// The reps, in a fixed order.
    public let reps: [Rep.ID]
    /// The months covered.
    public let months: PeriodRange
    /// `values[rep * months.count + month]`, NaN where missing.
    let values: [Double]
    let positions: [Rep.ID: Int]

    /// Creates a panel from dense values.
    ///
    /// - Parameters:
    ///   - measure: The measure.
    ///   - reps: The reps, without repeats.
    ///   - months: The months; monthly granularity.
    ///   - values: `reps.count × months.count` values, rep-major; NaN marks a missing value.
    /// - Throws: ``ValidationError`` with code `.valueOutOfRange` when the months are not months or the count of
    ///   values does not match, `.duplicateID` for a repeated rep.
    /// - Complexity: O(reps × months).
    public init(measure: ImpactMeasure, reps: [Rep.ID], months: PeriodRange, values: [Double]) throws {
        guard months.first.granularity == .month else {
            throw ValidationError(.valueOutOfRange, field: "months", message: "an impact panel is monthly")
        }
        guard values.count == reps.count * months.count else {
            throw ValidationError(
                .valueOutOfRange, field: "values",
                message: "expected \(reps.count * months.count) values (reps × months), found \(values.count)")
        }
        var positions: [Rep.ID: Int] = [:]
        for (index, rep) in reps.enumerated() {
            guard positions.updateValue(index, forKey: rep) == nil else {
                throw ValidationError(.duplicateID, item: "rep \(rep)", message: "the rep appears twice in the panel")
            }
        }
        self.measure = measure
        self.reps = reps
        self.months = months
        self.values = values
        self.positions = positions
    }

    /// Creates a panel from the values that are known; every other rep-month is missing.
    ///
    /// - Parameters:
    ///   - measure: The measure.
    ///   - months: The months; values outside them are ignored.
    ///   - observations: The value of each rep in each month it has one.
    /// - Throws: ``ValidationError`` as ``init(measure:reps:months:values:)`` does.
    /// - Complexity: O(observations + reps × months).
    public init(measure: ImpactMeasure, months: PeriodRange, observations: [Rep.ID: [Period: Double]]) throws {
        let reps = observations.keys.sorted { $0.rawValue < $1.rawValue }
        var values = [Double](repeating: .nan, count: reps.count * months.count)
        for (index, rep) in reps.enumerated() {
            for (month, value) in observations[rep]! where months.contains(month) && value.isFinite {
                values[index * months.count + month.ordinal - months.first.ordinal] = value
            }
        }
        try self.init(measure: measure, reps: reps, months: months, values: values)
    }

    /// The value of a rep in a month, or `nil` when missing or outside the panel.
    ///
    /// - Parameters:
    ///   - rep: The rep.
    ///   - month: The month.
    /// - Returns: The value.
    public func value(of rep: Rep.ID, in month: Period) -> Double? {
        guard let index = positions[rep], months.contains(month) else { return nil }
        let value = values[index * months.count + month.ordinal - months.first.ordinal]
        return value.isNaN ? nil : value
    }

    /// The position of a rep in ``reps``, or `nil`.
    ///
    /// - Parameter rep: The rep.
    /// - Returns: Its position.
    public func index(of rep: Rep.ID) -> Int? { positions[rep] }

    /// The number of rep-months with a value.
    ///
    /// - Complexity: O(reps × months).
    public var observationCount: Int { values.count { !$0.isNaN } }
}
