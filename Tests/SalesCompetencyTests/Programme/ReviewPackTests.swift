import Foundation
import SalesCompetency
import Testing

struct ReviewPackTests {
    static func day(_ text: String) -> Day { try! Day(parsing: text) }

    static let roster = try! Roster([
        Rep(id: "meg", roleIDs: ["manager"]),
        Rep(id: "ava", roleIDs: ["consultant"], managerID: "meg"),
    ])

    /// Every competency of the built-in model, scored for ava in 2025: January and February without data,
    /// then scores that step through the bands.
    static func scorecards() -> [Scorecard] {
        let competencies = CompetencyDictionary.builtIn.competencies.map(\.id)
        var cards: [Scorecard] = []
        for (index, competency) in competencies.enumerated() {
            for month in 3...12 {
                let score = Double((index + month) % 12) / 8
                cards.append(
                    Scorecard(
                        repID: "ava", roleID: "consultant", period: .month(2025, month), competencyID: competency,
                        score: score, status: StatusBands.default.status(of: score)))
            }
        }
        return cards
    }

    @Test func gathersTheYearOfARep() throws {
        let first = CompetencyDictionary.builtIn.competencies[0].id
        let assessments = [
            try Assessment(
                repID: "ava", competencyID: first, source: .fieldRide, rating: 5, assessedOn: Self.day("2025-03-12")),
            try Assessment(
                repID: "ava", competencyID: first, source: .threeSixty, rating: 4, assessedOn: Self.day("2025-03-20")),
            try Assessment(
                repID: "ava", competencyID: first, source: .selfAssessment, rating: 1,
                assessedOn: Self.day("2025-04-02")),
        ]
        let profile = try RoleProfile(role: "consultant", requirements: [first: 4])
        let next = try RoleProfile(role: "manager", requirements: [first: 5])
        let pack = try ReviewPack(
            repID: "ava", year: 2025, roster: Self.roster, scorecards: Self.scorecards(), assessments: assessments,
            profiles: [profile, next], nextRoleID: "manager",
            held: [HeldReinforcement(repID: "ava", investmentID: "bootcamp", heldOn: Self.day("2025-05-05"))])
        #expect(pack.competencies.count == 29)
        #expect(pack.competencies[0].months.prefix(2).allSatisfy { $0.score == nil && $0.band == "no-data" })
        // Competency 0 in March: (0 + 3) % 12 / 8 = 0.375, red.
        #expect(pack.competencies[0].months[2].score == 0.375 && pack.competencies[0].months[2].band == "red")
        // March: field ride 5 and 360 4 → mean 4.5, normalised (4.5 − 1) / 4 = 0.875 against 0.375: diverges
        // (tolerance 0.25). April: a self-assessment 1 → 0 against (0 + 4) % 12 / 8 = 0.5.
        #expect(pack.validations.count == 2)
        #expect(pack.validations[0].sources == [.fieldRide, .threeSixty])
        #expect(pack.validations[0].assessed == 0.875 && pack.validations[0].diverges)
        // Gaps use ratings by others only: mean 4.5 against 4 required → −0.5, no shortfall; 5 for manager.
        #expect(pack.gaps?.first?.gap == -0.5)
        #expect(pack.readiness?.roleID == "manager")
        #expect(abs((pack.readiness?.matchScore ?? 0) - 3.5 / 4) < 1e-12)
        #expect(pack.reinforcements.count == 1)
        let html = pack.html()
        #expect(html.components(separatedBy: "<tr><td class=\"name\">").count - 1 == 29)
        #expect(html.contains("tr,td,th{break-inside:avoid;page-break-inside:avoid}"))
        #expect(html.contains("thead{display:table-header-group}"))
        #expect(html.contains("<td class=\"num no-data\">–</td>"))
    }

    @Test func refusesARepMissingFromTheRosterAndAYearWithNoData() throws {
        let missing = try #require(throws: ValidationError.self) {
            try ReviewPack(repID: "zed", year: 2025, roster: Self.roster, scorecards: Self.scorecards())
        }
        #expect(missing.field == "repID")
        let empty = try #require(throws: ValidationError.self) {
            try ReviewPack(repID: "ava", year: 2019, roster: Self.roster, scorecards: Self.scorecards())
        }
        #expect(empty.field == "year")
        #expect(empty.message.contains("no scores, ratings, deals or trainings in 2019"))
    }

    @Test func escapesHostileNames() throws {
        let roster = try Roster([Rep(id: "<b>&\"x\"", roleIDs: ["consultant"])])
        let cards = [
            Scorecard(
                repID: "<b>&\"x\"", roleID: "consultant", period: .month(2025, 1), competencyID: "<i>new</i>", score: 1,
                status: .green)
        ]
        let html = try ReviewPack(repID: "<b>&\"x\"", year: 2025, roster: roster, scorecards: cards).html()
        #expect(html.contains("Annual review 2025: &lt;b&gt;&amp;&quot;x&quot;"))
        #expect(html.contains("&lt;i&gt;new&lt;/i&gt;"))
        #expect(!html.contains("<i>new"))
    }
}
