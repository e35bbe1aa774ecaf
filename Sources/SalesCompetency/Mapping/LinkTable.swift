/// A many-to-many relation between two kinds of ids, indexed both ways so that each query is one hash probe.
struct LinkTable<Left: StringIdentifier, Right: StringIdentifier>: Hashable, Sendable {
    private(set) var rightsByLeft: [Left: Set<Right>] = [:]
    private(set) var leftsByRight: [Right: Set<Left>] = [:]

    var count: Int { rightsByLeft.values.reduce(0) { $0 + $1.count } }

    func rights(for left: Left) -> Set<Right> { rightsByLeft[left] ?? [] }
    func lefts(for right: Right) -> Set<Left> { leftsByRight[right] ?? [] }
    func contains(_ left: Left, _ right: Right) -> Bool { rightsByLeft[left]?.contains(right) ?? false }

    @discardableResult
    mutating func insert(_ left: Left, _ right: Right) -> Bool {
        guard rightsByLeft[left, default: []].insert(right).inserted else { return false }
        leftsByRight[right, default: []].insert(left)
        return true
    }

    @discardableResult
    mutating func remove(_ left: Left, _ right: Right) -> Bool {
        guard rightsByLeft[left]?.remove(right) != nil else { return false }
        if rightsByLeft[left]?.isEmpty == true { rightsByLeft[left] = nil }
        leftsByRight[right]?.remove(left)
        if leftsByRight[right]?.isEmpty == true { leftsByRight[right] = nil }
        return true
    }

    mutating func removeAll(left: Left) {
        for right in rights(for: left) { remove(left, right) }
    }

    mutating func removeAll(right: Right) {
        for left in lefts(for: right) { remove(left, right) }
    }

    /// Every link, sorted by left id, then right id.
    var pairs: [(Left, Right)] {
        rightsByLeft.keys.sorted().flatMap { left in rights(for: left).sorted().map { (left, $0) } }
    }

    /// `{"left": ["right", ...]}` with sorted keys and values, for the pinned JSON shapes.
    var jsonObject: [String: [String]] {
        var object: [String: [String]] = [:]
        for (left, rights) in rightsByLeft { object[left.rawValue] = rights.map(\.rawValue).sorted() }
        return object
    }

    init() {}

    init(jsonObject: [String: [String]]) {
        for (left, rights) in jsonObject {
            for right in rights { insert(Left(rawValue: left), Right(rawValue: right)) }
        }
    }
}

extension LinkTable {
    /// Decodes `{"schemaVersion": N, "<links>": {"left-id": ["right-id", ...]}}`, the shape every mapping file
    /// shares.
    ///
    /// - Throws: ``ValidationError`` with code `.unsupportedSchemaVersion` for another version, `DecodingError` for
    ///   a document of the wrong shape.
    init<Key: CodingKey>(
        from container: KeyedDecodingContainer<Key>, schemaVersion: Int, versionKey: Key, linksKey: Key
    ) throws {
        let version = try container.decode(Int.self, forKey: versionKey)
        guard version == schemaVersion else {
            throw ValidationError(
                .unsupportedSchemaVersion, field: versionKey.stringValue,
                message: "schema version \(version) is not supported; this library reads version \(schemaVersion)")
        }
        self.init(jsonObject: try container.decode([String: [String]].self, forKey: linksKey))
    }

    /// Encodes the shape ``init(from:schemaVersion:versionKey:linksKey:)`` reads, ids sorted.
    func encode<Key: CodingKey>(
        to container: inout KeyedEncodingContainer<Key>, schemaVersion: Int, versionKey: Key, linksKey: Key
    ) throws {
        try container.encode(schemaVersion, forKey: versionKey)
        try container.encode(jsonObject, forKey: linksKey)
    }
}
