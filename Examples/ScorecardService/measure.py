#!/usr/bin/env python3
"""The figures in README.md: wrk on loopback against a release build of the service over a local PostgreSQL.

    swift build -c release
    python3 measure.py --binary .build/release/scorecard-service --database postgres://postgres@127.0.0.1:5432/postgres

For 1,000 and 10,000 reps (5 competencies each, 20 activities per rep in the month): requests per second and p99
of GET /v1/scorecards?month=2025-03 with wrk, and the Server-Timing split (database, scoring, JSON encoding); then
a 1,000,000-row CSV import over HTTP (rows per second) and the instance's peak RSS. Needs wrk (Debian package)."""
import argparse
import os
import random
import re
import subprocess
import sys
import time
import urllib.request

TOKEN = "measure-writer-token-0123456789"
TASKS = ["calls", "emails", "meetings", "proposals", "follow-ups"]
COMPETENCIES = ["solving-problems", "executing-plans", "using-technology", "managing-knowledge", "building-business-skill"]
ROLES = ["consultant", "strategist", "developer", "analyst"]


def call(port, method, path, body=None, content_type="text/csv", key=None):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body, method=method)
    request.add_header("Authorization", f"Bearer {TOKEN}")
    request.add_header("Content-Type", content_type)
    if key:
        request.add_header("Idempotency-Key", key)
    with urllib.request.urlopen(request, timeout=3600) as response:
        return response.status, dict(response.headers), response.read()


def activities(reps, rows, seed, month="03"):
    rng = random.Random(seed)
    lines = ["rep_id,task_id,occurred_on,quantity"]
    for index in range(rows):
        rep = index % reps if rows <= reps * 20 else rng.randrange(reps)
        lines.append(f"rep-{rep:06d},{TASKS[rng.randrange(5)]},2025-{month}-{rng.randrange(1, 29):02d},{rng.randrange(1, 6)}")
    return ("\n".join(lines) + "\n").encode()


def peak_rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def start(binary, database, schema, port):
    env = dict(os.environ, SCO_POSTGRES_URL=database, SCO_SCHEMA=schema, SCO_PORT=str(port),
               SCO_WRITER_TOKENS=f"measure={TOKEN}", SCO_LOG_LEVEL="warning")
    process = subprocess.Popen([binary], env=env)
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health", timeout=1)
            return process
        except OSError:
            time.sleep(0.1)
    sys.exit("the service did not start")


def wrk(port, path, seconds, connections):
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-H", f"Authorization: Bearer {TOKEN}",
         f"http://127.0.0.1:{port}{path}"], check=True, capture_output=True, text=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+([\d.]+\w+)", out).group(1)
    p50 = re.search(r"50%\s+([\d.]+\w+)", out).group(1)
    return rate, p50, p99


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--port", type=int, default=18080)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--import-rows", type=int, default=1_000_000)
    args = parser.parse_args()
    rules = "task_id,competency_id,role,monthly_target,weight\n" + "".join(
        f"{task},{competency},{role},10,1\n" for role in ROLES for task, competency in zip(TASKS, COMPETENCIES))
    tag = f"{int(time.time())}"
    for reps in (1_000, 10_000):
        schema = f"measure_{reps}_{tag}"
        process = start(args.binary, args.database, schema, args.port)
        try:
            roster = "rep_id,role\n" + "".join(f"rep-{i:06d},{ROLES[i % 4]}\n" for i in range(reps))
            call(args.port, "PUT", "/v1/policy?effectiveFrom=2025-01-01", rules.encode())
            call(args.port, "PUT", "/v1/roster", roster.encode())
            # The month measured, and the month before it (so the database holds more than the month read).
            for month, seed in (("02", 1), ("03", 2)):
                call(args.port, "POST", "/v1/activities", activities(reps, reps * 20, seed, month), key=f"{month}")
            timings = []
            for _ in range(5):
                _, headers, body = call(args.port, "GET", "/v1/scorecards?month=2025-03")
                timings.append(headers.get("Server-Timing", ""))
            rate, p50, p99 = wrk(args.port, "/v1/scorecards?month=2025-03", args.seconds, 4)
            print(f"{reps} reps ({reps * 20} activity rows in the month, {reps * 5} scorecards, "
                  f"{len(body) / 1e6:.1f} MB of JSON): {rate:.1f} req/s, p50 {p50}, p99 {p99}; "
                  f"Server-Timing of the last cold reads: {timings[-1]}; peak RSS {peak_rss_mib(process.pid):.0f} MiB",
                  flush=True)
        finally:
            process.terminate()
            process.wait()

    schema = f"measure_import_{tag}"
    process = start(args.binary, args.database, schema, args.port)
    try:
        body = activities(10_000, args.import_rows, 3)
        started = time.time()
        status, _, receipt = call(args.port, "POST", "/v1/activities", body, key="million")
        elapsed = time.time() - started
        print(f"import of {args.import_rows} rows ({len(body) / 1e6:.1f} MB CSV) over HTTP: {status} in {elapsed:.1f} s, "
              f"{args.import_rows / elapsed:,.0f} rows/s; peak RSS {peak_rss_mib(process.pid):.0f} MiB; {receipt[:120]}",
              flush=True)
        started = time.time()
        status, _, _ = call(args.port, "POST", "/v1/activities", body, key="million")
        print(f"the same import again (already stored): {status} in {time.time() - started:.1f} s", flush=True)
    finally:
        process.terminate()
        process.wait()


if __name__ == "__main__":
    main()
