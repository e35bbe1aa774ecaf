import Foundation
import SalesCompetency
import Testing

/// The estimates and intervals agree with an independent computation: `Benchmarks/ImpactCheck/impact_check.py`
/// (pandas and numpy, written from the documented method) wrote `Fixtures/impact/expected.json` from the same
/// `panel.csv` and `enrolments.csv`, under the same resampling plan.
struct ImpactCheckFixtureTests {
    struct Expected: Decodable {
        struct Options: Decodable {
            var monthsBefore, monthsAfter, resamples, permutations: Int
            var seed: UInt64
            var confidenceLevel: Double
        }
        var options: Options
        var months: [String]
        var participants, comparisonReps: Int
        var estimate, pValue, preTrend, trendLine: Double
        var interval, preTrendInterval, trendLineInterval, gains: [Double]
    }

    static func fixture(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/impact"))
    }

    @Test func agreesWithTheIndependentScript() throws {
        let expected = try JSONDecoder().decode(
            Expected.self, from: Data(contentsOf: try Self.fixture("expected.json")))
        var observations: [Rep.ID: [Period: Double]] = [:]
        try CSVReader(contentsOfFile: try Self.fixture("panel.csv").path).forEachRecord { record in
            guard record.line > 1 else { return }
            observations[Rep.ID(rawValue: record.string(at: 0)), default: [:]][
                try Period(parsing: record.string(at: 1))] =
                Double(record.string(at: 2))!
        }
        let panel = try MeasurePanel(
            measure: .won,
            months: PeriodRange(Period(parsing: expected.months[0]), through: Period(parsing: expected.months[1])),
            observations: observations)
        let enrolments = try EnrolmentList(csvFile: try Self.fixture("enrolments.csv").path)
        var options = ImpactOptions()
        options.monthsBefore = expected.options.monthsBefore
        options.monthsAfter = expected.options.monthsAfter
        options.resamples = expected.options.resamples
        options.permutations = expected.options.permutations
        options.seed = expected.options.seed
        options.confidenceLevel = expected.options.confidenceLevel
        let report = try ImpactReport(panel: panel, enrolments: enrolments, investmentID: "sim", options: options)
        func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-9 } ?? false }
        #expect(report.estimate.reps == expected.participants && report.comparisonReps == expected.comparisonReps)
        #expect(close(report.estimate.value, expected.estimate))
        #expect(close(report.estimate.interval?.lower, expected.interval[0]))
        #expect(close(report.estimate.interval?.upper, expected.interval[1]))
        #expect(close(report.pValue, expected.pValue))
        #expect(close(report.preTrend?.value, expected.preTrend))
        #expect(close(report.preTrend?.interval?.lower, expected.preTrendInterval[0]))
        #expect(close(report.preTrend?.interval?.upper, expected.preTrendInterval[1]))
        #expect(close(report.trendLine?.value, expected.trendLine))
        #expect(close(report.trendLine?.interval?.lower, expected.trendLineInterval[0]))
        #expect(close(report.trendLine?.interval?.upper, expected.trendLineInterval[1]))
        let gains = report.timeline.filter { $0.offset >= 1 }.map(\.gain)
        #expect(zip(gains, expected.gains).allSatisfy { close($0, $1) })
    }
}
