import Foundation

/// Writes the text of the scoring query for one dialect; see ``ScoringSQL`` for what it computes.
struct ScoringSQLWriter {
    let sql: ScoringSQL
    let policy: ScoringPolicy
    let plan: ScoringSQLPlan
    let d: ScoringSQL.Dialect
    /// Who is on the grid and how targets scale.
    let employment: Employment
    /// What a rep-period without activity scores.
    let absence: Absence

    enum Employment { case proRated, whole, ignored }
    enum Absence { case computed, zero, noData }

    init(sql: ScoringSQL, policy: ScoringPolicy, plan: ScoringSQLPlan) {
        self.sql = sql
        self.policy = policy
        self.plan = plan
        self.d = sql.dialect
        switch policy.employment {
        case .proRated: self.employment = .proRated
        case .whole: self.employment = .whole
        case .ignored: self.employment = .ignored
        }
        self.absence = policy.absence == .noData ? .noData : .zero
    }

    var int: String { "INTEGER" }
    var double: String { d.double }
    var text: String { d.text }
    func real(_ value: Double) -> String { d.real(value) }
    func lit(_ value: String) -> String { d.literal(value) }
    func id(_ name: String) -> String { d.identifier(name) }
    func table(_ name: ScoringSQL.TableName) -> String { name.parts.map(id).joined(separator: ".") }

    /// Whether the monthly-target factor of a period can differ from 1 (pro-rating, or periods that are not
    /// months); whether the per-period factor can.
    var monthFactorVaries: Bool { employment == .proRated || policy.granularity != .month }
    var periodFactorVaries: Bool { employment == .proRated }

    func query() -> String {
        let ctes: [(String, String)] = [
            ("role_slots", roleSlots()), ("role_competencies", roleCompetencies()), ("roster_in", rosterIn()),
            ("activity_in", activityIn()), ("scored", scored()), ("bounds", bounds()), ("periods", periods()),
            ("period_months", periodMonths()), ("employment", employmentCTE()), ("totals", totals()),
            ("cells", cells()), ("filled", filled()), ("scores", scores()),
        ]
        var text =
            "-- Scorecards of a ScoringPolicy, compiled by swift-sales-competency's ScoringSQL for \(d.rawValue).\n"
        text += "-- Rows and values as `sco score --format csv`: rep_id, period, competency_id, score, status.\n"
        text += "WITH\n"
        text += ctes.map { "\($0.0) AS (\n    \($0.1)\n)" }.joined(separator: ",\n")
        text += "\n" + finalSelect()
        return text
    }

    // MARK: constant tables

    /// (role, task_id, slot, counts_rows): the slots each role's rules read.
    func roleSlots() -> String {
        var rows: [[String]] = []
        for role in plan.roles {
            for slot in role.slots {
                rows.append([
                    lit(role.id.rawValue), lit(plan.slots[slot].rawValue), "\(slot)", plan.countsRows[slot] ? "1" : "0",
                ])
            }
        }
        return d.values(rows, columns: ["role", "task_id", "slot", "counts_rows"])
    }

    /// (role, cell, competency_rank, competency_id, competency_csv, amber_micro, green_micro).
    func roleCompetencies() -> String {
        var rows: [[String]] = []
        var cell = 0
        for role in plan.roles {
            for (rank, competency) in role.competencies.enumerated() {
                rows.append([
                    lit(role.id.rawValue), "\(cell)", "\(rank)", lit(competency.id.rawValue),
                    lit(CSVWriter.escape(competency.id.rawValue)),
                    "CAST(\(role.bands.amberMicro) AS BIGINT)", "CAST(\(role.bands.greenMicro) AS BIGINT)",
                ])
                cell += 1
            }
        }
        return d.values(
            rows,
            columns: [
                "role", "cell", "competency_rank", "competency_id", "competency_csv", "amber_micro", "green_micro",
            ])
    }

    // MARK: inputs

    /// The roster: rep id, primary role (first non-empty of `;`-separated roles, trimmed), order, days.
    func rosterIn() -> String {
        let r = sql.roster
        let role = d.trimTrailingBlanks(
            "split_part(\(d.trimLeadingSeparators("CAST(r.\(id(r.role)) AS \(text))")), ';', 1)")
        var columns = ["CAST(r.\(id(r.repID)) AS \(text)) AS rep_id", "\(role) AS role"]
        columns.append(r.position.map { "r.\(id($0)) AS rep_rank" } ?? "CAST(NULL AS BIGINT) AS rep_rank")
        columns.append(
            r.hiredOn.map { d.epochDay("CAST(r.\(id($0)) AS DATE)") + " AS hired_day" }
                ?? "CAST(NULL AS \(int)) AS hired_day")
        columns.append(
            r.leftOn.map { d.epochDay("CAST(r.\(id($0)) AS DATE)") + " AS left_day" }
                ?? "CAST(NULL AS \(int)) AS left_day")
        return "SELECT " + columns.joined(separator: ",\n        ") + "\n    FROM \(table(r.name)) AS r"
    }

