#!/usr/bin/env python3
"""Runs the SQL of `sco sql` on PostgreSQL, DuckDB and Spark and compares every scorecard CSV with `sco score`.

Called by .ci/warehouse.sh, which installs the engines and starts PostgreSQL. Generates ~100k activity rows
(seeded), then for each case: `sco score --format csv` gives the expected file; `sco sql --csv-lines` gives
the query for each dialect; each engine's rows, joined by newlines after the header, must equal it byte for
byte. Prints each sub-step's time and ends with "N passed, M failed".
"""
import argparse
import csv
import datetime as dt
import json
import os
import random
import subprocess
import sys
import time

HEADER = "rep_id,period,competency_id,score,status\n"
ROLES = ["consultant", "strategist", "developer", "manager", "analyst", "administrator"]
COMPETENCIES = [
    "communicating-effectively", "building-relationships", "gathering-intelligence", "solving-problems",
    "executing-plans", "formalizing-commitment", "using-technology", "negotiating-positions",
]
TASKS = [
    "emails_sent", "email_replies", "calls_made", "meetings_held", "demos_delivered", "proposals_sent",
    "deals_closed", "crm_updates", "days_to_quote", "discount_requests", "notes_logged",
]
ZONE_FORMS = ["Z", "+05:30", "-08:00", "+14:00", "-10:00", "", "+0545", "-03"]


def log(message):
    print(f"::: warehouse: {message}", flush=True)


def timed(label, function, *args):
    start = time.perf_counter()
    result = function(*args)
    log(f"{label}: {time.perf_counter() - start:.1f} s")
    return result


# ---------------------------------------------------------------------------------------------------- data


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def generate(folder, rows=100_000, reps=400, seed=16):
    """Activities (mixed date and timestamp text, and a date-only copy), roster (shuffled, with employment
    dates), rules (dyadic and non-dyadic weights, fractional targets, lower-is-better rows)."""
    rng = random.Random(seed)
    os.makedirs(folder, exist_ok=True)
    roster = []
    for index in range(1, reps + 1):
        role = rng.choices(ROLES, [40, 15, 12, 12, 12, 9])[0]
        if rng.random() < 0.05:
            role = f"{role}; {rng.choice(ROLES)}"  # several roles: the first is primary
        hired = left = ""
        kind = rng.random()
        if kind < 0.12:
            hired = (dt.date(2025, 1, 1) + dt.timedelta(rng.randrange(330))).isoformat()
        elif kind < 0.22:
            left = (dt.date(2025, 1, 1) + dt.timedelta(rng.randrange(360))).isoformat()
        elif kind < 0.26:
            start = rng.randrange(300)
            hired = (dt.date(2025, 1, 1) + dt.timedelta(start)).isoformat()
            left = (dt.date(2025, 1, 1) + dt.timedelta(start + rng.randrange(60))).isoformat()
        elif kind < 0.27:
            hired = "2024-03-01"
            left = "2024-11-30"  # left before the year: never on the grid
        roster.append([f"rep-{index:04d}", role, "", hired, left, ""])
    rng.shuffle(roster)  # roster order is not id order
    write_csv(f"{folder}/roster.csv", ["rep_id", "role", "manager_id", "hired_on", "left_on", "departure"], roster)
    write_csv(
        f"{folder}/roster_lines.csv", ["rep_id", "role", "hired_on", "left_on", "line"],
        [[r[0], r[1], r[3], r[4], i + 1] for i, r in enumerate(roster)])

    rules = []
    for role in ROLES:
        tasks = rng.sample(TASKS[:8], 5) + ["days_to_quote"]
        for task in tasks:
            target = rng.choice([3, 7.5, 12, 20, 33.3, 40])
            for competency in rng.sample(COMPETENCIES, rng.choice([1, 2])):
                weight = rng.choice([0.5, 1, 1.5, 2, 0.3, 0.7, 1.1])
                direction = "lower" if task == "days_to_quote" else "higher"
                rules.append([task, competency, role, target, weight, direction])
    write_csv(f"{folder}/rules.csv", ["task_id", "competency_id", "role", "monthly_target", "weight", "direction"],
              rules)

    weights = [rng.lognormvariate(0, 0.6) for _ in roster]
    for index in rng.sample(range(reps), 12):
        weights[index] = 0.0  # never active: no-data in every period
    activity, dates_only = [], []
    start = dt.datetime(2025, 1, 1)
    for _ in range(rows):
        rep = rng.choices(roster, weights)[0][0] if rng.random() > 0.002 else "rep-unknown"
        task = rng.choice(TASKS) if rng.random() > 0.01 else "not_a_task"
        moment = start + dt.timedelta(seconds=rng.randrange(365 * 86400))
        quantity = 0 if rng.random() < 0.05 else (rng.randint(1, 5) if rng.random() < 0.93 else rng.randint(6, 40))
        form = rng.random()
        if form < 0.4:
            text = moment.date().isoformat()
        else:
            zone = rng.choice(ZONE_FORMS)
            text = moment.strftime("%Y-%m-%dT%H:%M:%S") + zone if rng.random() < 0.8 else moment.strftime(
                "%Y-%m-%d %H:%M") + zone
        activity.append([rep, task, text, quantity])
        dates_only.append([rep, task, moment.date().isoformat(), quantity])
    write_csv(f"{folder}/activities.csv", ["rep_id", "task_id", "occurred_on", "quantity"], activity)
    write_csv(f"{folder}/activities_dates.csv", ["rep_id", "task_id", "occurred_on", "quantity"], dates_only)
    write_policy(folder, rules)


