import Foundation

/// A typed, stable string identifier such as `communicating-effectively`.
///
/// Every domain type nests its own `ID` that conforms to this protocol, so a competency id cannot be passed
/// where a role id is expected. Identifiers are written as string literals, compare by the UTF-8 bytes of their
/// raw value (not by canonical equivalence, as `String` does) and encode in JSON as a bare string; as
/// dictionary keys they encode as a JSON object (`{"rep-1": 3}`):
///
/// ```swift
/// let id: Competency.ID = "communicating-effectively"
/// ```
public protocol StringIdentifier: RawRepresentable, Hashable, Comparable, Sendable, Codable, CodingKeyRepresentable,
    ExpressibleByStringLiteral, CustomStringConvertible
where RawValue == String {
    /// Creates an identifier from its raw string.
    init(rawValue: String)
}

extension StringIdentifier {
    /// Creates an identifier from a string literal.
    ///
    /// - Parameter value: The raw string.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// The raw string.
    public var description: String { rawValue }

    /// Whether two identifiers have the same UTF-8 bytes.
    ///
    /// Identifiers compare by their exact bytes, as SQL engines compare text, and not by Unicode canonical
    /// equivalence as `String` does: "Zoë" written as one precomposed character and as "e" followed by a
    /// combining diaeresis are two identifiers (see <doc:ScoringInYourWarehouse>).
    ///
    /// - Complexity: O(n) in the bytes.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        compareBytes(lhs, rhs) == 0
    }

    /// Hashes the UTF-8 bytes, consistently with `==`.
    ///
    /// - Complexity: O(n) in the bytes.
    public func hash(into hasher: inout Hasher) {
        var text = rawValue
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Orders identifiers by their UTF-8 bytes, which for every string is the order of its Unicode scalars (and
    /// the byte order in which the SQL of ``ScoringSQL`` sorts text).
    ///
    /// - Complexity: O(n) in the bytes.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        compareBytes(lhs, rhs) < 0
    }

    /// The order of two identifiers' UTF-8 bytes: negative, zero or positive, as `memcmp` with the shorter
    /// one first on a common prefix.
    private static func compareBytes(_ lhs: Self, _ rhs: Self) -> Int {
        var left = lhs.rawValue
        var right = rhs.rawValue
        return left.withUTF8 { left in
            right.withUTF8 { right in
                let common = min(left.count, right.count)
                if common > 0 {
                    let order = memcmp(left.baseAddress!, right.baseAddress!, common)
                    if order != 0 { return Int(order) }
                }
                return left.count - right.count
            }
        }
    }
}
