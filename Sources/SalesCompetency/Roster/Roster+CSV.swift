extension Roster {
    /// Reads a roster CSV: `rep_id,role` then optional `manager_id,hired_on,left_on,departure`.
    ///
    /// `role` holds one role id or several separated by `;` (the first is the primary role); every role must be
    /// in the dictionary, as in a rules file. Dates are `YYYY-MM-DD`: `hired_on` is the first day of employment
    /// and `left_on` the last, both inclusive; `departure` is `voluntary` or `induced`. Empty optional cells mean
    /// "not known".
    ///
    /// - Parameters:
    ///   - path: The file path.
    ///   - dictionary: The dictionary roles must resolve in (the built-in model by default); `nil` skips that check.
    /// - Throws: ``InputError`` naming the file, line and column of the first problem (`.unknownID` in `role` for
    ///   a role the dictionary does not know); `.emptyFile` for a file without a header or without reps.
    /// - Complexity: O(n) in the file size.
    public init(csvFile path: String, dictionary: CompetencyDictionary? = .builtIn) throws {
        try self.init(reader: CSVReader(contentsOfFile: path), dictionary: dictionary)
    }

    /// Reads roster CSV text; see ``init(csvFile:dictionary:)``.
    ///
    /// - Parameters:
    ///   - text: The CSV text.
    ///   - name: The name errors give for the text.
    ///   - dictionary: The dictionary roles must resolve in; `nil` skips that check.
    /// - Throws: ``InputError`` naming `name`, the line and the column of the first problem.
    public init(csvText text: String, name: String = "<roster>", dictionary: CompetencyDictionary? = .builtIn) throws {
        try self.init(reader: CSVReader(string: text, name: name), dictionary: dictionary)
    }

    init(reader: CSVReader, dictionary: CompetencyDictionary?) throws {
        let file = reader.name
        var header: CSVHeader?
        var columns = (rep: 0, role: 0, manager: Int?.none, hired: Int?.none, left: Int?.none, departure: Int?.none)
        var reps: [Rep] = []
        // Each rep's line, and its position by id (hashed once per rep).
        var lines: [Int] = []
        var positions: [Rep.ID: Int] = [:]
        // Most reps share a few roles: the last role cell's roles are reused when the next cell is the same.
        var lastRoles: (text: String, roles: [Role.ID])?
        try reader.forEachRecord { record in
            guard let known = header else {
                let parsed = try CSVHeader(record, file: file)
                columns = (
                    try parsed.require("rep_id"), try parsed.require("role"), parsed.index(of: "manager_id"),
                    parsed.index(of: "hired_on"), parsed.index(of: "left_on"), parsed.index(of: "departure")
                )
                header = parsed
                return
            }
            try known.checkFieldCount(record)
            let line = record.line
            func text(_ index: Int, _ name: String) throws -> String { try known.text(of: record, at: index) }
            func day(_ index: Int?, _ name: String) throws -> Day? {
                guard let index else { return nil }
                let value = try text(index, name)
                if value.isEmpty { return nil }
                do { return try Day(parsing: value) } catch {
                    throw InputError(
                        .invalidValue, file: file, line: line, field: name,
                        message: "\(ErrorText.quoted(value)) is not a date YYYY-MM-DD")
                }
            }
            let id = try text(columns.rep, "rep_id")
            guard !id.isEmpty else {
                throw InputError(.missingValue, file: file, line: line, field: "rep_id", message: "rep_id is empty")
            }
            let roleText = try text(columns.role, "role")
            let roles: [Role.ID]
            if let lastRoles, lastRoles.text == roleText {
                roles = lastRoles.roles
            } else {
                // Most reps have one role: split only when there is a separator (String.split walks characters).
                let roleTexts =
                    roleText.utf8.contains(UInt8(ascii: ";"))
                    ? roleText.split(separator: ";").map(String.init) : [roleText]
                roles = roleTexts.map { Role.ID(rawValue: $0.trimmingASCIIWhitespace()) }.filter {
                    !$0.rawValue.isEmpty
                }
                guard !roles.isEmpty else {
                    throw InputError(.missingValue, file: file, line: line, field: "role", message: "role is empty")
                }
                if let dictionary, let unknown = roles.first(where: { dictionary.role($0) == nil }) {
                    throw InputError(
                        .unknownID, file: file, line: line, field: "role",
                        message: "role \(ErrorText.quoted(unknown)) is not in the dictionary")
                }
                lastRoles = (roleText, roles)
            }
            var manager: Rep.ID?
            if let index = columns.manager {
                let value = try text(index, "manager_id")
                if !value.isEmpty { manager = Rep.ID(rawValue: value) }
            }
            var departure: Rep.Departure?
            if let index = columns.departure {
                let value = try text(index, "departure")
                if !value.isEmpty {
                    guard let parsed = Rep.Departure(rawValue: value.lowercased()) else {
                        throw InputError(
                            .invalidValue, file: file, line: line, field: "departure",
                            message: "\(ErrorText.quoted(value)) is not voluntary or induced")
                    }
                    departure = parsed
                }
            }
            let repID = Rep.ID(rawValue: id)
            if let first = positions.updateValue(reps.count, forKey: repID) {
                throw InputError(
                    .duplicateID, file: file, line: line, field: "rep_id",
                    message: "rep \(ErrorText.quoted(id)) appears twice (first on line \(lines[first]))")
            }
            lines.append(line)
            reps.append(
                Rep(
                    id: repID, roleIDs: roles, managerID: manager, hiredOn: try day(columns.hired, "hired_on"),
                    leftOn: try day(columns.left, "left_on"), departure: departure))
        }
        guard let header else {
            throw InputError(.emptyFile, file: file, message: "the file is empty; expected a header rep_id,role")
        }
        guard !reps.isEmpty else {
            throw InputError(
                .emptyFile, file: file, line: 1,
                message: "the file has a header (\(header.names.joined(separator: ","))) but no reps")
        }
        if let violation = Roster.validate(reps, positions: positions) {
            var located = violation.error.inFile(file)
            located.line = lines[violation.position]
            throw located
        }
        self.init(validated: reps, positions: positions)
    }
}