def write_policy(folder, rules):
    """A policy document over the same activity: the CSV rules plus two ratio tasks (a rate per period and one
    with a monthly target scaled by days), quarterly periods, a zone far from UTC, and bands of its own for two
    roles."""
    document = [{"task": t, "competency": c, "role": r, "target": float(target), "weight": float(w), "direction": d}
                for t, c, r, target, w, d in rules]
    for role in ROLES:
        document.append({"task": "reply_rate", "competency": "communicating-effectively", "role": role,
                         "target": 0.35, "targetBasis": "period", "weight": 1.3})
        document.append({"task": "meetings_per_call", "competency": "executing-plans", "role": role,
                         "target": 0.5, "weight": 0.7})
    policy = {
        "rules": document,
        "tasks": [{"id": "reply_rate", "kind": "ratio", "numerator": "email_replies", "denominator": "emails_sent"},
                  {"id": "meetings_per_call", "kind": "ratio", "numerator": "meetings_held",
                   "denominator": "calls_made"}],
        "granularity": "quarter", "timeZone": "Asia/Kathmandu", "attainmentCap": 1.25,
        "bands": {"amberFrom": 0.6, "greenFrom": 0.95},
        "roleBands": {"manager": {"amberFrom": 0.4, "greenFrom": 0.8}, "analyst": {"amberFrom": 0.75, "greenFrom": 1.1}},
    }
    with open(f"{folder}/policy.json", "w", encoding="utf-8") as f:
        json.dump(policy, f, indent=1)


