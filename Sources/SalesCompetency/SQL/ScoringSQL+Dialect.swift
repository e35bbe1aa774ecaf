import Foundation

extension ScoringSQL {
    /// An SQL engine the compiled query runs on. Only the engines CI runs the query on are offered.
    ///
    /// The engines differ in ways the compiler works around: `/` on integers (truncating in PostgreSQL, real in
    /// DuckDB and Spark), division by zero (an error in PostgreSQL and ANSI Spark, infinity in DuckDB: every
    /// division is guarded), `ROUND` on doubles (half-even in PostgreSQL, on the binary value in DuckDB: the
    /// query rounds with `FLOOR(x + 0.5)` and formats integer millionths instead), decimal literals (`1.5` is a
    /// `NUMERIC`/`DECIMAL`: every real is written as a cast to the double type, whose name differs), number
    /// series (`generate_series` in PostgreSQL, a list in DuckDB, `sequence` and `explode` in Spark), string
    /// literals (backslash escapes and `${}` substitution in Spark) and text order (collations: the query
    /// sorts by integer ranks and, where it must sort text, in byte order).
    public enum Dialect: String, Hashable, Sendable, CaseIterable, Codable {
        /// Spark SQL (Apache Spark 3.4 or later), in ANSI mode or not.
        case spark
        /// PostgreSQL 12 or later.
        case postgres
        /// DuckDB 1.0 or later.
        case duckdb

        /// The name of the double-precision type.
        var double: String { self == .postgres ? "DOUBLE PRECISION" : "DOUBLE" }

        /// The name of the text type.
        var text: String {
            switch self {
            case .spark: "STRING"
            case .postgres: "TEXT"
            case .duckdb: "VARCHAR"
            }
        }

        /// A double literal that every engine reads as exactly `value` (shortest round-trip digits, cast from
        /// text so that no engine takes it for a decimal).
        func real(_ value: Double) -> String {
            precondition(value.isFinite, "only finite reals are written")
            return "CAST('\(value.description)' AS \(double))"
        }

        /// Integer division of two non-negative integer expressions, truncating.
        func quotient(_ lhs: String, _ rhs: String) -> String {
            switch self {
            case .spark: "((\(lhs)) DIV (\(rhs)))"
            case .postgres: "((\(lhs)) / (\(rhs)))"
            case .duckdb: "((\(lhs)) // (\(rhs)))"
            }
        }

        /// Floor division of an integer expression by a positive integer constant.
        func floorQuotient(_ lhs: String, _ rhs: Int) -> String {
            "(CASE WHEN \(lhs) >= 0 THEN \(quotient(lhs, String(rhs))) "
                + "ELSE -\(quotient("(\(rhs - 1) - (\(lhs)))", String(rhs))) END)"
        }

        /// A string literal for `value`, safe whatever it holds.
        ///
        /// PostgreSQL and DuckDB take standard literals with doubled quotes; in PostgreSQL a value with a
        /// backslash is decoded from hexadecimal instead (so `standard_conforming_strings` does not matter). Spark
        /// reads backslash escapes and its command line substitutes `${...}`, so anything but plain ASCII is
        /// decoded from hexadecimal there.
        func literal(_ value: String) -> String {
            switch self {
            case .duckdb:
                return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
            case .postgres:
                if value.utf8.contains(0x5C) {
                    return "convert_from(decode('\(Dialect.hex(value))', 'hex'), 'UTF8')"
                }
                return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
            case .spark:
                let plain = value.utf8.allSatisfy { byte in
                    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                        || "-_. :/@+=#%,".utf8.contains(byte)
                }
                if plain { return "'\(value)'" }
                return "decode(unhex('\(Dialect.hex(value))'), 'UTF-8')"
            }
        }

