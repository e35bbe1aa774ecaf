import Foundation
import SalesCompetency
import TestSupport
import Testing

/// One test per finding of issue 10 ("Honest scorecards"), each written against behaviour that both the old and
/// the new engine can express, so that it failed before the change and passes after it. The expected values are
/// worked out by hand in the comments; `/work/coord/GRID.md` (and the DocC article "Scoring and Validation") state
/// the rules.
struct HonestScorecardsTests {
    static let utc = TimeZone(identifier: "UTC")!

    static func policy(
        _ rules: String, granularity: Period.Granularity = .month
    ) throws -> ScoringPolicy {
        try ScoringPolicy(
            rulesCSVText: "task_id,competency_id,role,monthly_target,weight,direction\n" + rules,
            granularity: granularity, timeZone: utc)
    }

    static func calls(_ rep: Rep.ID, _ day: String, _ quantity: Double) throws -> Activity {
        try Activity(repID: rep, taskID: "calls", day: Day(parsing: day), quantity: quantity)
    }

    // MARK: Finding 1: people are scored outside their employment.

    @Test func repsAreScoredOnlyInPeriodsOfTheirEmployment() throws {
        // ana left on 2025-04-18, bo joins on 2025-05-01 (both days worked). April–June: ana has April only, bo
        // May and June only: 1 + 2 = 3 rows, not 2 × 3.
        let roster = try Roster([
            Rep(id: "ana", roleIDs: ["consultant"], leftOn: try Day(parsing: "2025-04-18")),
            Rep(id: "bo", roleIDs: ["consultant"], hiredOn: try Day(parsing: "2025-05-01")),
        ])
        let policy = try Self.policy("calls,communicating-effectively,consultant,40,1,\n")
        let log = ActivityLog([
            try Self.calls("ana", "2025-04-10", 24), try Self.calls("bo", "2025-05-12", 40),
            try Self.calls("bo", "2025-06-12", 40),
        ])
        let range = try PeriodRange(.month(2025, 4), through: .month(2025, 6))
        let scorecards = ScoringEngine(policy: policy, roster: roster).score(log, periods: range)
        #expect(scorecards.map { "\($0.repID) \($0.period)" } == ["ana 2025-04", "bo 2025-05", "bo 2025-06"])
        // April is pro-rated: ana worked 18 of its 30 days, so the target is 40 × 18 / 30 = 24, and 24 calls
        // attain 1.0 (green) rather than 24 / 40 = 0.6 (red).
        #expect(scorecards.first?.scoreMicro == 1_000_000 && scorecards.first?.status == .green)
    }

    @Test func partlyEmployedMonthsAreProRated() throws {
        // Hired 2025-04-21: 10 of April's 30 days, target 40 × 10 / 30 = 13.333333; 12 calls attain
        // 12 / 13.333333 = 0.9 (0.9000000000000001 in doubles, 900000 micro-units: amber).
        let roster = try Roster([Rep(id: "cy", roleIDs: ["consultant"], hiredOn: try Day(parsing: "2025-04-21"))])
        let policy = try Self.policy("calls,communicating-effectively,consultant,40,1,\n")
        let scorecards = ScoringEngine(policy: policy, roster: roster).score(
            ActivityLog([try Self.calls("cy", "2025-04-25", 12)]),
            periods: try PeriodRange(.month(2025, 4), through: .month(2025, 4)))
        #expect(scorecards.count == 1)
        #expect(scorecards.first?.scoreMicro == 900_000 && scorecards.first?.status == .amber)
    }

