extension HeldReinforcementLog {
    /// Reads the sessions held: `rep_id,investment_id,held_on` (a `YYYY-MM-DD` date), one row per session.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - enrolments: When given, each participant must be enrolled in the investment on or before the day held.
    /// - Throws: ``ImportError`` naming the file, line and column of the first problem: `.unknownID` for a
    ///   participant not enrolled in the investment, `.invalidValue` for a bad date or a session held before the
    ///   enrolment, `.duplicateID` for a session recorded twice, `.missingValue` for an empty id, `.emptyFile` for
    ///   a file without a header.
    /// - Complexity: O(n) in the file size.
    public init(csvFile path: String, enrolments: [Enrolment]? = nil) throws {
        try self.init(reader: CSVReader(contentsOfFile: path), enrolments: enrolments)
    }

    /// Reads CSV text; see ``init(csvFile:enrolments:)``.
    ///
    /// - Parameters:
    ///   - text: The CSV text.
    ///   - name: The name used in errors.
    ///   - enrolments: When given, each participant must be enrolled in the investment on or before the day held.
    /// - Throws: ``ImportError`` as ``init(csvFile:enrolments:)`` does.
    /// - Complexity: O(n) in the text size.
    public init(csvText text: String, name: String = "<held>", enrolments: [Enrolment]? = nil) throws {
        try self.init(reader: CSVReader(string: text, name: name), enrolments: enrolments)
    }

    init(reader: CSVReader, enrolments: [Enrolment]?) throws {
        let file = reader.name
        var header: CSVHeader?
        var columns = (rep: 0, investment: 0, held: 0)
        var records: [HeldReinforcement] = []
        var lines: [Int] = []
        try reader.forEachRecord { record in
            guard let known = header else {
                let parsed = try CSVHeader(record, file: file)
                columns = (
                    try parsed.require("rep_id"), try parsed.require("investment_id"), try parsed.require("held_on")
                )
                header = parsed
                return
            }
            try known.checkFieldCount(record)
            func required(_ index: Int, _ name: String) throws -> String {
                let value = try known.text(of: record, at: index)
                guard !value.isEmpty else {
                    throw ImportError(
                        .missingValue, file: file, line: record.line, field: name, message: "\(name) is empty")
                }
                return value
            }
            let rep = try required(columns.rep, "rep_id")
            let investment = try required(columns.investment, "investment_id")
            let dayText = try required(columns.held, "held_on")
            guard let day = try? Day(parsing: dayText) else {
                throw ImportError(
                    .invalidValue, file: file, line: record.line, field: "held_on",
                    message: "\"\(dayText.prefix(80))\" is not a date YYYY-MM-DD")
            }
            records.append(
                HeldReinforcement(
                    repID: Rep.ID(rawValue: rep), investmentID: Investment.ID(rawValue: investment), heldOn: day))
            lines.append(record.line)
        }
        guard header != nil else {
            throw ImportError(
                .emptyFile, file: file, message: "the file is empty; expected a header rep_id,investment_id,held_on")
        }
        if let problem = HeldReinforcementLog.firstProblem(in: records, enrolments: enrolments) {
            let code: ImportError.Code =
                switch problem.error.code {
                case .danglingReference: .unknownID
                case .duplicateID: .duplicateID
                default: .invalidValue
                }
            throw ImportError(
                code, file: file, line: lines[problem.index], field: problem.field, message: problem.error.message)
        }
        self.records = records
    }
}
