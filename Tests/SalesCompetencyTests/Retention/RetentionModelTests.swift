import Foundation
import SalesCompetency
import Testing

struct RetentionModelTests {
    @Test func calibratesStabilityFromTheSeedsEightyPercentAfterNinetyDays() throws {
        // S = −d / ln(1 − f) = −90 / ln 0.2 = 90 / ln 5 = 90 / 1.6094379124341 = 55.920144110365 days.
        let model = try RetentionModel(forgotten: 0.8, afterDays: 90)
        #expect(abs(model.stability - 55.920144110365) < 1e-9)
        #expect(abs(model.stability - RetentionModel.default.stability) < 1e-12)
        // By construction R(90) = 1 − 0.8 = 0.2, and R(0) = 1.
        #expect(abs(model.retention(atDay: 90) - 0.2) < 1e-12)
        #expect(model.retention(atDay: 0) == 1)
        // R(365) = e^(−365/55.920144) = e^(−6.527164) = 0.0014631.
        #expect(abs(model.retention(atDay: 365) - 0.0014631481945561627) < 1e-12)
        // Half-life = S · ln 2 = 55.920144 × 0.693147 = 38.760890 days.
        #expect(abs(model.halfLife - 38.760890226605) < 1e-9)
    }

    @Test func calibratesTheSlowEndOfTheSeedsRange() throws {
        // 80% after 120 days: S = 120 / ln 5 = 74.560192147153 days; R(120) = 0.2.
        let model = try RetentionModel(forgotten: 0.8, afterDays: 120)
        #expect(abs(model.stability - 74.560192147153) < 1e-9)
        #expect(abs(RetentionModel.slowForgetting.stability - model.stability) < 1e-12)
        #expect(abs(model.retention(atDay: 120) - 0.2) < 1e-12)
    }

    @Test func findsTheDayRetentionFallsToATarget() throws {
        // t = −S · ln 0.9 = 55.920144 × 0.1053605 = 5.891775 days: R(5) = 0.91447 ≥ 0.9 > R(6) = 0.89826.
        let model = RetentionModel.default
        let day = try model.day(whenRetentionFallsTo: 0.9)
        #expect(abs(day - 5.891775219128) < 1e-9)
        #expect(abs(model.retention(atDay: 5) - 0.914467621598) < 1e-9)
        #expect(abs(model.retention(atDay: 6) - 0.898259873762) < 1e-9)
    }

    @Test(arguments: [
        (0.0, 90.0, "forgotten"), (1.0, 90.0, "forgotten"), (-0.1, 90.0, "forgotten"), (1.2, 90.0, "forgotten"),
        (Double.nan, 90.0, "forgotten"), (0.8, 0.0, "afterDays"), (0.8, -5.0, "afterDays"),
        (0.8, Double.infinity, "afterDays"), (0.8, Double.nan, "afterDays"),
    ])
    func rejectsFractionsOutsideTheOpenUnitIntervalAndNonPositiveDays(
        forgotten: Double, afterDays: Double, field: String
    ) {
        #expect {
            _ = try RetentionModel(forgotten: forgotten, afterDays: afterDays)
        } throws: { error in
            (error as? ValidationError)?.field == field
        }
    }

    @Test func rejectsTargetsOutsideTheOpenUnitInterval() {
        #expect(throws: ValidationError.self) { _ = try RetentionModel.default.day(whenRetentionFallsTo: 1) }
        #expect(throws: ValidationError.self) { _ = try RetentionModel.default.day(whenRetentionFallsTo: 0) }
    }

    @Test func decodesAndValidatesItsJSON() throws {
        let model = try JSONDecoder().decode(RetentionModel.self, from: Data(#"{"stability": 60}"#.utf8))
        #expect(model.stability == 60)
        #expect(throws: ValidationError.self) {
            _ = try JSONDecoder().decode(RetentionModel.self, from: Data(#"{"stability": -1}"#.utf8))
        }
        #expect(String(decoding: try JSONEncoder().encode(model), as: UTF8.self) == #"{"stability":60}"#)
    }
}
