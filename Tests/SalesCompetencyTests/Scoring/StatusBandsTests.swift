import SalesCompetency
import Testing

struct StatusBandsTests {
    @Test func defaultBandsAreRedAmberGreenAtSevenTenthsAndOne() {
        let bands = StatusBands.default
        #expect(bands.status(of: 0) == .red)
        #expect(bands.status(of: 0.69) == .red)
        #expect(bands.status(of: 0.7) == .amber)
        #expect(bands.status(of: 0.99) == .amber)
        #expect(bands.status(of: 1) == .green)
        #expect(bands.status(of: 1.5) == .green)
    }

    @Test func judgesTheScoreRoundedHalfUpToSixDecimals() {
        let oneUlpBelow = (3 * 0.7) / 3
        #expect(oneUlpBelow < 0.7)  // 0.6999999999999998 in binary floating point
        #expect(StatusBands.micro(oneUlpBelow) == 700_000)
        #expect(StatusBands.default.status(of: oneUlpBelow) == .amber)
        #expect(StatusBands.default.status(of: 0.6999994999) == .red)  // rounds to 0.699999
        #expect(StatusBands.micro(0.6999995) == 700_000)  // half up
        #expect(StatusBands.default.status(of: 0.6999995) == .amber)
        #expect(StatusBands.micro(0.1234564) == 123_456)
    }

    @Test func customBands() throws {
        let strict = try StatusBands(amberFrom: 0.8, greenFrom: 1.2)
        #expect(strict.status(of: 0.75) == .red && strict.status(of: 1.0) == .amber && strict.status(of: 1.2) == .green)
    }

    @Test(arguments: [(0.9, 0.8), (-0.1, 1.0), (Double.nan, 1.0), (0.5, Double.infinity)])
    func rejectsBandsOutOfOrderOrNotFinite(amber: Double, green: Double) throws {
        let error = try #require(throws: ValidationError.self) { try StatusBands(amberFrom: amber, greenFrom: green) }
        #expect(error.code == .invalidBands)
    }
}
