/// Checks shared by the retention types; each throws ``ValidationError`` naming `field`.
enum RetentionCheck {
    static func requireFinite(_ value: Double, _ field: String) throws(ValidationError) {
        guard value.isFinite else {
            throw ValidationError(.notFinite, field: field, message: "must be a finite number, found \(value)")
        }
    }

    static func requireOpenUnit(_ value: Double, _ field: String) throws(ValidationError) {
        try requireFinite(value, field)
        guard value > 0, value < 1 else {
            throw ValidationError(
                .outOfRange, field: field, message: "must be between 0 and 1 (exclusive), found \(value)")
        }
    }

    static func requirePositive(_ value: Double, _ field: String) throws(ValidationError) {
        try requireFinite(value, field)
        guard value > 0 else {
            throw ValidationError(.outOfRange, field: field, message: "must be greater than 0, found \(value)")
        }
    }
}
