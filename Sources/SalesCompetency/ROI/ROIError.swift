import Foundation

/// An investment, a cost, a benefit or a calculation input that cannot be used.
///
/// It names the investment (when there is one) and the field, with the value found, for example
/// `investment crm-2025: field costs[1].amount: must not be negative, found -1200`.
public struct ROIError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The raw name of the code.
        public let rawValue: String
        /// Creates a code; hosts may define their own.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// A required value is missing or empty (an owner, a name, the seats bought for a per-seat cost).
        public static let missingValue = Code(rawValue: "missingValue")
        /// An amount or count is negative.
        public static let negativeValue = Code(rawValue: "negativeValue")
        /// A number is NaN or infinite.
        public static let notFinite = Code(rawValue: "notFinite")
        /// A rate or fraction is outside the range it must lie in (attribution, confidence, discount rate).
        public static let outOfRange = Code(rawValue: "outOfRange")
        /// Total costs are zero where a ratio divides by them (BCR, ROI %, payback).
        public static let zeroCosts = Code(rawValue: "zeroCosts")
        /// A measured baseline is zero where a relative change divides by it.
        public static let zeroBaseline = Code(rawValue: "zeroBaseline")
        /// More seats are used than were bought.
        public static let seatsExceedBought = Code(rawValue: "seatsExceedBought")
        /// An end date comes before its start date.
        public static let reversedDates = Code(rawValue: "reversedDates")
        /// Two series that must line up have different lengths.
        public static let mismatchedLengths = Code(rawValue: "mismatchedLengths")
        /// The document declares a schema version this library does not read.
        public static let unsupportedSchemaVersion = Code(rawValue: "unsupportedSchemaVersion")
        /// The raw name.
        public var description: String { rawValue }
    }

    /// What went wrong.
    public var code: Code
    /// The investment concerned, when there is one.
    public var investmentID: Investment.ID?
    /// The offending field, for example `costs[1].amount` or `discountRate`.
    public var field: String
    /// What went wrong, in words, including the offending value.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: What went wrong.
    ///   - investmentID: The investment concerned, if any.
    ///   - field: The offending field.
    ///   - message: What went wrong, in words, with the value found.
    public init(_ code: Code, investmentID: Investment.ID? = nil, field: String, message: String) {
        self.code = code
        self.investmentID = investmentID
        self.field = field
        self.message = message
    }

    /// `investment ID: field F: message`, leaving out the investment when there is none.
    public var description: String {
        (investmentID.map { "investment \($0): " } ?? "") + "field \(field): \(message)"
    }

    /// The same error with the investment filled in and the field put under `prefix`.
    func within(_ prefix: String?, investment id: Investment.ID?) -> ROIError {
        var copy = self
        if copy.investmentID == nil { copy.investmentID = id }
        if let prefix { copy.field = prefix + "." + copy.field }
        return copy
    }
}

/// Checks shared by the ROI value types; each throws ``ROIError`` naming `field`.
enum ROICheck {
    static func nonNegative(_ value: Decimal, _ field: String) throws {
        guard !value.isNaN else { throw ROIError(.notFinite, field: field, message: "must be a number, found NaN") }
        guard value >= 0 else {
            throw ROIError(.negativeValue, field: field, message: "must not be negative, found \(value)")
        }
    }

    static func finite(_ value: Decimal, _ field: String) throws {
        guard !value.isNaN else { throw ROIError(.notFinite, field: field, message: "must be a number, found NaN") }
    }

    static func unit(_ value: Decimal, _ field: String) throws {
        try finite(value, field)
        guard value >= 0, value <= 1 else {
            throw ROIError(.outOfRange, field: field, message: "must be between 0 and 1, found \(value)")
        }
    }

    static func unit(_ value: Double, _ field: String) throws {
        guard value.isFinite else {
            throw ROIError(.notFinite, field: field, message: "must be a finite number, found \(value)")
        }
        guard value >= 0, value <= 1 else {
            throw ROIError(.outOfRange, field: field, message: "must be between 0 and 1, found \(value)")
        }
    }

    static func positive(_ value: Double, _ field: String) throws {
        guard value.isFinite else {
            throw ROIError(.notFinite, field: field, message: "must be a finite number, found \(value)")
        }
        guard value > 0 else {
            throw ROIError(.outOfRange, field: field, message: "must be greater than 0, found \(value)")
        }
    }

    static func nonNegative(_ value: Int, _ field: String) throws {
        guard value >= 0 else {
            throw ROIError(.negativeValue, field: field, message: "must not be negative, found \(value)")
        }
    }

    static func text(_ value: String, _ field: String) throws {
        guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ROIError(.missingValue, field: field, message: "must not be empty")
        }
    }
}
