import Foundation

/// The OpenAPI 3.1 document served at `/openapi.json` (the target's `openapi.json` resource). `OpenAPIDocumentTests`
/// keeps it true: it lists exactly ``ScorecardService/operations``, every error is a problem, and the service's
/// answers match it (schemathesis checks the same in CI).
public enum OpenAPIDocument: Sendable {
    /// The document's bytes, as served.
    public static let bytes: [UInt8] = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
            let data = try? Data(contentsOf: url)
        else { preconditionFailure("the openapi.json resource is missing from the bundle") }
        return Array(data)
    }()
}
