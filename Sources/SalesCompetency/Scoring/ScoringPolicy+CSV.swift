public import Foundation

extension ScoringPolicy {
    /// Reads rules from a CSV file `task_id,competency_id,role,monthly_target,weight[,direction]` and builds a
    /// validated policy.
    ///
    /// `monthly_target` is a target per calendar month, scaled to the policy's periods by their days (a week of
    /// June carries 7/30 of it, a quarter 3 times it; see ``ScoringRule/TargetBasis/monthly``). A file may give a
    /// `target` column instead, meaning a target per period of the policy (``ScoringRule/TargetBasis/perPeriod``);
    /// it has exactly one of the two. `direction` is `higher` (the default when empty or absent) or `lower`.
    ///
    /// - Parameters:
    ///   - path: The rules file.
    ///   - tasks: Task definitions (ratio and count tasks); others are sums.
    ///   - attainmentCap: The attainment cap.
    ///   - bands: The default status bands.
    ///   - roleBands: Status bands per role.
    ///   - granularity: The period length.
    ///   - timeZone: The time zone for timestamps.
    ///   - employment: Who is on the grid and whether targets are pro-rated.
    ///   - absence: What a rep-period without activity scores.
    ///   - dictionary: The dictionary ids must resolve in.
    /// - Throws: ``InputError`` naming the file, line and field of the first problem (bad number, unknown
    ///   competency or role, duplicate rule), or ``ValidationError`` for a problem with `tasks`.
    /// - Complexity: O(n) in the file size.
    public init(
        rulesCSVFile path: String, tasks: [SalesTask] = [], attainmentCap: Double = 1.5,
        bands: StatusBands = .default, roleBands: [Role.ID: StatusBands] = [:],
        granularity: Period.Granularity = .month, timeZone: TimeZone,
        employment: Employment = .proRated, absence: Absence = .noData, dictionary: CompetencyDictionary? = .builtIn
    ) throws {
        let rules = try ScoringPolicy.readRules(CSVReader(contentsOfFile: path), dictionary: dictionary)
        try self.init(
            rules: rules, tasks: tasks, attainmentCap: attainmentCap, bands: bands, roleBands: roleBands,
            granularity: granularity, timeZone: timeZone, employment: employment, absence: absence,
            dictionary: dictionary)
    }

    /// Reads rules from CSV text; see ``init(rulesCSVFile:tasks:attainmentCap:bands:roleBands:granularity:timeZone:employment:absence:dictionary:)``.
    public init(
        rulesCSVText text: String, name: String = "<rules>", tasks: [SalesTask] = [], attainmentCap: Double = 1.5,
        bands: StatusBands = .default, roleBands: [Role.ID: StatusBands] = [:],
        granularity: Period.Granularity = .month, timeZone: TimeZone,
        employment: Employment = .proRated, absence: Absence = .noData, dictionary: CompetencyDictionary? = .builtIn
    ) throws {
        let rules = try ScoringPolicy.readRules(CSVReader(string: text, name: name), dictionary: dictionary)
        try self.init(
            rules: rules, tasks: tasks, attainmentCap: attainmentCap, bands: bands, roleBands: roleBands,
            granularity: granularity, timeZone: timeZone, employment: employment, absence: absence,
            dictionary: dictionary)
    }

    static func readRules(_ reader: CSVReader, dictionary: CompetencyDictionary?) throws -> [ScoringRule] {
        let file = reader.name
        var header: CSVHeader?
        var columns = (task: 0, competency: 0, role: 0, target: 0, weight: 0, direction: Int?.none)
        var basis = ScoringRule.TargetBasis.monthly
        var targetName = "monthly_target"
        var rules: [ScoringRule] = []
        var lines: [[String]: Int] = [:]
        try reader.forEachRecord { record in
            guard let known = header else {
                let parsed = try CSVHeader(record, file: file)
                switch (parsed.index(of: "monthly_target"), parsed.index(of: "target")) {
                case (.some, .some):
                    throw InputError(
                        .duplicateColumn, file: file, line: record.line, field: "target",
                        message: "give monthly_target (per month) or target (per period), not both")
                case (nil, .some):
                    basis = .perPeriod
                    targetName = "target"
                default: break
                }
                columns = (
                    try parsed.require("task_id"), try parsed.require("competency_id"), try parsed.require("role"),
                    try parsed.require(targetName), try parsed.require("weight"), parsed.index(of: "direction")
                )
                header = parsed
                return
            }
            try known.checkFieldCount(record)
            let line = record.line
            func text(_ index: Int, _ name: String) throws -> String {
                try known.text(of: record, at: index, required: name != "direction")
            }
            func positive(_ index: Int, _ name: String) throws -> Double {
                let value = try text(index, name)
                guard let number = Double(plainDecimal: value), number > 0 else {
                    throw InputError(
                        .invalidValue, file: file, line: line, field: name,
                        message: "\(ErrorText.quoted(value)) is not a positive finite number")
                }
                return number
            }
            let task = SalesTask.ID(rawValue: try text(columns.task, "task_id"))
            let competency = Competency.ID(rawValue: try text(columns.competency, "competency_id"))
            let role = Role.ID(rawValue: try text(columns.role, "role"))
            if let dictionary, dictionary.competency(competency) == nil {
                throw InputError(
                    .unknownID, file: file, line: line, field: "competency_id",
                    message: "competency \(ErrorText.quoted(competency)) is not in the dictionary")
            }
            if let dictionary, dictionary.role(role) == nil {
                throw InputError(
                    .unknownID, file: file, line: line, field: "role",
                    message: "role \(ErrorText.quoted(role)) is not in the dictionary")
            }
            let target = try positive(columns.target, targetName)
            let weight = try positive(columns.weight, "weight")
            guard weight <= ScoringRule.maximumWeight else {
                throw InputError(
                    .invalidValue, file: file, line: line, field: "weight",
                    message: "\(ErrorText.quoted(try text(columns.weight, "weight"))) is more than the largest weight, "
                        + NumberFormatting.fixed(ScoringRule.maximumWeight, decimals: 0))
            }
            var direction = ScoringRule.Direction.higherIsBetter
            if let index = columns.direction {
                switch try text(index, "direction").lowercased() {
                case "", "higher", "higher-is-better": direction = .higherIsBetter
                case "lower", "lower-is-better": direction = .lowerIsBetter
                case let other:
                    throw InputError(
                        .invalidValue, file: file, line: line, field: "direction",
                        message: "\(ErrorText.quoted(other)) is not higher or lower")
                }
            }
            let key = [task.rawValue, competency.rawValue, role.rawValue]
            if let first = lines[key] {
                throw InputError(
                    .duplicateID, file: file, line: line, field: "task_id",
                    message: "rule \(task) → \(competency) for \(role) is given twice (first on line \(first))")
            }
            lines[key] = line
            rules.append(
                try ScoringRule(
                    taskID: task, competencyID: competency, roleID: role, target: target, targetBasis: basis,
                    weight: weight, direction: direction))
        }
        guard let header else {
            throw InputError(
                .emptyFile, file: file,
                message: "the file is empty; expected a header task_id,competency_id,role,monthly_target,weight")
        }
        guard !rules.isEmpty else {
            throw InputError(
                .emptyFile, file: file, line: 1,
                message: "the file has a header (\(header.names.joined(separator: ","))) but no rules")
        }
        return rules
    }
}
