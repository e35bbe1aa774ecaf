import Foundation
import SalesCompetency
import Testing

struct ScoringEngineTests {
    /// Scores of the fixture worked by hand (consultant competencies sorted: building-relationships, then
    /// communicating-effectively):
    ///
    /// r1 January: emails 6 + 6 = 12 → 1.2; replies 1 → 0.5; calls 10 → 2.5 capped 1.5; complaints 1 (lower,
    ///   target 2) → 2 / 1 = 2 capped 1.5.
    ///   building = (1 × 1.5 + 1 × 1.2 + 2 × 1.5) / 4 = 5.7 / 4 = 1.425 (green);
    ///   communicating = (1 × 1.2 + 2 × 0.5) / 3 = 2.2 / 3 = 0.733333 (amber).
    /// r1 February, r2 January, r3 February: no activity at all: no-data, no score (never 0, never the cap that
    ///   complaints = 0 would attain).
    /// r2 February: emails 5 → 0.5; complaints 4 → 2 / 4 = 0.5:
    ///   building = (0 + 0.5 + 2 × 0.5) / 4 = 0.375 (red); communicating = (0.5 + 0) / 3 = 0.166667 (red).
    /// r3 (analyst) January: reports 3 / 3 = 1 (green). m1 (manager) has no rules: no rows.
    static let expected: [(Rep.ID, Period, Competency.ID, Double?, ScoreStatus)] = [
        ("r1", ScoringFixture.january, "building-relationships", 1.425, .green),
        ("r1", ScoringFixture.january, "communicating-effectively", 2.2 / 3, .amber),
        ("r1", ScoringFixture.february, "building-relationships", nil, .noData),
        ("r1", ScoringFixture.february, "communicating-effectively", nil, .noData),
        ("r2", ScoringFixture.january, "building-relationships", nil, .noData),
        ("r2", ScoringFixture.january, "communicating-effectively", nil, .noData),
        ("r2", ScoringFixture.february, "building-relationships", 0.375, .red),
        ("r2", ScoringFixture.february, "communicating-effectively", 0.5 / 3, .red),
        ("r3", ScoringFixture.january, "gathering-intelligence", 1, .green),
        ("r3", ScoringFixture.february, "gathering-intelligence", nil, .noData),
    ]

    static func check(_ scorecards: Scorecards) {
        #expect(scorecards.count == expected.count)
        for (card, want) in zip(scorecards, expected) {
            #expect(card.rep == want.0 && card.period == want.1 && card.competency == want.2)
            if let score = want.3 {
                #expect(abs((card.score ?? .nan) - score) < 1e-12, "\(card.rep) \(card.period) \(card.competency)")
            } else {
                #expect(card.score == nil, "\(card.rep) \(card.period) \(card.competency)")
            }
            #expect(card.status == want.4)
        }
    }

    @Test func scoresTheWholeGridFromALog() throws {
        let scorecards = try ScoringFixture.engine().score(ScoringFixture.log())
        #expect(scorecards.periods == (try PeriodRange(ScoringFixture.january, through: ScoringFixture.february)))
        Self.check(scorecards)
    }

    @Test func scoresTheSameFromTheFileAndReportsEveryUnscoredRow() throws {
        let scorecards = try ScoringFixture.engine().score(activitiesCSVFile: ScoringFixture.path("activities"))
        Self.check(scorecards)
        let diagnostics = scorecards.diagnostics
        #expect(diagnostics.rowsRead == 11 && diagnostics.rowsScored == 8)
        #expect(diagnostics.unknownReps == ["ghost": 1])
        #expect(diagnostics.unknownTasks == ["lunches": 1])
        #expect(diagnostics.rowsWithoutRuleForRole == 1)  // r3 is an analyst: no emails rule
        #expect(diagnostics.rowsOutsidePeriods == 0)
        #expect(diagnostics.summary.contains("1 rows of 1 reps not in the roster"))
    }

    @Test func summaryCountsBandsAndSumsMicroUnits() throws {
        let summary = try ScoringFixture.engine().score(ScoringFixture.log()).summary
        // statuses above: red 2, amber 1, green 2, no-data 5; micro-units of the scored rows 1425000 + 733333
        // + 375000 + 166667 + 1000000 = 3700000 (no-data rows add nothing).
        #expect(summary.rows == 10 && summary.red == 2 && summary.amber == 1 && summary.green == 2)
        #expect(summary.noData == 5)
        #expect(summary.checksumMicro == 3_700_000 && summary.checksum == "3.700000")
    }

