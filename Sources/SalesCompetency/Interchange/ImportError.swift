/// An error reading an input file: a CSV table, a JSON document or a CRM export.
///
/// It names where the problem is (file, line, column or JSON path, field) and what was found, so that
/// the one-line message is enough to fix the input. A failed import changes no state.
///
/// ```swift
/// do { _ = try ActivityLog(csvFile: "activities.csv") }
/// catch let error as ImportError { print(error) }   // activities.csv:12: column quantity: ...
/// ```
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The raw name of the code.
        public let rawValue: String
        /// Creates a code; hosts may define their own.
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
        /// A value has the wrong type or is out of range (not a number, negative, not finite, bad date).
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
    /// The column name or JSON path of the offending field, when known.
    public var field: String?
    /// What went wrong, in words, including the offending value where there is one.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, file: String? = nil, line: Int? = nil, field: String? = nil, message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: field: message`, leaving out what is unknown.
    public var description: String {
        var location = file ?? ""
        if let line { location += location.isEmpty ? "line \(line)" : ":\(line)" }
        var parts: [String] = []
        if !location.isEmpty { parts.append(location) }
        if let field { parts.append("field \(field)") }
        parts.append(message)
        return parts.joined(separator: ": ")
    }

    /// The same error with the file name filled in where it was not known.
    public func inFile(_ name: String) -> ImportError {
        var copy = self
        if copy.file == nil { copy.file = name }
        return copy
    }
}
