import Testing

@testable import SalesCompetency

struct RoleReadinessTests {
    @Test func matchScoreByHand() throws {
        let readiness = try RoleReadiness(
            assessed: ["communicating-effectively": 4, "negotiating-positions": 2, "articulating-value": 3],
            against: RoleProfileTests.consultant())
        // Required above the floor: (4 − 1) + (3 − 1) + (5 − 1) = 9.
        // Covered: min(3, 3) + min(1, 2) + min(2, 4) = 3 + 1 + 2 = 6.  6 ÷ 9 = 0.666…
        #expect(abs(readiness.matchScore - 6.0 / 9.0) < 1e-12)
        #expect(abs(readiness.matchPercent - 66.666_666_666_666_67) < 1e-9)
        #expect(readiness.shortfalls.map(\.competencyID) == ["articulating-value", "negotiating-positions"])
        #expect(!readiness.meetsAllRequirements)
        #expect(readiness.roleID == "consultant")
    }

    @Test func exceedingARequirementEarnsNoExtraCredit() throws {
        let readiness = try RoleReadiness(
            assessed: ["communicating-effectively": 5, "negotiating-positions": 5, "articulating-value": 1],
            against: RoleProfileTests.consultant())
        // Covered: min(4, 3) + min(4, 2) + min(0, 4) = 3 + 2 + 0 = 5 of 9.
        #expect(abs(readiness.matchScore - 5.0 / 9.0) < 1e-12)
    }

    @Test func fullAndEmptyMatches() throws {
        let profile = try RoleProfileTests.consultant()
        let ready = try RoleReadiness(
            assessed: ["communicating-effectively": 4, "negotiating-positions": 3, "articulating-value": 5],
            against: profile)
        #expect(ready.matchScore == 1)
        #expect(ready.meetsAllRequirements)
        #expect(try RoleReadiness(assessed: [:], against: profile).matchScore == 0)
        let floorOnly = try RoleProfile(role: "analyst", requirements: ["solving-problems": 1])
        #expect(try RoleReadiness(assessed: [:], against: floorOnly).matchScore == 1)
        #expect(
            try RoleReadiness(assessed: [:], against: RoleProfile(role: "analyst", requirements: [:])).matchScore == 1)
    }

    @Test func ranksCandidatesForHiringOrPromotion() throws {
        let ranked = try RoleReadiness.rank(
            candidates: [
                "ana": ["communicating-effectively": 4, "negotiating-positions": 3, "articulating-value": 4],  // 8 / 9
                "ben": ["communicating-effectively": 2, "negotiating-positions": 2, "articulating-value": 2],  // 3 / 9
                "cy": ["communicating-effectively": 4, "negotiating-positions": 3, "articulating-value": 4],  // 8 / 9
            ],
            for: RoleProfileTests.consultant())
        #expect(ranked.map(\.candidate) == ["ana", "cy", "ben"])
        #expect(abs(ranked[0].readiness.matchScore - 8.0 / 9.0) < 1e-12)
        #expect(abs(ranked[2].readiness.matchScore - 3.0 / 9.0) < 1e-12)
        #expect(throws: ValidationError.self) {
            try RoleReadiness.rank(candidates: ["x": ["articulating-value": 7]], for: RoleProfileTests.consultant())
        }
    }
}
