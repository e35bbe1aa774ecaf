/// An invalid model or calculation argument: a dictionary item, mapping, scoring rule, band, blend, outcome,
/// investment or retention parameter that cannot be used. It names the subject and the field.
///
/// Initialisers throw the first problem they find; the `validate` functions return every problem, so a tool can
/// report them all at once:
///
/// ```swift
/// for problem in try CompetencyDictionary.validate(json: data) { print(problem) }
/// // competency formalizing-commitment: field clusterID: unknown cluster "solutions"
/// ```
///
/// Errors reading a file are ``InputError``s instead; they name the file, line and field, and keep the
/// `ValidationError` behind a value that parsed but is not valid.
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is: a stable name that hosts may switch on.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The raw name of the code.
        public let rawValue: String
        /// Creates a code; hosts may define their own.
        ///
        /// - Parameter rawValue: The raw name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// Two items of the same kind share an id (competencies, tasks, opportunities, teams).
        public static let duplicateID = Code(rawValue: "duplicateID")
        /// The same (task, competency, role) scoring rule is given twice.
        public static let duplicateRule = Code(rawValue: "duplicateRule")
        /// An id is empty or padded with spaces.
        public static let invalidID = Code(rawValue: "invalidID")
        /// A reference names an item that does not exist (a competency's cluster, a rule's role or task, a
        /// mapping's area, a team's rep).
        public static let danglingReference = Code(rawValue: "danglingReference")
        /// A required value is missing or empty (a name, a version, an owner, the close day of a won deal).
        public static let missingValue = Code(rawValue: "missingValue")
        /// An alias or name resolves to two different items of the same kind.
        public static let aliasClash = Code(rawValue: "aliasClash")
        /// A document declares a schema version this library does not read.
        public static let unsupportedSchemaVersion = Code(rawValue: "unsupportedSchemaVersion")
        /// A number is outside the range it must lie in (a target or weight that is not positive, a rate
        /// outside 0...1, a rating off the scale).
        public static let outOfRange = Code(rawValue: "outOfRange")
        /// A number is NaN or infinite.
        public static let notFinite = Code(rawValue: "notFinite")
        /// An amount or count is negative.
        public static let negativeValue = Code(rawValue: "negativeValue")
        /// Dates or days are out of order: an end before its start, reinforcement days that do not increase.
        public static let outOfOrder = Code(rawValue: "outOfOrder")
        /// A proficiency scale is not usable: fewer than two levels, or levels that do not increase.
        public static let invalidScale = Code(rawValue: "invalidScale")
        /// Status band thresholds that are not finite, negative, or out of order.
        public static let invalidBands = Code(rawValue: "invalidBands")
        /// A ratio task whose inputs are missing, itself, or ratios.
        public static let invalidRatio = Code(rawValue: "invalidRatio")
        /// An operation needs an item that is retired.
        public static let retiredItem = Code(rawValue: "retiredItem")
        /// A period to freeze has no scored activity at all.
        public static let emptyPeriod = Code(rawValue: "emptyPeriod")
        /// A period to freeze can still receive activity: its end, plus the grace period, is not yet past.
        public static let openPeriod = Code(rawValue: "openPeriod")
        /// Two aggregates that cannot be merged (different roster, tasks or granularity).
        public static let incompatibleAggregates = Code(rawValue: "incompatibleAggregates")
        /// Total costs are zero where a ratio divides by them (BCR, ROI %, payback).
        public static let zeroCosts = Code(rawValue: "zeroCosts")
        /// A measured baseline is zero where a relative change divides by it.
        public static let zeroBaseline = Code(rawValue: "zeroBaseline")
        /// More seats are used than were bought.
        public static let seatsExceedBought = Code(rawValue: "seatsExceedBought")
        /// Two series that must line up have different lengths.
        public static let mismatchedLengths = Code(rawValue: "mismatchedLengths")
        /// The raw name.
        public var description: String { rawValue }
    }

    /// What kind of problem it is.
    public var code: Code
    /// The kind and id of the offending item, for example `competency formalizing-commitment` or
    /// `investment crm-2025`; `nil` for a lone argument or the document as a whole.
    public var subject: String?
    /// The offending field, for example `clusterID`, `aliases[2]` or `costs[1].amount`.
    public var field: String?
    /// What is wrong, in words, quoting the offending value.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: What kind of problem it is.
    ///   - subject: The kind and id of the offending item, such as `role consultant`.
    ///   - field: The offending field.
    ///   - message: What is wrong.
    public init(_ code: Code, subject: String? = nil, field: String? = nil, message: String) {
        self.code = code
        self.subject = subject
        self.field = field
        self.message = message
    }

    /// `subject: field F: message`, leaving out what is unknown.
    public var description: String { ErrorText.join(subject, field: field, message: message) }

    /// The same error with the subject filled in where it was not known and the field put under `prefix`.
    func within(_ prefix: String?, subject: String?) -> ValidationError {
        var copy = self
        if copy.subject == nil { copy.subject = subject }
        if let prefix { copy.field = copy.field.map { prefix + "." + $0 } ?? prefix }
        return copy
    }
}
