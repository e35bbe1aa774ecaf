/// A typed, stable string identifier such as `communicating-effectively`.
///
/// Every domain type nests its own `ID` that conforms to this protocol, so a competency id cannot be passed
/// where a role id is expected. Identifiers are written as string literals, compare by their raw value and
/// encode in JSON as a bare string; as dictionary keys they encode as a JSON object (`{"rep-1": 3}`):
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

    /// Orders identifiers by their raw strings.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
