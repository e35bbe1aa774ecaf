#!/usr/bin/env python3
"""The measures benchmark in DuckDB: map the raw Salesforce Task export to activity (the same filters, owner map,
day fallback, first-match task rules with CASE WHEN regexp_matches(...), record de-duplication) and score it with
the scoring query of ../shared/bench, in one SQL statement over read_csv.

    python3 score_duckdb.py --data /work/data-i12/10m [--totals FILE]

Prints one JSON line like `sco score --summary`; --totals also writes rep_id,month,task_id,total (the mapped
activity, summed) for the correctness check against `sco activities convert`.
"""
import argparse
import json
import os

import duckdb

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "..", "shared", "bench", "scoring_duckdb.sql")

ACTIVITIES = """
CREATE VIEW activities AS
WITH raw AS (
    SELECT * FROM read_csv('{task}', header = true, all_varchar = true)
),
kept AS (
    SELECT * FROM raw
    WHERE Status = 'Completed' AND NOT coalesce(lower(IsDeleted) IN ('true', '1'), false)
),
mapped AS (
    SELECT k.Id, o.rep_id,
        CASE
            WHEN contains(lower(Subject), 'discovery') THEN 'discovery_calls'
            WHEN TaskSubtype = 'Call' OR regexp_matches(Subject, '(?i)^(call|left voicemail)\\b') THEN 'calls_made'
            WHEN regexp_matches(Subject, '(?i)^(re|fwd?):') THEN 'email_replies'
            WHEN TaskSubtype = 'Email' OR starts_with(lower(Subject), 'email:') THEN 'emails_sent'
            WHEN contains(lower(Subject), 'meeting') THEN 'meetings_held'
            WHEN regexp_matches(Subject, '(?i)\\bdemo(nstration)?\\b') THEN 'demos_delivered'
            WHEN regexp_matches(Subject, '(?i)(proposal|pricing|quote)') THEN 'proposals_sent'
            WHEN starts_with(lower(Subject), 'follow up') AND NOT contains(lower(Subject), 'renewal')
                THEN 'follow_ups'
        END AS task_id,
        coalesce(CAST(ActivityDate AS DATE), CAST(strptime(CreatedDate, '%Y-%m-%dT%H:%M:%S.%g%z') AS DATE))
            AS occurred_on
    FROM kept k JOIN owners o ON o.crm_user = k.OwnerId
)
SELECT rep_id, task_id, occurred_on, 1 AS quantity
FROM mapped
WHERE task_id IS NOT NULL AND occurred_on IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY Id) = 1
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--totals")
    a = ap.parse_args()
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    p = lambda f: os.path.join(a.data, f).replace("'", "''")
    con.execute(f"CREATE TABLE reps AS SELECT * FROM read_csv('{p('reps.csv')}', header = true, "
                "columns = {'rep_id': 'VARCHAR', 'role': 'VARCHAR'})")
    con.execute(f"CREATE TABLE rules AS SELECT * FROM read_csv('{p('rules.csv')}', header = true, "
                "columns = {'task_id': 'VARCHAR', 'competency_id': 'VARCHAR', 'role': 'VARCHAR', "
                "'monthly_target': 'INTEGER', 'weight': 'DOUBLE'})")
    con.execute(f"CREATE TABLE owners AS SELECT * FROM read_csv('{p('owners.csv')}', header = true, "
                "columns = {'crm_user': 'VARCHAR', 'rep_id': 'VARCHAR'})")
    con.execute(ACTIVITIES.format(task=p("Task.csv")))
    if a.totals:
        con.execute(f"""COPY (SELECT rep_id, strftime(occurred_on, '%Y-%m') AS month, task_id, sum(quantity) AS total
                    FROM activities GROUP BY ALL ORDER BY ALL) TO '{a.totals}' (HEADER, DELIMITER ',')""")
        return
    con.execute(open(SHARED).read())
    rows, red, amber, green, micro = con.execute("""
        SELECT count(*), count(*) FILTER (status = 'red'), count(*) FILTER (status = 'amber'),
               count(*) FILTER (status = 'green'), sum(score_micro)::BIGINT FROM scorecard""").fetchone()
    print(json.dumps({"rows": rows, "red": red, "amber": amber, "green": green,
                      "checksum": f"{micro // 1_000_000}.{micro % 1_000_000:06d}"}))


if __name__ == "__main__":
    main()
