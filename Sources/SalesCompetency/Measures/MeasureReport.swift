/// What happened to every row of the exports an ``ActivityMeasures`` definition read: how many became
/// activity, and every row that did not, counted by reason with the first lines where it happened. Nothing is
/// dropped silently.
///
/// ```swift
/// let result = try measures.activityLog(files: ["Task.csv"], owners: owners, timeZone: .gmt)
/// print(result.report.summary)
/// // Task.csv: 158 rows read, 17 became 17 activities; not activity: no task rule matched 141 (lines 3, 5, ...)
/// ```
public struct MeasureReport: Hashable, Sendable, Codable {
    /// Why a row did not become activity.
    public struct Reason: Hashable, Sendable, Codable, CustomStringConvertible {
        /// The raw name.
        public let rawValue: String
        /// Creates a reason.
        ///
        /// - Parameter rawValue: The raw name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// A filter dropped the row.
        public static let filteredOut = Reason(rawValue: "filteredOut")
        /// No task rule matched the row.
        public static let noTaskRule = Reason(rawValue: "noTaskRule")
        /// The owner is empty, or not in the owner map.
        public static let unknownOwner = Reason(rawValue: "unknownOwner")
        /// Every day column of the row is empty.
        public static let noDate = Reason(rawValue: "noDate")
        /// An earlier row of the same CRM record already became activity.
        public static let duplicateRecord = Reason(rawValue: "duplicateRecord")
        /// The raw name.
        public var description: String { rawValue }

        /// The reason in words, such as `no task rule matched`.
        public var label: String { MeasureReport.label(self) }

        /// Encodes the bare raw name.
        ///
        /// - Throws: Whatever the encoder throws.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        /// Decodes the bare raw name.
        ///
        /// - Throws: `DecodingError` when it is not a string.
        public init(from decoder: any Decoder) throws {
            rawValue = try decoder.singleValueContainer().decode(String.self)
        }
    }

    /// A line of an input file.
    public struct Location: Hashable, Sendable, Codable, CustomStringConvertible {
        /// The file.
        public var file: String
        /// The 1-based line where the row starts.
        public var line: Int
        /// `file:line`.
        public var description: String { "\(file):\(line)" }

        /// Creates a location.
        ///
        /// - Parameters:
        ///   - file: The file.
        ///   - line: The 1-based line.
        public init(file: String, line: Int) {
            self.file = file
            self.line = line
        }
    }

    /// The rows skipped for one reason.
    public struct Skipped: Hashable, Sendable, Codable {
        /// The reason.
        public var reason: Reason
        /// How many rows.
        public var rows: Int
        /// The first rows (at most ``MeasureReport/firstLinesKept``), in input order.
        public var firstLines: [Location]
        /// For ``Reason/filteredOut``: rows per filter, in the definition's order (`filters[i]`); empty otherwise.
        public var rowsPerFilter: [Int]
    }

    /// A combination of the values of the fields the task rules read that no rule matched.
    public struct UnmatchedValue: Hashable, Sendable, Codable {
        /// The values, in the order of ``MeasureReport/ruleFields``.
        public var values: [String]
        /// How many rows had them.
        public var rows: Int

        /// Creates an entry.
        ///
        /// - Parameters:
        ///   - values: The values.
        ///   - rows: How many rows.
        public init(values: [String], rows: Int) {
            self.values = values
            self.rows = rows
        }
    }

    /// The schema version of the JSON shape.
    public var schemaVersion = 1
    /// The files read, in order.
    public var files: [String] = []
    /// Data rows read (not the header, blank lines or a footer).
    public var rowsRead = 0
    /// Rows that became activity.
    public var rowsConverted = 0
    /// Activities produced (more than ``rowsConverted`` when every matching rule counts).
    public var activities = 0
    /// Lines skipped after the blank line that ends the data (a report footer), per file.
    public var footerLines: [String: Int] = [:]
    /// The rows that did not become activity, by reason, in the order rows are checked: filters, task rules,
    /// owner, date, duplicates. Only reasons that happened.
    public var skipped: [Skipped] = []
    /// The fields the task rules read.
    public var ruleFields: [String] = []
    /// The most common unmatched values of ``ruleFields`` (at most ``topUnmatchedKept``), most rows first: what
    /// to extend the rules with.
    public var topUnmatched: [UnmatchedValue] = []

    /// How many first lines are kept per reason.
    public static let firstLinesKept = 5
    /// How many unmatched values are kept.
    public static let topUnmatchedKept = 10

    /// Creates an empty report.
    public init() {}

    /// The rows skipped for `reason` (0 when none).
    ///
    /// - Parameter reason: The reason.
    /// - Returns: The count.
    public func rows(_ reason: Reason) -> Int { skipped.first { $0.reason == reason }?.rows ?? 0 }

    /// The report for people, one line per reason and one per common unmatched value.
    public var summary: String {
        var lines = [
            "\(files.joined(separator: ", ")): \(rowsRead) rows read, \(rowsConverted) became \(activities) activities"
                + (skipped.isEmpty ? "; every row became activity" : "; not activity:")
        ]
        for item in skipped {
            let shown = item.firstLines.map { files.count > 1 ? $0.description : String($0.line) }
            let more = item.rows > shown.count ? ", ..." : ""
            var line =
                "  \(item.reason.label): \(item.rows) (line\(shown.count > 1 ? "s" : "") "
                + shown.joined(separator: ", ") + more + ")"
            if !item.rowsPerFilter.isEmpty, item.rowsPerFilter.count > 1 {
                line += "; per filter: " + item.rowsPerFilter.map(String.init).joined(separator: ", ")
            }
            lines.append(line)
        }
        if !topUnmatched.isEmpty {
            lines.append("  most common unmatched \(ruleFields.joined(separator: " / ")):")
            for value in topUnmatched {
                lines.append(
                    "    \(value.rows) × " + value.values.map { ImportError.quote($0) }.joined(separator: " / "))
            }
        }
        for (file, count) in footerLines.sorted(by: { $0.key < $1.key }) where count > 0 {
            lines.append("  footer: \(count) lines after the blank line in \(file) skipped, not read as data")
        }
        return lines.joined(separator: "\n")
    }

    static func label(_ reason: Reason) -> String {
        switch reason {
        case .filteredOut: "filtered out"
        case .noTaskRule: "no task rule matched"
        case .unknownOwner: "unknown owner"
        case .noDate: "no date"
        case .duplicateRecord: "duplicate record"
        default: reason.rawValue
        }
    }
}
