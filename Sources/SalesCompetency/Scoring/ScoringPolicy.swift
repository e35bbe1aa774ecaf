public import Foundation

/// Everything that turns activity into scores: the rules, the task definitions, the attainment cap, the status
/// bands (per role if needed), the period granularity and the time zone in which timestamps fall into days.
///
/// The initialiser validates: every competency and role id must be in the dictionary, weights and targets
/// positive and finite, no rule twice, task ids unique, ratio tasks built from sum or count tasks.
///
/// ```swift
/// let policy = try ScoringPolicy(
///     rules: rules, timeZone: TimeZone(identifier: "Europe/Berlin")!, dictionary: .builtIn)
/// ```
public struct ScoringPolicy: Hashable, Sendable, Codable {
    /// The rules, in the order given; the order of rules within a competency is the order of summation.
    public let rules: [ScoringRule]
    /// Every task a rule refers to, directly or as a ratio input, in order of first appearance: explicit
    /// definitions as given, the rest as ``SalesTask/Kind/sum`` tasks.
    public let tasks: [SalesTask]
    /// The largest attainment one rule can contribute (default 1.5).
    public let attainmentCap: Double

    /// The largest attainment cap, 10⁹: a score is at most the cap, and is rounded to millionths in a 64-bit
    /// integer to judge its status.
    public static let maximumAttainmentCap = 1e9
    /// The status bands for roles without their own.
    public let bands: StatusBands
    /// Status bands for particular roles.
    public let roleBands: [Role.ID: StatusBands]
    /// The length of a scoring period (a month by default).
    public let granularity: Period.Granularity
    /// The time zone in which activity timestamps are assigned to days.
    public let timeZone: TimeZone
    /// Who is on the grid in a period, and whether targets are pro-rated (by default: reps in periods of their
    /// employment, targets pro-rated by the days employed).
    public let employment: Employment
    /// What a rep-period without activity scores (by default: no score, status ``ScoreStatus/noData``).
    public let absence: Absence

    /// Creates a validated policy.
    ///
    /// - Parameters:
    ///   - rules: The scoring rules.
    ///   - tasks: Task definitions; tasks named only by rules are sums of quantities.
    ///   - attainmentCap: The cap on one rule's attainment, > 0 and at most ``maximumAttainmentCap`` (default 1.5).
    ///   - bands: The default status bands.
    ///   - roleBands: Status bands for particular roles.
    ///   - granularity: The period length (month by default).
    ///   - timeZone: The time zone for timestamps.
    ///   - employment: Who is on the grid and whether targets are pro-rated (``Employment/proRated`` by default).
    ///   - absence: What a rep-period without activity scores (``Absence/noData`` by default).
    ///   - dictionary: The dictionary that competency and role ids must resolve in; `nil` skips that check.
    /// - Throws: ``ValidationError`` naming the offending id.
    /// - Complexity: O(rules + tasks).
    public init(
        rules: [ScoringRule], tasks: [SalesTask] = [], attainmentCap: Double = 1.5, bands: StatusBands = .default,
        roleBands: [Role.ID: StatusBands] = [:], granularity: Period.Granularity = .month, timeZone: TimeZone,
        employment: Employment = .proRated, absence: Absence = .noData, dictionary: CompetencyDictionary? = .builtIn
    ) throws {
        guard attainmentCap.isFinite, attainmentCap > 0, attainmentCap <= ScoringPolicy.maximumAttainmentCap else {
            throw ValidationError(
                .outOfRange, field: "attainmentCap",
                message: "attainment cap must be positive, finite and at most "
                    + "\(NumberFormatting.fixed(ScoringPolicy.maximumAttainmentCap, decimals: 0)), found \(attainmentCap)"
            )
        }
        var definitions: [SalesTask.ID: SalesTask] = [:]
        for task in tasks {
            guard definitions.updateValue(task, forKey: task.id) == nil else {
                throw ValidationError(
                    .duplicateID, subject: "task \(task.id)", message: "task \(task.id) is defined twice")
            }
        }
        var ordered: [SalesTask] = []
        var seen: Set<SalesTask.ID> = []
        func include(_ id: SalesTask.ID) {
            guard seen.insert(id).inserted else { return }
            ordered.append(definitions[id] ?? SalesTask(id: id))
        }
        var keys: Set<[String]> = []
        for rule in rules {
            if let dictionary {
                guard dictionary.competency(rule.competencyID) != nil else {
                    throw ValidationError(
                        .danglingReference, subject: "rule \(rule.taskID) → \(rule.competencyID) for \(rule.roleID)",
                        field: "competency",
                        message:
                            "competency \(ErrorText.quoted(rule.competencyID)) of task \(rule.taskID) is not in the dictionary"
                    )
                }
                guard dictionary.role(rule.roleID) != nil else {
                    throw ValidationError(
                        .danglingReference, subject: "rule \(rule.taskID) → \(rule.competencyID) for \(rule.roleID)",
                        field: "role",
                        message: "role \(ErrorText.quoted(rule.roleID)) of task \(rule.taskID) is not in the dictionary"
                    )
                }
            }
            guard keys.insert([rule.taskID.rawValue, rule.competencyID.rawValue, rule.roleID.rawValue]).inserted else {
                throw ValidationError(
                    .duplicateRule, subject: "rule \(rule.taskID) → \(rule.competencyID) for \(rule.roleID)",
                    message: "rule \(rule.taskID) → \(rule.competencyID) for \(rule.roleID) is given twice")
            }
            include(rule.taskID)
        }
        for task in tasks { include(task.id) }
        for task in ordered {
            guard case .ratio(let numerator, let denominator) = task.kind else { continue }
            for input in [numerator, denominator] {
                if input == task.id || numerator == denominator {
                    throw ValidationError(
                        .invalidRatio, subject: "task \(task.id)", field: "kind",
                        message: "ratio task \(task.id) needs two different inputs other than itself")
                }
                if case .ratio = definitions[input]?.kind {
                    throw ValidationError(
                        .invalidRatio, subject: "task \(task.id)", field: "kind",
                        message: "input \(input) of ratio task \(task.id) is itself a ratio; use sum or count tasks")
                }
                include(input)
            }
        }
        self.rules = rules
        self.tasks = ordered
        self.attainmentCap = attainmentCap
        self.bands = bands
        self.roleBands = roleBands
        self.granularity = granularity
        self.timeZone = timeZone
        self.employment = employment
        self.absence = absence
    }

