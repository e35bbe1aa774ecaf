import Foundation

/// Reads opportunities from any CRM export in CSV: columns mapped by name, stage labels mapped to won, lost
/// and open.
///
/// Each record becomes an ``Opportunity``:
/// - owner: required, not empty.
/// - opened and closed: `YYYY-MM-DD`, or an ISO 8601 timestamp such as `2017-03-01T14:05:00Z` of which the
///   date part is taken as written (no time-zone conversion: the export's own calendar day). Empty means not
///   known; a won or lost deal needs a close day.
/// - stage: a label of ``StageLabels``. Unknown labels are collected over the whole file and reported
///   together in one error (first line, every unknown label with its count), unless
///   ``StageLabels/unknownIsOpen`` is set.
/// - value: a plain decimal (`1054`, `1054.50`), 0 or more. Empty means 0 on open and lost deals and is an
///   error on a won deal.
/// - id (optional column): unique; `line-N` when the file has no id column.
/// - account (optional column): empty means not known.
///
/// ```swift
/// let reader = OpportunityReader(
///     columns: OpportunityColumns(owner: "sales_agent", opened: "engage_date", closed: "close_date",
///                                 stage: "deal_stage", value: "close_value"),
///     stages: try StageLabels(won: ["Won"], lost: ["Lost"]))
/// let deals = try reader.read(csvFile: "sales_pipeline.csv")
/// ```
public struct OpportunityReader: Hashable, Sendable {
    /// The column names.
    public var columns: OpportunityColumns
    /// The stage labels.
    public var stages: StageLabels

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - columns: The column names. Default ``OpportunityColumns/init(owner:opened:closed:stage:value:id:account:)``.
    ///   - stages: The stage labels.
    public init(columns: OpportunityColumns = OpportunityColumns(), stages: StageLabels) {
        self.columns = columns
        self.stages = stages
    }

    /// Reads a CSV file.
    ///
    /// - Parameter path: The file path.
    /// - Returns: The deals in file order.
    /// - Throws: ``InputError`` naming the file, line and column of the first problem: `.emptyFile` (no header
    ///   or no deals), `.missingColumn`, `.wrongFieldCount`, `.missingValue`, `.invalidValue` (a bad date or
    ///   number, a negative value, a close day before the open day, unknown stage labels), `.duplicateID`,
    ///   `.invalidUTF8`.
    /// - Complexity: O(n) in the file size.
    public func read(csvFile path: String) throws -> [Opportunity] {
        try read(CSVReader(contentsOfFile: path))
    }

    /// Reads CSV text; see ``read(csvFile:)``.
    ///
    /// - Parameters:
    ///   - text: The CSV text.
    ///   - name: The name used in errors.
    /// - Returns: The deals in order.
    /// - Throws: ``InputError``, as ``read(csvFile:)``.
    public func read(csvText text: String, name: String = "<opportunities>") throws -> [Opportunity] {
        try read(CSVReader(string: text, name: name))
    }

    private struct Positions {
        var owner = 0, opened = 0, closed = 0, stage = 0, value = 0
        var id: Int?, account: Int?
    }

