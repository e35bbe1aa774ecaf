extension CSVHeader {
    /// Checks that a file had a header and at least one record, the way every reader reports it.
    ///
    /// - Parameters:
    ///   - header: The header read, or `nil` when the file was empty.
    ///   - records: How many records were read after it.
    ///   - file: The file name, for the error.
    ///   - expected: The header the reader expects, for example `rep_id,role`.
    ///   - noun: What the records are, for example `reps`.
    /// - Returns: The header.
    /// - Throws: ``ImportError`` with code `.emptyFile`.
    static func nonEmpty(_ header: CSVHeader?, records: Int, file: String, expected: String, noun: String) throws
        -> CSVHeader
    {
        guard let header else {
            throw ImportError(.emptyFile, file: file, message: "the file is empty; expected a header \(expected)")
        }
        guard records > 0 else {
            throw ImportError(
                .emptyFile, file: file, line: header.line,
                message: "the file has a header (\(header.names.joined(separator: ","))) but no \(noun)")
        }
        return header
    }
}
