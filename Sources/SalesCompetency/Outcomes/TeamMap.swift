/// Which team each rep belongs to: built from a roster (a rep's team is their manager) or from any mapping,
/// such as a CSV with a rep column and a team column.
///
/// ```swift
/// let teams = TeamMap(roster: roster)                 // team id = manager's rep id
/// teams.team(of: "rep-1")                             // "m-1"
/// let regions = try TeamMap(csvFile: "sales_teams.csv", repColumn: "sales_agent", teamColumn: "regional_office")
/// ```
public struct TeamMap: Hashable, Sendable, Codable {
    /// The team of each rep.
    public private(set) var assignments: [Rep.ID: Team.ID]

    /// Creates a map from rep to team.
    ///
    /// - Parameter assignments: The team of each rep.
    public init(_ assignments: [Rep.ID: Team.ID]) {
        self.assignments = assignments
    }

    /// Puts each rep who has a manager in the manager's team (the team id is the manager's rep id). Reps with
    /// no manager, such as the head of sales, belong to no team.
    ///
    /// - Parameter roster: The roster.
    /// - Complexity: O(n) in the roster size.
    public init(roster: Roster) {
        var assignments: [Rep.ID: Team.ID] = [:]
        for rep in roster {
            if let manager = rep.managerID { assignments[rep.id] = Team.ID(rawValue: manager.rawValue) }
        }
        self.assignments = assignments
    }

    /// The team of `rep`, or `nil` when the rep belongs to none.
    ///
    /// - Parameter rep: The rep.
    public func team(of rep: Rep.ID) -> Team.ID? { assignments[rep] }

    /// The teams with their members, sorted by team id.
    ///
    /// - Complexity: O(n log n) in the number of reps.
    public var teams: [Team] {
        Dictionary(grouping: assignments, by: \.value)
            .map { Team(id: $0.key, members: $0.value.map(\.key)) }
            .sorted { $0.id < $1.id }
    }

    /// Reads a mapping from a CSV file with a rep column and a team column (other columns are ignored).
    ///
    /// - Parameters:
    ///   - path: The file path.
    ///   - repColumn: The column with the rep id.
    ///   - teamColumn: The column with the team id.
    /// - Throws: ``InputError`` naming the file, line and column: `.emptyFile`, `.missingColumn`,
    ///   `.wrongFieldCount`, `.missingValue` (an empty cell), `.duplicateID` (a rep listed twice).
    /// - Complexity: O(n) in the file size.
    public init(csvFile path: String, repColumn: String = "rep_id", teamColumn: String = "team_id") throws {
        try self.init(reader: CSVReader(contentsOfFile: path), repColumn: repColumn, teamColumn: teamColumn)
    }

    /// Reads a mapping from CSV text; see ``init(csvFile:repColumn:teamColumn:)``.
    ///
    /// - Parameters:
    ///   - text: The CSV text.
    ///   - name: The name used in errors.
    ///   - repColumn: The column with the rep id.
    ///   - teamColumn: The column with the team id.
    /// - Throws: ``InputError``, as ``init(csvFile:repColumn:teamColumn:)``.
    public init(
        csvText text: String, name: String = "<teams>", repColumn: String = "rep_id", teamColumn: String = "team_id"
    ) throws {
        try self.init(reader: CSVReader(string: text, name: name), repColumn: repColumn, teamColumn: teamColumn)
    }

    init(reader: CSVReader, repColumn: String, teamColumn: String) throws {
        let file = reader.name
        var header: CSVHeader?
        var positions = (rep: 0, team: 0)
        var assignments: [Rep.ID: Team.ID] = [:]
        var lines: [Rep.ID: Int] = [:]
        try reader.forEachRecord { record in
            guard let known = header else {
                let parsed = try CSVHeader(record, file: file)
                positions = (try parsed.require(repColumn), try parsed.require(teamColumn))
                header = parsed
                return
            }
            try known.checkFieldCount(record)
            let rep = record.string(at: positions.rep).trimmingASCIIWhitespace()
            let team = record.string(at: positions.team).trimmingASCIIWhitespace()
            for (value, column) in [(rep, repColumn), (team, teamColumn)] where value.isEmpty {
                throw InputError(.missingValue, file: file, line: record.line, field: column, message: "empty cell")
            }
            let id = Rep.ID(rawValue: rep)
            if let first = lines[id] {
                throw InputError(
                    .duplicateID, file: file, line: record.line, field: repColumn,
                    message: "rep \(ErrorText.quoted(rep)) appears twice (first on line \(first))")
            }
            lines[id] = record.line
            assignments[id] = Team.ID(rawValue: team)
        }
        guard header != nil else {
            throw InputError(
                .emptyFile, file: file, message: "the file is empty; expected a header with \(repColumn),\(teamColumn)")
        }
        self.assignments = assignments
    }
}