    /// The activity: rep id, task id, day, quantity.
    func activityIn() -> String {
        let a = sql.activities
        let column = "a.\(id(a.occurredOn))"
        let zone = policy.timeZone.identifier
        let day: String
        switch a.dayColumn {
        case .date:
            day = "CAST(\(column) AS DATE)"
        case .timestamp:
            day = d.day(ofInstant: column, in: zone)
        case .text:
            let value = "CAST(\(column) AS \(text))"
            let tail = "substr(\(value), 17)"
            // Seconds made explicit (Spark reads no offset after HH:MM).
            let seconds =
                "substr(\(value), 1, 16) || CASE WHEN substr(\(value), 17, 1) = ':' THEN '' ELSE ':00' END "
                + "|| substr(\(value), 17)"
            let offset = ["Z", "z", "+", "-"].map { "\(tail) LIKE \(lit("%\($0)%"))" }.joined(separator: " OR ")
            day = """
                CASE WHEN length(\(value)) = 10 THEN CAST(\(value) AS DATE)
                             WHEN \(offset)
                             THEN \(d.day(ofInstant: "CAST(\(seconds) AS \(d.instant))", in: zone))
                             ELSE CAST(substr(\(value), 1, 10) AS DATE) END
                """
        }
        return """
            SELECT CAST(a.\(id(a.repID)) AS \(text)) AS rep_id, CAST(a.\(id(a.taskID)) AS \(text)) AS task_id,
                    \(day) AS day,
                    CAST(a.\(id(a.quantity)) AS \(double)) AS quantity
                FROM \(table(a.name)) AS a
            """
    }

    /// The period ordinal of a date expression.
    func periodOrdinal(_ date: String) -> String {
        switch policy.granularity {
        case .month: "(\(d.year(date)) * 12 + \(d.month(date)) - 1)"
        case .quarter: "(\(d.year(date)) * 4 + \(d.quotient("(\(d.month(date)) - 1)", "3")))"
        case .week: d.floorQuotient("(\(d.epochDay(date)) + 3)", 7)
        }
    }

    /// Scored rows: of a rep on the roster, of a task some rule of the rep's role reads; the amount a row adds.
    func scored() -> String {
        """
        SELECT a.rep_id, t.slot, \(periodOrdinal("a.day")) AS period_ordinal,
                CASE WHEN t.counts_rows = 1 THEN \(real(1)) ELSE a.quantity END AS amount
            FROM activity_in AS a
            JOIN roster_in AS p ON p.rep_id = a.rep_id
            JOIN role_slots AS t ON t.role = p.role AND t.task_id = a.task_id
        """
    }

    /// The first and last period ordinal: given, or spanned by the scored rows.
    func bounds() -> String {
        if let range = sql.periods {
            return "SELECT CAST(\(range.first.ordinal) AS \(int)) AS first_ordinal, "
                + "CAST(\(range.last.ordinal) AS \(int)) AS last_ordinal"
        }
        return "SELECT MIN(period_ordinal) AS first_ordinal, MAX(period_ordinal) AS last_ordinal FROM scored"
    }

    /// Days since 1970-01-01 of the first day of month ordinal `ordinal`.
    func monthStart(_ ordinal: String) -> String {
        d.epochDay(
            "make_date(CAST(\(d.quotient(ordinal, "12")) AS \(int)), CAST((\(ordinal)) % 12 + 1 AS \(int)), 1)")
    }

    /// Every period of the range: ordinal, label, first and last day (days since 1970-01-01).
    func periods() -> String {
        let o = "s.ordinal"
        let label: String
        let first: String
        let last: String
        func pad(_ value: String, _ width: Int) -> String { "lpad(CAST(\(value) AS \(text)), \(width), '0')" }
        switch policy.granularity {
        case .month:
            label = "\(pad(d.quotient(o, "12"), 4)) || '-' || \(pad("\(o) % 12 + 1", 2))"
            first = monthStart(o)
            last = "\(monthStart("\(o) + 1")) - 1"
        case .quarter:
            label = "\(pad(d.quotient(o, "4"), 4)) || '-Q' || CAST(\(o) % 4 + 1 AS \(text))"
            first = monthStart("\(o) * 3")
            last = "\(monthStart("\(o) * 3 + 3")) - 1"
        case .week:
            let thursday = d.date(epochDay: "\(o) * 7")
            label =
                "\(pad(d.year(thursday), 4)) || '-W' || \(pad("\(d.quotient("(\(d.dayOfYear(thursday)) - 1)", "7")) + 1", 2))"
            first = "\(o) * 7 - 3"
            last = "\(o) * 7 + 3"
        }
        return """
            SELECT ordinal AS period_ordinal, \(label) AS period_label,
                    \(first) AS period_first, \(last) AS period_last
                FROM (\(d.series(first: "first_ordinal", last: "last_ordinal", from: "bounds"))) AS s
            """
    }