        /// A quoted identifier: `"name"` with doubled quotes, or `` `name` `` with doubled backticks in Spark.
        func identifier(_ name: String) -> String {
            switch self {
            case .spark: "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
            case .postgres, .duckdb: "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
        }

        /// A text expression sorted in byte order (UTF-8 code unit order, as the library sorts ids).
        func byteOrdered(_ expression: String) -> String {
            switch self {
            case .spark: expression  // UTF8_BINARY is Spark's default collation
            case .postgres: "\(expression) COLLATE \"C\""
            case .duckdb: "\(expression) COLLATE \"binary\""
            }
        }

        /// Whether `needle` occurs in `haystack` (both text expressions).
        func contains(_ haystack: String, _ needle: String) -> String {
            self == .spark ? "instr(\(haystack), \(needle)) > 0" : "strpos(\(haystack), \(needle)) > 0"
        }

        /// `text` without leading spaces, tabs and semicolons.
        func trimLeadingSeparators(_ text: String) -> String {
            switch self {
            case .spark: "TRIM(LEADING concat(' ;', chr(9)) FROM \(text))"
            case .postgres, .duckdb: "ltrim(\(text), ' ;' || chr(9))"
            }
        }

        /// `text` without trailing spaces and tabs.
        func trimTrailingBlanks(_ text: String) -> String {
            switch self {
            case .spark: "TRIM(TRAILING concat(' ', chr(9)) FROM \(text))"
            case .postgres, .duckdb: "rtrim(\(text), ' ' || chr(9))"
            }
        }

        /// The year of a date, as an integer.
        func year(_ date: String) -> String {
            self == .postgres ? "CAST(EXTRACT(YEAR FROM \(date)) AS INTEGER)" : "year(\(date))"
        }

        /// The month (1–12) of a date, as an integer.
        func month(_ date: String) -> String {
            self == .postgres ? "CAST(EXTRACT(MONTH FROM \(date)) AS INTEGER)" : "month(\(date))"
        }

        /// The day of the year (1–366) of a date, as an integer.
        func dayOfYear(_ date: String) -> String {
            self == .postgres ? "CAST(EXTRACT(DOY FROM \(date)) AS INTEGER)" : "dayofyear(\(date))"
        }

        /// Days since 1970-01-01 of a date, as an integer.
        func epochDay(_ date: String) -> String {
            switch self {
            case .spark: "unix_date(\(date))"
            case .postgres: "(\(date) - DATE '1970-01-01')"
            case .duckdb: "CAST(date_diff('day', DATE '1970-01-01', \(date)) AS BIGINT)"
            }
        }

        /// The date `days` days after 1970-01-01.
        func date(epochDay days: String) -> String {
            switch self {
            case .spark: "date_from_unix_date(CAST(\(days) AS INT))"
            case .postgres: "(DATE '1970-01-01' + CAST(\(days) AS INTEGER))"
            case .duckdb: "CAST(DATE '1970-01-01' + CAST(\(days) AS INTEGER) AS DATE)"
            }
        }

        /// The calendar day in `zone` of an instant (PostgreSQL `timestamptz`, DuckDB `TIMESTAMPTZ`, Spark
        /// `TIMESTAMP`). Independent of the session's time zone.
        func day(ofInstant instant: String, in zone: String) -> String {
            switch self {
            case .spark:
                // from_utc_timestamp shifts by the zone's offset whatever the session zone; unix_micros reads the
                // shifted value back without it.
                let micros = "unix_micros(from_utc_timestamp(\(instant), \(literal(zone))))"
                return "date_from_unix_date(CAST((\(micros) - pmod(\(micros), 86400000000)) DIV 86400000000 AS INT))"
            case .postgres:
                return "CAST((\(instant)) AT TIME ZONE \(literal(zone)) AS DATE)"
            case .duckdb:
                return "CAST(timezone(\(literal(zone)), \(instant)) AS DATE)"
            }
        }

        /// The instant type.
        var instant: String {
            switch self {
            case .spark: "TIMESTAMP"
            case .postgres, .duckdb: "TIMESTAMPTZ"
            }
        }

        /// A `SELECT` of constant rows with named columns.
        func values(_ rows: [[String]], columns: [String]) -> String {
            let body = rows.map { "(" + $0.joined(separator: ", ") + ")" }.joined(separator: ",\n        ")
            let names = columns.joined(separator: ", ")
            switch self {
            case .spark: return "SELECT * FROM VALUES\n        \(body)\n        AS t(\(names))"
            case .postgres, .duckdb: return "SELECT * FROM (VALUES\n        \(body)\n    ) AS t(\(names))"
            }
        }

        /// A `SELECT` of one column `ordinal` with the integers `first...last` of the one-row relation `bounds`
        /// (no rows when they are NULL).
        func series(first: String, last: String, from bounds: String) -> String {
            switch self {
            case .spark: "SELECT explode(sequence(\(first), \(last))) AS ordinal FROM \(bounds)"
            case .postgres: "SELECT g AS ordinal FROM \(bounds) CROSS JOIN generate_series(\(first), \(last)) AS g"
            case .duckdb: "SELECT unnest(generate_series(\(first), \(last))) AS ordinal FROM \(bounds)"
            }
        }

        static func hex(_ value: String) -> String {
            let digits = Array("0123456789abcdef".utf8)
            var bytes: [UInt8] = []
            for byte in value.utf8 {
                bytes.append(digits[Int(byte >> 4)])
                bytes.append(digits[Int(byte & 15)])
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