    /// The status bands for a role: its own, or the default.
    public func bands(for role: Role.ID) -> StatusBands { roleBands[role] ?? bands }

    /// The task with `id`, or `nil` when no rule or definition mentions it.
    ///
    /// - Complexity: O(tasks).
    public func task(_ id: SalesTask.ID) -> SalesTask? { tasks.first { $0.id == id } }

    private enum CodingKeys: String, CodingKey {
        case rules, tasks, attainmentCap, bands, roleBands, granularity, timeZone, employment, absence
    }

    /// Decodes the shape ``encode(to:)`` writes and validates it like the initialiser, without a dictionary
    /// check (call ``init(rules:tasks:attainmentCap:bands:roleBands:granularity:timeZone:employment:absence:dictionary:)`` again
    /// with the host's dictionary for that). A document without `employment` or `absence` gets the defaults.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let zoneName = try container.decode(String.self, forKey: .timeZone)
        guard let zone = TimeZone(identifier: zoneName) else {
            throw DecodingError.dataCorruptedError(
                forKey: .timeZone, in: container, debugDescription: "unknown time zone \"\(zoneName)\"")
        }
        let roleBands = try container.decodeIfPresent([String: StatusBands].self, forKey: .roleBands) ?? [:]
        do {
            try self.init(
                rules: try container.decode([ScoringRule].self, forKey: .rules),
                tasks: try container.decodeIfPresent([SalesTask].self, forKey: .tasks) ?? [],
                attainmentCap: try container.decodeIfPresent(Double.self, forKey: .attainmentCap) ?? 1.5,
                bands: try container.decodeIfPresent(StatusBands.self, forKey: .bands) ?? .default,
                roleBands: Dictionary(uniqueKeysWithValues: roleBands.map { (Role.ID(rawValue: $0.key), $0.value) }),
                granularity: try container.decodeIfPresent(Period.Granularity.self, forKey: .granularity) ?? .month,
                timeZone: zone,
                employment: try container.decodeIfPresent(Employment.self, forKey: .employment) ?? .proRated,
                absence: try container.decodeIfPresent(Absence.self, forKey: .absence) ?? .noData, dictionary: nil)
        } catch let error as ValidationError {
            let path = InputError.jsonPath(decoder.codingPath)
            throw error.within(path.isEmpty ? nil : path, subject: nil)
        }
    }

    /// Encodes `{"rules", "tasks", "attainmentCap", "bands", "roleBands": {role: bands}, "granularity",
    /// "timeZone": "Europe/Berlin", "employment": "pro-rated", "absence": "no-data"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rules, forKey: .rules)
        try container.encode(tasks, forKey: .tasks)
        try container.encode(attainmentCap, forKey: .attainmentCap)
        try container.encode(bands, forKey: .bands)
        try container.encode(
            Dictionary(uniqueKeysWithValues: roleBands.map { ($0.key.rawValue, $0.value) }), forKey: .roleBands)
        try container.encode(granularity, forKey: .granularity)
        try container.encode(timeZone.identifier, forKey: .timeZone)
        try container.encode(employment, forKey: .employment)
        try container.encode(absence, forKey: .absence)
    }
}
