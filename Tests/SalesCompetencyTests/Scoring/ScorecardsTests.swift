import Foundation
import SalesCompetency
import Testing

struct ScorecardsTests {
    @Test func writesTheFixedCSVWithSixDecimals() throws {
        let scorecards = try ScoringFixture.engine().score(ScoringFixture.log())
        let lines = scorecards.csvText.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 12)  // header, 10 rows, and the empty string after the last newline
        #expect(lines[0] == "rep_id,period,competency_id,score,status")
        #expect(lines[1] == "r1,2025-01,building-relationships,1.425000,green")
        #expect(lines[2] == "r1,2025-01,communicating-effectively,0.733333,amber")
        // A month without activity has an empty score and the status no-data.
        #expect(lines[4] == "r1,2025-02,communicating-effectively,,no-data")
        #expect(lines[8] == "r2,2025-02,communicating-effectively,0.166667,red")
        #expect(lines[10] == "r3,2025-02,gathering-intelligence,,no-data")
    }

    /// 3,000 consultants × 12 months × 2 competencies = 72,000 rows: formatted on all cores, in order, and the
    /// same as formatting each scorecard on its own.
    @Test func writesLargeGridsInPartsInOrder() throws {
        let roster = try Roster((1...3000).map { Rep(id: Rep.ID(rawValue: "rep-\($0)"), roleIDs: ["consultant"]) })
        let engine = ScoringEngine(policy: try ScoringFixture.policy(), roster: roster)
        let log = ActivityLog(
            try (0..<20_000).map { index in
                try Activity(
                    repID: Rep.ID(rawValue: "rep-\(index % 3000 + 1)"),
                    taskID: ["emails", "calls", "complaints"][index % 3],
                    day: Day(daysSinceEpoch: 20_089 + index % 365), quantity: Double(index % 9))
            })
        let scorecards = engine.score(log)
        #expect(scorecards.count == 72_000)
        var expected = "rep_id,period,competency_id,score,status\n"
        for card in scorecards {
            expected += "\(card.repID),\(card.period),\(card.competencyID),"
            let score = card.scoreMicro.map { NumberFormatting.fixed(units: $0, decimals: 6) } ?? ""
            expected += "\(score),\(card.status.rawValue)\n"
        }
        #expect(scorecards.csvText == expected)
        // The summary is counted in parts too, and adds up to the cards counted one by one.
        var summary = ScorecardSummary()
        summary.rows = scorecards.count
        for card in scorecards {
            switch card.status {
            case .red: summary.red += 1
            case .amber: summary.amber += 1
            case .green: summary.green += 1
            case .noData: summary.noData += 1
            }
            summary.checksumMicro += card.scoreMicro ?? 0
        }
        #expect(scorecards.summary == summary)
        #expect(summary.red + summary.amber + summary.green > 0)
    }

    @Test func escapesIDsThatNeedQuotingOrAFormulaGuard() throws {
        let roster = try Roster([Rep(id: "=rep, one", roleIDs: ["analyst"])])
        let policy = try ScoringPolicy(
            rulesCSVText: "task_id,competency_id,role,monthly_target,weight\nreports,solving-problems,analyst,4,1\n",
            timeZone: ScoringFixture.utc)
        let log = ActivityLog([try ScoringFixture.activity("=rep, one", "reports", "2025-01-02", 1)])
        let text = ScoringEngine(policy: policy, roster: roster).score(log).csvText
        #expect(
            text == "rep_id,period,competency_id,score,status\n\"'=rep, one\",2025-01,solving-problems,0.250000,red\n")
    }

    @Test func encodesScorecardsAndDiagnosticsInTheirPinnedShapes() throws {
        let scorecards = try ScoringFixture.engine().score(ScoringFixture.log())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let card = String(decoding: try encoder.encode(scorecards[0]), as: UTF8.self)
        #expect(
            card
                == #"{"competencyID":"building-relationships","period":"2025-01","repID":"r1","roleID":"consultant","score":1.425,"status":"green"}"#
        )
        let diagnostics = scorecards.diagnostics
        let data = try encoder.encode(diagnostics)
        #expect(String(decoding: data, as: UTF8.self).contains(#""unknownReps":{"ghost":1}"#))
        #expect(try JSONDecoder().decode(ScoringDiagnostics.self, from: data) == diagnostics)
        var doubled = diagnostics
        doubled.merge(diagnostics)
        #expect(doubled.rowsRead == 22 && doubled.unknownReps == ["ghost": 2] && doubled.unknownTaskRows == 2)
        // m1 is a manager, a role without rules: listed once, however often merged.
        #expect(diagnostics.repsWithoutRules == ["m1"] && doubled.repsWithoutRules == ["m1"])
        // A no-data scorecard has no score in its JSON.
        let empty = String(decoding: try encoder.encode(scorecards[2]), as: UTF8.self)
        #expect(
            empty
                == #"{"competencyID":"building-relationships","period":"2025-02","repID":"r1","roleID":"consultant","status":"no-data"}"#
        )
    }

    @Test func findsCellsAndReportsCellsOutsideTheGrid() throws {
        let scorecards = try ScoringFixture.engine().score(ScoringFixture.log())
        #expect(scorecards.index(rep: "r2", period: ScoringFixture.february, competency: "building-relationships") == 6)
        #expect(
            scorecards.index(rep: "m1", period: ScoringFixture.january, competency: "building-relationships") == nil)
        #expect(
            scorecards.index(rep: "r3", period: ScoringFixture.january, competency: "building-relationships") == nil)
        #expect(scorecards.index(rep: "r1", period: .month(2025, 3), competency: "building-relationships") == nil)
        for position in scorecards.indices {
            let card = scorecards[position]
            #expect(scorecards.index(rep: card.repID, period: card.period, competency: card.competencyID) == position)
        }
    }
}
