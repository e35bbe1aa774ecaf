import Foundation

/// The targets a Sales Competency Officer is held to, and the check of measured values against them.
///
/// The source model's defaults (``default``): 90%+ retention a year after training, non-induced sales churn down
/// 50%, and the sales cycle down 5–10% a year (met at 5%, the bottom of the range; 10% is the stretch).
///
/// - Retention: met when measured retention ≥ the target; gap = target − measured.
/// - Churn: reduction = (before − after) ÷ before; met when ≥ the target; gap = target − reduction.
/// - Cycle: yearly reduction = 1 − (after ÷ before)^(1/years), the compound rate, so two years that take a
///   cycle from 100 to 81 days count as 10% a year; met when ≥ the target; gap = target − reduction.
public struct SalesGoals: Hashable, Sendable, Codable {
    /// Retention a year after training to reach, 0…1. Source model: 0.90.
    public var retentionAfterOneYear: Double
    /// Relative reduction of non-induced churn to reach, 0…1. Source model: 0.50.
    public var nonInducedChurnReduction: Double
    /// Yearly relative reduction of the sales cycle to reach, 0…1. Source model: 0.05.
    public var salesCycleReductionPerYear: Double
    /// The top of the source model's cycle range, reported as the stretch. Source model: 0.10.
    public var salesCycleStretchPerYear: Double

    /// Creates targets.
    ///
    /// - Parameters:
    ///   - retentionAfterOneYear: Retention target, 0…1.
    ///   - nonInducedChurnReduction: Churn reduction target, 0…1.
    ///   - salesCycleReductionPerYear: Cycle reduction per year, 0…1.
    ///   - salesCycleStretchPerYear: Stretch cycle reduction per year, 0…1.
    /// - Throws: ``ValidationError`` naming the target outside 0…1.
    public init(
        retentionAfterOneYear: Double = 0.9, nonInducedChurnReduction: Double = 0.5,
        salesCycleReductionPerYear: Double = 0.05, salesCycleStretchPerYear: Double = 0.10
    ) throws {
        try ROICheck.unit(retentionAfterOneYear, "retentionAfterOneYear")
        try ROICheck.unit(nonInducedChurnReduction, "nonInducedChurnReduction")
        try ROICheck.unit(salesCycleReductionPerYear, "salesCycleReductionPerYear")
        try ROICheck.unit(salesCycleStretchPerYear, "salesCycleStretchPerYear")
        self.retentionAfterOneYear = retentionAfterOneYear
        self.nonInducedChurnReduction = nonInducedChurnReduction
        self.salesCycleReductionPerYear = salesCycleReductionPerYear
        self.salesCycleStretchPerYear = salesCycleStretchPerYear
    }

    /// The source model's targets: 90% retention, churn −50%, cycle −5% a year (−10% stretch).
    public static let `default` = try! SalesGoals()

    /// Judges each goal that has its measurements.
    ///
    /// - Parameter measured: The measured values.
    /// - Returns: One result per goal with measurements, in the order retention, churn, cycle.
    /// - Throws: ``ValidationError`` with code `zeroBaseline` when churn before is 0 (a reduction of nothing), or
    ///   `missingValue` when only one of a before/after pair is given.
    public func evaluate(_ measured: GoalMeasurements) throws -> [GoalResult] {
        var results: [GoalResult] = []
        if let retention = measured.retentionAfterOneYear {
            results.append(GoalResult(goal: .retentionAfterOneYear, measured: retention, target: retentionAfterOneYear))
        }
        switch (measured.nonInducedChurnBefore, measured.nonInducedChurnAfter) {
        case (let before?, let after?):
            guard before > 0 else {
                throw ValidationError(
                    .zeroBaseline, field: "nonInducedChurnBefore",
                    message: "is 0, so a reduction cannot be computed")
            }
            results.append(
                GoalResult(
                    goal: .nonInducedChurnReduction, measured: (before - after) / before,
                    target: nonInducedChurnReduction))
        case (nil, nil): break
        case (nil, _):
            throw ValidationError(
                .missingValue, field: "nonInducedChurnBefore", message: "is needed with nonInducedChurnAfter")
        case (_, nil):
            throw ValidationError(
                .missingValue, field: "nonInducedChurnAfter", message: "is needed with nonInducedChurnBefore")
        }
        switch (measured.salesCycleDaysBefore, measured.salesCycleDaysAfter) {
        case (let before?, let after?):
            let years = measured.salesCycleYears ?? 1
            let reduction = 1 - pow(after / before, 1 / years)
            results.append(
                GoalResult(
                    goal: .salesCycleReductionPerYear, measured: reduction, target: salesCycleReductionPerYear,
                    stretch: salesCycleStretchPerYear))
        case (nil, nil): break
        case (nil, _):
            throw ValidationError(
                .missingValue, field: "salesCycleDaysBefore", message: "is needed with salesCycleDaysAfter")
        case (_, nil):
            throw ValidationError(
                .missingValue, field: "salesCycleDaysAfter", message: "is needed with salesCycleDaysBefore")
        }
        return results
    }
}