    @Test func gridHasEveryRepPeriodAndCompetencyEvenWithoutActivity() throws {
        let engine = try ScoringFixture.engine()
        let quarter = try PeriodRange(.month(2025, 1), through: .month(2025, 3))
        let scorecards = engine.score(ActivityLog(), periods: quarter)
        // 2 consultants × 3 months × 2 competencies + 1 analyst × 3 × 1 = 15 rows, all without data.
        #expect(scorecards.count == 15)
        #expect(scorecards.allSatisfy { $0.score == nil && $0.status == .noData })
        #expect(scorecards.summary.noData == 15 && scorecards.summary.checksumMicro == 0)
    }

    @Test func absenceScoresZeroWithoutCreditForLowerIsBetter() throws {
        // The bench's definition: the same rows, a rep-period without activity scores 0 everywhere, complaints
        // (lower is better) included: building = (0 + 0 + 2 × 0) / 4 = 0, not 2 × 1.5 / 4 = 0.75.
        let policy = try ScoringPolicy(
            rulesCSVFile: ScoringFixture.path("rules"), timeZone: ScoringFixture.utc, employment: .ignored,
            absence: .scoresZero)
        let scorecards = ScoringEngine(policy: policy, roster: try ScoringFixture.roster()).score(
            try ScoringFixture.log())
        #expect(scorecards.count == Self.expected.count)
        for (card, want) in zip(scorecards, Self.expected) {
            #expect(card.score == want.3 ?? 0 || abs(card.score! - want.3!) < 1e-12)
            #expect(card.status == (want.4 == .noData ? .red : want.4))
        }
        // red 2 + 5, amber 1, green 2; the checksum is the same 3.700000.
        let summary = scorecards.summary
        #expect(summary.red == 7 && summary.amber == 1 && summary.green == 2 && summary.noData == 0)
        #expect(summary.checksum == "3.700000")
    }

    @Test func rowsOutsideTheRequestedPeriodsAreCounted() throws {
        let january = try PeriodRange(ScoringFixture.january, through: ScoringFixture.january)
        let scorecards = try ScoringFixture.engine().score(
            activitiesCSVFile: ScoringFixture.path("activities"), periods: january)
        #expect(scorecards.count == 5)
        #expect(scorecards.diagnostics.rowsOutsidePeriods == 2)  // r2's two February rows
        #expect(scorecards.diagnostics.rowsScored == 6)
    }

