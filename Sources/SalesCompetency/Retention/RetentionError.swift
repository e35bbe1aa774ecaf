/// A parameter of a retention model, reinforcement policy or plan that cannot be used.
///
/// It names the field and the value found, for example
/// `field forgotten: must be between 0 and 1 (exclusive), found 1.2`.
public struct RetentionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The raw name of the code.
        public let rawValue: String
        /// Creates a code; hosts may define their own.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// A number is NaN or infinite.
        public static let notFinite = Code(rawValue: "notFinite")
        /// A number is outside the range the field allows.
        public static let outOfRange = Code(rawValue: "outOfRange")
        /// Reinforcement days are not in increasing order, or one comes before the training.
        public static let unorderedDays = Code(rawValue: "unorderedDays")
        /// The raw name.
        public var description: String { rawValue }
    }

    /// What went wrong.
    public var code: Code
    /// The offending field, for example `forgotten` or `reinforcementDays[2]`.
    public var field: String
    /// What went wrong, in words, including the offending value.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: What went wrong.
    ///   - field: The offending field.
    ///   - message: What went wrong, in words, with the value found.
    public init(_ code: Code, field: String, message: String) {
        self.code = code
        self.field = field
        self.message = message
    }

    /// `field F: message`.
    public var description: String { "field \(field): \(message)" }

    static func requireFinite(_ value: Double, _ field: String) throws {
        guard value.isFinite else {
            throw RetentionError(.notFinite, field: field, message: "must be a finite number, found \(value)")
        }
    }

    static func requireOpenUnit(_ value: Double, _ field: String) throws {
        try requireFinite(value, field)
        guard value > 0, value < 1 else {
            throw RetentionError(
                .outOfRange, field: field, message: "must be between 0 and 1 (exclusive), found \(value)")
        }
    }

    static func requirePositive(_ value: Double, _ field: String) throws {
        try requireFinite(value, field)
        guard value > 0 else {
            throw RetentionError(.outOfRange, field: field, message: "must be greater than 0, found \(value)")
        }
    }
}
