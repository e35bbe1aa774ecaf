/// An error reading a date, a period or a range of periods.
public struct TimeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The raw name of the code.
        public let rawValue: String
        /// The text is not a valid `YYYY-MM-DD` day.
        public static let invalidDay = Code(rawValue: "invalidDay")
        /// The text is not a valid period of the expected granularity.
        public static let invalidPeriod = Code(rawValue: "invalidPeriod")
        /// A range ends before it starts.
        public static let reversedRange = Code(rawValue: "reversedRange")
        /// The text is not a valid date or ISO 8601 timestamp.
        public static let invalidTimestamp = Code(rawValue: "invalidTimestamp")
        /// The raw name.
        public var description: String { rawValue }
    }

    /// What went wrong.
    public var code: Code
    /// The offending text.
    public var text: String

    /// Creates an error.
    public init(_ code: Code, text: String) {
        self.code = code
        self.text = text
    }

    /// A one-line explanation.
    public var description: String {
        switch code {
        case .invalidDay: "invalid date \"\(text)\": expected YYYY-MM-DD"
        case .invalidPeriod: "invalid period \"\(text)\""
        case .reversedRange: "reversed range \(text): the end comes before the start"
        case .invalidTimestamp: "invalid date or timestamp \"\(text)\": expected YYYY-MM-DD or ISO 8601"
        default: "\(code): \(text)"
        }
    }
}
