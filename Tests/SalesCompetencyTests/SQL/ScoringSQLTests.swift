import Foundation
import Testing

@testable import SalesCompetency

/// The generated SQL's structure, quoting and compile-time errors. Running it on the engines, byte for byte
/// against `sco score`, is `.ci/warehouse.sh`'s job (it needs PostgreSQL, DuckDB and Spark).
struct ScoringSQLTests {
    static let utc = TimeZone(identifier: "UTC")!

    static func policy(
        _ rules: [ScoringRule], tasks: [SalesTask] = [], granularity: Period.Granularity = .month,
        roleBands: [Role.ID: StatusBands] = [:]
    ) throws -> ScoringPolicy {
        try ScoringPolicy(
            rules: rules, tasks: tasks, roleBands: roleBands, granularity: granularity, timeZone: utc, dictionary: nil)
    }

    static func rule(
        _ task: SalesTask.ID, _ competency: Competency.ID = "communicating-effectively", role: Role.ID = "consultant",
        target: Double = 10, weight: Double = 1, direction: ScoringRule.Direction = .higherIsBetter
    ) throws -> ScoringRule {
        try ScoringRule(
            taskID: task, competencyID: competency, roleID: role, target: target, weight: weight, direction: direction)
    }

    static let hostileTask: SalesTask.ID = "'; DROP TABLE activities; --"
    static let hostileRole: Role.ID = "' OR '1'='1 \\ ${x}"
    static let hostileCompetency: Competency.ID = "x\"); DROP TABLE roster; -- 能力"

    static func hostilePolicy() throws -> ScoringPolicy {
        try policy([
            try rule(hostileTask, hostileCompetency, role: hostileRole),
            try rule("ta\"sk`", "c,omma", role: "ロール", target: 2.5, weight: 0.3),
        ])
    }

