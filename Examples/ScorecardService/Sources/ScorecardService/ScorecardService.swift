public import Foundation
import HTTPTypes
public import Hummingbird
public import Logging
import NIOCore
public import PostgresNIO
public import PostgresStore
public import SalesCompetency

/// The library behind an HTTP API: activity imports, scoring policies, rosters, scorecards, frozen months,
/// outcomes, ROI and the dashboard, over a ``PostgresStore`` that several instances share.
///
/// ```swift
/// let configuration = try ServiceConfiguration(environment: ProcessInfo.processInfo.environment)
/// let service = try ScorecardService(configuration: configuration, clock: SystemClock(), logger: logger)
/// try await service.application().runService()
/// ```
///
/// The routes are ``operations``; `/openapi.json` describes them (``OpenAPIDocument``).
public struct ScorecardService: Sendable {
    /// The configuration.
    public let configuration: ServiceConfiguration
    /// The database client; the application runs it as a service.
    public let client: PostgresClient
    /// The store.
    public let store: PostgresStore
    /// The clock that stamps versions and audit entries and decides whether a month may be frozen.
    public let clock: any WallClock
    /// The logger.
    public let logger: Logger
    let tokens: AccessTokens
    let metrics = ServiceMetrics()

    /// Creates a service; nothing connects until the application runs.
    ///
    /// - Parameters:
    ///   - configuration: Where to listen, the database, the tokens, the limits.
    ///   - clock: "Now", for stamps and the freeze rule.
    ///   - logger: Where the service logs (never a token, never a body).
    /// - Throws: ``StoreError`` for a malformed database URL or schema name.
    public init(configuration: ServiceConfiguration, clock: any WallClock, logger: Logger) throws {
        self.configuration = configuration
        self.clock = clock
        self.logger = logger
        var databaseLogger = logger
        databaseLogger.logLevel = max(logger.logLevel, .notice)
        client = PostgresClient(
            configuration: try PostgresStore.configuration(url: configuration.databaseURL),
            backgroundLogger: databaseLogger)
        store = try PostgresStore(client: client, schema: configuration.schema, logger: databaseLogger)
        tokens = AccessTokens(readers: configuration.readerTokens, writers: configuration.writerTokens)
    }

