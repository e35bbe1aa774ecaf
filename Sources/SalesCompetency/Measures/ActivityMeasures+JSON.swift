public import Foundation

extension ActivityMeasures: Codable {
    private enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, name, encoding, endsAtBlankLine, recordIDColumn, repColumn, days, quantity, filters
        case match, rules
    }

    /// Reads a definition from JSON and checks it.
    ///
    /// - Parameters:
    ///   - data: The JSON document.
    ///   - file: The file it came from, for errors.
    /// - Throws: ``ImportError`` with the JSON path of the problem: `.invalidJSON` (bad shape, an unknown key, a
    ///   regular expression that does not compile, an invariant of
    ///   ``validate()``) or `.unsupportedSchemaVersion`.
    public init(jsonData data: Data, file: String? = nil) throws {
        do {
            self = try JSONDecoder().decode(ActivityMeasures.self, from: data)
        } catch let error as DecodingError {
            throw ImportError(decoding: error, file: file, data: data)
        } catch let error as ValidationError {
            throw ImportError(
                error.code == .unsupportedSchemaVersion ? .unsupportedSchemaVersion : .invalidJSON, file: file,
                field: error.field, message: error.message)
        }
    }

    /// Reads a definition from a JSON file; see ``init(jsonData:file:)``.
    ///
    /// - Parameter path: The file.
    /// - Throws: ``ImportError``: `.unreadableFile`, or as ``init(jsonData:file:)``.
    public init(jsonFile path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError(.unreadableFile, file: path, message: "cannot read the file")
        }
        try self.init(jsonData: data, file: path)
    }

    /// The definition as pretty-printed JSON with sorted keys, the shape ``init(jsonData:file:)`` reads.
    ///
    /// - Returns: The document, ending with a newline.
    public func jsonData() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        return (try! encoder.encode(self)) + Data("\n".utf8)
    }

    /// Decodes the pinned JSON shape, rejecting unknown keys, and checks the definition (``validate()``).
    ///
    /// - Throws: `DecodingError` for a bad shape, ``ValidationError`` for a broken invariant.
    public init(from decoder: any Decoder) throws {
        try MeasureJSONKey.checkKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .schemaVersion)
        guard version == ActivityMeasures.schemaVersion else {
            throw ValidationError(
                .unsupportedSchemaVersion, field: "schemaVersion",
                message: "this library reads version \(ActivityMeasures.schemaVersion), found \(version)")
        }
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        encoding = try container.decodeIfPresent(Encoding.self, forKey: .encoding) ?? .utf8
        endsAtBlankLine = try container.decodeIfPresent(Bool.self, forKey: .endsAtBlankLine) ?? false
        recordIDColumn = try container.decodeIfPresent(String.self, forKey: .recordIDColumn)
        repColumn = try container.decode(String.self, forKey: .repColumn)
        days = try container.decode([DaySource].self, forKey: .days)
        quantity = try container.decodeIfPresent(Quantity.self, forKey: .quantity) ?? .onePerRow
        filters = try container.decodeIfPresent([Filter].self, forKey: .filters) ?? []
        match = try container.decode(MatchMode.self, forKey: .match)
        rules = try container.decode([TaskRule].self, forKey: .rules)
        try validate()
    }

    /// Encodes the pinned JSON shape with `schemaVersion`.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ActivityMeasures.schemaVersion, forKey: .schemaVersion)
        try container.encode(name, forKey: .name)
        try container.encode(encoding, forKey: .encoding)
        try container.encode(endsAtBlankLine, forKey: .endsAtBlankLine)
        try container.encodeIfPresent(recordIDColumn, forKey: .recordIDColumn)
        try container.encode(repColumn, forKey: .repColumn)
        try container.encode(days, forKey: .days)
        if quantity.column != nil { try container.encode(quantity, forKey: .quantity) }
        if !filters.isEmpty { try container.encode(filters, forKey: .filters) }
        try container.encode(match, forKey: .match)
        try container.encode(rules, forKey: .rules)
    }
}

extension ActivityMeasures.Quantity: Codable {
    private enum CodingKeys: String, CodingKey, CaseIterable { case column, scale }

    /// Decodes `{"column": "CallDurationInSeconds", "scale": 0.0166666666666667}` (scale defaults to 1).
    ///
    /// - Throws: `DecodingError` for a bad shape or an unknown key.
    public init(from decoder: any Decoder) throws {
        try MeasureJSONKey.checkKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        column = try container.decode(String.self, forKey: .column)
        scale = try container.decodeIfPresent(Double.self, forKey: .scale) ?? 1
    }

    /// Encodes the shape ``init(from:)`` reads.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(column, forKey: .column)
        try container.encode(scale, forKey: .scale)
    }
}

extension ActivityMeasures.Filter: Codable {
    private enum CodingKeys: String, CodingKey, CaseIterable { case keep, drop }

