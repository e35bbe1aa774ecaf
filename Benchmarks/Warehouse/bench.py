#!/usr/bin/env python3
"""Times the SQL of `sco sql` on PostgreSQL, DuckDB and Spark at 10M rows beside `sco score` (called by run.sh).

Each round runs sco and then every engine in a fresh process under /usr/bin/time -v (peak RSS of the largest
process: sco, the Python process holding DuckDB, Spark's JVM; for PostgreSQL the server's private memory is
sampled instead, as its backends are not our children). Inside each engine's process: start (Spark: the JVM and
session), load (the engine classes of .ci/warehouse.py: PostgreSQL `\\copy` through psql plus ANALYZE, DuckDB
`read_csv` into a table, Spark reading the CSV into a cached temp view, counted so that it is read now), query
(the generated query until every scorecard line is in Python). The lines must equal `sco score --format csv`
byte for byte. Prints a markdown table of medians with min-max and the load average around each run.
"""
import argparse
import json
import os
import re
import statistics
import sys
import threading
import time

here = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(here, "..", "..", ".ci"), os.path.join(here, "..")]
import warehouse  # noqa: E402  (the CI step's engine classes)
from compare import timed  # noqa: E402  (/usr/bin/time -v once the machine is quiet)

ENGINES = ["postgres", "duckdb", "spark"]
POLICY = ["--bench", "--from", "2025-01", "--to", "2025-12"]


def prepare(data, work):
    """The bench files in the shape .ci/warehouse.py loads: activities.csv as it is (a link), the roster with
    the (empty) employment dates and its file order as `line`."""
    folder = os.path.join(work, "in")
    os.makedirs(folder, exist_ok=True)
    link = os.path.join(folder, "activities.csv")
    if not os.path.exists(link):
        os.symlink(os.path.abspath(os.path.join(data, "activities.csv")), link)
    with open(os.path.join(data, "reps.csv")) as reps, open(os.path.join(folder, "roster_lines.csv"), "w") as out:
        next(reps)
        out.write("rep_id,role,hired_on,left_on,line\n")
        for line_number, line in enumerate(reps, 1):
            rep, role = line.rstrip("\n").split(",")[:2]
            out.write(f"{rep},{role},,,{line_number}\n")
    return folder


def server_memory(postmaster_pid, stop, peak):
    """Samples the sum of the private (anonymous) resident memory of the PostgreSQL server's processes."""
    while not stop.is_set():
        total = 0
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                with open(f"/proc/{pid}/status") as f:
                    status = f.read()
            except OSError:
                continue
            parent = re.search(r"PPid:\s+(\d+)", status)
            anonymous = re.search(r"RssAnon:\s+(\d+)", status)
            if anonymous and (pid == postmaster_pid or (parent and parent.group(1) == postmaster_pid)):
                total += int(anonymous.group(1))
        peak[0] = max(peak[0], total)
        time.sleep(0.2)


def process_times(pid):
    """(own CPU s, CPU s of its exited and waited-for children) of a process, from /proc/PID/stat."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks, (int(fields[13]) + int(fields[14])) / ticks


def peak_rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        return int(re.search(r"VmHWM:\s+(\d+)", f.read()).group(1)) / 1024


def one(a):
    """One engine, one round, in this process; prints a JSON line. The engine's CPU time: this process and its
    children (DuckDB; psql), plus PostgreSQL's backends and parallel workers (the postmaster's children's times)
    or Spark's JVM."""
    timings = {}
    start = time.perf_counter()
    if a.one == "postgres":
        engine = warehouse.Postgres(a.pg_port, a.pg_bin)
        with open(os.path.join(a.pg_data, "postmaster.pid")) as f:
            postmaster = f.readline().strip()
        server_cpu_before = process_times(postmaster)[1]
        stop, peak = threading.Event(), [0]
        sampler = threading.Thread(target=server_memory, args=(postmaster, stop, peak), daemon=True)
        sampler.start()
    elif a.one == "duckdb":
        engine = warehouse.DuckDB()
    else:
        engine = warehouse.Spark(a.work)
        engine.multi_line = False  # the bench file has no quoted newlines: Spark may split it across the cores
    timings["start"] = time.perf_counter() - start
    mark = time.perf_counter()
    engine.load("", a.folder)
    if a.one == "spark":
        engine.session.table("activities").count()  # the cache is lazy: read the file now, not in the query
        engine.session.table("roster").count()
    timings["load"] = time.perf_counter() - mark
    with open(os.path.join(a.work, f"query-{a.one}.sql")) as f:
        query = f.read()
    mark = time.perf_counter()
    lines = engine.run(query)
    timings["query"] = time.perf_counter() - mark
    timings["total"] = time.perf_counter() - start
    own = os.times()  # before close(): the JVM, once waited for, would count among the children
    timings["client_cpu"] = own.user + own.system + own.children_user + own.children_system
    if a.one == "spark":
        jvm = engine.session.sparkContext._gateway.proc.pid  # spark-submit execs the JVM in this process
        timings["jvm_cpu"] = process_times(jvm)[0]
        timings["jvm_rss_mib"] = peak_rss_mib(jvm)
    engine.close()
    if a.one == "postgres":
        stop.set()
        sampler.join()
        timings["server_rss_mib"] = peak[0] / 1024
        timings["server_cpu"] = process_times(postmaster)[1] - server_cpu_before
    with open(os.path.join(a.work, "sco.csv"), "rb") as f:
        expected = f.read()
    got = (warehouse.HEADER + "".join(line + "\n" for line in lines)).encode("utf-8")
    timings["rows"] = len(lines)
    timings["identical"] = got == expected
    print(json.dumps(timings), flush=True)


