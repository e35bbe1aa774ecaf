public import Foundation
public import HTTPTypes
import Hummingbird
import NIOCore
import PostgresNIO
public import SalesCompetency

/// An RFC 9457 problem detail (`application/problem+json`): every error the service answers with, carrying the
/// library's error type, code, message and location.
///
/// ```json
/// {"type":"urn:sco:problem:InputError.invalidValue","title":"Bad input","status":400,
///  "detail":"activities.csv:3: field occurred_on: …","errorType":"InputError","code":"invalidValue",
///  "file":"activities.csv","line":3,"field":"occurred_on"}
/// ```
public struct Problem: Error, Sendable, Codable, Equatable {
    /// A URI naming the kind of problem: `urn:sco:problem:<errorType>.<code>`, or `about:blank` for a plain HTTP
    /// status.
    public var type: String
    /// A short summary of the kind.
    public var title: String
    /// The HTTP status.
    public var status: Int
    /// What went wrong, in words: the library's error description.
    public var detail: String
    /// The library's error type: `InputError`, `ValidationError`, `StoreError`, or `HTTP`.
    public var errorType: String
    /// The library's stable error code, such as `invalidValue`, `frozen`, or the HTTP reason.
    public var code: String
    /// The file (or body) the bad input came from.
    public var file: String?
    /// The line of the bad input.
    public var line: Int?
    /// The column or JSON path.
    public var field: String?
    /// The item a validation error is about.
    public var subject: String?

    /// Creates a problem.
    public init(
        status: HTTPResponse.Status, errorType: String, code: String, title: String, detail: String,
        file: String? = nil, line: Int? = nil, field: String? = nil, subject: String? = nil
    ) {
        self.type = errorType == "HTTP" ? "about:blank" : "urn:sco:problem:\(errorType).\(code)"
        self.title = title
        self.status = status.code
        self.detail = detail
        self.errorType = errorType
        self.code = code
        self.file = file
        self.line = line
        self.field = field
        self.subject = subject
    }

    /// A problem for a plain HTTP status, such as 404 or 413.
    static func http(_ status: HTTPResponse.Status, _ detail: String) -> Problem {
        Problem(
            status: status, errorType: "HTTP", code: "\(status.code)", title: status.reasonPhrase, detail: detail)
    }

    /// The problem for any error a handler throws; errors the library does not define become a 500 (or a 503 for
    /// the database) whose detail says nothing about the internals.
    static func from(_ error: any Error) -> Problem {
        switch error {
        case let problem as Problem:
            return problem
        case let error as InputError:
            return Problem(
                status: .badRequest, errorType: "InputError", code: error.code.rawValue, title: "Bad input",
                detail: error.description, file: error.file, line: error.line, field: error.field,
                subject: error.underlying?.subject)
        case let error as ValidationError:
            return Problem(
                status: .unprocessableContent, errorType: "ValidationError", code: error.code.rawValue,
                title: "Invalid model or argument", detail: error.description, field: error.field,
                subject: error.subject)
        case let error as StoreError:
            let status: HTTPResponse.Status =
                switch error.code {
                case .conflict, .frozen: .conflict
                case .invalidID, .invalidValue: .unprocessableContent
                default: .internalServerError
                }
            return Problem(
                status: status, errorType: "StoreError", code: error.code.rawValue, title: "Store refused the change",
                detail: error.description, file: error.path)
        case let error as HTTPError:
            return .http(error.status, error.body ?? error.status.reasonPhrase)
        case let error as NIOTooManyBytesError:
            return .http(.contentTooLarge, "the body is larger than this route takes (\(error.maxBytes ?? 0) bytes)")
        case is PSQLError:
            return .http(.serviceUnavailable, "the database is unavailable or refused the query; try again")
        case is DecodingError:
            return Problem(
                status: .badRequest, errorType: "InputError", code: InputError.Code.invalidJSON.rawValue,
                title: "Bad input", detail: "the body is not the JSON this route expects: \(error)")
        default:
            return .http(.internalServerError, "an internal error occurred")
        }
    }

    /// The response: `application/problem+json`, and `WWW-Authenticate` on a 401.
    func response() -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = (try? encoder.encode(self)) ?? Data("{}".utf8)
        var headers: HTTPFields = [.contentType: "application/problem+json"]
        if status == 401 { headers[.wwwAuthenticate] = "Bearer realm=\"sco\"" }
        return Response(
            status: HTTPResponse.Status(code: status), headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