def generate_hostile(folder):
    """Ids that break naive SQL or CSV: quotes, semicolons, backslashes, ${}, commas, formulas, unicode."""
    os.makedirs(folder, exist_ok=True)
    tasks = ["'; DROP TABLE activities; --", 'ta"sk', "back\\slash", "${spark.home}", "Zoë's 🎯 calls"]
    roles = ["' OR '1'='1", 'r"ole\\', "ロール"]
    # "Zoë" twice: one precomposed character (NFC) and "e" with a combining diaeresis (NFD), two ids by their bytes.
    reps = ["rep-'1'", 'rep,"2"', "=HYPERLINK(\"x\")", "-3", "Zo\u00eb", "rep\\5", "rep;6", "Zoe\u0308"]
    roster = [[rep, roles[i % len(roles)], "", "", "", ""] for i, rep in enumerate(reps)]
    write_csv(f"{folder}/roster.csv", ["rep_id", "role", "manager_id", "hired_on", "left_on", "departure"], roster)
    write_csv(f"{folder}/roster_lines.csv", ["rep_id", "role", "hired_on", "left_on", "line"],
              [[r[0], r[1], "", "", i + 1] for i, r in enumerate(roster)])
    rules = []
    for r, role in enumerate(roles):
        for t, task in enumerate(tasks):
            competency = ["x'; DELETE FROM roster; --", "c,\"omma\"", "+plus", "能力"][(r + t) % 4]
            rules.append({"task": task, "competency": competency, "role": role, "target": 2 + t, "weight": 1 + r,
                          "direction": "lower" if t == 4 else "higher"})
    policy = {"rules": rules, "timeZone": "Asia/Tokyo", "employment": "ignored", "absence": "no-data",
              "bands": {"amberFrom": 0.5, "greenFrom": 0.9}, "roleBands": {roles[2]: {"amberFrom": 0.2, "greenFrom": 0.4}}}
    with open(f"{folder}/policy.json", "w", encoding="utf-8") as f:
        json.dump(policy, f, ensure_ascii=False, indent=1)
    rng = random.Random(7)
    rows = []
    for _ in range(300):
        day = dt.date(2025, 1, 1) + dt.timedelta(rng.randrange(120))
        rows.append([rng.choice(reps), rng.choice(tasks), day.isoformat() + "T23:30:00Z", rng.randint(0, 4)])
    write_csv(f"{folder}/activities.csv", ["rep_id", "task_id", "occurred_on", "quantity"], rows)


# ------------------------------------------------------------------------------------------------- engines


class DuckDB:
    name = "duckdb"

    def __init__(self):
        import duckdb
        self.connection = duckdb.connect()
        self.connection.execute("SET TimeZone = 'America/Los_Angeles'")  # the query must not depend on it

    def load(self, prefix, folder):
        c = self.connection
        for table, file in [("activities", "activities.csv"), ("activities_dates", "activities_dates.csv")]:
            if not os.path.exists(f"{folder}/{file}"):
                continue
            types = "{'rep_id': 'VARCHAR', 'task_id': 'VARCHAR', 'occurred_on': '%s', 'quantity': 'VARCHAR'}" % (
                "DATE" if table == "activities_dates" else "VARCHAR")
            c.execute(f"CREATE OR REPLACE TABLE {prefix}{table} AS SELECT * FROM read_csv('{folder}/{file}', "
                      f"header = true, quote = '\"', escape = '\"', columns = {types})")
        c.execute(f"CREATE OR REPLACE TABLE {prefix}roster AS SELECT * FROM read_csv('{folder}/roster_lines.csv', "
                  "header = true, quote = '\"', escape = '\"', columns = {'rep_id': 'VARCHAR', 'role': 'VARCHAR', "
                  "'hired_on': 'DATE', 'left_on': 'DATE', 'line': 'BIGINT'})")

    def run(self, query):
        return [row[0] for row in self.connection.execute(query).fetchall()]

    def close(self):
        self.connection.close()


