/// The normalised index of a dictionary: for each kind of item, its position by raw id and by the normalised
/// form of its id, name and aliases. Built once per change, so every lookup is a hash-table probe.
struct LookupIndex: Sendable {
    /// The index of one kind of item.
    struct Kind: Sendable {
        /// Position by raw id; the first item wins when ids repeat (validation rejects that).
        private(set) var byID: [String: Int] = [:]
        /// Position by normalised id, name or alias; the first item wins on a clash (validation rejects that).
        private(set) var byKey: [String: Int] = [:]

        /// Indexes the items, each given as its raw id and its names (name first, then aliases).
        init(_ items: [(id: String, names: [String])]) {
            for (position, item) in items.enumerated() {
                if byID[item.id] == nil { byID[item.id] = position }
                for name in [item.id] + item.names {
                    let key = CompetencyDictionary.normalizedKey(name)
                    if !key.isEmpty, byKey[key] == nil { byKey[key] = position }
                }
            }
        }

        /// The position of the item with this raw id.
        func position(ofID id: String) -> Int? { byID[id] }

        /// The position of the item whose id, name or alias matches `text` once normalised.
        func position(matching text: String) -> Int? {
            if let position = byID[text] { return position }
            return byKey[CompetencyDictionary.normalizedKey(text)]
        }
    }

    var roles: Kind
    var clusters: Kind
    var competencies: Kind
    var areasOfExpertise: Kind

    init(roles: [Role], clusters: [CompetencyCluster], competencies: [Competency], areasOfExpertise: [AreaOfExpertise])
    {
        self.roles = Kind(roles.map { ($0.id.rawValue, [$0.name] + $0.aliases) })
        self.clusters = Kind(clusters.map { ($0.id.rawValue, [$0.name] + $0.aliases) })
        self.competencies = Kind(competencies.map { ($0.id.rawValue, [$0.name] + $0.aliases) })
        self.areasOfExpertise = Kind(areasOfExpertise.map { ($0.id.rawValue, [$0.name] + $0.aliases) })
    }
}
