public import Foundation

/// What a scorecard service instance needs, read from its environment: where to listen, the database, the
/// bearer tokens and the size limits.
///
/// | variable | meaning | default |
/// | --- | --- | --- |
/// | `SCO_HOST`, `SCO_PORT` | where to listen | `127.0.0.1`, `8080` |
/// | `SCO_POSTGRES_URL` | the database, `postgres://user[:password]@host:port/database` | `postgres://postgres@127.0.0.1:5432/postgres` |
/// | `SCO_SCHEMA` | the PostgreSQL schema that holds the store | `sco` |
/// | `SCO_READER_TOKENS`, `SCO_WRITER_TOKENS` | bearer tokens, `name=token` pairs separated by commas; the name is the audit trail's actor | none |
/// | `SCO_MAX_IMPORT_BYTES` | the largest activity import body | 268435456 (256 MiB) |
/// | `SCO_MAX_DOCUMENT_BYTES` | the largest policy, roster, opportunity or investment body | 8388608 (8 MiB) |
/// | `SCO_INSTANCE` | this instance's name, in logs and in `/v1/health` | the host name |
public struct ServiceConfiguration: Sendable {
    /// The address to listen on; loopback by default.
    public var host = "127.0.0.1"
    /// The port; 0 picks a free one.
    public var port = 8080
    /// The database URL.
    public var databaseURL = "postgres://postgres@127.0.0.1:5432/postgres"
    /// The schema that holds the store's tables.
    public var schema = "sco"
    /// Bearer tokens that may read, by name.
    public var readerTokens: [String: String] = [:]
    /// Bearer tokens that may read and write, by name.
    public var writerTokens: [String: String] = [:]
    /// The largest activity import body, in bytes.
    public var maxImportBytes = 256 << 20
    /// The largest document body, in bytes.
    public var maxDocumentBytes = 8 << 20
    /// This instance's name.
    public var instance = ProcessInfo.processInfo.hostName

    /// A configuration with the defaults.
    public init() {}

    /// Reads the configuration from environment variables (see the type's table).
    ///
    /// - Parameter environment: The variables.
    /// - Throws: ``ConfigurationError`` for a malformed value, naming the variable.
    public init(environment: [String: String]) throws {
        if let host = environment["SCO_HOST"] { self.host = host }
        if let port = environment["SCO_PORT"] { self.port = try Self.integer(port, "SCO_PORT") }
        if let url = environment["SCO_POSTGRES_URL"] { self.databaseURL = url }
        if let schema = environment["SCO_SCHEMA"] { self.schema = schema }
        if let tokens = environment["SCO_READER_TOKENS"] { readerTokens = try Self.tokens(tokens, "SCO_READER_TOKENS") }
        if let tokens = environment["SCO_WRITER_TOKENS"] { writerTokens = try Self.tokens(tokens, "SCO_WRITER_TOKENS") }
        if let bytes = environment["SCO_MAX_IMPORT_BYTES"] {
            maxImportBytes = try Self.integer(bytes, "SCO_MAX_IMPORT_BYTES")
        }
        if let bytes = environment["SCO_MAX_DOCUMENT_BYTES"] {
            maxDocumentBytes = try Self.integer(bytes, "SCO_MAX_DOCUMENT_BYTES")
        }
        if let instance = environment["SCO_INSTANCE"] { self.instance = instance }
    }

    /// An error in the service's configuration.
    public struct ConfigurationError: Error, CustomStringConvertible {
        /// The variable and what is wrong with it.
        public var description: String
    }

    static func integer(_ text: String, _ name: String) throws -> Int {
        guard let value = Int(text), value >= 0 else {
            throw ConfigurationError(description: "\(name) is not a whole number ≥ 0")
        }
        return value
    }

    static func tokens(_ text: String, _ name: String) throws -> [String: String] {
        var tokens: [String: String] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            // The message never repeats the pair: it holds a secret.
            guard parts.count == 2, !parts[0].isEmpty, parts[1].count >= 16 else {
                throw ConfigurationError(
                    description: "\(name): every entry must be name=token with a token of at least 16 characters")
            }
            tokens[String(parts[0])] = String(parts[1])
        }
        return tokens
    }
}
