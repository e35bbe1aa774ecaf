public import Foundation

extension InputError {
    /// Translates a `DecodingError` into an error that names the JSON path of the offending value, such as
    /// `competencies[3].name`, so that a truncated or mistyped document gets a one-line, fixable message.
    ///
    /// When the document is not JSON at all (truncated, a stray character), pass its bytes as `data` to get the
    /// parser's reason and, where it gives one, the line.
    ///
    /// - Parameters:
    ///   - error: The error a `JSONDecoder` threw.
    ///   - file: The file the JSON came from, when known.
    ///   - data: The document, to explain a syntax error.
    /// - Returns: An error with code `.invalidJSON` and the path in ``field``.
    public init(decoding error: DecodingError, file: String? = nil, data: Data? = nil) {
        func field(_ path: [any CodingKey]) -> String? {
            let text = Self.jsonPath(path)
            return text.isEmpty ? nil : text
        }
        switch error {
        case .typeMismatch(let type, let context):
            self.init(
                .invalidJSON, file: file, field: field(context.codingPath),
                message: "expected \(Self.jsonTypeName(type)): \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            self.init(
                .invalidJSON, file: file, field: field(context.codingPath),
                message: "expected \(Self.jsonTypeName(type)), found null")
        case .keyNotFound(let key, let context):
            self.init(
                .invalidJSON, file: file, field: field(context.codingPath + [key]),
                message: "the required key \(ErrorText.quoted(key.stringValue)) is missing")
        case .dataCorrupted(let context):
            let path = Self.jsonPath(context.codingPath)
            if path.isEmpty, let data, let syntax = Self.syntaxError(in: data) {
                self.init(.invalidJSON, file: file, line: syntax.line, message: "not valid JSON: \(syntax.reason)")
            } else {
                self.init(.invalidJSON, file: file, field: path.isEmpty ? nil : path, message: context.debugDescription)
            }
        @unknown default:
            self.init(.invalidJSON, file: file, message: String(describing: error))
        }
    }

    /// A coding path written the way JSON tools write it: `competencies[3].keyActions[0].title`.
    ///
    /// - Parameter codingPath: The path of a `DecodingError` context.
    /// - Returns: The path, or an empty string for the document itself.
    /// - Complexity: O(*n*) in the length of the path.
    public static func jsonPath(_ codingPath: [any CodingKey]) -> String {
        var path = ""
        for key in codingPath {
            if let position = key.intValue {
                path += "[\(position)]"
            } else {
                path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return path
    }

    /// The parser's reason a document is not JSON, and the 1-based line of the offending character if it says.
    private static func syntaxError(in data: Data) -> (reason: String, line: Int?)? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            guard let range = reason.range(of: "character "),
                let offset = Int(reason[range.upperBound...].prefix { $0.isNumber }), offset <= data.count
            else { return (reason, nil) }
            return (reason, data.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 })
        }
    }

    private static func jsonTypeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Double.Type: "a number"
        case is [Any].Type: "an array"
        case is [String: Any].Type: "an object"
        default: "\(type)"
        }
    }
}
