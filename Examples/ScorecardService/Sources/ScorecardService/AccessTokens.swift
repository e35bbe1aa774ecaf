/// The bearer tokens an instance accepts, and what each may do. Tokens are compared in constant time (the time
/// does not depend on where a guess first differs, nor on which token matched) and never logged.
struct AccessTokens: Sendable {
    /// What a token allows.
    enum Right: Comparable, Sendable {
        case read, write
    }

    private let entries: [(name: String, token: [UInt8], right: Right)]

    init(readers: [String: String], writers: [String: String]) {
        entries =
            readers.map { ($0.key, Array($0.value.utf8), Right.read) }
            + writers.map { ($0.key, Array($0.value.utf8), Right.write) }
    }

    /// The name and right of the token in an `Authorization: Bearer …` header, or `nil` when it matches none.
    func identify(authorization: String?) -> (name: String, right: Right)? {
        guard let authorization, authorization.utf8.count > 7,
            authorization.prefix(7).lowercased() == "bearer "
        else { return nil }
        let presented = Array(authorization.utf8.dropFirst(7))
        var found: (name: String, right: Right)?
        // Every token is compared in full, whatever matched before.
        for entry in entries where AccessTokens.constantTimeEqual(presented, entry.token) {
            found = (entry.name, entry.right)
        }
        return found
    }

    /// Whether two byte strings are equal, in time that depends only on their lengths.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count) | UInt8(a.count == b.count ? 0 : 1)
        let length = max(a.count, b.count)
        for index in 0..<length {
            let x = index < a.count ? a[index] : 0
            let y = index < b.count ? b[index] : 0
            difference |= x ^ y
        }
        return difference == 0
    }
}
