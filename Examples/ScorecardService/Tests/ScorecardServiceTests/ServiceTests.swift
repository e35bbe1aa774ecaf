import Foundation
import ScorecardService
import Testing

let rules = """
    task_id,competency_id,role,monthly_target,weight
    calls,solving-problems,consultant,10,1
    """
let roster = """
    rep_id,role,manager_id
    boss,manager,
    rep-1,consultant,boss
    <script>alert(1)</script>,consultant,boss
    rep-3,consultant,
    """
let march = """
    rep_id,task_id,occurred_on,quantity
    rep-1,calls,2025-03-03,4
    rep-1,calls,2025-03-04,4
    <script>alert(1)</script>,calls,2025-03-05,12
    rep-3,calls,2025-03-06,1
    """

@Suite(.enabled(if: databaseURL != nil, "set SCO_POSTGRES_URL to a PostgreSQL database"))
struct ServiceTests {
    @Test func importsOnceScoresFreezesOnceAndEscapesTheDashboard() async throws {
        let schema = "svc_\(UInt32.random(in: 0...UInt32.max))"
        try await withService(testConfiguration(schema: schema)) { client in
            let health = try await client.call("GET", "/v1/health", token: nil)
            #expect(health.status == 200)
            #expect(health.json["batches"] as? Int == 0)

            let noPolicy = try await client.call("GET", "/v1/scorecards?month=2025-03", token: readerToken)
            #expect(noPolicy.status == 409)
            #expect(noPolicy.contentType == "application/problem+json")

            let policy = try await client.csv("PUT", "/v1/policy?effectiveFrom=2025-01-01", rules)
            #expect(policy.status == 201)
            #expect(policy.json["version"] as? Int == 1)
            #expect(policy.json["author"] as? String == "wes")
            #expect(try await client.csv("PUT", "/v1/roster", roster).status == 201)

            let first = try await client.csv("POST", "/v1/activities", march, headers: ["Idempotency-Key": "march-1"])
            let again = try await client.csv("POST", "/v1/activities", march, headers: ["Idempotency-Key": "march-1"])
            #expect(first.status == 201)
            #expect(again.status == 200)
            #expect(first.json["count"] as? Int == 4)
            #expect(again.json["alreadyStored"] as? Bool == true)
            #expect(again.json["sequence"] as? Int == first.json["sequence"] as? Int)
            let json = try await client.call(
                "POST", "/v1/activities",
                body: Data(#"[{"repID":"rep-3","taskID":"calls","day":"2025-03-07","quantity":2}]"#.utf8),
                headers: ["Content-Type": "application/json"])
            #expect(json.status == 201)
            #expect(json.json["sequence"] as? Int == 1)

            let scorecards = try await client.call("GET", "/v1/scorecards?month=2025-03", token: readerToken)
            #expect(scorecards.status == 200)
            #expect(scorecards.json["frozen"] as? Bool == false)
            let cards = scorecards.json["scorecards"] as! [[String: Any]]
            let scores = Dictionary(
                uniqueKeysWithValues: cards.map { ($0["repID"] as! String, $0["score"] as? Double) })
            #expect(scores["rep-1"] == 0.8)
            #expect(scores["rep-3"] == 0.3)
            #expect(scores["<script>alert(1)</script>"] == 1.2)
            let team = try await client.call("GET", "/v1/scorecards?month=2025-03&team=boss", token: readerToken)
            #expect(
                Set((team.json["scorecards"] as! [[String: Any]]).map { $0["repID"] as! String }) == [
                    "rep-1", "<script>alert(1)</script>",
                ])
            let rep = try await client.call("GET", "/v1/scorecards?month=2025-03&rep=rep-3", token: readerToken)
            #expect((rep.json["scorecards"] as! [[String: Any]]).count == 1)

            let dashboard = try await client.call("GET", "/v1/dashboard?month=2025-03", token: readerToken)
            #expect(dashboard.status == 200)
            #expect(dashboard.contentType == "text/html; charset=utf-8")
            #expect(!dashboard.text.contains("<script>"))
            #expect(dashboard.text.contains("&lt;script&gt;"))

            let open = try await client.call("POST", "/v1/months/2025-04/freeze?allowEmpty=true")
            #expect(open.status == 422)
            #expect(open.json["code"] as? String == "openPeriod")
            let frozen = try await client.call("POST", "/v1/months/2025-03/freeze")
            #expect(frozen.status == 201)
            #expect(frozen.json["scorecards"] as? Int == 3)
            let twice = try await client.call("POST", "/v1/months/2025-03/freeze")
            #expect(twice.status == 409)
            #expect(twice.json["code"] as? String == "frozen")
            // Late activity no longer changes a frozen month.
            _ = try await client.csv(
                "POST", "/v1/activities", "rep_id,task_id,occurred_on,quantity\nrep-3,calls,2025-03-31,9\n")
            let after = try await client.call("GET", "/v1/scorecards?month=2025-03&rep=rep-3", token: readerToken)
            #expect(after.json["frozen"] as? Bool == true)
            #expect((after.json["scorecards"] as! [[String: Any]]).first?["score"] as? Double == 0.3)
        }
    }

    @Test func outcomesAndROI() async throws {
        let schema = "svc_\(UInt32.random(in: 0...UInt32.max))"
        try await withService(testConfiguration(schema: schema)) { client in
            let opportunities = """
                opportunity_id,owner,account,opened_on,closed_on,stage,value
                o1,rep-1,acme,2025-02-01,2025-03-10,won,1000
                o2,rep-1,acme,2025-02-15,2025-03-20,lost,500
                o3,rep-2,initech,2025-03-01,,open,700
                """
            #expect(try await client.csv("PUT", "/v1/opportunities", opportunities).status == 201)
            let outcomes = try await client.call("GET", "/v1/outcomes?month=2025-03", token: readerToken)
            #expect(outcomes.status == 200)
            let reps = outcomes.json["reps"] as! [[String: Any]]
            #expect(reps.first { $0["repID"] as? String == "rep-1" }?["winRate"] as? Double == 0.5)
            let bad = try await client.call(
                "POST", "/v1/roi", token: readerToken, body: Data("{}".utf8),
                headers: ["Content-Type": "application/json"])
            #expect(bad.status == 400 || bad.status == 422)
            #expect(bad.contentType == "application/problem+json")
        }
    }
}
