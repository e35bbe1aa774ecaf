/// An invalid outcome or capacity figure: a deal that closes before it opens, a negative value, an indicator
/// outside its stated range, a weight that is not positive.
///
/// It names the offending id (an opportunity, a team, an indicator) and field, so the message is enough to
/// fix the input. A failed calculation changes no state.
///
/// ```swift
/// do { _ = try Opportunity(id: "o-1", owner: "rep-1", opened: may2, closed: may1, outcome: .won, value: 10) }
/// catch let error as OutcomeError { print(error) }   // opportunity o-1: field closed: ...
/// ```
public struct OutcomeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The raw name of the code.
        public let rawValue: String
        /// Creates a code; hosts may define their own.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// A deal closes before it opens, or a period ends before it starts.
        public static let reversedDates = Code(rawValue: "reversedDates")
        /// A money amount or count is negative.
        public static let negativeValue = Code(rawValue: "negativeValue")
        /// A value is not a finite number, or lies outside its stated range.
        public static let invalidValue = Code(rawValue: "invalidValue")
        /// A required value is missing, such as the close date of a won deal or an indicator of a team.
        public static let missingValue = Code(rawValue: "missingValue")
        /// An id appears twice where ids must be unique.
        public static let duplicateID = Code(rawValue: "duplicateID")
        /// An id refers to nothing known.
        public static let unknownID = Code(rawValue: "unknownID")
        /// The raw name.
        public var description: String { rawValue }
    }

    /// What went wrong.
    public var code: Code
    /// The id of the offending item, such as `opportunity 1C1I7A6R` or `team east`, when known.
    public var subject: String?
    /// The offending field, when known.
    public var field: String?
    /// What went wrong, in words, with the offending value.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: What went wrong.
    ///   - subject: The offending item, for example `opportunity o-1`.
    ///   - field: The offending field.
    ///   - message: What went wrong, in words.
    public init(_ code: Code, subject: String? = nil, field: String? = nil, message: String) {
        self.code = code
        self.subject = subject
        self.field = field
        self.message = message
    }

    /// `subject: field F: message`, leaving out what is unknown.
    public var description: String {
        var parts: [String] = []
        if let subject { parts.append(subject) }
        if let field { parts.append("field \(field)") }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}
