/// A problem with the content of a dictionary, mapping, scale or profile: it names the offending id and field.
///
/// Initialisers throw the first problem they find; the `validate` functions return every problem, so a tool can
/// report them all at once:
///
/// ```swift
/// for problem in try CompetencyDictionary.validate(json: data) { print(problem) }
/// // competency formalizing-commitment: field clusterID: unknown cluster "solutions"
/// ```
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The raw name of the code.
        public let rawValue: String
        /// Creates a code; hosts may define their own.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// Two items of the same kind share an id.
        public static let duplicateID = Code(rawValue: "duplicateID")
        /// An id is empty or padded with spaces.
        public static let invalidID = Code(rawValue: "invalidID")
        /// A reference names an item that does not exist (a competency's cluster, a mapping's role or area).
        public static let danglingReference = Code(rawValue: "danglingReference")
        /// A name, label or version is empty.
        public static let emptyName = Code(rawValue: "emptyName")
        /// An alias or name resolves to two different items of the same kind.
        public static let aliasClash = Code(rawValue: "aliasClash")
        /// A document declares a schema version this library does not read.
        public static let unsupportedSchemaVersion = Code(rawValue: "unsupportedSchemaVersion")
        /// A number is outside the range it must lie in, or is not finite.
        public static let valueOutOfRange = Code(rawValue: "valueOutOfRange")
        /// A proficiency scale is not usable: fewer than two levels, or levels that do not increase.
        public static let invalidScale = Code(rawValue: "invalidScale")
        /// An operation needs an item that is retired.
        public static let retiredItem = Code(rawValue: "retiredItem")
        /// A period to freeze has no scored activity at all.
        public static let emptyPeriod = Code(rawValue: "emptyPeriod")
        /// A period to freeze can still receive activity: its end, plus the grace period, is not yet past.
        public static let openPeriod = Code(rawValue: "openPeriod")
        /// The raw name.
        public var description: String { rawValue }
    }

    /// What kind of problem it is.
    public var code: Code
    /// The kind and id of the offending item, for example `competency formalizing-commitment`; `nil` for the
    /// document as a whole.
    public var item: String?
    /// The offending field, for example `clusterID` or `aliases[2]`.
    public var field: String?
    /// What is wrong, in words, with the offending value.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: What kind of problem it is.
    ///   - item: The kind and id of the offending item, such as `role consultant`.
    ///   - field: The offending field.
    ///   - message: What is wrong.
    public init(_ code: Code, item: String? = nil, field: String? = nil, message: String) {
        self.code = code
        self.item = item
        self.field = field
        self.message = message
    }

    /// `item: field F: message`, leaving out what is unknown.
    public var description: String {
        var parts: [String] = []
        if let item { parts.append(item) }
        if let field { parts.append("field \(field)") }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}
