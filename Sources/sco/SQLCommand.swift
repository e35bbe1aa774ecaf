import Foundation
import SalesCompetency

/// `sco sql`: prints the query that computes `sco score`'s scorecards in Spark SQL, PostgreSQL or DuckDB.
enum SQLCommand: Command {
    static let name = "sql"
    static let summary = "Print the SQL that computes the same scorecards in Spark, PostgreSQL or DuckDB"
    static let help = """
        Usage: sco sql --rules FILE | --policy FILE [--period week|month|quarter] --dialect spark|postgres|duckdb
                       [--activities-table T] [--roster-table T] [--from YYYY-MM] [--to YYYY-MM]
                       [--time-zone ID] [--cap X]
                       [--employment pro-rated|whole|ignored] [--absence no-data|zero] [--bench] [--occurred-on text|date|timestamp]
                       [--roster-order COLUMN] [--no-employment-dates] [--csv-lines] [--output FILE]

        Compiles the rules (and the options sco score takes) into one SQL query that returns exactly the rows
        of sco score --format csv: rep_id, period, competency_id, score (text, 6 decimals), status, in the
        same order. Run it where the activity lives; see "Scoring in your warehouse" in the documentation.

          --rules FILE           task_id,competency_id,role,monthly_target,weight[,direction]
          --dialect              spark (Spark SQL 3.4+), postgres (PostgreSQL 12+) or duckdb (DuckDB 1.0+)
          --activities-table T   rep_id, task_id, occurred_on, quantity (default: activities; schema.table ok)
          --roster-table T       rep_id, role, hired_on, left_on (default: roster)
          --from, --to           the months to score, both or neither (default: the months the activity spans)
          --time-zone ID         time zone in which timestamps fall on days (default UTC)
          --cap X                attainment cap (default 1.5)
        \(PolicyOptions.help)
          --occurred-on          how occurred_on is stored: text as in the CSV (default), date, or timestamp
                                 (an instant: timestamptz in PostgreSQL, TIMESTAMPTZ in DuckDB)
          --roster-order COLUMN  a roster column giving the roster file's order (default: reps by id, byte order)
          --no-employment-dates  the roster table has no hired_on and left_on columns
          --csv-lines            one column csv_line: each row exactly as sco score writes it
          --output FILE          write the query to FILE instead of standard output

        Example: sco sql --rules rules.csv --dialect postgres --activities-table crm.activities | psql -X -q
        """

    static let formats: [(form: String, choice: FormatChoice)] = []

    static func run(_ arguments: inout Arguments) async throws {
        let options = try PolicyOptions.parse(&arguments)
        guard options.rulesPath != nil || options.policyPath != nil else {
            throw UsageError("--rules (or --policy) is required")
        }
        guard let dialectName = try arguments.option("--dialect") else {
            throw UsageError("--dialect is required: spark, postgres or duckdb")
        }
        guard let dialect = ScoringSQL.Dialect(rawValue: dialectName) else {
            throw Arguments.invalid("--dialect", "spark, postgres or duckdb", dialectName)
        }
        let activitiesTable = try arguments.option("--activities-table") ?? "activities"
        let rosterTable = try arguments.option("--roster-table") ?? "roster"
        let periods = try arguments.periods()
        let occurredOn = try arguments.option("--occurred-on") ?? "text"
        let rosterOrder = try arguments.option("--roster-order")
        let noEmploymentDates = arguments.flag("--no-employment-dates")
        let csvLines = arguments.flag("--csv-lines")
        let output = Output(path: try arguments.output("--output"))
        try arguments.finish()
        guard let dayColumn = ScoringSQL.DayColumn(rawValue: occurredOn) else {
            throw Arguments.invalid("--occurred-on", "text, date or timestamp", occurredOn)
        }
        guard let policy = try options.policy() else { preconditionFailure("checked above") }
        let range = try periods.closed(policy.granularity)
        var roster = ScoringSQL.RosterTable(name: ScoringSQL.TableName(rosterTable), position: rosterOrder)
        if noEmploymentDates {
            roster.hiredOn = nil
            roster.leftOn = nil
        }
        let sql = ScoringSQL(
            dialect: dialect,
            activities: ScoringSQL.ActivitiesTable(name: ScoringSQL.TableName(activitiesTable), dayColumn: dayColumn),
            roster: roster, periods: range, output: csvLines ? .csvLines : .columns)
        try output.write(try sql.query(for: policy) + "\n")
    }
}
