import Foundation
import SalesCompetency
import Testing

struct BenefitImpactTests {
    static func report(_ measure: ImpactMeasure, estimate: Double, lower: Double, upper: Double) throws -> ImpactReport
    {
        let (panel, enrolments) = try ImpactReportTests.smallCase()
        var report = try ImpactReport(
            panel: panel, enrolments: enrolments, investmentID: "x", options: ImpactReportTests.smallOptions)
        report.measure = measure
        report.estimate = ImpactEstimate(
            value: estimate, interval: ConfidenceInterval(lower: lower, upper: upper, level: 0.95), reps: 2)
        return report
    }

    @Test func confidenceIsTheShareTheNearEndOfTheIntervalKeeps() throws {
        // Higher is better: lower bound / estimate = 0.12 / 0.3 = 0.4.
        let winRate = try Self.report(.winRate, estimate: 0.3, lower: 0.12, upper: 0.47)
        #expect(abs(Benefit.conservativeConfidence(of: winRate) - 0.4) < 1e-12)
        // Lower is better: upper bound / estimate = −2 / −8 = 0.25.
        let cycle = try Self.report(.cycleDays, estimate: -8, lower: -14, upper: -2)
        #expect(abs(Benefit.conservativeConfidence(of: cycle) - 0.25) < 1e-12)
        // An interval that reaches 0, or an estimate that is no improvement, earns nothing.
        #expect(
            Benefit.conservativeConfidence(of: try Self.report(.winRate, estimate: 0.3, lower: -0.1, upper: 0.6)) == 0)
        #expect(Benefit.conservativeConfidence(of: try Self.report(.cycleDays, estimate: 3, lower: 1, upper: 5)) == 0)
    }

    @Test func aMeasuredBenefitKeepsTheClaimsUnitsAndCountsTheLowerBound() throws {
        let report = try Self.report(.winRate, estimate: 0.3, lower: 0.12, upper: 0.47)
        let claimed = try Benefit(
            name: "Win-rate lift", change: .controlGroup(trained: 0.75, control: 0.45), frequency: .year, units: 120,
            attribution: 0.6, confidence: 0.8, unitValue: 3_000)
        let measured = try claimed.measured(by: report)
        #expect(measured.change == .controlGroup(trained: Decimal(string: "0.3")!, control: 0))
        #expect(measured.attribution == 1 && measured.confidence == Decimal(string: "0.4")!)
        #expect(measured.units == 120 && measured.unitValue == 3_000 && measured.frequency == .year)
        #expect(measured.name == claimed.name && measured.direction == .higherIsBetter)
        let cycle = try Benefit(
            measured: try Self.report(.cycleDays, estimate: -8, lower: -14, upper: -2), name: "Shorter cycle",
            units: 10, unitValue: 50)
        #expect(cycle.direction == .lowerIsBetter && cycle.confidence == Decimal(string: "0.25")!)
    }
}