    /// The parts of each period in each calendar month (at most 3): first and last day, and the month units a
    /// day of that month carries (377580 ÷ days of the month).
    func periodMonths() -> String {
        let monthOfFirst =
            "(\(d.year(d.date(epochDay: "p.period_first"))) * 12 + \(d.month(d.date(epochDay: "p.period_first"))) - 1)"
        let mo = "(\(monthOfFirst) + k.k)"
        return """
            SELECT period_ordinal, segment_first, segment_last, period_days, \(d.quotient("377580", "month_days")) AS unit
                FROM (
                    SELECT p.period_ordinal, p.period_last - p.period_first + 1 AS period_days,
                        GREATEST(p.period_first, \(monthStart(mo))) AS segment_first,
                        LEAST(p.period_last, \(monthStart("\(mo) + 1")) - 1) AS segment_last,
                        \(monthStart("\(mo) + 1")) - \(monthStart(mo)) AS month_days
                    FROM periods AS p CROSS JOIN (\(d.values([["0"], ["1"], ["2"]], columns: ["k"]))) AS k
                ) AS m
                WHERE segment_first <= segment_last
            """
    }

    /// Per rep whose role has rules and period: whether on the grid, and the target factors.
    func employmentCTE() -> String {
        let hired = employment == .ignored ? "segment_first" : "COALESCE(p.hired_day, m.segment_first)"
        let left = employment == .ignored ? "segment_last" : "COALESCE(p.left_day, m.segment_last)"
        let employed = "GREATEST(0, LEAST(m.segment_last, \(left)) - GREATEST(m.segment_first, \(hired)) + 1)"
        let counted = employment == .proRated ? employed : "(m.segment_last - m.segment_first + 1)"
        let roles = plan.roles.map { lit($0.id.rawValue) }.joined(separator: ", ")
        return """
            SELECT p.rep_id, p.role, p.rep_rank, m.period_ordinal,
                    SUM(\(employed)) AS employed_days, MAX(m.period_days) AS period_days,
                    SUM(\(counted) * m.unit) AS month_units, SUM(\(counted)) AS counted_days
                FROM roster_in AS p CROSS JOIN period_months AS m
                WHERE p.role IN (\(roles))
                GROUP BY p.rep_id, p.role, p.rep_rank, m.period_ordinal
            """
    }

    /// Per (rep, period, slot): the total.
    func totals() -> String {
        """
        SELECT s.rep_id, s.period_ordinal, s.slot, SUM(s.amount) AS total
            FROM scored AS s CROSS JOIN bounds AS b
            WHERE s.period_ordinal BETWEEN b.first_ordinal AND b.last_ordinal
            GROUP BY s.rep_id, s.period_ordinal, s.slot
        """
    }

    /// Per (rep, period) with scored rows: whether any total is above 0, and every slot's total as a column.
    func cells() -> String {
        var columns = ["rep_id", "period_ordinal", "MAX(CASE WHEN total > 0 THEN 1 ELSE 0 END) AS active"]
        for slot in plan.slots.indices {
            columns.append("SUM(CASE WHEN slot = \(slot) THEN total ELSE \(real(0)) END) AS s\(slot)")
        }
        return "SELECT " + columns.joined(separator: ",\n        ")
            + "\n    FROM totals\n    GROUP BY rep_id, period_ordinal"
    }

    /// The grid: every (rep, period) on it with its totals (0 without activity) and target factors, joined
    /// with the competencies of the rep's role.
    func filled() -> String {
        var columns = [
            "e.rep_id", "e.rep_rank", "e.period_ordinal", "COALESCE(x.active, 0) AS active", "c.cell",
            "c.competency_rank", "c.competency_id", "c.competency_csv", "c.amber_micro", "c.green_micro",
            "CAST(e.month_units AS \(double)) / \(real(377580)) AS month_factor",
            "CAST(e.counted_days AS \(double)) / CAST(e.period_days AS \(double)) AS period_factor",
        ]
        for slot in plan.slots.indices { columns.append("COALESCE(x.s\(slot), \(real(0))) AS s\(slot)") }
        let onGrid = employment == .ignored ? "" : "\n    WHERE e.employed_days >= 1"
        return "SELECT " + columns.joined(separator: ",\n        ")
            + """

                FROM employment AS e
                JOIN role_competencies AS c ON c.role = e.role
                LEFT JOIN cells AS x ON x.rep_id = e.rep_id AND x.period_ordinal = e.period_ordinal
            """ + onGrid
    }

