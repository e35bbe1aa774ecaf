import Foundation

/// Compiles a ``ScoringPolicy`` into one SQL query that computes the same scorecards as ``ScoringEngine``, for
/// Spark SQL, PostgreSQL or DuckDB: scoring where the activity lives, in a warehouse or a data lake.
///
/// The query reads an activity table and a roster table (their names and column names are
/// ``ActivitiesTable`` and ``RosterTable``) and returns the whole grid in the order and with the values of
/// `sco score --format csv`: every rep × period × competency the grid rules put on it, the score as text with 6
/// decimals (rounded half-up on the integer millionths, as the library does) and the status from the role's
/// bands, or `no-data`. Every number is computed in IEEE doubles in the order the engine computes it (each
/// weighted sum written out term by term, every real a cast of its shortest round-trip digits to the double
/// type), so the engines and the library agree byte for byte whenever quantities are whole numbers, or any
/// numbers whose sums are exact in doubles.
///
/// ```swift
/// let sql = ScoringSQL(dialect: .postgres, activities: .init(name: "crm.activities"), roster: .init(name: "crm.reps"))
/// let query = try sql.query(for: policy)
/// ```
///
/// Ids and names are never spliced into the query as they are: identifiers are quoted, and text literals are
/// quoted or, where a dialect would read escapes, decoded from hexadecimal.
public struct ScoringSQL: Hashable, Sendable {
    /// The engine the query is for.
    public var dialect: Dialect
    /// The activity table.
    public var activities: ActivitiesTable
    /// The roster table.
    public var roster: RosterTable
    /// The periods to score (of the policy's granularity), or `nil` for those the scored activity spans.
    public var periods: PeriodRange?
    /// The shape of the result.
    public var output: Output

    /// Creates a compiler.
    ///
    /// - Parameters:
    ///   - dialect: The engine.
    ///   - activities: The activity table (`activities` with the CSV's column names by default).
    ///   - roster: The roster table (`roster` with the CSV's column names by default).
    ///   - periods: The periods to score; by default those spanned by the scored activity, as `sco score` does.
    ///   - output: Columns (the default) or ready CSV lines.
    public init(
        dialect: Dialect, activities: ActivitiesTable = ActivitiesTable(), roster: RosterTable = RosterTable(),
        periods: PeriodRange? = nil, output: Output = .columns
    ) {
        self.dialect = dialect
        self.activities = activities
        self.roster = roster
        self.periods = periods
        self.output = output
    }

    /// The query that scores `policy`.
    ///
    /// - Parameter policy: The policy: rules, tasks, cap, bands, granularity, time zone and grid rules.
    /// - Returns: One `SELECT` statement (a `WITH` query), without a trailing semicolon.
    /// - Throws: ``ValidationError`` before any SQL is written when the query could not give the library's
    ///   scorecards: a policy without rules, periods of another granularity than the policy's, an empty table or
    ///   column name, or an id or name with a NUL character (which no engine's text can hold).
    /// - Complexity: O(rules + tasks) and the same size of query text.
    public func query(for policy: ScoringPolicy) throws -> String {
        try validate(policy)
        let plan = ScoringSQLPlan(policy: policy)
        return ScoringSQLWriter(sql: self, policy: policy, plan: plan).query()
    }

    private func validate(_ policy: ScoringPolicy) throws {
        guard !policy.rules.isEmpty else {
            throw ValidationError(.outOfRange, subject: "policy", field: "rules", message: "the policy has no rules")
        }
        if let periods, periods.first.granularity != policy.granularity {
            throw ValidationError(
                .outOfRange, subject: "periods", field: "granularity",
                message: "periods \(periods.first)–\(periods.last) are not of the policy's granularity "
                    + policy.granularity.rawValue)
        }
        let names: [(String, String)] =
            activities.name.parts.map { ("activities table", $0) } + roster.name.parts.map { ("roster table", $0) }
            + [
                ("activities column repID", activities.repID), ("activities column taskID", activities.taskID),
                ("activities column occurredOn", activities.occurredOn),
                ("activities column quantity", activities.quantity), ("roster column repID", roster.repID),
                ("roster column role", roster.role),
            ] + [roster.hiredOn, roster.leftOn, roster.position].compactMap { $0 }.map { ("roster column", $0) }
        for (what, name) in names {
            guard !name.isEmpty, !name.utf8.contains(0) else {
                throw ValidationError(
                    .invalidID, subject: what, field: "name",
                    message: name.isEmpty ? "the name is empty" : "the name contains a NUL character")
            }
        }
        var ids: [(String, String)] = []
        for rule in policy.rules {
            ids += [
                ("task", rule.taskID.rawValue), ("competency", rule.competencyID.rawValue),
                ("role", rule.roleID.rawValue),
            ]
        }
        for task in policy.tasks { ids.append(("task", task.id.rawValue)) }
        ids.append(("time zone", policy.timeZone.identifier))
        for (what, id) in ids where id.utf8.contains(0) {
            throw ValidationError(
                .invalidID, subject: "\(what) \(id.replacingOccurrences(of: "\u{0}", with: "\\0").prefix(80))",
                message: "the id contains a NUL character, which SQL text cannot hold")
        }
    }
}
