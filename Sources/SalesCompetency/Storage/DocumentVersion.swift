public import Foundation

/// One saved version of a document in a ``DocumentStore``: the encoded document and who saved it, when, and
/// from which day it applies.
///
/// Versions of a document are numbered 1, 2, 3… in the order they were saved. A version with an
/// ``effectiveFrom`` day applies from that day on (scoring policies: a rule change from 1 April must not
/// rescore March); a version without one applies from the beginning of time.
///
/// The JSON shape is a contract (stores may persist it as is):
///
/// ```json
/// {"author":"ana","collection":"scoring-policies","effectiveFrom":"2025-04-01","id":"default",
///  "number":2,"payload":"eyJ…","savedAt":1743465600}
/// ```
///
/// `savedAt` is seconds since 1970-01-01T00:00:00Z; `payload` is Base64; `effectiveFrom` is absent when
/// `nil`.
public struct DocumentVersion: Hashable, Sendable, Codable {
    /// The collection the document belongs to.
    public var collection: DocumentCollection
    /// The document's id within its collection.
    public var id: String
    /// The version number, 1 for the first version.
    public var number: Int
    /// The first day this version applies, or `nil` when it applies from the beginning.
    public var effectiveFrom: Day?
    /// When the version was saved, from the injected ``WallClock``.
    public var savedAt: Date
    /// Who saved it.
    public var author: String
    /// The encoded document (JSON, as the library writes it).
    public var payload: Data

    /// Creates a version.
    ///
    /// - Parameters:
    ///   - collection: The collection.
    ///   - id: The document id; must not be empty.
    ///   - number: The version number, at least 1.
    ///   - effectiveFrom: The first day the version applies, or `nil` for always.
    ///   - savedAt: When it was saved.
    ///   - author: Who saved it.
    ///   - payload: The encoded document.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/invalidID`` for an empty id or collection, or
    ///   ``StoreError/Code/invalidValue`` for a number below 1.
    public init(
        collection: DocumentCollection, id: String, number: Int, effectiveFrom: Day? = nil, savedAt: Date,
        author: String, payload: Data
    ) throws {
        guard !collection.rawValue.isEmpty else {
            throw StoreError(.invalidID, message: "the collection name is empty")
        }
        guard !id.isEmpty else {
            throw StoreError(.invalidID, message: "the document id in \(collection) is empty")
        }
        guard number >= 1 else {
            throw StoreError(.invalidValue, message: "version \(number) of \(collection)/\(id) is below 1")
        }
        self.collection = collection
        self.id = id
        self.number = number
        self.effectiveFrom = effectiveFrom
        self.savedAt = savedAt
        self.author = author
        self.payload = payload
    }

    private enum CodingKeys: String, CodingKey {
        case collection, id, number, effectiveFrom, savedAt, author, payload
    }

    /// Decodes a version, checking the same invariants as the initialiser.
    ///
    /// - Throws: `DecodingError` for a malformed shape, ``StoreError`` for an invalid value.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let effective = try c.decodeIfPresent(String.self, forKey: .effectiveFrom)
        try self.init(
            collection: c.decode(DocumentCollection.self, forKey: .collection),
            id: c.decode(String.self, forKey: .id),
            number: c.decode(Int.self, forKey: .number),
            effectiveFrom: try effective.map { try Day(parsing: $0) },
            savedAt: Date(timeIntervalSince1970: c.decode(Double.self, forKey: .savedAt)),
            author: c.decode(String.self, forKey: .author),
            payload: c.decode(Data.self, forKey: .payload))
    }

    /// Encodes the pinned shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(collection, forKey: .collection)
        try c.encode(id, forKey: .id)
        try c.encode(number, forKey: .number)
        try c.encodeIfPresent(effectiveFrom?.description, forKey: .effectiveFrom)
        try c.encode(savedAt.timeIntervalSince1970, forKey: .savedAt)
        try c.encode(author, forKey: .author)
        try c.encode(payload, forKey: .payload)
    }

    /// The version that applies on `day`: among the versions effective on or before `day`, the one with the
    /// latest effective day, and among those the highest number (a later correction wins).
    ///
    /// - Parameters:
    ///   - day: The day in question.
    ///   - versions: The versions of one document, in any order.
    /// - Returns: The version in effect, or `nil` when every version takes effect after `day`.
    /// - Complexity: O(*n*) in the number of versions.
    public static func inEffect(on day: Day, among versions: [DocumentVersion]) -> DocumentVersion? {
        var best: DocumentVersion?
        for version in versions {
            let from = version.effectiveFrom?.daysSinceEpoch ?? Int.min
            guard from <= day.daysSinceEpoch else { continue }
            if let current = best {
                let currentFrom = current.effectiveFrom?.daysSinceEpoch ?? Int.min
                if from > currentFrom || (from == currentFrom && version.number > current.number) {
                    best = version
                }
            } else {
                best = version
            }
        }
        return best
    }
}