def spread(values, digits=1):
    if not values:
        return "—"
    median = statistics.median(values)
    if len(values) == 1:
        return f"{median:.{digits}f}"
    return f"{median:.{digits}f} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True, help="folder of the bench's activities.csv, reps.csv, rules.csv")
    parser.add_argument("--work", required=True)
    parser.add_argument("--sco", required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--pg-port")
    parser.add_argument("--pg-bin")
    parser.add_argument("--pg-data")
    parser.add_argument("--one", choices=ENGINES, help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    a = parser.parse_args()
    if a.one:
        return one(a)

    engines = a.engines.split(",")
    folder = prepare(a.data, a.work)
    rules = os.path.join(a.data, "rules.csv")
    for dialect in engines:
        warehouse.sco(a.sco, "sql", "--rules", rules, *POLICY, "--dialect", dialect, "--csv-lines",
                      "--no-employment-dates", "--roster-order", "line",
                      "--output", os.path.join(a.work, f"query-{dialect}.sql"))
    sco_command = [a.sco, "score", "--activities", os.path.join(a.data, "activities.csv"),
                   "--roster", os.path.join(a.data, "reps.csv"), "--rules", rules, *POLICY, "--format", "csv",
                   "--output", os.path.join(a.work, "sco.csv")]
    pg = ["--pg-port", a.pg_port or "", "--pg-bin", a.pg_bin or "", "--pg-data", a.pg_data or ""]
    if "postgres" in engines:
        settings = warehouse.Postgres(a.pg_port, a.pg_bin).sql(
            "SELECT version(); SELECT name || ' = ' || setting || COALESCE(' ' || unit, '') FROM pg_settings "
            "WHERE name IN ('work_mem', 'shared_buffers', 'max_parallel_workers_per_gather', 'max_worker_processes', "
            "'effective_cache_size', 'maintenance_work_mem', 'jit', 'fsync', 'synchronous_commit') ORDER BY name;")
        print("PostgreSQL:", settings.decode().strip().replace("\n", "; "), flush=True)
    print(f"Spark: {os.environ.get('PYSPARK_SUBMIT_ARGS', '(default driver memory)')}, local[2]", flush=True)

    results = {name: [] for name in ["sco"] + engines}
    for round_number in range(1, a.repeat + 1):
        for name in ["sco"] + engines:
            load_before = os.getloadavg()[0]
            if name == "sco":
                wall, rss, cpu, _ = timed(sco_command)
                record = {"total": wall}
            else:
                wall, rss, cpu, out = timed(
                    [sys.executable, os.path.abspath(__file__), "--one", name, "--folder", folder, "--work", a.work,
                     "--data", a.data, "--sco", a.sco, *pg])
                record = json.loads(out.strip().splitlines()[-1])
                cpu = record["client_cpu"] + record.get("server_cpu", 0) + record.get("jvm_cpu", 0)
                rss = record.get("jvm_rss_mib", rss)
                if not record["identical"]:
                    sys.exit(f"{name}: the scorecard ({record['rows']} rows) DIFFERS from sco score's CSV")
            record.update(wall=wall, rss=rss, cpu=cpu, loadavg=(load_before, os.getloadavg()[0]))
            results[name].append(record)
            detail = ", ".join(f"{k} {record[k]:.1f} s" for k in ("start", "load", "query", "total") if k in record)
            print(f"round {round_number} {name}: {detail}; process {wall:.1f} s wall, {cpu:.1f} s CPU, "
                  f"peak RSS {rss:.0f} MiB{'' if name == 'sco' else ', identical'}; "
                  f"load avg {load_before:.2f} -> {record['loadavg'][1]:.2f}", flush=True)

    rows = sum(1 for _ in open(os.path.join(a.work, "sco.csv"))) - 1
    print(f"\nEvery engine's scorecard ({rows} rows) equals `sco score --bench --format csv` byte for byte.\n")
    labels = {"sco": "`sco score --bench --format csv`", "postgres": "PostgreSQL (`psql`, generated query)",
              "duckdb": "DuckDB (generated query)", "spark": "Spark local[2] (generated query)"}
    print("| engine | start (s) | load 10M rows (s) | query → 1.24M-row scorecard (s) | end to end (s) "
          "| CPU (s) | peak RSS (MiB) | load avg |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for name, records in results.items():
        values = lambda key: [r[key] for r in records if key in r]  # noqa: E731
        rss = spread(values("rss"), 0)
        if name == "postgres":
            rss = f"server private {spread(values('server_rss_mib'), 0)}; client {rss}"
        loads = [x for r in records for x in r["loadavg"]]
        print(f"| {labels[name]} | {spread(values('start'))} | {spread(values('load'))} | {spread(values('query'))} "
              f"| {spread(values('total'))} | {spread(values('cpu'))} | {rss} | {min(loads):.1f}–{max(loads):.1f} |")
    rounds = f"{a.repeat} round{'s' if a.repeat != 1 else ''}"
    print(f"\n{rounds}, engines interleaved; median (min–max). sco's end to end is its process's wall time. "
          "CPU: user + system of the engine's processes (PostgreSQL: its backends and workers plus psql and Python; "
          "Spark: the JVM plus Python). Peak RSS: the largest process (Spark: the JVM; PostgreSQL: the server's "
          "private memory, sampled every 0.2 s, and the client, psql or Python, holding the 1.24M lines).")


if __name__ == "__main__":
    main()
