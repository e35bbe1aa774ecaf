import Foundation

extension ImportError {
    /// Translates a `DecodingError` into an error that names the JSON path of the offending value, such as
    /// `competencies[3].name`, so that a truncated or mistyped document gets a one-line, fixable message.
    ///
    /// - Parameters:
    ///   - error: The error a `JSONDecoder` threw.
    ///   - file: The file the JSON came from, when known.
    /// - Returns: An error with code `.invalidJSON` and the path in ``field``.
    public init(decoding error: DecodingError, file: String? = nil) {
        switch error {
        case .typeMismatch(let type, let context):
            self.init(
                .invalidJSON, file: file, field: Self.jsonPath(context.codingPath),
                message: "expected \(Self.jsonTypeName(type)): \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            self.init(
                .invalidJSON, file: file, field: Self.jsonPath(context.codingPath),
                message: "expected \(Self.jsonTypeName(type)), found null")
        case .keyNotFound(let key, let context):
            self.init(
                .invalidJSON, file: file, field: Self.jsonPath(context.codingPath + [key]),
                message: "the required key \"\(key.stringValue)\" is missing")
        case .dataCorrupted(let context):
            var message = context.debugDescription
            if let underlying = context.underlyingError as NSError?,
                let detail = underlying.userInfo[NSDebugDescriptionErrorKey] as? String
            {
                message += " " + detail
            }
            let path = Self.jsonPath(context.codingPath)
            self.init(.invalidJSON, file: file, field: path.isEmpty ? nil : path, message: message)
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

    private static func jsonTypeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Double.Type: "a number"
        case is [Any].Type: "an array"
        default: "\(type)"
        }
    }
}
