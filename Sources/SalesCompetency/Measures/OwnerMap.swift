import Foundation

/// Maps the owners a CRM export names (user ids such as `0051U000003hCg0QAE`, or display names such as
/// `Ava Jones` in a report export) to the rep ids of the roster.
///
/// Read it from a CSV file with the columns `crm_user,rep_id`; several CRM users may map to one rep (an id
/// and a display name, or an old and a new account). Values are compared without surrounding spaces and
/// otherwise exactly.
///
/// ```swift
/// let owners = try OwnerMap(csvText: "crm_user,rep_id\n0051U000003hCg0QAE,ava\nAva Jones,ava\n")
/// owners.repID(for: "Ava Jones")   // "ava"
/// ```
public struct OwnerMap: Hashable, Sendable {
    /// CRM user → rep id.
    public private(set) var reps: [String: Rep.ID]

    /// Creates a map.
    ///
    /// - Parameter reps: CRM user id or display name → rep id.
    public init(_ reps: [String: Rep.ID]) {
        self.reps = Dictionary(
            uniqueKeysWithValues: reps.map { ($0.key.trimmingASCIIWhitespace(), $0.value) })
    }

    /// The rep a CRM user maps to, or `nil`.
    ///
    /// - Parameter crmUser: The user id or display name, as the export writes it.
    /// - Returns: The rep id.
    public func repID(for crmUser: String) -> Rep.ID? { reps[crmUser.trimmingASCIIWhitespace()] }

    /// Reads `crm_user,rep_id` CSV text.
    ///
    /// - Parameters:
    ///   - text: The CSV text.
    ///   - name: The name used in errors.
    /// - Throws: ``ImportError`` naming the line and column: a missing column, an empty value, or a CRM user
    ///   listed twice with different reps.
    /// - Complexity: O(n).
    public init(csvText text: String, name: String = "<owners>") throws {
        try self.init(reader: CSVReader(string: text, name: name))
    }

    /// Reads a `crm_user,rep_id` CSV file; see ``init(csvText:name:)``.
    ///
    /// - Parameter path: The file.
    /// - Throws: ``ImportError`` as ``init(csvText:name:)``, or `.unreadableFile`.
    public init(csvFile path: String) throws {
        try self.init(reader: CSVReader(contentsOfFile: path))
    }

    private init(reader: CSVReader) throws {
        let file = reader.name
        var header: CSVHeader?
        var columns = (user: 0, rep: 0)
        var reps: [String: Rep.ID] = [:]
        try reader.forEachRecord { record in
            guard let known = header else {
                let parsed = try CSVHeader(record, file: file)
                columns = (try parsed.require("crm_user"), try parsed.require("rep_id"))
                header = parsed
                return
            }
            try known.checkFieldCount(record)
            let user = try known.text(of: record, at: columns.user, required: true)
            let rep = Rep.ID(rawValue: try known.text(of: record, at: columns.rep, required: true))
            if let earlier = reps[user], earlier != rep {
                throw ImportError(
                    .duplicateID, file: file, line: record.line, field: "crm_user",
                    message: "\(ImportError.quote(user)) maps to both \(earlier) and \(rep)")
            }
            reps[user] = rep
        }
        guard header != nil else {
            throw ImportError(.emptyFile, file: file, message: "the file is empty; expected a header crm_user,rep_id")
        }
        self.reps = reps
    }
}
