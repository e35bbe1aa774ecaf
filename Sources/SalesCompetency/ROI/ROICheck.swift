import Foundation

/// Checks shared by the ROI value types; each throws ``ValidationError`` naming `field`.
enum ROICheck {
    static func nonNegative(_ value: Decimal, _ field: String) throws {
        guard !value.isNaN else {
            throw ValidationError(.notFinite, field: field, message: "must be a number, found NaN")
        }
        guard value >= 0 else {
            throw ValidationError(.negativeValue, field: field, message: "must not be negative, found \(value)")
        }
    }

    static func finite(_ value: Decimal, _ field: String) throws {
        guard !value.isNaN else {
            throw ValidationError(.notFinite, field: field, message: "must be a number, found NaN")
        }
    }

    static func unit(_ value: Decimal, _ field: String) throws {
        try finite(value, field)
        guard value >= 0, value <= 1 else {
            throw ValidationError(.outOfRange, field: field, message: "must be between 0 and 1, found \(value)")
        }
    }

    static func unit(_ value: Double, _ field: String) throws {
        guard value.isFinite else {
            throw ValidationError(.notFinite, field: field, message: "must be a finite number, found \(value)")
        }
        guard value >= 0, value <= 1 else {
            throw ValidationError(.outOfRange, field: field, message: "must be between 0 and 1, found \(value)")
        }
    }

    static func positive(_ value: Double, _ field: String) throws {
        guard value.isFinite else {
            throw ValidationError(.notFinite, field: field, message: "must be a finite number, found \(value)")
        }
        guard value > 0 else {
            throw ValidationError(.outOfRange, field: field, message: "must be greater than 0, found \(value)")
        }
    }

    static func nonNegative(_ value: Int, _ field: String) throws {
        guard value >= 0 else {
            throw ValidationError(.negativeValue, field: field, message: "must not be negative, found \(value)")
        }
    }

    static func text(_ value: String, _ field: String) throws {
        guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError(.missingValue, field: field, message: "must not be empty")
        }
    }
}
