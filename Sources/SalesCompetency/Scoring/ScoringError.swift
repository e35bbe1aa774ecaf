/// An invalid scoring policy, rule, band, blend or aggregate: what is wrong and which id it concerns.
///
/// Errors reading a file are ``ImportError``s instead, which name the file, line and field.
///
/// ```swift
/// do { _ = try ScoringRule(task: "calls", competency: "x", role: "consultant", target: 0, weight: 1) }
/// catch let error as ScoringError { print(error) }   // invalidTarget: ...
/// ```
public struct ScoringError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The raw name of the code.
        public let rawValue: String
        /// Creates a code; hosts may define their own.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// A target that is not a positive finite number.
        public static let invalidTarget = Code(rawValue: "invalidTarget")
        /// A weight that is not a positive finite number.
        public static let invalidWeight = Code(rawValue: "invalidWeight")
        /// An attainment cap that is not a positive finite number.
        public static let invalidCap = Code(rawValue: "invalidCap")
        /// Status band thresholds that are not finite, negative, or out of order.
        public static let invalidBands = Code(rawValue: "invalidBands")
        /// A competency id the dictionary does not know.
        public static let unknownCompetency = Code(rawValue: "unknownCompetency")
        /// A role id the dictionary does not know.
        public static let unknownRole = Code(rawValue: "unknownRole")
        /// A task id that no task definition or rule provides.
        public static let unknownTask = Code(rawValue: "unknownTask")
        /// The same (task, competency, role) rule given twice.
        public static let duplicateRule = Code(rawValue: "duplicateRule")
        /// The same task id defined twice.
        public static let duplicateTask = Code(rawValue: "duplicateTask")
        /// A ratio task whose inputs are missing, itself, or ratios.
        public static let invalidRatio = Code(rawValue: "invalidRatio")
        /// A quantity, rating or tolerance that is negative, not finite, or out of range.
        public static let invalidValue = Code(rawValue: "invalidValue")
        /// Two aggregates that cannot be merged (different roster, tasks or granularity).
        public static let incompatibleAggregates = Code(rawValue: "incompatibleAggregates")
        /// The raw name.
        public var description: String { rawValue }
    }

    /// What went wrong.
    public var code: Code
    /// The id the problem concerns (a task, competency, role or rep), when there is one.
    public var id: String?
    /// What went wrong, in words, with the offending value.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, id: String? = nil, message: String) {
        self.code = code
        self.id = id
        self.message = message
    }

    /// `code: message`.
    public var description: String { "\(code): \(message)" }
}