    @Test func attainmentsBehindAScore() throws {
        let scorecards = try ScoringFixture.engine().score(ScoringFixture.log())
        let card = try #require(
            scorecards.scorecard(rep: "r1", period: ScoringFixture.january, competency: "building-relationships"))
        let attainments = try #require(scorecards.attainments(of: card))
        #expect(attainments.map(\.task) == ["calls", "emails", "complaints"])
        #expect(attainments.map(\.value) == [10, 12, 1])
        #expect(attainments.map(\.attainment) == [1.5, 1.2, 1.5])
        #expect(attainments.map(\.weight) == [1, 1, 2])
        #expect(attainments[2].direction == .lowerIsBetter)
    }

    @Test func ratioTasksDivideTwoTotals() throws {
        // reply_rate = replies ÷ emails, target 0.25. r1 January: 1 / 12 = 0.083333 → 0.333333;
        // r2 February: 0 / 5 = 0; r1 February: no emails and no replies, so no data.
        let policy = try ScoringPolicy(
            rulesCSVText: """
                task_id,competency_id,role,monthly_target,weight
                reply_rate,communicating-effectively,consultant,0.25,1
                """,
            tasks: [SalesTask(id: "reply_rate", kind: .ratio(numerator: "replies", denominator: "emails"))],
            timeZone: ScoringFixture.utc)
        #expect(policy.tasks.map(\.id) == ["reply_rate", "replies", "emails"])
        let scorecards = ScoringEngine(policy: policy, roster: try ScoringFixture.roster()).score(
            try ScoringFixture.log())
        let r1January = try #require(
            scorecards.scorecard(rep: "r1", period: ScoringFixture.january, competency: "communicating-effectively"))
        #expect(abs(r1January.score! - (1.0 / 12) / 0.25) < 1e-15)
        // r1 February has no emails and no replies at all: no data, not a ratio of 0.
        #expect(
            scorecards.scorecard(rep: "r1", period: ScoringFixture.february, competency: "communicating-effectively")?
                .status == .noData)
        #expect(
            scorecards.scorecard(rep: "r2", period: ScoringFixture.february, competency: "communicating-effectively")?
                .score == 0)
        #expect(scorecards.diagnostics.rowsScored == 4)  // r1: two emails and one reply; r2: one emails row
    }

    @Test func countTasksCountRows() throws {
        // calls as a count: r1 January has one calls row (quantity 10) → 1 / 4 = 0.25.
        // building = (1 × 0.25 + 1 × 1.2 + 2 × 1.5) / 4 = 4.45 / 4 = 1.1125.
        let policy = try ScoringFixture.policy(tasks: [SalesTask(id: "calls", kind: .count)])
        let scorecards = ScoringEngine(policy: policy, roster: try ScoringFixture.roster()).score(
            try ScoringFixture.log())
        let card = try #require(
            scorecards.scorecard(rep: "r1", period: ScoringFixture.january, competency: "building-relationships"))
        #expect(abs(card.score! - 1.1125) < 1e-15)
    }

    @Test func bandsPerRole() throws {
        // Analysts need 1.2 for green: r3's January 1.0 becomes amber; consultants keep the default bands.
        let policy = try ScoringFixture.policy(roleBands: ["analyst": try StatusBands(amberFrom: 0.9, greenFrom: 1.2)])
        let scorecards = ScoringEngine(policy: policy, roster: try ScoringFixture.roster()).score(
            try ScoringFixture.log())
        #expect(
            scorecards.scorecard(rep: "r3", period: ScoringFixture.january, competency: "gathering-intelligence")?
                .status == .amber)
        #expect(
            scorecards.scorecard(rep: "r1", period: ScoringFixture.january, competency: "building-relationships")?
                .status == .green)
        // Amber: r3 January (1.0 < 1.2) and r1 January communicating (0.733333); green: r1 January building.
        #expect(scorecards.summary.amber == 2 && scorecards.summary.green == 1)
    }

    @Test func anExactSevenTenthsIsAmberWhateverTheRoundingError() throws {
        // One rule of weight 3: attainment 7 / 10 = 0.7, score (3 × 0.7) / 3 = 0.6999999999999998 in doubles.
        let policy = try ScoringPolicy(
            rulesCSVText: "task_id,competency_id,role,monthly_target,weight\nreports,solving-problems,analyst,10,3\n",
            timeZone: ScoringFixture.utc)
        let log = ActivityLog([try ScoringFixture.activity("r3", "reports", "2025-01-15", 7)])
        let card = try #require(ScoringEngine(policy: policy, roster: try ScoringFixture.roster()).score(log).first)
        #expect(card.score! < 0.7)
        #expect(card.scoreMicro == 700_000 && card.status == .amber)
    }

    @Test func timestampsFallOnDaysInThePolicyTimeZone() throws {
        // 2025-03-31T23:30:00Z is 01:30 on 1 April in Berlin (UTC+2 since 30 March), but still March in UTC;
        // 23:30+02:00 is local Berlin time on 31 March.
        let text = """
            rep_id,task_id,occurred_on,quantity
            r3,reports,2025-03-31T23:30:00Z,3
            r3,reports,2025-03-31T23:30:00+02:00,6
            """
        let berlin = try ScoringFixture.engine(timeZone: TimeZone(identifier: "Europe/Berlin")!)
        let inBerlin = try berlin.score(berlin.aggregate(activitiesCSVText: text)).filter { $0.rep == "r3" }
        #expect(inBerlin.map(\.period) == [.month(2025, 3), .month(2025, 4)])
        #expect(inBerlin.map(\.score) == [1.5, 1])  // March 6 / 3 capped; April 3 / 3
        let utc = try ScoringFixture.engine()
        let inUTC = try utc.score(utc.aggregate(activitiesCSVText: text)).filter { $0.rep == "r3" }
        #expect(inUTC.map(\.period) == [.month(2025, 3)])
        #expect(inUTC.first?.score == 1.5)  // 9 / 3 capped
    }

    @Test func weeksAndQuarters() throws {
        let roster = try ScoringFixture.roster()
        let quarterly = try ScoringFixture.policy(granularity: .quarter)
        let byQuarter = ScoringEngine(policy: quarterly, roster: roster).score(try ScoringFixture.log())
        // One quarter: r1's January and r2's February add up; emails 12 + 5 are different reps, so r2's Q1
        // communicating = (5 / 10) / 3 = 0.166667 as in February.
        #expect(byQuarter.count == 5 && byQuarter.allSatisfy { $0.period.description == "2025-Q1" })
        let weekly = try ScoringFixture.policy(granularity: .week)
        let byWeek = ScoringEngine(policy: weekly, roster: roster).score(try ScoringFixture.log())
        // 2025-01-01 (Wednesday of W01) through 2025-02-04 (Tuesday of W06): 6 weeks × 5 competency rows.
        #expect(byWeek.count == 30)
        #expect(byWeek.first?.period.description == "2025-W01")
    }
}

extension ScoringFixture {
    static func engine(timeZone: TimeZone) throws -> ScoringEngine {
        ScoringEngine(policy: try policy(timeZone: timeZone), roster: try roster())
    }

    static func policy(granularity: Period.Granularity) throws -> ScoringPolicy {
        try ScoringPolicy(rulesCSVFile: path("rules"), granularity: granularity, timeZone: utc)
    }
}
