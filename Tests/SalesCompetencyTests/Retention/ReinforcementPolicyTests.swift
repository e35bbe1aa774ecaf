import SalesCompetency
import Testing

struct ReinforcementPolicyTests {
    @Test func stabilityGrowsWithTheGapUpToTheCap() throws {
        let policy = ReinforcementPolicy.default  // k = 10, m = 4
        // Massed practice: a refresher 1 day later adds 10 days: 55.92 → 65.92.
        #expect(abs(policy.stability(after: 55.92, gap: 1) - 65.92) < 1e-9)
        // A refresher after 5 days: 55.92 + 50 = 105.92 (factor 1.89).
        #expect(abs(policy.stability(after: 55.92, gap: 5) - 105.92) < 1e-9)
        // After 200 days the gain 2000 is capped at 4 × 55.92 = 223.68.
        #expect(abs(policy.stability(after: 55.92, gap: 200) - 223.68) < 1e-9)
    }

    @Test func rejectsNegativeGainsFactorsBelowOneAndNaN() {
        #expect(throws: ValidationError.self) { _ = try ReinforcementPolicy(spacingGain: -1) }
        #expect(throws: ValidationError.self) { _ = try ReinforcementPolicy(maximumFactor: 0.5) }
        #expect(throws: ValidationError.self) { _ = try ReinforcementPolicy(spacingGain: .nan) }
    }
}
