import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PostgresNIO
import PostgresStore
import SalesCompetency

extension HTTPField.Name {
    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
    static let serverTiming = HTTPField.Name("Server-Timing")!
}

/// Where a request's time went, as a `Server-Timing` header (`db;dur=12.3, score;dur=4.5, encode;dur=1.2`, in
/// milliseconds): the database (policy, roster and activity reads), the scoring, the JSON encoding.
struct ServerTiming {
    private var parts: [(String, Double)] = []

    mutating func add(_ name: String, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) * 1e-15
        parts.append((name, milliseconds))
    }

    mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        defer { add(name, since: start) }
        return try body()
    }

    var header: String {
        parts.map { "\($0.0);dur=\(($0.1 * 10).rounded() / 10)" }.joined(separator: ", ")
    }
}

/// A receipt for an import, as the service answers it.
struct ImportReceipt: Codable {
    var sequence: Int
    var count: Int
    var key: String
    var alreadyStored: Bool
    var skippedRows: Int?
}

/// A stored document version, as the service answers a save.
struct SavedVersion: Codable {
    var collection: String
    var id: String
    var version: Int
    var effectiveFrom: String?
    var author: String
}

extension ScorecardService {
    // MARK: health

    func health() async throws -> Response {
        let batches = try await store.batchCount()
        struct Health: Codable {
            var status: String
            var instance: String
            var batches: Int
        }
        return try .json(Health(status: "ok", instance: configuration.instance, batches: batches))
    }

    // MARK: reading the request

    func body(_ request: Request, limit: Int) async throws -> [UInt8] {
        let buffer = try await request.body.collect(upTo: limit)
        return Array(buffer.readableBytesView)
    }

