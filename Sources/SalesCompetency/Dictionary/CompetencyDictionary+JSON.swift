public import Foundation

/// The JSON document of a dictionary, before validation.
struct DictionaryDocument: Codable {
    var schemaVersion: Int
    var version: String
    var effectiveDate: Day
    var roles: [Role]
    var clusters: [CompetencyCluster]
    var competencies: [Competency]
    var areasOfExpertise: [AreaOfExpertise]

    enum CodingKeys: String, CodingKey {
        case schemaVersion, version, effectiveDate, roles, clusters, competencies, areasOfExpertise
    }

    init(_ dictionary: CompetencyDictionary) {
        schemaVersion = CompetencyDictionary.schemaVersion
        version = dictionary.version
        effectiveDate = dictionary.effectiveDate
        roles = dictionary.roles
        clusters = dictionary.clusters
        competencies = dictionary.competencies
        areasOfExpertise = dictionary.areasOfExpertise
    }

    /// Reads the schema version first and refuses versions it does not know before reading anything else.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        guard schemaVersion == CompetencyDictionary.schemaVersion else {
            throw ValidationError(
                .unsupportedSchemaVersion, field: "schemaVersion",
                message: "schema version \(schemaVersion) is not supported; this library reads version "
                    + "\(CompetencyDictionary.schemaVersion)")
        }
        version = try container.decode(String.self, forKey: .version)
        effectiveDate = try container.decode(Day.self, forKey: .effectiveDate)
        roles = try container.decode([Role].self, forKey: .roles)
        clusters = try container.decode([CompetencyCluster].self, forKey: .clusters)
        competencies = try container.decode([Competency].self, forKey: .competencies)
        areasOfExpertise = try container.decode([AreaOfExpertise].self, forKey: .areasOfExpertise)
    }

    var problems: [ValidationError] {
        CompetencyDictionary.validate(
            version: version, effectiveDate: effectiveDate, roles: roles, clusters: clusters,
            competencies: competencies, areasOfExpertise: areasOfExpertise)
    }

    static func decode(_ data: Data, file: String?) throws -> DictionaryDocument {
        do {
            return try JSONDecoder().decode(DictionaryDocument.self, from: data)
        } catch let error as DecodingError {
            throw InputError(decoding: error, file: file, data: data)
        }
    }
}

extension CompetencyDictionary: Codable {
    /// Decodes and validates a dictionary from the shape ``encode(to:)`` writes.
    ///
    /// - Throws: ``ValidationError`` for an unknown schema version or invalid content; `DecodingError` for a
    ///   document of the wrong shape.
    public init(from decoder: any Decoder) throws {
        let document = try DictionaryDocument(from: decoder)
        try self.init(
            version: document.version, effectiveDate: document.effectiveDate, roles: document.roles,
            clusters: document.clusters, competencies: document.competencies,
            areasOfExpertise: document.areasOfExpertise)
    }

    /// Encodes the dictionary in its pinned shape (see <doc:TheDictionaryAndMappings>).
    public func encode(to encoder: any Encoder) throws {
        try DictionaryDocument(self).encode(to: encoder)
    }

    /// Reads and validates a dictionary from JSON.
    ///
    /// ```swift
    /// let custom = try CompetencyDictionary(json: Data(contentsOf: url), file: url.lastPathComponent)
    /// ```
    ///
    /// - Parameters:
    ///   - data: The JSON document, in the shape ``encodedJSON()`` writes.
    ///   - file: A name for the source, used in error messages.
    /// - Throws: ``InputError`` with code `.invalidJSON` and the JSON path (such as `competencies[3].name`) when
    ///   the document is malformed, truncated or mistyped; ``ValidationError`` for an unknown schema version or
    ///   the first problem with its content.
    /// - Complexity: O(*n*) in the size of the document.
    public init(json data: Data, file: String? = nil) throws {
        let document = try DictionaryDocument.decode(data, file: file)
        if let first = document.problems.first { throw first }
        self.init(
            unchecked: document.version, effectiveDate: document.effectiveDate, roles: document.roles,
            clusters: document.clusters, competencies: document.competencies,
            areasOfExpertise: document.areasOfExpertise)
    }

    /// Every problem with the content of a JSON dictionary, for a validation report.
    ///
    /// - Parameters:
    ///   - data: The JSON document.
    ///   - file: A name for the source, used in error messages.
    /// - Returns: Every content problem, or an empty array when the dictionary is valid.
    /// - Throws: ``InputError`` when the document cannot be read at all (malformed, truncated or mistyped), and
    ///   ``ValidationError`` with code `.unsupportedSchemaVersion` for a schema version this library does not read.
    /// - Complexity: O(*n*) in the size of the document.
    public static func validate(json data: Data, file: String? = nil) throws -> [ValidationError] {
        try DictionaryDocument.decode(data, file: file).problems
    }

    /// The dictionary as JSON: pretty-printed with sorted keys and a final newline, so that the same dictionary
    /// always gives the same bytes.
    ///
    /// - Returns: UTF-8 JSON in the pinned shape.
    /// - Throws: Only if encoding fails, which does not happen for a valid dictionary.
    /// - Complexity: O(*n*) in the size of the dictionary.
    public func encodedJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}
