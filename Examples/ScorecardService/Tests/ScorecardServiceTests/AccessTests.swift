import Foundation
import ScorecardService
import Testing

/// What needs no database: tokens, rights, limits, problems, the document and the metrics.
struct AccessTests {
    @Test func refusesMissingAndWrongTokensWithAProblem() async throws {
        try await withService(testConfiguration(), migrate: false) { client in
            for token in [nil, "", "writer-token-012345678", "writer-token-01234567890", "reader-token-0123456789x"] {
                let reply = try await client.call("GET", "/v1/scorecards?month=2025-03", token: token)
                #expect(reply.status == 401)
                #expect(reply.contentType == "application/problem+json")
                #expect(reply.headers["www-authenticate"] == "Bearer realm=\"sco\"")
                #expect(reply.json["status"] as? Int == 401)
                #expect(reply.json["type"] as? String == "about:blank")
            }
        }
    }

    @Test func aReaderCannotWrite() async throws {
        try await withService(testConfiguration(), migrate: false) { client in
            let reply = try await client.call("PUT", "/v1/roster", token: readerToken, body: Data("rep_id,role\n".utf8))
            #expect(reply.status == 403)
            #expect(reply.json["code"] as? String == "403")
        }
    }

    @Test func refusesABodyOverTheLimitWith413() async throws {
        var configuration = testConfiguration()
        configuration.maxImportBytes = 1_000
        try await withService(configuration, migrate: false) { client in
            let body =
                "rep_id,task_id,occurred_on,quantity\n" + String(repeating: "rep-1,calls,2025-03-03,1\n", count: 100)
            let reply = try await client.csv("POST", "/v1/activities", body)
            #expect(reply.status == 413)
            #expect(reply.contentType == "application/problem+json")
        }
    }

    @Test func badInputIsAProblemWithTheLibrarysCodeAndPlace() async throws {
        try await withService(testConfiguration(), migrate: false) { client in
            let reply = try await client.csv(
                "POST", "/v1/activities",
                "rep_id,task_id,occurred_on,quantity\nrep-1,calls,2025-03-03,1\nrep-2,calls,2025-13-01,1\n")
            #expect(reply.status == 400)
            #expect(reply.json["errorType"] as? String == "InputError")
            #expect(reply.json["code"] as? String == "invalidValue")
            #expect(reply.json["type"] as? String == "urn:sco:problem:InputError.invalidValue")
            #expect(reply.json["file"] as? String == "body")
            #expect(reply.json["line"] as? Int == 3)
            #expect(reply.json["field"] as? String == "occurred_on")
            let key = try await client.csv(
                "POST", "/v1/activities", "rep_id,task_id,occurred_on,quantity\n", headers: ["Idempotency-Key": "a b"])
            #expect(key.status == 400)
            #expect(key.json["field"] as? String == "Idempotency-Key")
            let month = try await client.call("GET", "/v1/scorecards?month=2025-3", token: readerToken)
            #expect(month.status == 400)
            #expect(month.json["field"] as? String == "month")
        }
    }

    @Test func unknownRoutesAreProblemsAndTheDocumentAndMetricsArePublic() async throws {
        try await withService(testConfiguration(), migrate: false) { client in
            let missing = try await client.call("GET", "/v1/nothing-here")
            #expect(missing.status == 404)
            #expect(missing.contentType == "application/problem+json")
            let document = try await client.call("GET", "/openapi.json", token: nil)
            #expect(document.status == 200)
            #expect(document.body == Data(OpenAPIDocument.bytes))
            let metrics = try await client.call("GET", "/metrics", token: nil)
            #expect(metrics.status == 200)
            #expect(metrics.text.contains("sco_http_requests_total{route=\"/openapi.json\",status=\"2xx\"} 1"))
            #expect(!metrics.text.contains(writerToken))
        }
    }
}