    private func read(_ reader: CSVReader) throws -> [Opportunity] {
        let file = reader.name
        var header: CSVHeader?
        var at = Positions()
        var deals: [Opportunity] = []
        var lineOfID: [Opportunity.ID: Int] = [:]
        var unknownLabels: [String: Int] = [:]
        var firstUnknownLine: Int?
        try reader.forEachRecord { record in
            guard let known = header else {
                let parsed = try CSVHeader(record, file: file)
                at = Positions(
                    owner: try parsed.require(columns.owner), opened: try parsed.require(columns.opened),
                    closed: try parsed.require(columns.closed), stage: try parsed.require(columns.stage),
                    value: try parsed.require(columns.value), id: columns.id.flatMap(parsed.index(of:)),
                    account: columns.account.flatMap(parsed.index(of:)))
                header = parsed
                return
            }
            try known.checkFieldCount(record)
            let line = record.line
            func text(_ index: Int) throws -> String { try known.text(of: record, at: index) }
            func fail(_ code: InputError.Code, _ index: Int, _ message: String) -> InputError {
                InputError(code, file: file, line: line, field: known.names[index], message: message)
            }
            let label = try text(at.stage)
            guard let outcome = stages.outcome(of: label) else {
                unknownLabels[label, default: 0] += 1
                if firstUnknownLine == nil { firstUnknownLine = line }
                return
            }
            let owner = try text(at.owner)
            guard !owner.isEmpty else { throw fail(.missingValue, at.owner, "the owner is empty") }
            let id = try at.id.map(text) ?? ""
            let dealID = Opportunity.ID(rawValue: id.isEmpty ? "line-\(line)" : id)
            if let first = lineOfID[dealID] {
                let column = at.id ?? at.owner
                throw fail(.duplicateID, column, "opportunity \"\(dealID)\" appears twice (first on line \(first))")
            }
            func day(_ index: Int) throws -> Day? {
                let value = try text(index)
                if value.isEmpty { return nil }
                guard let parsed = OpportunityReader.day(value) else {
                    throw fail(.invalidValue, index, "\"\(value)\" is not a date YYYY-MM-DD or an ISO 8601 timestamp")
                }
                return parsed
            }
            let opened = try day(at.opened)
            let closed = try day(at.closed)
            if outcome != .open, closed == nil {
                throw fail(
                    .missingValue, at.closed, "a \(outcome.rawValue) deal (stage \"\(label)\") needs a close date")
            }
            let valueText = try text(at.value)
            var value = Decimal.zero
            if valueText.isEmpty {
                if outcome == .won { throw fail(.missingValue, at.value, "a won deal needs a value") }
            } else {
                guard let parsed = Decimal(plainDecimal: valueText) else {
                    throw fail(.invalidValue, at.value, "\"\(valueText)\" is not a number")
                }
                value = parsed
            }
            let account = try at.account.map(text).flatMap { $0.isEmpty ? nil : Opportunity.AccountID(rawValue: $0) }
            do {
                deals.append(
                    try Opportunity(
                        id: dealID, ownerID: Rep.ID(rawValue: owner), accountID: account, opened: opened,
                        closed: closed,
                        outcome: outcome, value: value))
            } catch let error as ValidationError {
                let column = error.field == "value" ? at.value : at.closed
                throw fail(.invalidValue, column, error.description)
            }
            lineOfID[dealID] = line
        }
        guard let header else {
            throw InputError(.emptyFile, file: file, message: "the file is empty; expected a header row")
        }
        if let firstUnknownLine {
            let found = unknownLabels.sorted { $0.key < $1.key }.map { "\"\($0.key)\" (\($0.value) deals)" }
            let open =
                stages.open.count <= 6 ? stages.open.sorted().joined(separator: ", ") : "\(stages.open.count) labels"
            throw InputError(
                .invalidValue, file: file, line: firstUnknownLine, field: columns.stage,
                message: "unknown stage labels \(found.joined(separator: ", ")); won: "
                    + "\(stages.won.sorted().joined(separator: ", ")); lost: \(stages.lost.sorted().joined(separator: ", "))"
                    + "; open: \(open). Name each label as won, lost or open, or treat unknown labels as open")
        }
        guard !deals.isEmpty else {
            throw InputError(
                .emptyFile, file: file, line: 1, field: nil,
                message: "the file has a header (\(header.names.joined(separator: ","))) but no deals")
        }
        return deals
    }

    /// `YYYY-MM-DD`, or the date part of an ISO 8601 timestamp (`YYYY-MM-DDT...` or `YYYY-MM-DD ...`).
    static func day(_ text: String) -> Day? {
        var text = text
        return text.withUTF8 { bytes -> Day? in
            let raw = UnsafeRawBufferPointer(bytes)
            if raw.count == 10 { return Day.parse(raw) }
            guard raw.count > 10, raw[10] == UInt8(ascii: "T") || raw[10] == UInt8(ascii: " ") else { return nil }
            return Day.parse(UnsafeRawBufferPointer(rebasing: raw[0..<10]))
        }
    }
}