    /// The HTTP application: the router, the database client as a service, and a migration before the server
    /// starts listening (skipped when `migrate` is false).
    ///
    /// - Parameters:
    ///   - migrate: Whether to migrate the store's tables first.
    ///   - onServerRunning: Called with the port once the server listens (a port of 0 picks a free one).
    /// - Returns: The application.
    public func application(
        migrate: Bool = true, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var app = Application(
            router: router(),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: "scorecard-service"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
        app.addServices(client)
        if migrate {
            let store = self.store
            app.beforeServerStarts { try await store.migrate() }
        }
        return app
    }

    /// One route: its method, its path (Hummingbird's `:name` parameters), and who may call it.
    public struct Operation: Sendable {
        /// The HTTP method.
        public var method: HTTPRequest.Method
        /// The path, such as `/v1/months/:month/freeze`.
        public var path: String
        /// The right needed: `nil` for public routes.
        var right: AccessTokens.Right?
    }

    /// Every route the service answers; the OpenAPI document lists exactly these.
    public static let operations: [Operation] = [
        Operation(method: .get, path: "/v1/health", right: nil),
        Operation(method: .post, path: "/v1/activities", right: .write),
        Operation(method: .put, path: "/v1/policy", right: .write),
        Operation(method: .put, path: "/v1/roster", right: .write),
        Operation(method: .put, path: "/v1/opportunities", right: .write),
        Operation(method: .get, path: "/v1/scorecards", right: .read),
        Operation(method: .post, path: "/v1/months/:month/freeze", right: .write),
        Operation(method: .get, path: "/v1/outcomes", right: .read),
        Operation(method: .post, path: "/v1/roi", right: .read),
        Operation(method: .get, path: "/v1/dashboard", right: .read),
        Operation(method: .get, path: "/openapi.json", right: nil),
        Operation(method: .get, path: "/metrics", right: nil),
    ]

    typealias Context = BasicRequestContext

    func router() -> Router<Context> {
        let router = Router(context: Context.self)
        router.add(middleware: ProblemMiddleware(metrics: metrics, logger: logger))
        for operation in ScorecardService.operations {
            let handler = self.handler(for: operation.path, method: operation.method)
            let right = operation.right
            router.on(RouterPath(operation.path), method: operation.method) { request, context in
                let actor = try self.authorize(request, right)
                return try await handler(request, context, actor)
            }
        }
        return router
    }

    /// The name of the caller's token, after checking it grants `right` (public routes need none).
    func authorize(_ request: Request, _ right: AccessTokens.Right?) throws -> String {
        guard let right else { return "anonymous" }
        guard let (name, granted) = tokens.identify(authorization: request.headers[.authorization]) else {
            throw Problem.http(.unauthorized, "a bearer token is needed (Authorization: Bearer …)")
        }
        guard granted >= right else {
            throw Problem.http(.forbidden, "this token may read, not write")
        }
        return name
    }

    typealias Handler = @Sendable (Request, Context, String) async throws -> Response

    func handler(for path: String, method: HTTPRequest.Method) -> Handler {
        switch (method, path) {
        case (.get, "/v1/health"): return { _, _, _ in try await self.health() }
        case (.post, "/v1/activities"): return { request, _, actor in try await self.importActivities(request, actor) }
        case (.put, "/v1/policy"): return { request, _, actor in try await self.putPolicy(request, actor) }
        case (.put, "/v1/roster"): return { request, _, actor in try await self.putRoster(request, actor) }
        case (.put, "/v1/opportunities"):
            return { request, _, actor in try await self.putOpportunities(request, actor) }
        case (.get, "/v1/scorecards"): return { request, _, actor in try await self.getScorecards(request, actor) }
        case (.post, "/v1/months/:month/freeze"):
            return { request, context, actor in try await self.freeze(request, context, actor) }
        case (.get, "/v1/outcomes"): return { request, _, actor in try await self.getOutcomes(request, actor) }
        case (.post, "/v1/roi"): return { request, _, _ in try await self.roi(request) }
        case (.get, "/v1/dashboard"): return { request, _, actor in try await self.dashboard(request, actor) }
        case (.get, "/openapi.json"):
            return { _, _, _ in Response.bytes(OpenAPIDocument.bytes, type: "application/json") }
        case (.get, "/metrics"):
            return { _, _, _ in
                Response.bytes(Array(self.metrics.render().utf8), type: "text/plain; version=0.0.4; charset=utf-8")
            }
        default: preconditionFailure("no handler for \(method) \(path)")
        }
    }

    func session(_ actor: String) -> StoreSession {
        StoreSession(store: store, clock: clock, actor: actor)
    }
}

/// Turns every error into `application/problem+json`, logs each request (method, route, status, time: never a
/// header or a body) and counts it.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let metrics: ServiceMetrics
    let logger: Logger

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let started = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            let problem = Problem.from(error)
            if problem.status >= 500 {
                // The error itself may name the database's internals: it goes to the log, not to the client.
                logger.error("\(request.method) \(request.uri.path) failed: \(String(reflecting: error))")
            }
            response = problem.response()
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.cacheControl] = "no-store"
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let route = context.endpointPath ?? "unmatched"
        metrics.request(route: route, status: response.status.code, seconds: seconds)
        logger.info(
            "\(request.method) \(route) \(response.status.code) \(Int((seconds * 1000).rounded())) ms")
        return response
    }
}

extension Response {
    static func bytes(_ bytes: [UInt8], type: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return bytes(Array(try encoder.encode(value)), type: "application/json", status: status)
    }
}