    @Test func theDemoFilesScoreNobodyAfterTheyLeft() throws {
        // The demo roster: rep-07 left on 2025-04-18 and rep-15 on 2025-05-30; neither has a row after that.
        let folder = try ScratchFolder.make("honest-demo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let demo = try Sco.run(["demo", "--output-dir", folder.path])
        #expect(demo.status == 0)
        let score = try Sco.run([
            "score", "--activities", folder.appendingPathComponent("activities.csv").path,
            "--roster", folder.appendingPathComponent("roster.csv").path,
            "--rules", folder.appendingPathComponent("rules.csv").path, "--format", "csv",
        ])
        #expect(score.status == 0)
        let rows = score.standardOutput.split(separator: "\n")
        for stale in ["rep-07,2025-05,", "rep-07,2025-06,", "rep-15,2025-06,"] {
            #expect(!rows.contains { $0.hasPrefix(stale) }, "\(stale) is scored")
        }
        #expect(rows.contains { $0.hasPrefix("rep-07,2025-04,") } && rows.contains { $0.hasPrefix("rep-15,2025-05,") })
    }

    @Test func theDemoPrintsTheCountsItsDashboardShows() throws {
        // The printed line "in 2025-06: R red, A amber, G green, N no data." must agree with the page's figures and
        // with the colours of its heatmap cells (each colour also has one legend swatch).
        let folder = try ScratchFolder.make("honest-demo-page")
        defer { try? FileManager.default.removeItem(at: folder) }
        let demo = try Sco.run(["demo", "--output-dir", folder.path])
        #expect(demo.status == 0)
        let line = try #require(demo.standardOutput.split(separator: "\n").first { $0.hasPrefix("Scoring") })
        let printed = try #require(
            line.firstMatch(of: /in 2025-06: (\d+) red, (\d+) amber, (\d+) green, (\d+) no data\./))
        let counts = [Int(printed.1)!, Int(printed.2)!, Int(printed.3)!, Int(printed.4)!]
        #expect(counts.reduce(0, +) > 0)
        let page = try String(contentsOf: folder.appendingPathComponent("dashboard.html"), encoding: .utf8)
        var figures: [Int] = []
        for label in ["Red", "Amber", "Green", "No data"] {
            let figure = try #require(
                page.firstMatch(of: Regex("<div class=\"label\">\(label)</div><div class=\"value\">(\\d+)</div>")))
            figures.append(Int(try #require(figure.output[1].substring))!)
        }
        #expect(figures == counts)
        let start = try #require(page.range(of: "aria-label=\"heatmap\">"))
        let end = try #require(page.range(of: "</svg>", range: start.upperBound..<page.endIndex))
        let heatmap = page[start.upperBound..<end.lowerBound]
        let cells = ["#d64545", "#e8a33d", "#3b9b5c", "#9aa5b1"].map {
            heatmap.components(separatedBy: "fill=\"\($0)\"").count - 1
        }
        #expect(cells == counts)
    }

    // MARK: Finding 2: doing nothing scores green.

    @Test func doingNothingNeverEarnsTheLowerIsBetterCap() throws {
        // Overdue follow-ups, lower is better, target 2. dee did nothing at all in May: no data, not the cap 1.5
        // (green). eve made one call and had no overdue follow-up: that is earned, 2 / 0 → the cap.
        let roster = try Roster([Rep(id: "dee", roleIDs: ["consultant"]), Rep(id: "eve", roleIDs: ["consultant"])])
        let policy = try Self.policy(
            "overdue_followups,building-relationships,consultant,2,1,lower\ncalls,building-relationships,consultant,1,1,\n"
        )
        let scorecards = ScoringEngine(policy: policy, roster: roster).score(
            ActivityLog([try Self.calls("eve", "2025-05-05", 1)]),
            periods: try PeriodRange(.month(2025, 5), through: .month(2025, 5)))
        let dee = try #require(scorecards.first { $0.repID == "dee" })
        #expect(dee.status.rawValue == "no-data")
        // eve: (1.5 + 1 / 1) / 2 = 1.25, green.
        let eve = try #require(scorecards.first { $0.repID == "eve" })
        #expect(eve.scoreMicro == 1_250_000 && eve.status == .green)
    }

    // MARK: Finding 3: empty months can be frozen.

    @Test func snapshotsOfAnEmptyOrOpenMonthAreRefused() throws {
        let folder = try ScratchFolder.make("honest-snapshot")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store").path
        let rules = folder.appendingPathComponent("rules.csv")
        let roster = folder.appendingPathComponent("roster.csv")
        try Data(
            "task_id,competency_id,role,monthly_target,weight\ncalls,communicating-effectively,consultant,40,1\n".utf8
        ).write(to: rules)
        try Data("rep_id,role\nr1,consultant\n".utf8).write(to: roster)
        #expect(
            try Sco.run(["store", "policy", "--store", store, "--rules", rules.path, "--effective", "2025-01-01"])
                .status
                == 0)
        // A past month with no activity in the store: refused, exit 1, saying why; nothing frozen.
        let empty = try Sco.run(["store", "snapshot", "--store", store, "--month", "2025-05", "--roster", roster.path])
        #expect(empty.status == 1)
        #expect(empty.standardError.contains("2025-05 has no scored activity"))
        #expect(!empty.standardOutput.contains("froze"))
        // A month that can still receive activity (its end, plus the grace period, is not past): refused too.
        let open = try Sco.run(["store", "snapshot", "--store", store, "--month", "2999-01", "--roster", roster.path])
        #expect(open.status == 1 && open.standardError.contains("2999-01 can still receive activity"))
        // Forced, the empty month freezes: one no-data scorecard.
        let forced = try Sco.run([
            "store", "snapshot", "--store", store, "--month", "2025-05", "--roster", roster.path, "--allow-empty",
            "--format", "csv",
        ])
        #expect(forced.status == 0)
        #expect(
            forced.standardOutput
                == "rep_id,period,competency_id,score,status\nr1,2025-05,communicating-effectively,,no-data\n")
    }

    // MARK: Finding 4: unknown roster roles pass.

    @Test func rosterRolesAreCheckedLikeTheRulesFilesRoles() throws {
        let error = #expect(throws: InputError.self) {
            try Roster(csvText: "rep_id,role\nx,salesperson\n", name: "roster.csv")
        }
        #expect(error?.code == .unknownID && error?.line == 2 && error?.field == "role")
        #expect(error?.message == "role \"salesperson\" is not in the dictionary")
        // The same words as the rules file gets for the same role.
        let rulesError = #expect(throws: InputError.self) {
            try Self.policy("calls,communicating-effectively,salesperson,40,1,\n")
        }
        #expect(rulesError?.message == error?.message && rulesError?.code == error?.code)
    }

    @Test func scoreListsRepsWhoseRoleHasNoRules() throws {
        let folder = try ScratchFolder.make("honest-roles")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.smallFiles(in: folder, roster: "rep_id,role\nr1,consultant\nm1,manager\n")
        let run = try Sco.run([
            "score", "--activities", files.activities, "--roster", files.roster, "--rules", files.rules,
        ])
        #expect(run.status == 0)
        #expect(run.standardError.contains("1 reps whose role has no rules, not scored: m1"))
        let unknown = try Self.smallFiles(in: folder, roster: "rep_id,role\nr1,consultant\nx,salesperson\n")
        let bad = try Sco.run([
            "score", "--activities", unknown.activities, "--roster", unknown.roster, "--rules", unknown.rules,
        ])
        #expect(bad.status == 1)
        #expect(bad.standardError.contains("roster.csv:3: field role: role \"salesperson\" is not in the dictionary"))
    }

    // MARK: Finding 5: `sco score --summary` skips inputs.

    @Test func summaryReadsEveryInputAndHonoursTheFormat() throws {
        let folder = try ScratchFolder.make("honest-summary")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.smallFiles(in: folder, roster: "rep_id,role\nr1,consultant\n")
        let base = ["score", "--activities", files.activities, "--roster", files.roster, "--rules", files.rules]
        let missing = try Sco.run(
            base + ["--summary", "--assessments", folder.appendingPathComponent("absent.csv").path])
        #expect(missing.status == 1 && missing.standardError.contains("absent.csv"))
        // r1: 30 calls of 40 in 2025-03 → 0.75, amber.
        let csv = try Sco.run(base + ["--summary", "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.standardOutput == "rows,red,amber,green,no_data,checksum\n1,0,1,0,0,0.750000\n")
    }

    // MARK: Finding 6: weekly and quarterly policies use the monthly target unscaled.

    @Test func monthlyTargetsScaleToQuartersAndWeeks() throws {
        let roster = try Roster([Rep(id: "fay", roleIDs: ["consultant"])])
        let rules = "calls,communicating-effectively,consultant,30,1,\n"
        // A quarter is 3 months: target 90; 90 calls in 2025-Q1 attain 1.0 (not 90 / 30 = 3, capped 1.5).
        let quarterly = ScoringEngine(policy: try Self.policy(rules, granularity: .quarter), roster: roster)
        let q1 = try Period(parsing: "2025-Q1")
        let quarter = quarterly.score(
            ActivityLog([try Self.calls("fay", "2025-02-10", 90)]), periods: try PeriodRange(q1, through: q1))
        #expect(quarter.first?.scoreMicro == 1_000_000)
        // ISO week 2025-W23 is 2–8 June, 7 of June's 30 days: target 30 × 7 / 30 = 7; 7 calls attain 1.0.
        let weekly = ScoringEngine(policy: try Self.policy(rules, granularity: .week), roster: roster)
        let w23 = try Period(parsing: "2025-W23")
        let week = weekly.score(
            ActivityLog([try Self.calls("fay", "2025-06-04", 7)]), periods: try PeriodRange(w23, through: w23))
        #expect(week.first?.scoreMicro == 1_000_000)
        // 2025-W27 is 30 June (1 of 30 days) to 6 July (6 of 31 days): target 30 × (1/30 + 6/31) = 1 + 180/31
        // = 6.806452; 6 calls attain 6 / 6.806452 = 0.881517 (amber).
        let w27 = try Period(parsing: "2025-W27")
        let straddling = weekly.score(
            ActivityLog([try Self.calls("fay", "2025-07-01", 6)]), periods: try PeriodRange(w27, through: w27))
        #expect(straddling.first?.scoreMicro == 881_517 && straddling.first?.status == .amber)
    }

    /// Writes rules (calls, target 40), 30 calls of r1 in March 2025 and `roster` into `folder`.
    static func smallFiles(in folder: URL, roster: String) throws -> (activities: String, roster: String, rules: String)
    {
        let activities = folder.appendingPathComponent("activities.csv")
        let rosterFile = folder.appendingPathComponent("roster.csv")
        let rules = folder.appendingPathComponent("rules.csv")
        try Data("rep_id,task_id,occurred_on,quantity\nr1,calls,2025-03-04,30\n".utf8).write(to: activities)
        try Data(roster.utf8).write(to: rosterFile)
        try Data(
            "task_id,competency_id,role,monthly_target,weight\ncalls,communicating-effectively,consultant,40,1\n".utf8
        ).write(to: rules)
        return (activities.path, rosterFile.path, rules.path)
    }
}
