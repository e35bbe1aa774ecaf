import Foundation
import TestSupport
import Testing

/// `sco score --period` and `--policy` (shared with `sco sql`): weekly and quarterly periods, ratio tasks and
/// per-role bands from a policy document.
struct ScorePeriodAndPolicyTests {
    static let roster = "rep_id,role\nr1,consultant\nr2,analyst\n"

    /// Writes `files` into a fresh folder and returns a function giving their paths.
    static func folder(_ name: String, _ files: [String: String]) throws -> (String) -> String {
        let folder = try ScratchFolder.make(name)
        for (file, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(file)) }
        return { folder.appendingPathComponent($0).path }
    }

    @Test func weeklyAndQuarterlyPeriodsScaleTheMonthlyTargetByTheirDays() throws {
        let path = try Self.folder(
            "score-period",
            [
                "roster.csv": Self.roster,
                "rules.csv": "task_id,competency_id,role,monthly_target,weight\n"
                    + "calls,communicating-effectively,consultant,30,1\n",
                "activities.csv": "rep_id,task_id,occurred_on,quantity\nr1,calls,2025-05-27,3\nr1,calls,2025-06-02,5\n",
            ])
        let base = [
            "score", "--activities", path("activities.csv"), "--roster", path("roster.csv"), "--rules",
            path("rules.csv"), "--format", "csv",
        ]
        let weekly = try Sco.run(base + ["--period", "week", "--from", "2025-W22", "--to", "2025-W24"])
        #expect(weekly.status == 0, "\(weekly.standardError)")
        // 2025-W22 is Monday 26 May to Sunday 1 June: 6 days of May (1/31 each) and 1 of June (1/30) of the
        // monthly 30, 6.806452 calls, 3 made: 0.440758. W23 lies in June: 7/30 × 30 = 7, 5 made: 0.714286.
        #expect(
            weekly.standardOutput == """
                rep_id,period,competency_id,score,status
                r1,2025-W22,communicating-effectively,0.440758,red
                r1,2025-W23,communicating-effectively,0.714286,amber
                r1,2025-W24,communicating-effectively,,no-data

                """)
        let quarterly = try Sco.run(base + ["--period", "quarter"])
        // 2025-Q2: three months of 30, 8 calls: 8/90.
        #expect(
            quarterly.standardOutput
                == "rep_id,period,competency_id,score,status\nr1,2025-Q2,communicating-effectively,0.088889,red\n")

        let months = try Sco.run(base + ["--period", "week", "--from", "2025-05", "--to", "2025-06"])
        #expect(
            months.status == 2
                && months.standardError.contains("option --from needs a week YYYY-Www, found \"2025-05\""))
        let unknown = try Sco.run(base + ["--period", "fortnight"])
        #expect(unknown.status == 2 && unknown.standardError.contains("option --period needs month, week or quarter"))
    }

    static let policy = """
        {"rules": [
          {"task": "reply_rate", "competency": "communicating-effectively", "role": "consultant", "target": 0.5,
           "targetBasis": "period", "weight": 1},
          {"task": "reply_rate", "competency": "communicating-effectively", "role": "analyst", "target": 0.5,
           "targetBasis": "period", "weight": 1}],
         "tasks": [{"id": "reply_rate", "kind": "ratio", "numerator": "replies", "denominator": "emails"}],
         "timeZone": "UTC", "granularity": "month",
         "roleBands": {"consultant": {"amberFrom": 0.3, "greenFrom": 0.5}}}
        """

    @Test func aPolicyDocumentGivesRatioTasksAndBandsPerRole() throws {
        let path = try Self.folder(
            "score-policy",
            [
                "roster.csv": Self.roster, "policy.json": Self.policy,
                "bad.json": Self.policy.replacingOccurrences(
                    of: "\"analyst\", \"target\": 0.5", with: "\"analyst\", \"target\": -1"),
                "activities.csv":
                    "rep_id,task_id,occurred_on,quantity\nr1,emails,2025-06-03,10\nr1,replies,2025-06-04,3\n"
                    + "r2,emails,2025-06-03,20\nr2,replies,2025-06-09,6\n",
            ])
        let base = ["score", "--activities", path("activities.csv"), "--roster", path("roster.csv"), "--format", "csv"]
        let run = try Sco.run(base + ["--policy", path("policy.json")])
        #expect(run.status == 0, "\(run.standardError)")
        // Both reply rates are 3/10 = 6/20 = 0.3, 0.6 of the target 0.5: green in the consultants' own bands
        // (green from 0.5), red in the default ones (amber from 0.7).
        #expect(
            run.standardOutput == """
                rep_id,period,competency_id,score,status
                r1,2025-06,communicating-effectively,0.600000,green
                r2,2025-06,communicating-effectively,0.600000,red

                """)

        let bad = try Sco.run(base + ["--policy", path("bad.json")])
        #expect(bad.status == 1)
        #expect(bad.standardError.contains("bad.json: field rules[1].target: "), "\(bad.standardError)")
        let both = try Sco.run(base + ["--policy", path("policy.json"), "--cap", "2"])
        #expect(both.status == 2 && both.standardError.contains("--cap is set by the --policy document"))

        // sco sql compiles the same document.
        let sql = try Sco.run(["sql", "--policy", path("policy.json"), "--dialect", "duckdb"])
        #expect(sql.status == 0 && sql.standardOutput.contains("WITH"), "\(sql.standardError)")
        let sqlBoth = try Sco.run([
            "sql", "--policy", path("policy.json"), "--rules", path("policy.json"), "--dialect", "duckdb",
        ])
        #expect(sqlBoth.status == 2)
    }
}
