/// Which stage labels of a CRM export mean won, lost and still open.
///
/// Labels match without regard to case or surrounding spaces (`Won`, `won ` and `WON` are the same label).
/// A label that is in none of the three sets is an error that lists the unknown labels found, unless
/// ``unknownIsOpen`` is set.
///
/// The default open labels are the open stages of common CRMs: `open`, `new`, `lead`, `prospecting`,
/// `engaging`, `qualification`, `qualifying`, `qualified`, `discovery`, `needs analysis`, `value proposition`,
/// `id. decision makers`, `perception analysis`, `proposal`, `proposal/price quote`, `negotiation`,
/// `negotiation/review`, `commit` and `pipeline`.
///
/// ```swift
/// let stages = try StageLabels(won: ["Won"], lost: ["Lost"])
/// stages.outcome(of: "won")          // .won
/// stages.outcome(of: "Engaging")     // .open
/// stages.outcome(of: "Stalled")      // nil: unknown
/// ```
public struct StageLabels: Hashable, Sendable, Codable {
    /// The labels of won deals, normalised to lower case.
    public private(set) var won: Set<String>
    /// The labels of lost deals, normalised to lower case.
    public private(set) var lost: Set<String>
    /// The labels of open deals, normalised to lower case.
    public private(set) var open: Set<String>
    /// Whether a label in none of the sets means an open deal instead of an error.
    public var unknownIsOpen: Bool

    /// The default open labels; see the type's discussion.
    public static let commonOpenLabels: Set<String> = [
        "open", "new", "lead", "prospecting", "engaging", "qualification", "qualifying", "qualified", "discovery",
        "needs analysis", "value proposition", "id. decision makers", "perception analysis", "proposal",
        "proposal/price quote", "negotiation", "negotiation/review", "commit", "pipeline",
    ]

    /// Creates the label sets.
    ///
    /// - Parameters:
    ///   - won: The labels of won deals. Default `won`.
    ///   - lost: The labels of lost deals. Default `lost`.
    ///   - open: The labels of open deals. Default ``commonOpenLabels``.
    ///   - unknownIsOpen: Whether any other label means open. Default `false`.
    /// - Throws: ``ValidationError`` with code `.invalidValue` when a set of won or lost labels is empty, a label is
    ///   empty, or a label is in two sets (the won and lost labels take precedence over the default open
    ///   labels, which are dropped where they overlap).
    public init(
        won: Set<String> = ["won"], lost: Set<String> = ["lost"], open: Set<String>? = nil,
        unknownIsOpen: Bool = false
    ) throws {
        let won = Set(won.map(StageLabels.normalize))
        let lost = Set(lost.map(StageLabels.normalize))
        var openLabels = Set((open ?? StageLabels.commonOpenLabels).map(StageLabels.normalize))
        if open == nil { openLabels.subtract(won.union(lost)) }
        guard !won.isEmpty, !lost.isEmpty else {
            throw ValidationError(
                .outOfRange, subject: "stage labels", message: "give at least one won label and one lost label")
        }
        for (name, set) in [("won", won), ("lost", lost), ("open", openLabels)] where set.contains("") {
            throw ValidationError(.outOfRange, subject: "stage labels", field: name, message: "a label is empty")
        }
        let clashes = won.intersection(lost).union(won.intersection(openLabels)).union(lost.intersection(openLabels))
        guard clashes.isEmpty else {
            throw ValidationError(
                .outOfRange, subject: "stage labels",
                message: "labels in more than one set: \(clashes.sorted().joined(separator: ", "))")
        }
        self.won = won
        self.lost = lost
        self.open = openLabels
        self.unknownIsOpen = unknownIsOpen
    }

    /// The outcome a stage label stands for, or `nil` when the label is unknown and ``unknownIsOpen`` is off.
    ///
    /// - Parameter label: The label as the export writes it.
    public func outcome(of label: String) -> Opportunity.Outcome? {
        let key = StageLabels.normalize(label)
        if won.contains(key) { return .won }
        if lost.contains(key) { return .lost }
        if open.contains(key) || unknownIsOpen { return .open }
        return nil
    }

    private enum CodingKeys: String, CodingKey { case won, lost, open, unknownIsOpen }

    /// Decodes `{"won": [...], "lost": [...], "open": [...], "unknownIsOpen": false}` (`open` and
    /// `unknownIsOpen` optional) and checks it as ``init(won:lost:open:unknownIsOpen:)`` does.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(
                won: container.decode(Set<String>.self, forKey: .won),
                lost: container.decode(Set<String>.self, forKey: .lost),
                open: container.decodeIfPresent(Set<String>.self, forKey: .open),
                unknownIsOpen: container.decodeIfPresent(Bool.self, forKey: .unknownIsOpen) ?? false)
        } catch let error as ValidationError {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    /// Encodes the label sets, sorted.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(won.sorted(), forKey: .won)
        try container.encode(lost.sorted(), forKey: .lost)
        try container.encode(open.sorted(), forKey: .open)
        try container.encode(unknownIsOpen, forKey: .unknownIsOpen)
    }

    static func normalize(_ label: String) -> String {
        label.trimmingASCIIWhitespace().lowercased()
    }
}
