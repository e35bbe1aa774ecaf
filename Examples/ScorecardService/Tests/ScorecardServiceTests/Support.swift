import Foundation
import Hummingbird
import Logging
import SalesCompetency
import ScorecardService

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The database the end-to-end tests use (`.ci/service.sh` starts one); without it they are skipped.
let databaseURL = ProcessInfo.processInfo.environment["SCO_POSTGRES_URL"]

let readerToken = "reader-token-0123456789"
let writerToken = "writer-token-0123456789"

/// A response as the tests read it.
struct Reply {
    var status: Int
    var headers: [String: String]
    var body: Data

    var contentType: String { headers["content-type"] ?? "" }
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A client for one running instance.
struct Client {
    var base: URL

    func call(
        _ method: String, _ path: String, token: String? = writerToken, body: Data? = nil,
        headers: [String: String] = [:]
    ) async throws -> Reply {
        var request = URLRequest(url: URL(string: path, relativeTo: base)!)
        request.httpMethod = method
        request.httpBody = body
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            fields["\(name)".lowercased()] = "\(value)"
        }
        return Reply(status: http.statusCode, headers: fields, body: data)
    }

    func csv(_ method: String, _ path: String, _ text: String, headers: [String: String] = [:]) async throws -> Reply {
        try await call(
            method, path, body: Data(text.utf8), headers: headers.merging(["Content-Type": "text/csv"]) { $1 })
    }
}

/// A configuration for a test instance on a free loopback port.
func testConfiguration(schema: String = "unused", database: String? = databaseURL) -> ServiceConfiguration {
    var configuration = ServiceConfiguration()
    configuration.port = 0
    configuration.schema = schema
    // Nothing listens on port 1: the tests that need no database never reach it.
    configuration.databaseURL = database ?? "postgres://postgres@127.0.0.1:1/postgres"
    configuration.readerTokens = ["rita": readerToken]
    configuration.writerTokens = ["wes": writerToken]
    configuration.instance = "test"
    return configuration
}

/// Runs an instance until `body` returns.
func withService(
    _ configuration: ServiceConfiguration,
    clock: any WallClock = FixedClock(Date(timeIntervalSince1970: 1_746_057_600)),
    migrate: Bool = true, _ body: (Client) async throws -> Void
) async throws {
    var logger = Logger(label: "scorecard-service-tests")
    logger.logLevel = .critical
    let service = try ScorecardService(configuration: configuration, clock: clock, logger: logger)
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let app = service.application(migrate: migrate) { port in continuation.yield(port) }
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await app.runService(gracefulShutdownSignals: []) }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { return }
        defer { group.cancelAll() }
        try await body(Client(base: URL(string: "http://127.0.0.1:\(port)")!))
    }
}
