import Foundation
import SalesCompetency
import Testing

struct OwnershipCheckTests {
    static func day(_ text: String) -> Day { try! Day(parsing: text) }

    static func roster() throws -> Roster {
        try Roster([
            Rep(id: "meg", roleIDs: ["manager", "consultant"]),
            Rep(id: "ava", roleIDs: ["consultant"], managerID: "meg"),
            Rep(id: "tess", roleIDs: ["trainer"]),
            Rep(id: "lee", roleIDs: ["manager"], leftOn: day("2025-01-31")),
            Rep(id: "vic", roleIDs: ["developer"]),
        ])
    }

    static func investment(
        _ id: Investment.ID, owner: Rep.ID, from start: String = "2025-01-06", to end: String? = nil,
        measurable: Bool = true
    ) throws -> Investment {
        try Investment(
            id: id, name: "Programme \(id)", category: .training, ownerID: owner, startsOn: day(start),
            endsOn: end.map(day), costs: [try CostItem(name: "Fee", kind: .oneTime(amount: 1000))],
            benefits: measurable
                ? [
                    try Benefit(
                        name: "Win rate", change: .beforeAfter(before: 0.3, after: 0.35), frequency: .year, units: 100,
                        attribution: 1, confidence: 1,
                        unitValue: 1000)
                ] : [])
    }

    @Test func findsNothingWhenTheOwnerIsSetUpToSucceed() throws {
        let check = OwnershipCheck(roster: try Self.roster(), asOf: Self.day("2025-06-30"))
        #expect(check.findings(for: [try Self.investment("a", owner: "vic")]).isEmpty)
    }

    @Test func findsEachProblemInPlainWords() throws {
        var policy = OwnershipPolicy.default
        policy.vendorContactIDs = ["vic"]
        let check = OwnershipCheck(roster: try Self.roster(), asOf: Self.day("2025-06-30"), policy: policy)
        let findings = check.findings(for: [
            try Self.investment("quota", owner: "ava"),
            try Self.investment("trainer", owner: "tess"),
            try Self.investment("gone", owner: "lee"),
            try Self.investment("vendor", owner: "vic", measurable: false),
            try Self.investment("stranger", owner: "nobody"),
        ])
        #expect(
            findings.map { "\($0.investmentID) \($0.kind.rawValue)" } == [
                "quota owner-carries-quota", "trainer owner-without-sales-role", "gone owner-has-left",
                "vendor owner-is-vendor-contact", "vendor no-measurable-goal", "stranger owner-not-on-roster",
            ])
        #expect(findings[0].message.contains("the owner ava is a consultant, a role that carries a quota"))
        #expect(findings[1].message.contains("has held no sales role (trainer)"))
        #expect(findings[5].message.contains("the owner nobody is not on the roster"))
        // A manager who also held a consultant role has sales experience and does not carry a quota now.
        #expect(check.findings(for: [try Self.investment("meg", owner: "meg")]).isEmpty)
    }

    @Test func countsLiveProgrammesOverThePortfolio() throws {
        let check = OwnershipCheck(roster: try Self.roster(), asOf: Self.day("2025-06-30"))
        let portfolio = [
            try Self.investment("one", owner: "meg"),
            try Self.investment("two", owner: "meg", to: "2025-12-31"),
            try Self.investment("ended", owner: "meg", to: "2025-03-31"),
            try Self.investment("later", owner: "meg", from: "2025-09-01"),
        ]
        let three = try Self.investment("three", owner: "meg")
        // Live on 2025-06-30: one, two and three; "ended" is over, "later" has not started: 3 > 2.
        let findings = check.findings(for: [three], portfolio: portfolio)
        #expect(findings.map(\.kind) == [.ownerOverstretched])
        #expect(findings[0].message.contains("owns 3 live programmes on 2025-06-30 (one, two, three), more than 2"))
        var relaxed = check
        relaxed.policy.maximumLiveProgrammes = 3
        #expect(relaxed.findings(for: [three], portfolio: portfolio).isEmpty)
        #expect(throws: ValidationError.self) { try OwnershipPolicy(maximumLiveProgrammes: 0) }
    }
}
