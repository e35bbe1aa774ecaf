/// Bad input data: a CSV table, a JSON document or a CRM export that cannot be read as it is.
///
/// It names where the problem is (the file, the 1-based line, the column name or JSON path) and what was found,
/// so that the one-line ``description`` is enough to fix the input. A failed import changes no state.
///
/// When a value parsed but the model rejected it (a negative cost in an investment file, a weight of zero in a
/// rules file), the model's ``ValidationError`` is kept in ``underlying``, with its own code:
///
/// ```swift
/// do { _ = try ActivityLog(csvFile: "activities.csv") }
/// catch let error as InputError { print(error) }   // activities.csv:12: field quantity: ...
/// ```
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong: a stable name that hosts may switch on.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The raw name of the code.
        public let rawValue: String
        /// Creates a code; hosts may define their own.
        ///
        /// - Parameter rawValue: The raw name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The file could not be opened or read.
        public static let unreadableFile = Code(rawValue: "unreadableFile")
        /// The file is empty or has only a header.
        public static let emptyFile = Code(rawValue: "emptyFile")
        /// A required column is missing from the header.
        public static let missingColumn = Code(rawValue: "missingColumn")
        /// A column name appears twice in the header.
        public static let duplicateColumn = Code(rawValue: "duplicateColumn")
        /// A record has a different number of fields than the header.
        public static let wrongFieldCount = Code(rawValue: "wrongFieldCount")
        /// A quoted field is not closed, or a closing quote is followed by other text.
        public static let malformedQuote = Code(rawValue: "malformedQuote")
        /// The bytes are not valid UTF-8.
        public static let invalidUTF8 = Code(rawValue: "invalidUTF8")
        /// A value has the wrong type or is out of range (not a number, negative, not finite, not a date), or the
        /// model rejected it (see ``InputError/underlying``).
        public static let invalidValue = Code(rawValue: "invalidValue")
        /// A required value is empty.
        public static let missingValue = Code(rawValue: "missingValue")
        /// An id refers to nothing known.
        public static let unknownID = Code(rawValue: "unknownID")
        /// An id appears twice where ids must be unique.
        public static let duplicateID = Code(rawValue: "duplicateID")
        /// A JSON document is malformed or does not have the expected shape.
        public static let invalidJSON = Code(rawValue: "invalidJSON")
        /// A document declares a schema version this library does not read.
        public static let unsupportedSchemaVersion = Code(rawValue: "unsupportedSchemaVersion")
        /// The raw name.
        public var description: String { rawValue }
    }

    /// What went wrong.
    public var code: Code
    /// The file, or a name for the source such as `<stdin>`; `nil` when unknown.
    public var file: String?
    /// The 1-based line where the offending record starts, when known.
    public var line: Int?
    /// The column name or JSON path of the offending field, such as `quantity` or `costs[1].amount`, when known.
    public var field: String?
    /// What went wrong, in words, quoting at most about 80 characters of the offending value.
    public var message: String
    /// The model's rejection of a value that parsed, when that is what went wrong; its code says why.
    public var underlying: ValidationError?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: What went wrong.
    ///   - file: The file or source name, if known.
    ///   - line: The 1-based line, if known.
    ///   - field: The column name or JSON path, if known.
    ///   - message: What went wrong, in words.
    ///   - underlying: The model's error that this one wraps, if any.
    public init(
        _ code: Code, file: String? = nil, line: Int? = nil, field: String? = nil, message: String,
        underlying: ValidationError? = nil
    ) {
        self.code = code
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        self.underlying = underlying
    }

    /// Wraps the model's rejection of a value read from `file`: the code is ``Code/missingValue`` or
    /// ``Code/unsupportedSchemaVersion`` when the model's code is that, and ``Code/invalidValue`` otherwise; the
    /// field is the error's field under `prefix`; the error itself, with its own code, is kept in ``underlying``.
    ///
    /// - Parameters:
    ///   - error: The model's error.
    ///   - file: The file or source name, if known.
    ///   - line: The 1-based line, if known.
    ///   - prefix: The JSON path of the object the error's field belongs to, if any.
    public init(wrapping error: ValidationError, file: String? = nil, line: Int? = nil, under prefix: String? = nil) {
        let field = [prefix, error.field].compactMap { $0 }.joined(separator: ".")
        self.init(
            error.code == .unsupportedSchemaVersion
                ? .unsupportedSchemaVersion : error.code == .missingValue ? .missingValue : .invalidValue, file: file,
            line: line, field: field.isEmpty ? nil : field,
            message: (error.subject.map { "\($0): " } ?? "") + error.message, underlying: error)
    }

    /// `file:line: field F: message`, leaving out what is unknown.
    public var description: String {
        var location = file ?? ""
        if let line { location += location.isEmpty ? "line \(line)" : ":\(line)" }
        return ErrorText.join(location.isEmpty ? nil : location, field: field, message: message)
    }

    /// The same error with the file name filled in where it was not known.
    ///
    /// - Parameter name: The file or source name.
    /// - Returns: The error, naming `name` when it named no file.
    public func inFile(_ name: String) -> InputError {
        var copy = self
        if copy.file == nil { copy.file = name }
        return copy
    }
}

/// The one description format of the library's errors: `where: field F: message`.
package enum ErrorText {
    package static func join(_ location: String?, field: String?, message: String) -> String {
        var parts: [String] = []
        if let location { parts.append(location) }
        if let field { parts.append("field \(field)") }
        parts.append(message)
        return parts.joined(separator: ": ")
    }

    /// `value` in double quotes, cut to at most `limit` characters with an ellipsis, so a message never
    /// repeats a whole huge field.
    package static func quoted(_ value: some StringProtocol, limit: Int = 80) -> String {
        value.count <= limit ? "\"\(value)\"" : "\"\(value.prefix(limit - 1))…\""
    }

    /// An id or other value quoted as its description, cut like a string.
    package static func quoted(_ value: some CustomStringConvertible, limit: Int = 80) -> String {
        quoted(value.description, limit: limit)
    }
}
