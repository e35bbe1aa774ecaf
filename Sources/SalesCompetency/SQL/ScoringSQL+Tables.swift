extension ScoringSQL {
    /// A table (or view) name, optionally qualified by a catalog and a schema: each part is quoted on its own.
    ///
    /// ```swift
    /// let table = ScoringSQL.TableName("crm.activities")   // "crm"."activities"
    /// ```
    public struct TableName: Hashable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
        /// The parts, outermost first, such as `["crm", "activities"]`.
        public var parts: [String]

        /// Creates a name from its parts, outermost first.
        ///
        /// - Parameter parts: The catalog, schema and table names, each used as is (quoted in the query).
        public init(parts: [String]) { self.parts = parts }

        /// Creates a name from dotted text, `schema.table` or `table`; use ``init(parts:)`` for a name with a dot
        /// inside.
        ///
        /// - Parameter dotted: The name.
        public init(_ dotted: String) {
            parts = dotted.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        }

        /// Creates a name from dotted text; see ``init(_:)``.
        public init(stringLiteral value: String) { self.init(value) }

        /// The parts joined by dots.
        public var description: String { parts.joined(separator: ".") }
    }

    /// How the activities table stores the day or instant of an activity.
    public enum DayColumn: String, Hashable, Sendable, Codable, CaseIterable {
        /// A `DATE`: the day as is, whatever the policy's time zone.
        case date
        /// An instant: `timestamptz` in PostgreSQL, `TIMESTAMPTZ` in DuckDB, `TIMESTAMP` in Spark; it falls on its
        /// calendar day in the policy's time zone (the session's time zone does not matter).
        case timestamp
        /// Text as in the activity CSV: `YYYY-MM-DD` (the day as is), an ISO 8601 timestamp with `Z` or an offset
        /// such as `+05:30` (an instant, on its day in the policy's time zone), or one without an offset (local
        /// time: its date part is the day).
        case text
    }

    /// The activity table: one row per activity, `rep_id, task_id, occurred_on, quantity` by default.
    public struct ActivitiesTable: Hashable, Sendable, Codable {
        /// The table or view.
        public var name: TableName
        /// The column with the rep's id (cast to text).
        public var repID: String = "rep_id"
        /// The column with the task's id (cast to text).
        public var taskID: String = "task_id"
        /// The column with the day or instant.
        public var occurredOn: String = "occurred_on"
        /// The type of ``occurredOn``.
        public var dayColumn: DayColumn = .text
        /// The column with the quantity (a number ≥ 0, cast to a double).
        public var quantity: String = "quantity"

        /// Creates a description of the activity table with the default column names.
        ///
        /// - Parameters:
        ///   - name: The table or view.
        ///   - dayColumn: How `occurred_on` is stored (ISO text as in the CSV by default).
        public init(name: TableName = "activities", dayColumn: DayColumn = .text) {
            self.name = name
            self.dayColumn = dayColumn
        }
    }

    /// The roster table: one row per rep, `rep_id, role` and, for the employment rules, `hired_on, left_on`.
    public struct RosterTable: Hashable, Sendable, Codable {
        /// The table or view.
        public var name: TableName
        /// The column with the rep's id (cast to text).
        public var repID: String = "rep_id"
        /// The column with the role, or roles separated by `;` (the first non-empty one is primary).
        public var role: String = "role"
        /// The column with the first day worked (a `DATE`, or `YYYY-MM-DD` text; NULL when not known), or `nil`
        /// when the table has none (every rep employed throughout).
        public var hiredOn: String? = "hired_on"
        /// The column with the last day worked (NULL while employed), or `nil` when the table has none.
        public var leftOn: String? = "left_on"
        /// A column that orders the reps as the roster file does (such as its line number), or `nil` to order
        /// them by id in byte order. `sco score` lists reps in roster order, so the two agree when the roster is
        /// sorted by id or this column gives its order.
        public var position: String?

        /// Creates a description of the roster table with the default column names.
        ///
        /// - Parameters:
        ///   - name: The table or view.
        ///   - position: The column giving the roster's order, if any.
        public init(name: TableName = "roster", position: String? = nil) {
            self.name = name
            self.position = position
        }
    }

    /// The shape of the query's result.
    public enum Output: String, Hashable, Sendable, Codable, CaseIterable {
        /// Columns `rep_id, period, competency_id, score, status`: the score as text with 6 decimals (NULL for
        /// a no-data row), the ids as they are.
        case columns
        /// One text column `csv_line`: each row exactly as a line of `sco score --format csv` (ids quoted and
        /// guarded against spreadsheet formulas), so the lines joined by newlines after the header
        /// ``Scorecards/csvHeader`` are the file byte for byte.
        case csvLines = "csv-lines"
    }
}
