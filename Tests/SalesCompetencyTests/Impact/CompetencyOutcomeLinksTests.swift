import Testing

@testable import SalesCompetency

struct CompetencyOutcomeLinksTests {
    @Test func ranksWithTiesSharingTheirMeanRank() {
        #expect(CompetencyOutcomeLinks.ranks([3, 1, 3, 2]) == [3.5, 1, 3.5, 2])
    }

    @Test func spearmanByHand() throws {
        // Ranks x 1,2,3,4,5 against y 2,1,4,3,5: d² = 1+1+1+1+0 = 4, rho = 1 − 6·4 / (5·24) = 0.8.
        let rho = try #require(CompetencyOutcomeLinks.spearman([(1, 20), (2, 10), (3, 40), (4, 30), (5, 50)]))
        #expect(abs(rho - 0.8) < 1e-12)
        #expect(CompetencyOutcomeLinks.spearman([(1, 1), (2, 1), (3, 1)]) == nil)
    }

    @Test func pairsEachMonthsScoreWithTheNextMonthsOutcome() throws {
        let months = try PeriodRange(.month(2025, 1), through: .month(2025, 4))
        let outcome = try MeasurePanel(
            measure: .winRate, reps: ["a", "b"], months: months, values: [0.1, 0.2, 0.3, 0.4, 0.4, 0.3, 0.2, 0.1])
        var cards: [Scorecard] = []
        for (rep, scores) in [("a", [1.0, 2, 3, 9]), ("b", [3.0, 2, 1, 0])] {
            for (offset, score) in scores.enumerated() {
                cards.append(
                    Scorecard(
                        rep: Rep.ID(rawValue: rep), role: "consultant", period: .month(2025, 1 + offset),
                        competency: "c", score: score, status: .green))
            }
        }
        let links = try CompetencyOutcomeLinks(scorecards: cards, outcome: outcome, resamples: 50)
        let link = try #require(links.links.first)
        // a: (1, .2) (2, .3) (3, .4); b: (3, .3) (2, .2) (1, .1): the April score has no May outcome.
        #expect(link.pairs == 6 && link.reps == 2)
        let expected = try #require(
            CompetencyOutcomeLinks.spearman([(1, 0.2), (2, 0.3), (3, 0.4), (3, 0.3), (2, 0.2), (1, 0.1)]))
        #expect(abs(link.correlation - expected) < 1e-12)
        #expect(link.interval != nil)
    }
}
