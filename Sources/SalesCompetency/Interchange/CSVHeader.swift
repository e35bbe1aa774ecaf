/// The header row of a CSV file: column names mapped to their positions, with checks for the columns an
/// importer requires.
///
/// ```swift
/// let header = try CSVHeader(record, file: "roster.csv")
/// let rep = try header.require("rep_id")
/// let manager = header.index(of: "manager_id")   // optional column
/// ```
package struct CSVHeader: Hashable, Sendable {
    /// The column names in order, trimmed of surrounding spaces.
    package let names: [String]
    /// The file the header was read from, used in errors.
    package let file: String
    /// The 1-based line of the header row (after any blank lines before it).
    package let line: Int
    private let positions: [String: Int]

    /// Reads a header record.
    ///
    /// - Throws: ``InputError`` with code `.duplicateColumn` when a name appears twice.
    package init(_ record: CSVRecord, file: String) throws {
        try self.init(names: record.strings, file: file, line: record.line)
    }

    /// Creates a header from column names.
    ///
    /// - Throws: ``InputError`` with code `.duplicateColumn` when a name appears twice.
    package init(names: [String], file: String, line: Int = 1) throws {
        let trimmed = names.map { $0.trimmingASCIIWhitespace() }
        var positions: [String: Int] = [:]
        for (index, name) in trimmed.enumerated() where !name.isEmpty {
            guard positions[name] == nil else {
                throw InputError(
                    .duplicateColumn, file: file, line: line, field: name, message: "column appears twice in the header"
                )
            }
            positions[name] = index
        }
        self.names = trimmed
        self.file = file
        self.line = line
        self.positions = positions
    }

    /// The position of a column, or `nil` when the file does not have it.
    package func index(of name: String) -> Int? { positions[name] }

    /// The position of a column the importer cannot do without.
    ///
    /// - Throws: ``InputError`` with code `.missingColumn`, naming the column and the columns found.
    package func require(_ name: String) throws -> Int {
        guard let index = positions[name] else {
            throw InputError(
                .missingColumn, file: file, line: line, field: name,
                message: "required column is missing (found: \(names.joined(separator: ", ")))")
        }
        return index
    }

    /// Field `index` of a record as text without surrounding spaces and tabs.
    ///
    /// - Parameters:
    ///   - record: A record of this file.
    ///   - index: The field's position.
    ///   - required: Whether an empty field is an error.
    /// - Throws: ``InputError`` naming the file, line and column: `.invalidUTF8`, or `.missingValue` for an
    ///   empty required field.
    package func text(of record: CSVRecord, at index: Int, required: Bool = false) throws -> String {
        let field = index < names.count ? names[index] : "column \(index + 1)"
        guard let value = record.validString(at: index) else {
            throw InputError(.invalidUTF8, file: file, line: record.line, field: field, message: "not valid UTF-8")
        }
        let trimmed = value.trimmingASCIIWhitespace()
        guard !required || !trimmed.isEmpty else {
            throw InputError(.missingValue, file: file, line: record.line, field: field, message: "\(field) is empty")
        }
        return trimmed
    }

    /// Checks that a record has as many fields as the header.
    ///
    /// - Throws: ``InputError`` with code `.wrongFieldCount`.
    package func checkFieldCount(_ record: CSVRecord) throws {
        guard record.count == names.count else {
            throw InputError(
                .wrongFieldCount, file: file, line: record.line,
                message: "expected \(names.count) fields as in the header, found \(record.count)")
        }
    }
}

extension String {
    /// The string without leading and trailing ASCII spaces and tabs.
    func trimmingASCIIWhitespace() -> String {
        func isBlank(_ byte: UInt8?) -> Bool { byte == 0x20 || byte == 0x09 }
        // The common case, nothing to trim, without walking characters or copying.
        if !isBlank(utf8.first), !isBlank(utf8.last) { return self }
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