    /// The attainment of one rule, capped, as the engine computes it.
    func attainment(_ rule: ScoringSQLPlan.Rule) -> String {
        let value: String
        if let denominator = rule.denominator {
            value = "(CASE WHEN s\(denominator) > 0 THEN s\(rule.numerator) / s\(denominator) ELSE \(real(0)) END)"
        } else {
            value = "s\(rule.numerator)"
        }
        var target = real(rule.target)
        if rule.monthlyTarget ? monthFactorVaries : periodFactorVaries {
            target = "(\(target) * \(rule.monthlyTarget ? "month_factor" : "period_factor"))"
        }
        let cap = real(policy.attainmentCap)
        if rule.lowerIsBetter {
            let ratio = "\(target) / \(value)"
            return "(CASE WHEN \(value) > 0 THEN (CASE WHEN \(ratio) < \(cap) THEN \(ratio) ELSE \(cap) END) "
                + "ELSE \(cap) END)"
        }
        let ratio = "\(value) / \(target)"
        return "(CASE WHEN \(ratio) < \(cap) THEN \(ratio) ELSE \(cap) END)"
    }

    /// Every grid row with its score (NULL for no-data) and micro-units.
    func scores() -> String {
        var branches: [String] = []
        var cell = 0
        for role in plan.roles {
            for competency in role.competencies {
                let terms = competency.rules.map { "\(real($0.weight)) * \(attainment($0))" }
                branches.append(
                    "WHEN \(cell) THEN (\(terms.joined(separator: "\n                + "))) / \(real(competency.weightSum))"
                )
                cell += 1
            }
        }
        var score = """
            CASE cell
                        \(branches.joined(separator: "\n            "))
                    END
            """
        switch absence {
        case .computed: break
        case .zero: score = "CASE WHEN active = 0 THEN \(real(0)) ELSE \(score) END"
        case .noData: score = "CASE WHEN active = 0 THEN CAST(NULL AS \(double)) ELSE \(score) END"
        }
        return """
            SELECT rep_id, rep_rank, period_ordinal, competency_rank, competency_id, competency_csv, active,
                    amber_micro, green_micro, CAST(FLOOR(score * \(real(1_000_000)) + \(real(0.5))) AS BIGINT) AS score_micro
                FROM (SELECT filled.*, \(score) AS score FROM filled) AS f
            """
    }

    /// The score as text with 6 decimals, from integer millionths.
    func scoreText(_ micro: String) -> String {
        "CAST(\(d.quotient(micro, "1000000")) AS \(text)) || '.' || lpad(CAST(\(micro) % 1000000 AS \(text)), 6, '0')"
    }

    /// A rep id as a CSV field: guarded against spreadsheet formulas, quoted when needed (as `CSVWriter.escape`).
    func csvField(_ value: String) -> String {
        let formula = ["=", "+", "-", "@"].map(lit).joined(separator: ", ") + ", chr(9), chr(13)"
        let guarded =
            "(CASE WHEN substr(\(value), 1, 1) IN (\(formula)) THEN \(lit("'")) || \(value) ELSE \(value) END)"
        let needsQuotes = ["','", lit("\""), "chr(10)", "chr(13)"].map { d.contains(guarded, $0) }
            .joined(separator: " OR ")
        return
            "(CASE WHEN \(needsQuotes) THEN \(lit("\"")) || replace(\(guarded), \(lit("\"")), \(lit("\"\""))) || \(lit("\"")) "
            + "ELSE \(guarded) END)"
    }

    func finalSelect() -> String {
        let status = """
            CASE WHEN g.score_micro IS NULL THEN 'no-data'
                        WHEN g.score_micro < g.amber_micro THEN 'red'
                        WHEN g.score_micro < g.green_micro THEN 'amber' ELSE 'green' END
            """
        let score = "CASE WHEN g.score_micro IS NULL THEN NULL ELSE \(scoreText("g.score_micro")) END"
        let select: String
        switch sql.output {
        case .columns:
            select = """
                SELECT g.rep_id AS rep_id, p.period_label AS period, g.competency_id AS competency_id,
                        \(score) AS score,
                        \(status) AS status
                """
        case .csvLines:
            select = """
                SELECT \(csvField("g.rep_id")) || ',' || p.period_label || ',' || g.competency_csv || ','
                        || COALESCE(\(score), '') || ','
                        || \(status) AS csv_line
                """
        }
        let repOrder = sql.roster.position == nil ? d.byteOrdered("g.rep_id") : "g.rep_rank"
        return select + """

            FROM scores AS g
            JOIN periods AS p ON p.period_ordinal = g.period_ordinal
            ORDER BY \(repOrder), g.period_ordinal, g.competency_rank
            """
    }
}
