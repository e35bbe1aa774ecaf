extension EnrolmentList {
    /// Reads an enrolment CSV: `rep_id,investment_id,enrolled_on` then optional `completed_on,reinforced_on`.
    ///
    /// Dates are `YYYY-MM-DD`. `completed_on` may be empty (not known). `reinforced_on` holds the days of
    /// reinforcement events separated by `;`, or nothing. When a roster is given every rep must be in it and
    /// employed on the enrolment day; when a set of investments is given every investment id must be in it.
    ///
    /// - Parameters:
    ///   - path: The file path.
    ///   - roster: The roster rep ids must resolve in; `nil` skips the check.
    ///   - investments: The investment ids that exist; `nil` skips the check.
    /// - Throws: ``ImportError`` naming the file, line and column of the first problem: `.unknownID` for a rep
    ///   or investment that is not known, `.invalidValue` for a bad date or a date before the start or outside
    ///   the rep's employment, `.duplicateID` for a person enrolled twice in one investment, `.emptyFile` for a
    ///   file without a header or without enrolments.
    /// - Complexity: O(n) in the file size.
    public init(csvFile path: String, roster: Roster? = nil, investments: Set<Investment.ID>? = nil) throws {
        try self.init(reader: CSVReader(contentsOfFile: path), roster: roster, investments: investments)
    }

    /// Reads enrolment CSV text; see ``init(csvFile:roster:investments:)``.
    ///
    /// - Parameters:
    ///   - text: The CSV text.
    ///   - name: The name used in errors.
    ///   - roster: The roster rep ids must resolve in; `nil` skips the check.
    ///   - investments: The investment ids that exist; `nil` skips the check.
    /// - Throws: ``ImportError`` as ``init(csvFile:roster:investments:)`` does.
    /// - Complexity: O(n) in the text size.
    public init(
        csvText text: String, name: String = "<enrolments>", roster: Roster? = nil,
        investments: Set<Investment.ID>? = nil
    ) throws {
        try self.init(reader: CSVReader(string: text, name: name), roster: roster, investments: investments)
    }

    init(reader: CSVReader, roster: Roster?, investments: Set<Investment.ID>?) throws {
        let file = reader.name
        var header: CSVHeader?
        var columns = (rep: 0, investment: 0, enrolled: 0, completed: Int?.none, reinforced: Int?.none)
        var enrolments: [Enrolment] = []
        var lines: [Int] = []
        try reader.forEachRecord { record in
            guard let known = header else {
                let parsed = try CSVHeader(record, file: file)
                columns = (
                    try parsed.require("rep_id"), try parsed.require("investment_id"),
                    try parsed.require("enrolled_on"), parsed.index(of: "completed_on"),
                    parsed.index(of: "reinforced_on")
                )
                header = parsed
                return
            }
            try known.checkFieldCount(record)
            let line = record.line
            func fail(_ code: ImportError.Code, _ field: String, _ message: String) -> ImportError {
                ImportError(code, file: file, line: line, field: field, message: message)
            }
            func day(_ value: String, _ field: String) throws -> Day {
                do { return try Day(parsing: value) } catch {
                    throw fail(.invalidValue, field, "\"\(value.prefix(80))\" is not a date YYYY-MM-DD")
                }
            }
            let repID = Rep.ID(rawValue: try known.text(of: record, at: columns.rep, required: true))
            let investmentID = Investment.ID(
                rawValue: try known.text(of: record, at: columns.investment, required: true))
            let enrolledOn = try day(try known.text(of: record, at: columns.enrolled, required: true), "enrolled_on")
            var completedOn: Day?
            if let index = columns.completed {
                let value = try known.text(of: record, at: index)
                if !value.isEmpty { completedOn = try day(value, "completed_on") }
            }
            var reinforcedOn: [Day] = []
            if let index = columns.reinforced {
                for part in try known.text(of: record, at: index).split(separator: ";") {
                    let value = String(part).trimmingASCIIWhitespace()
                    if !value.isEmpty { reinforcedOn.append(try day(value, "reinforced_on")) }
                }
            }
            if let roster {
                guard let rep = roster[repID] else {
                    throw fail(.unknownID, "rep_id", "rep \"\(repID.rawValue.prefix(80))\" is not in the roster")
                }
                guard rep.isEmployed(on: enrolledOn) else {
                    throw fail(
                        .invalidValue, "enrolled_on", "rep \"\(repID)\" is not employed on \(enrolledOn)")
                }
            }
            if let investments, !investments.contains(investmentID) {
                throw fail(
                    .unknownID, "investment_id",
                    "investment \"\(investmentID.rawValue.prefix(80))\" is not known")
            }
            do {
                enrolments.append(
                    try Enrolment(
                        repID: repID, investmentID: investmentID, enrolledOn: enrolledOn, completedOn: completedOn,
                        reinforcedOn: reinforcedOn))
            } catch let error as ValidationError {
                let field = error.field == "completedOn" ? "completed_on" : "reinforced_on"
                throw fail(.invalidValue, field, error.message)
            }
            lines.append(line)
        }
        _ = try CSVHeader.nonEmpty(
            header, records: enrolments.count, file: file, expected: "rep_id,investment_id,enrolled_on",
            noun: "enrolments")
        if let (first, second) = EnrolmentList.firstDuplicate(in: enrolments) {
            let enrolment = enrolments[second]
            throw ImportError(
                .duplicateID, file: file, line: lines[second], field: "rep_id",
                message: "rep \"\(enrolment.repID)\" is enrolled twice in \"\(enrolment.investmentID)\""
                    + " (first on line \(lines[first]))")
        }
        try self.init(enrolments)
    }

    /// The list as CSV: `rep_id,investment_id,enrolled_on,completed_on,reinforced_on`, readable by
    /// ``init(csvText:name:roster:investments:)``.
    ///
    /// - Complexity: O(n).
    public var csvText: String {
        var writer = CSVWriter(header: ["rep_id", "investment_id", "enrolled_on", "completed_on", "reinforced_on"])
        for enrolment in enrolments {
            writer.append([
                .text(enrolment.repID.rawValue), .text(enrolment.investmentID.rawValue),
                .text(enrolment.enrolledOn.description), .text(enrolment.completedOn?.description ?? ""),
                .text(enrolment.reinforcedOn.map(\.description).joined(separator: ";")),
            ])
        }
        return writer.text
    }
}