    /// Decodes `{"keep": condition}` or `{"drop": condition}`.
    ///
    /// - Throws: `DecodingError` for a bad shape, an unknown key, or both or neither of `keep` and `drop`.
    public init(from decoder: any Decoder) throws {
        try MeasureJSONKey.checkKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard container.contains(.keep) != container.contains(.drop) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "a filter is either {\"keep\": ...} or {\"drop\": ...}"))
        }
        keeps = container.contains(.keep)
        condition = try container.decode(ActivityMeasures.Condition.self, forKey: keeps ? .keep : .drop)
    }

    /// Encodes the shape ``init(from:)`` reads.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(condition, forKey: keeps ? .keep : .drop)
    }
}

extension ActivityMeasures.TaskRule: Codable {
    private enum CodingKeys: String, CodingKey, CaseIterable { case taskID, when }

    /// Decodes `{"taskID": "calls_made", "when": condition}`.
    ///
    /// - Throws: `DecodingError` for a bad shape or an unknown key.
    public init(from decoder: any Decoder) throws {
        try MeasureJSONKey.checkKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        taskID = try container.decode(SalesTask.ID.self, forKey: .taskID)
        condition = try container.decode(ActivityMeasures.Condition.self, forKey: .when)
    }

    /// Encodes the shape ``init(from:)`` reads.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(taskID, forKey: .taskID)
        try container.encode(condition, forKey: .when)
    }
}

extension ActivityMeasures.Condition: Codable {
    private enum CodingKeys: String, CodingKey, CaseIterable {
        case field, equals, oneOf, contains, startsWith, matches, ignoreCase, all, any, not
    }

    /// Decodes `{"field": F, "equals" | "oneOf" | "contains" | "startsWith" | "matches": value, "ignoreCase": true}`,
    /// `{"all": [...]}`, `{"any": [...]}` or `{"not": {...}}`.
    ///
    /// - Throws: `DecodingError` for a bad shape, an unknown key, or not exactly one operator.
    public init(from decoder: any Decoder) throws {
        try MeasureJSONKey.checkKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let operators: [CodingKeys] = [.equals, .oneOf, .contains, .startsWith, .matches, .all, .any, .not]
        let present = operators.filter { container.contains($0) }
        guard present.count == 1, let key = present.first else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription:
                        "a condition has exactly one of equals, oneOf, contains, startsWith, matches, all, any, not; "
                        + "found \(present.isEmpty ? "none" : present.map(\.rawValue).joined(separator: ", "))"))
        }
        let ignoring = try container.decodeIfPresent(Bool.self, forKey: .ignoreCase) ?? false
        func field() throws -> String { try container.decode(String.self, forKey: .field) }
        switch key {
        case .equals:
            self = .equals(try field(), try container.decode(String.self, forKey: key), ignoringCase: ignoring)
        case .oneOf:
            self = .oneOf(try field(), try container.decode([String].self, forKey: key), ignoringCase: ignoring)
        case .contains:
            self = .contains(try field(), try container.decode(String.self, forKey: key), ignoringCase: ignoring)
        case .startsWith:
            self = .startsWith(try field(), try container.decode(String.self, forKey: key), ignoringCase: ignoring)
        case .matches:
            self = .matches(try field(), try container.decode(String.self, forKey: key), ignoringCase: ignoring)
        case .all: self = .all(try container.decode([Self].self, forKey: key))
        case .any: self = .any(try container.decode([Self].self, forKey: key))
        default: self = .not(try container.decode(Self.self, forKey: .not))
        }
    }

    /// Encodes the shape ``init(from:)`` reads.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        func leaf(_ field: String, _ key: CodingKeys, _ ignoring: Bool) throws {
            try container.encode(field, forKey: .field)
            if ignoring { try container.encode(true, forKey: .ignoreCase) }
        }
        switch kind {
        case .equals(let field, let value, let ignoring):
            try leaf(field, .equals, ignoring)
            try container.encode(value, forKey: .equals)
        case .oneOf(let field, let values, let ignoring):
            try leaf(field, .oneOf, ignoring)
            try container.encode(values, forKey: .oneOf)
        case .contains(let field, let value, let ignoring):
            try leaf(field, .contains, ignoring)
            try container.encode(value, forKey: .contains)
        case .startsWith(let field, let value, let ignoring):
            try leaf(field, .startsWith, ignoring)
            try container.encode(value, forKey: .startsWith)
        case .matches(let field, let pattern, let ignoring):
            try leaf(field, .matches, ignoring)
            try container.encode(pattern, forKey: .matches)
        case .all(let list): try container.encode(list, forKey: .all)
        case .any(let list): try container.encode(list, forKey: .any)
        case .not(let inner): try container.encode(inner, forKey: .not)
        }
    }
}

/// Any JSON object key, to reject the keys a definition does not know (a typo such as `"contain"` must not be
/// ignored).
struct MeasureJSONKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }

    static func checkKeys(_ decoder: any Decoder, allowed: [String]) throws {
        let container = try decoder.container(keyedBy: MeasureJSONKey.self)
        for key in container.allKeys where !allowed.contains(key.stringValue) {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath + [key],
                    debugDescription: "unknown key \"\(key.stringValue)\" (known: \(allowed.joined(separator: ", ")))"))
        }
    }
}
