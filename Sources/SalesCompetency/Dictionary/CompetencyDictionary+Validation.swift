extension CompetencyDictionary {
    /// Every problem with a would-be dictionary, in document order, or an empty array when it is valid.
    ///
    /// The checks: the version is not empty; each kind's ids are non-empty, free of surrounding white space and
    /// unique; names, aliases, example titles, key-action titles and item labels are not empty; every competency
    /// names an existing cluster; and no id, name or alias of one item normalises (``normalizedKey(_:)``) to the
    /// same key as that of another item of the same kind.
    ///
    /// - Parameters:
    ///   - version: The version label.
    ///   - effectiveDate: The first day on which the dictionary applies.
    ///   - roles: The sales roles.
    ///   - clusters: The competency clusters.
    ///   - competencies: The foundational competencies.
    ///   - areasOfExpertise: The areas of expertise.
    /// - Returns: Every problem, each naming the offending item and field.
    /// - Complexity: O(*n*) in the total number of items, labels and aliases.
    public static func validate(
        version: String, effectiveDate: Day, roles: [Role], clusters: [CompetencyCluster], competencies: [Competency],
        areasOfExpertise: [AreaOfExpertise]
    ) -> [ValidationError] {
        var problems: [ValidationError] = []
        if isBlank(version) {
            problems.append(ValidationError(.missingValue, field: "version", message: "the version is empty"))
        }
        checkKind("role", roles.map { ($0.id.rawValue, $0.name, $0.aliases) }, into: &problems)
        for role in roles {
            checkLabels(role.exampleTitles, field: "exampleTitles", item: "role \(role.id)", into: &problems)
        }
        checkKind("cluster", clusters.map { ($0.id.rawValue, $0.name, $0.aliases) }, into: &problems)
        checkKind("competency", competencies.map { ($0.id.rawValue, $0.name, $0.aliases) }, into: &problems)
        let clusterIDs = Set(clusters.map(\.id))
        for competency in competencies {
            let item = "competency \(competency.id)"
            if !clusterIDs.contains(competency.clusterID) {
                problems.append(
                    ValidationError(
                        .danglingReference, subject: item, field: "clusterID",
                        message: "unknown cluster \(ErrorText.quoted(competency.clusterID))"))
            }
            checkKeyActions(competency.keyActions, item: item, into: &problems)
        }
        checkKind("area of expertise", areasOfExpertise.map { ($0.id.rawValue, $0.name, $0.aliases) }, into: &problems)
        for area in areasOfExpertise {
            let item = "area of expertise \(area.id)"
            checkLabels(area.knowledge, field: "knowledge", item: item, into: &problems)
            checkLabels(area.abilities, field: "abilities", item: item, into: &problems)
            checkKeyActions(area.keyActions, item: item, into: &problems)
            checkLabels(area.sampleOutputs, field: "sampleOutputs", item: item, into: &problems)
        }
        return problems
    }

    /// Every problem with this dictionary: always empty for a dictionary that exists, since every way of making or
    /// changing one validates; useful after decoding with a decoder that skips checks.
    ///
    /// - Returns: Every problem, each naming the offending item and field.
    /// - Complexity: O(*n*) in the total number of items, labels and aliases.
    public func validate() -> [ValidationError] {
        Self.validate(
            version: version, effectiveDate: effectiveDate, roles: roles, clusters: clusters,
            competencies: competencies, areasOfExpertise: areasOfExpertise)
    }

    static func isBlank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }

    /// Checks ids, names and aliases of one kind of item.
    private static func checkKind(
        _ kind: String, _ items: [(id: String, name: String, aliases: [String])], into problems: inout [ValidationError]
    ) {
        var seenIDs: Set<String> = []
        var owners: [String: String] = [:]  // normalised key → id of the item that owns it
        for item in items {
            let label = "\(kind) \(item.id)"
            if isBlank(item.id) || item.id != item.id.trimmingWhitespace {
                problems.append(
                    ValidationError(.invalidID, subject: label, field: "id", message: "the id is empty or padded"))
            } else if !seenIDs.insert(item.id).inserted {
                problems.append(
                    ValidationError(.duplicateID, subject: label, field: "id", message: "another \(kind) has this id"))
                continue
            }
            if isBlank(item.name) {
                problems.append(
                    ValidationError(.missingValue, subject: label, field: "name", message: "the name is empty"))
            }
            let names =
                [("id", item.id), ("name", item.name)] + item.aliases.enumerated().map { ("aliases[\($0)]", $1) }
            for (field, name) in names {
                let key = normalizedKey(name)
                if key.isEmpty {
                    if field.hasPrefix("aliases") {
                        problems.append(
                            ValidationError(.missingValue, subject: label, field: field, message: "the alias is empty"))
                    }
                    continue
                }
                if let owner = owners[key], owner != item.id {
                    problems.append(
                        ValidationError(
                            .aliasClash, subject: label, field: field,
                            message: "\(ErrorText.quoted(name)) also resolves to \(kind) \(owner)"))
                } else {
                    owners[key] = item.id
                }
            }
        }
    }

    private static func checkKeyActions(_ actions: [KeyAction], item: String, into problems: inout [ValidationError]) {
        for (position, action) in actions.enumerated() where isBlank(action.title) {
            problems.append(
                ValidationError(
                    .missingValue, subject: item, field: "keyActions[\(position)].title", message: "the title is empty")
            )
        }
    }

    private static func checkLabels(
        _ labels: [String], field: String, item: String, into problems: inout [ValidationError]
    ) {
        for (position, label) in labels.enumerated() where isBlank(label) {
            problems.append(
                ValidationError(
                    .missingValue, subject: item, field: "\(field)[\(position)]", message: "the label is empty"))
        }
    }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmingWhitespace: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