    /// The query with every string literal, quoted identifier and comment removed, and the decoded text of the
    /// literals (hexadecimal ones decoded), as a dialect's lexer reads them.
    static func lex(_ query: String, _ dialect: ScoringSQL.Dialect) -> (code: String, literals: [String]) {
        let bytes = Array(query.utf8)
        var code: [UInt8] = []
        var literals: [String] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "-"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "-") {
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                continue
            }
            let quote: UInt8? =
                byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"")
                    || (dialect == .spark && byte == UInt8(ascii: "`"))
                ? byte : nil
            guard let quote else {
                code.append(byte)
                index += 1
                continue
            }
            var value: [UInt8] = []
            index += 1
            while index < bytes.count {
                if dialect == .spark, quote == UInt8(ascii: "'"), bytes[index] == UInt8(ascii: "\\") {
                    value.append(bytes[index + 1])
                    index += 2
                    continue
                }
                if bytes[index] == quote {
                    if index + 1 < bytes.count, bytes[index + 1] == quote,
                        dialect != .spark || quote != UInt8(ascii: "'")
                    {
                        value.append(quote)
                        index += 2
                        continue
                    }
                    index += 1
                    break
                }
                value.append(bytes[index])
                index += 1
            }
            code.append(contentsOf: Array(" Q ".utf8))
            if quote == UInt8(ascii: "'") { literals.append(String(decoding: value, as: UTF8.self)) }
        }
        // Hexadecimal literals, decoded.
        literals += literals.compactMap { text -> String? in
            guard text.count.isMultiple(of: 2), !text.isEmpty, text.allSatisfy(\.isHexDigit) else { return nil }
            var decoded: [UInt8] = []
            var position = text.startIndex
            while position < text.endIndex {
                let next = text.index(position, offsetBy: 2)
                decoded.append(UInt8(text[position..<next], radix: 16)!)
                position = next
            }
            return String(decoding: decoded, as: UTF8.self)
        }
        return (String(decoding: code, as: UTF8.self), literals)
    }

    @Test(arguments: ScoringSQL.Dialect.allCases)
    func hostileIDsStayInsideLiterals(dialect: ScoringSQL.Dialect) throws {
        let sql = ScoringSQL(
            dialect: dialect, activities: .init(name: ScoringSQL.TableName(parts: ["crm\"`", "acti\"vi`ties"])),
            roster: .init(name: "roster; DROP TABLE x"), output: .csvLines)
        let query = try sql.query(for: try Self.hostilePolicy())
        let (code, literals) = Self.lex(query, dialect)
        #expect(!code.uppercased().contains("DROP"))
        #expect(!code.contains("能力") && !code.contains("ロール") && !code.contains("${"))
        for id in [Self.hostileTask.rawValue, Self.hostileRole.rawValue, "ta\"sk`", "ロール", "c,omma"] {
            #expect(literals.contains(id), "\(dialect): \(id) is not a literal of the query")
        }
        // The competency is given as an id and as its CSV field (quoted, quotes doubled).
        #expect(literals.contains(Self.hostileCompetency.rawValue))
        #expect(literals.contains("\"x\"\"); DROP TABLE roster; -- 能力\""))
        #expect(literals.contains("\"c,omma\""))
        if dialect == .spark {
            #expect(!query.contains("\\"), "no backslash escapes in Spark: hexadecimal instead")
            #expect(query.contains("FROM `crm\"```.`acti\"vi``ties` AS a"))
        } else {
            #expect(query.contains("FROM \"crm\"\"`\".\"acti\"\"vi`ties\" AS a"))
            #expect(query.contains("FROM \"roster; DROP TABLE x\" AS r"))
        }
    }

    @Test func literalsPerDialect() {
        #expect(ScoringSQL.Dialect.postgres.literal("it's") == "'it''s'")
        #expect(ScoringSQL.Dialect.duckdb.literal("a\\b'") == "'a\\b'''")
        #expect(ScoringSQL.Dialect.postgres.literal("a\\b") == "convert_from(decode('615c62', 'hex'), 'UTF8')")
        #expect(ScoringSQL.Dialect.spark.literal("emails_sent-2") == "'emails_sent-2'")
        #expect(ScoringSQL.Dialect.spark.literal("é") == "decode(unhex('c3a9'), 'UTF-8')")
        #expect(ScoringSQL.Dialect.spark.literal("${x}") == "decode(unhex('247b787d'), 'UTF-8')")
        #expect(ScoringSQL.Dialect.postgres.identifier("a\"b") == "\"a\"\"b\"")
        #expect(ScoringSQL.Dialect.spark.identifier("a`b") == "`a``b`")
    }

    @Test(arguments: ScoringSQL.Dialect.allCases)
    func everyRealIsACastDouble(dialect: ScoringSQL.Dialect) throws {
        let policy = try Self.policy([
            try Self.rule("emails", target: 12.5, weight: 0.3), try Self.rule("calls", target: 3, weight: 1.1),
            try Self.rule("days_to_quote", target: 4, direction: .lowerIsBetter),
        ])
        let query = try ScoringSQL(dialect: dialect).query(for: policy)
        let double = dialect == .postgres ? "DOUBLE PRECISION" : "DOUBLE"
        for value in ["12.5", "0.3", "3.0", "1.1", "4.0", "1.5", "1000000.0", "0.5", "377580.0"] {
            #expect(query.contains("CAST('\(value)' AS \(double))"), "\(dialect): \(value)")
        }
        // Without the casts no decimal literal is left (PostgreSQL would read NUMERIC, DuckDB and Spark DECIMAL).
        let stripped = query.replacingOccurrences(
            of: "CAST\\('[^']*' AS \(double)\\)", with: "", options: .regularExpression)
        #expect(stripped.range(of: "[0-9]\\.[0-9]", options: .regularExpression) == nil)
        if dialect != .postgres { #expect(!query.contains("DOUBLE PRECISION")) }
        // The weighted sum is written term by term in rule order, divided by the weight sum the engine adds up.
        let emails = query.range(of: "CAST('0.3' AS \(double)) * ")!
        let calls = query.range(of: "CAST('1.1' AS \(double)) * ")!
        #expect(emails.lowerBound < calls.lowerBound)
        #expect(query.contains(") / CAST('\((0.3 + 1.1 + 1.0).description)' AS \(double))"))
        // Lower is better: target / value, guarded against a zero value.
        #expect(query.contains("CASE WHEN s2 > 0 THEN (CASE WHEN (CAST('4.0' AS \(double)) * month_factor) / s2 <"))
    }

    @Test func dialectSpecificForms() throws {
        let policy = try Self.policy([try Self.rule("emails")])
        let spark = try ScoringSQL(dialect: .spark).query(for: policy)
        let postgres = try ScoringSQL(dialect: .postgres).query(for: policy)
        let duckdb = try ScoringSQL(dialect: .duckdb).query(for: policy)
        #expect(spark.contains("explode(sequence(first_ordinal, last_ordinal))") && !spark.contains("generate_series"))
        #expect(postgres.contains("generate_series(first_ordinal, last_ordinal) AS g"))
        #expect(duckdb.contains("unnest(generate_series(first_ordinal, last_ordinal))"))
        #expect(spark.contains(" DIV ") && duckdb.contains(" // ") && !postgres.contains(" DIV "))
        #expect(spark.contains("STRING") && postgres.contains("AS TEXT") && duckdb.contains("VARCHAR"))
        #expect(postgres.contains("ORDER BY g.rep_id COLLATE \"C\", g.period_ordinal, g.competency_rank"))
        #expect(duckdb.contains("ORDER BY g.rep_id COLLATE \"binary\", g.period_ordinal, g.competency_rank"))
        #expect(spark.contains("ORDER BY g.rep_id, g.period_ordinal, g.competency_rank"))
        let ordered = try ScoringSQL(dialect: .postgres, roster: .init(position: "line")).query(for: policy)
        #expect(ordered.contains("ORDER BY g.rep_rank, g.period_ordinal, g.competency_rank"))
        #expect(!Self.lex(postgres, .postgres).code.contains(";"), "one statement, no semicolon")
        // Scores are rounded on integer millionths, never with ROUND.
        for query in [spark, postgres, duckdb] {
            #expect(!query.uppercased().contains("ROUND("))
            #expect(query.contains("FLOOR(score * "))
        }
    }

    @Test func timestampsFallOnDaysInThePolicysZone() throws {
        let policy = try ScoringPolicy(
            rules: [try Self.rule("emails")], timeZone: TimeZone(identifier: "Pacific/Kiritimati")!, dictionary: nil)
        let timestamp = ScoringSQL.ActivitiesTable(dayColumn: .timestamp)
        let postgres = try ScoringSQL(dialect: .postgres, activities: timestamp).query(for: policy)
        #expect(postgres.contains("AT TIME ZONE 'Pacific/Kiritimati' AS DATE)"))
        let duckdb = try ScoringSQL(dialect: .duckdb, activities: timestamp).query(for: policy)
        #expect(duckdb.contains("timezone('Pacific/Kiritimati', a.\"occurred_on\")"))
        let spark = try ScoringSQL(dialect: .spark, activities: timestamp).query(for: policy)
        #expect(spark.contains("from_utc_timestamp(a.`occurred_on`, 'Pacific/Kiritimati')"))
        let date = try ScoringSQL(dialect: .spark, activities: .init(dayColumn: .date)).query(for: policy)
        #expect(date.contains("CAST(a.`occurred_on` AS DATE) AS day") && !date.contains("from_utc_timestamp"))
    }

    @Test func badPoliciesFailAtCompileTime() throws {
        let empty = try ScoringPolicy(rules: [], timeZone: Self.utc, dictionary: nil)
        #expect(throws: ValidationError.self) { try ScoringSQL(dialect: .duckdb).query(for: empty) }
        let monthly = try Self.policy([try Self.rule("emails")])
        let weeks = try PeriodRange(
            Period(containing: try Day(parsing: "2025-01-06"), granularity: .week),
            through: Period(containing: try Day(parsing: "2025-02-03"), granularity: .week))
        let error = try #require(throws: ValidationError.self) {
            try ScoringSQL(dialect: .postgres, periods: weeks).query(for: monthly)
        }
        #expect(error.field == "granularity")
        let nul = try Self.policy([try Self.rule("emails\u{0}")])
        #expect(throws: ValidationError.self) { try ScoringSQL(dialect: .spark).query(for: nul) }
        #expect(throws: ValidationError.self) {
            try ScoringSQL(dialect: .spark, activities: .init(name: "crm..activities")).query(for: monthly)
        }
        var roster = ScoringSQL.RosterTable()
        roster.role = ""
        #expect(throws: ValidationError.self) { try ScoringSQL(dialect: .duckdb, roster: roster).query(for: monthly) }
    }

    @Test func periodsOfEachGranularity() throws {
        for granularity in Period.Granularity.allCases {
            let policy = try Self.policy([try Self.rule("emails")], granularity: granularity)
            let query = try ScoringSQL(dialect: .duckdb).query(for: policy)
            switch granularity {
            case .month: #expect(query.contains("|| '-' || lpad("))
            case .quarter: #expect(query.contains("|| '-Q' || "))
            case .week: #expect(query.contains("|| '-W' || ") && query.contains("dayofyear("))
            }
        }
    }
}
