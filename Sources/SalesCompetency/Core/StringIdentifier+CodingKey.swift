extension StringIdentifier {
    /// The identifier as a JSON object key, so a dictionary keyed by identifiers encodes as an object
    /// (`{"rep-1": 3}`) instead of a flat array of keys and values.
    public var codingKey: any CodingKey { IdentifierCodingKey(stringValue: rawValue) }

    /// Creates an identifier from a JSON object key.
    ///
    /// - Parameter codingKey: The key.
    public init?<T: CodingKey>(codingKey: T) { self.init(rawValue: codingKey.stringValue) }
}

/// A coding key that is any string.
struct IdentifierCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