    func text(_ bytes: [UInt8], name: String) throws -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputError(.invalidUTF8, file: name, message: "the body is not valid UTF-8")
        }
        return text
    }

    func query(_ request: Request, _ name: String) -> String? {
        request.uri.queryParameters.get(name)
    }

    func flag(_ request: Request, _ name: String) throws -> Bool {
        switch query(request, name) {
        case nil, "false": return false
        case "true": return true
        default: throw InputError(.invalidValue, field: name, message: "\(name) is true or false")
        }
    }

    func isJSON(_ request: Request) -> Bool {
        (request.headers[.contentType] ?? "").lowercased().hasPrefix("application/json")
    }

    func timeZone(_ request: Request) throws -> TimeZone {
        let name = query(request, "timeZone") ?? "UTC"
        guard let zone = TimeZone(identifier: name) else {
            throw InputError(.invalidValue, field: "timeZone", message: "unknown time zone \"\(name)\"")
        }
        return zone
    }

    func day(_ request: Request, _ name: String) throws -> Day? {
        guard let text = query(request, name) else { return nil }
        do {
            return try Day(parsing: text)
        } catch {
            throw InputError(.invalidValue, field: name, message: "\(name) is a day, YYYY-MM-DD")
        }
    }

    func month(_ text: String?) throws -> Period {
        guard let text else { throw InputError(.missingValue, field: "month", message: "month (YYYY-MM) is needed") }
        let period: Period
        do {
            period = try Period(parsing: text)
        } catch {
            throw InputError(.invalidValue, field: "month", message: "month is YYYY-MM")
        }
        guard period.granularity == .month else {
            throw InputError(.invalidValue, field: "month", message: "month is YYYY-MM")
        }
        return period
    }

    static func checkText(_ value: String, field: String) throws {
        // PostgreSQL's text cannot hold NUL: refuse it as bad input rather than fail in the database.
        if value.utf8.contains(0) {
            throw InputError(.invalidValue, field: field, message: "\(field) contains a NUL character")
        }
    }

    // MARK: activities

    func importActivities(_ request: Request, _ actor: String) async throws -> Response {
        var key = request.headers[.idempotencyKey]
        if let given = key {
            guard (1...200).contains(given.utf8.count), given.utf8.allSatisfy({ $0 >= 0x21 && $0 <= 0x7E }) else {
                throw InputError(
                    .invalidValue, field: "Idempotency-Key",
                    message: "the Idempotency-Key is 1 to 200 visible ASCII characters")
            }
            key = given
        }
        let zone = try timeZone(request)
        let bytes = try await body(request, limit: configuration.maxImportBytes)
        var activities: [Activity]
        var skipped: Int?
        let source: String
        if let preset = query(request, "measures") {
            let measures: ActivityMeasures
            switch preset {
            case "salesforce-task": measures = .salesforceTaskExport
            case "salesforce-event": measures = .salesforceEventExport
            case "salesforce-report": measures = .salesforceActivitiesReport()
            default:
                throw InputError(
                    .invalidValue, field: "measures",
                    message: "measures is salesforce-task, salesforce-event or salesforce-report")
            }
            // The measures reader works on files: the body goes to a private temporary file first.
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("sco-import-\(UUID().uuidString)")
            try Data(bytes).write(to: file, options: [.atomic])
            defer { try? FileManager.default.removeItem(at: file) }
            do {
                let (log, report) = try measures.activityLog(files: [file.path], timeZone: zone)
                activities = Array(log)
                skipped = report.skipped.reduce(0) { $0 + $1.rows }
            } catch var error as InputError {
                error.file = "body"
                throw error
            }
            source = "http:\(preset)"
        } else if isJSON(request) {
            activities = try JSONDecoder().decode([Activity].self, from: Data(bytes))
            source = "http:json"
        } else {
            activities = Array(try ActivityLog(csvText: try text(bytes, name: "body"), name: "body", timeZone: zone))
            source = "http:csv"
        }
        for activity in activities {
            try Self.checkText(activity.repID.rawValue, field: "rep_id")
            try Self.checkText(activity.taskID.rawValue, field: "task_id")
        }
        let batch = ActivityBatch(activities, source: source, key: key)
        let receipt = try await session(actor).appendActivities(batch)
        activities = []
        metrics.imported(activities: receipt.count, alreadyStored: receipt.alreadyStored)
        return try .json(
            ImportReceipt(
                sequence: receipt.sequence, count: receipt.count, key: receipt.key,
                alreadyStored: receipt.alreadyStored, skippedRows: skipped),
            status: receipt.alreadyStored ? .ok : .created)
    }

    // MARK: documents

    func putPolicy(_ request: Request, _ actor: String) async throws -> Response {
        let bytes = try await body(request, limit: configuration.maxDocumentBytes)
        let policy: ScoringPolicy
        if isJSON(request) {
            policy = try JSONDecoder().decode(ScoringPolicy.self, from: Data(bytes))
        } else {
            policy = try ScoringPolicy(
                rulesCSVText: try text(bytes, name: "body"), name: "body", timeZone: timeZone(request))
        }
        let effective = try day(request, "effectiveFrom")
        let version = try await session(actor).scoringPolicies.save(policy, id: "default", effectiveFrom: effective)
        return try .json(saved(version), status: .created)
    }

    func putRoster(_ request: Request, _ actor: String) async throws -> Response {
        let bytes = try await body(request, limit: configuration.maxDocumentBytes)
        let roster = try Roster(csvText: try text(bytes, name: "body"), name: "body")
        for rep in roster.reps { try Self.checkText(rep.id.rawValue, field: "rep_id") }
        let effective = try day(request, "effectiveFrom")
        let version = try await session(actor).rosters.save(roster, id: "default", effectiveFrom: effective)
        return try .json(saved(version), status: .created)
    }

    func putOpportunities(_ request: Request, _ actor: String) async throws -> Response {
        let bytes = try await body(request, limit: configuration.maxDocumentBytes)
        let won = Set((query(request, "won") ?? "won").split(separator: ",").map(String.init))
        let lost = Set((query(request, "lost") ?? "lost").split(separator: ",").map(String.init))
        let reader = OpportunityReader(stages: try StageLabels(won: won, lost: lost, unknownIsOpen: true))
        let opportunities = try reader.read(csvText: try text(bytes, name: "body"), name: "body")
        let version = try await session(actor).opportunities.save(opportunities, id: "default")
        return try .json(saved(version), status: .created)
    }

    func saved(_ version: DocumentVersion) -> SavedVersion {
        SavedVersion(
            collection: version.collection.rawValue, id: version.id, version: version.number,
            effectiveFrom: version.effectiveFrom?.description, author: version.author)
    }

    // MARK: scorecards

    /// The scorecards of a month: the frozen snapshot when there is one, else scored now from the store.
    func scorecards(of period: Period, reps: Set<Rep.ID>?, actor: String, timing: inout ServerTiming) async throws
        -> (cards: [Scorecard], frozen: Bool)
    {
        let session = session(actor)
        if let snapshot = try await session.scorecardSnapshots.latest(period.description) {
            return (snapshot.filter { reps?.contains($0.repID) ?? true }, true)
        }
        let (scored, _) = try await score(period, reps: reps, session: session, timing: &timing)
        return (scored.filter { reps?.contains($0.repID) ?? true }, false)
    }

    func score(_ period: Period, reps: Set<Rep.ID>?, session: StoreSession) async throws -> (Scorecards, Roster) {
        var timing = ServerTiming()
        return try await score(period, reps: reps, session: session, timing: &timing)
    }

    /// Scores a month from the store with the policy and roster in force then; `timing` gets the database's and
    /// the scoring's share.
    func score(_ period: Period, reps: Set<Rep.ID>?, session: StoreSession, timing: inout ServerTiming)
        async throws -> (Scorecards, Roster)
    {
        let started = ContinuousClock.now
        guard let policy = try await session.scoringPolicies.policy(inEffectOn: period.firstDay) else {
            throw Problem(
                status: .conflict, errorType: "ValidationError", code: ValidationError.Code.missingValue.rawValue,
                title: "Nothing to score with",
                detail: "no scoring policy is in effect on \(period.firstDay): PUT /v1/policy first",
                subject: "period \(period)")
        }
        guard let roster = try await session.rosters.document("default", inEffectOn: period.lastDay) else {
            throw Problem(
                status: .conflict, errorType: "ValidationError", code: ValidationError.Code.missingValue.rawValue,
                title: "Nothing to score with", detail: "no roster is in effect in \(period): PUT /v1/roster first",
                subject: "period \(period)")
        }
        let range = try PeriodRange(period, through: period)
        let activities = try await store.activities(in: range, reps: reps)
        timing.add("db", since: started)
        let scored = timing.measure("score") {
            ScoringEngine(policy: policy, roster: roster).score(ActivityLog(activities), periods: range)
        }
        return (scored, roster)
    }

    func repFilter(_ request: Request, actor: String, period: Period) async throws -> Set<Rep.ID>? {
        if let rep = query(request, "rep") {
            try Self.checkText(rep, field: "rep")
            return [Rep.ID(rawValue: rep)]
        }
        guard let team = query(request, "team") else { return nil }
        try Self.checkText(team, field: "team")
        let roster = try await session(actor).rosters.document("default", inEffectOn: period.lastDay)
        return Set((roster?.directReports(of: Rep.ID(rawValue: team)) ?? []).map(\.id))
    }

    func getScorecards(_ request: Request, _ actor: String) async throws -> Response {
        let period = try month(query(request, "month"))
        let reps = try await repFilter(request, actor: actor, period: period)
        var timing = ServerTiming()
        let (cards, frozen) = try await scorecards(of: period, reps: reps, actor: actor, timing: &timing)
        let body = timing.measure("encode") { ScorecardJSON.encode(cards, month: period, frozen: frozen) }
        var response = Response.bytes(body, type: "application/json")
        response.headers[.serverTiming] = timing.header
        return response
    }

    func freeze(_ request: Request, _ context: Context, _ actor: String) async throws -> Response {
        let period = try month(context.parameters.get("month"))
        let allowOpen = try flag(request, "allowOpen")
        let allowEmpty = try flag(request, "allowEmpty")
        let session = session(actor)
        if try await session.scorecardSnapshots.history(period.description).first != nil {
            throw StoreError(.frozen, path: "scorecard-snapshots/\(period)", message: "\(period) is already frozen")
        }
        let (scored, _) = try await score(period, reps: nil, session: session)
        let version = try await session.freezeScorecards(
            scored, for: period, allowEmpty: allowEmpty, allowOpen: allowOpen)
        struct Frozen: Codable {
            var month: String
            var scorecards: Int
            var author: String
            var savedAt: Double
        }
        return try .json(
            Frozen(
                month: period.description, scorecards: scored.count(where: { $0.period == period }),
                author: version.author, savedAt: version.savedAt.timeIntervalSince1970),
            status: .created)
    }

    // MARK: outcomes, ROI, dashboard

    func getOutcomes(_ request: Request, _ actor: String) async throws -> Response {
        let period = try month(query(request, "month"))
        let opportunities = try await session(actor).opportunities.latest("default") ?? []
        let metrics = OutcomeMetrics(opportunities, range: try PeriodRange(period, through: period))
        struct Row: Codable {
            var repID: String
            var won: Int
            var lost: Int
            var winRate: Double?
            var meanCycleDays: Double?
            var medianCycleDays: Double?
            var wonValue: String
        }
        struct Outcomes: Codable {
            var month: String
            var reps: [Row]
        }
        let rows = metrics.byRep().sorted { $0.key < $1.key }.map { rep, summary in
            Row(
                repID: rep.rawValue, won: summary.won, lost: summary.lost, winRate: summary.winRate,
                meanCycleDays: summary.meanCycleDays, medianCycleDays: summary.medianCycleDays,
                wonValue: "\(summary.wonValue)")
        }
        return try .json(Outcomes(month: period.description, reps: rows))
    }

    func roi(_ request: Request) async throws -> Response {
        let bytes = try await body(request, limit: configuration.maxDocumentBytes)
        let investment = try Investment(jsonData: Data(bytes), name: "body")
        return try .json(try ROICalculator().report(for: investment))
    }

    func dashboard(_ request: Request, _ actor: String) async throws -> Response {
        let period = try month(query(request, "month"))
        let session = session(actor)
        let (scored, roster) = try await score(period, reps: nil, session: session)
        var dashboard = Dashboard(title: "Competency scores", subtitle: period.description)
        dashboard.addScorecards(scored, period: period, roster: roster)
        var response = Response.bytes(Array(dashboard.render().utf8), type: "text/html; charset=utf-8")
        response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
        return response
    }
}