class Postgres:
    name = "postgres"

    def __init__(self, port, bin_folder):
        self.psql = [os.path.join(bin_folder, "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                     "-p", str(port), "-U", "postgres", "-d", "postgres"]

    def sql(self, script, capture=False):
        result = subprocess.run(self.psql + ["-A", "-t"], input=script.encode(), capture_output=True)
        if result.returncode != 0:
            raise RuntimeError(result.stderr.decode(errors="replace")[-2000:])
        return result.stdout

    def load(self, prefix, folder):
        script = ["SET client_min_messages = warning;"]
        for table, file, day in [("activities", "activities.csv", "TEXT"),
                                 ("activities_dates", "activities_dates.csv", "DATE")]:
            if not os.path.exists(f"{folder}/{file}"):
                continue
            script.append(f"DROP TABLE IF EXISTS {prefix}{table};")
            script.append(f"CREATE TABLE {prefix}{table} (rep_id TEXT, task_id TEXT, occurred_on {day}, quantity TEXT);")
            script.append(f"\\copy {prefix}{table} FROM '{folder}/{file}' WITH (FORMAT csv, HEADER true)")
        script.append(f"DROP TABLE IF EXISTS {prefix}roster;")
        script.append(f"CREATE TABLE {prefix}roster (rep_id TEXT, role TEXT, hired_on DATE, left_on DATE, line BIGINT);")
        script.append(f"\\copy {prefix}roster FROM '{folder}/roster_lines.csv' WITH (FORMAT csv, HEADER true)")
        script.append("ANALYZE;")
        self.sql("\n".join(script))

    def run(self, query):
        # The session's time zone must not matter either.
        out = self.sql("SET TimeZone = 'Pacific/Honolulu';\n" + query + ";\n")
        text = out.decode("utf-8")
        return text[:-1].split("\n") if text else []

    def close(self):
        pass


class Spark:
    name = "spark"
    multi_line = True  # ids may hold quoted newlines; a file without them can be split across cores when False

    def __init__(self, work):
        properties = os.path.join(work, "log4j2.properties")
        with open(properties, "w") as f:
            f.write("rootLogger.level = off\nrootLogger.appenderRef.stdout.ref = console\n"
                    "appender.console.type = Console\nappender.console.name = console\n"
                    "appender.console.layout.type = PatternLayout\n")
        from pyspark.sql import SparkSession
        self.session = (
            SparkSession.builder.master("local[2]").appName("sco-warehouse")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.sql.ansi.enabled", "true")
            .config("spark.sql.session.timeZone", "America/Los_Angeles")
            .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile=file:{properties}")
            .getOrCreate())
        self.session.sparkContext.setLogLevel("OFF")

    def load(self, prefix, folder):
        s = self.session
        for table, file, day in [("activities", "activities.csv", "STRING"),
                                 ("activities_dates", "activities_dates.csv", "DATE")]:
            if not os.path.exists(f"{folder}/{file}"):
                continue
            frame = s.read.csv(f"{folder}/{file}", header=True, multiLine=self.multi_line, escape='"',
                               schema=f"rep_id STRING, task_id STRING, occurred_on {day}, quantity STRING")
            frame.cache().createOrReplaceTempView(f"{prefix}{table}")
        frame = s.read.csv(f"{folder}/roster_lines.csv", header=True, multiLine=True, escape='"',
                           schema="rep_id STRING, role STRING, hired_on DATE, left_on DATE, line BIGINT")
        frame.cache().createOrReplaceTempView(f"{prefix}roster")

    def run(self, query):
        return [row[0] for row in self.session.sql(query).collect()]

    def close(self):
        self.session.stop()


# --------------------------------------------------------------------------------------------------- cases


def sco(binary, *args):
    result = subprocess.run([binary, *args], capture_output=True)
    if result.returncode != 0:
        raise RuntimeError(f"sco {' '.join(args)}: {result.stderr.decode(errors='replace')}")
    return result.stdout


def cases(data, hostile):
    """(name, data folder, table prefix, policy arguments shared by sco score and sco sql, sco score's input
    arguments, sco sql's table arguments)."""
    rules = ["--rules", f"{data}/rules.csv"]
    score_in = ["--activities", f"{data}/activities.csv", "--roster", f"{data}/roster.csv"]
    dates_in = ["--activities", f"{data}/activities_dates.csv", "--roster", f"{data}/roster.csv"]
    hostile_in = ["--activities", f"{hostile}/activities.csv", "--roster", f"{hostile}/roster.csv"]
    tables = ["--roster-order", "line"]
    return [
        ("weekly, Asia/Kolkata (UTC+5:30), ISO weeks across month ends", data, "",
         rules + ["--period", "week", "--time-zone", "Asia/Kolkata"], score_in, tables),
        ("policy: ratio tasks, bands per role, quarterly, Asia/Kathmandu (UTC+5:45), cap 1.25", data, "",
         ["--policy", f"{data}/policy.json"], score_in, tables),
        ("hostile ids: quotes, '; DROP TABLE, backslashes, ${}, unicode; bands per role, Asia/Tokyo", hostile, "h_",
         ["--policy", f"{hostile}/policy.json"], hostile_in, tables),
        ("monthly, UTC, text days", data, "", rules, score_in, tables),
        ("monthly, Pacific/Kiritimati (UTC+14), cap 2", data, "", rules + ["--time-zone", "Pacific/Kiritimati",
                                                                           "--cap", "2"], score_in, tables),
        ("monthly, America/Adak (UTC-10/-9), 2025-03..2025-10", data, "",
         rules + ["--time-zone", "America/Adak", "--from", "2025-03", "--to", "2025-10"], score_in, tables),
        ("monthly, DATE column", data, "", rules, dates_in,
         tables + ["--activities-table", "activities_dates", "--occurred-on", "date"]),
    ]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sco", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--pg-port", required=True)
    parser.add_argument("--pg-bin", required=True)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--engines", default="postgres,duckdb,spark")
    a = parser.parse_args()
    os.makedirs(a.work, exist_ok=True)
    data, hostile = f"{a.work}/main", f"{a.work}/hostile"
    timed(f"generate {a.rows} activity rows", generate, data, a.rows)
    timed("generate hostile ids", generate_hostile, hostile)

    all_cases = cases(data, hostile)
    expected, queries = {}, {}
    start = time.perf_counter()
    for name, folder, prefix, policy, score_in, tables in all_cases:
        expected[name] = sco(a.sco, "score", *score_in, *policy, "--format", "csv")
        for dialect in ["postgres", "duckdb", "spark"]:
            table_names = []
            if prefix:
                table_names = ["--activities-table", f"{prefix}activities", "--roster-table", f"{prefix}roster"]
            queries[name, dialect] = sco(a.sco, "sql", *policy, "--dialect", dialect, "--csv-lines", *tables,
                                         *table_names).decode("utf-8")
    log(f"sco score and sco sql for {len(all_cases)} cases: {time.perf_counter() - start:.1f} s")

    passed, failed = 0, 0
    for engine_name in a.engines.split(","):
        start = time.perf_counter()
        engine = {"postgres": lambda: Postgres(a.pg_port, a.pg_bin), "duckdb": DuckDB,
                  "spark": lambda: Spark(a.work)}[engine_name]()
        log(f"{engine_name}: start {time.perf_counter() - start:.1f} s")
        timed(f"{engine_name}: load", engine.load, "", data)
        timed(f"{engine_name}: load hostile", engine.load, "h_", hostile)
        for name, folder, prefix, policy, score_in, tables in all_cases:
            start = time.perf_counter()
            try:
                lines = engine.run(queries[name, engine_name])
                got = (HEADER + "".join(line + "\n" for line in lines)).encode("utf-8")
                error = None
            except Exception as problem:  # an engine error fails the case, and the run goes on
                got, error = b"", str(problem)[:1500]
            seconds = time.perf_counter() - start
            want = expected[name]
            if got == want:
                passed += 1
                rows = want.count(b"\n") - 1
                log(f"{engine_name}: {name}: {rows} rows identical ({seconds:.1f} s)")
            else:
                failed += 1
                log(f"{engine_name}: {name}: DIFFERENT ({seconds:.1f} s)")
                if error:
                    print(error, file=sys.stderr)
                else:
                    got_lines, want_lines = got.split(b"\n"), want.split(b"\n")
                    print(f"  rows: engine {len(got_lines) - 2}, sco {len(want_lines) - 2}", file=sys.stderr)
                    for index, (g, w) in enumerate(zip(got_lines, want_lines)):
                        if g != w:
                            print(f"  line {index + 1}: engine {g!r}\n  line {index + 1}: sco    {w!r}", file=sys.stderr)
                            break
        engine.close()
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
