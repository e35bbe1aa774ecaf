#!/usr/bin/env python3
"""Interleaved timing of `sco score` and the reference scorers (called by Benchmarks/run.sh).

Every run goes through /usr/bin/time -v (peak RSS); wall time is measured around it. sco and DuckDB run
round-robin, REPEAT times each, and pandas REPEAT times after them: on this VM a process that starts after one
that freed gigabytes faults its memory in from the host again, and with pandas (1.9 GB) in the round-robin that
cost fell on the run after it in every round. Before each run the script waits (up to 5 s) for the machine to be
quiet.
Prints a markdown table of medians and the check that every engine printed the same summary.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time

EXPECTED = {
    "1m": {"rows": 1240188, "red": 845571, "amber": 83049, "green": 311568, "checksum": "606250.593294"},
    "10m": {"rows": 1240188, "red": 557611, "amber": 232317, "green": 450260, "checksum": "979195.443636"},
}
KEYS = ["rows", "red", "amber", "green", "checksum"]


def busy_cores(interval=0.5):
    def sample():
        with open("/proc/stat") as f:
            parts = [int(x) for x in f.readline().split()[1:]]
        return sum(parts), parts[3] + parts[4]
    total0, idle0 = sample()
    time.sleep(interval)
    total1, idle1 = sample()
    cores = os.cpu_count() or 1
    return cores * (1 - (idle1 - idle0) / max(1, total1 - total0))


def wait_quiet(limit=5):
    start = time.time()
    while time.time() - start < limit and busy_cores() > 0.3:
        time.sleep(1)


def timed(command):
    """Runs command under /usr/bin/time -v once the machine is quiet: (wall s, peak RSS MiB of the largest process,
    CPU s, standard output); exits on failure."""
    wait_quiet()
    started = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{done.stderr}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1)) / 1024
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): ([0-9.]+)", done.stderr).group(1)) for kind in ("User", "System"))
    return wall, rss, cpu, done.stdout


def run(command, prints_summary=True):
    wall, rss, cpu, stdout = timed(command)
    if not prints_summary:
        return wall, rss, cpu, None
    summary = json.loads([line for line in stdout.splitlines() if line.startswith("{")][-1])
    return wall, rss, cpu, summary


def csv_summary(path):
    counts = {"red": 0, "amber": 0, "green": 0}
    micro = 0
    rows = 0
    with open(path) as f:
        next(f)
        for line in f:
            _, _, _, score, status = line.rstrip("\n").split(",")
            whole, frac = score.split(".")
            micro += int(whole) * 1_000_000 + int(frac)
            counts[status] += 1
            rows += 1
    return {"rows": rows, **counts, "checksum": f"{micro // 1_000_000}.{micro % 1_000_000:06d}"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1m,10m")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--sco", required=True)
    ap.add_argument("--bench", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--sco-flags", default="", help="extra sco score flags, e.g. --bench (issue 10's bench preset)")
    ap.add_argument("--engines", default="sco,duckdb,pandas",
                    help="comma-separated: sco, duckdb, pandas (pandas is skipped when not installed)")
    a = ap.parse_args()
    engines = set(a.engines.split(","))
    if "pandas" in engines:
        try:
            import pandas  # noqa: F401
        except ImportError:
            engines.discard("pandas")
    print(f"Machine: {os.cpu_count()} vCPU; sco and DuckDB interleaved round-robin, then pandas; {a.repeat} runs per configuration, page cache warm.\n")
    print("| data | engine | end-to-end s (median) | min–max s | CPU s (median) | peak RSS MiB | ÷ sco --summary "
          "| rows | red | amber | green | checksum |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    failures = []
    medians = {}
    for size in a.sizes.split(","):
        d = os.path.join(a.data, size)
        score = [a.sco, "score", "--activities", f"{d}/activities.csv", "--roster", f"{d}/reps.csv",
                 "--rules", f"{d}/rules.csv", "--from", "2025-01", "--to", "2025-12"] + a.sco_flags.split()
        configs = [
            ("sco score --summary", score + ["--summary"]),
            ("sco score --format csv --output FILE", score + ["--format", "csv", "--output", f"{d}/sco-scorecard.csv"]),
        ]
        if "duckdb" in engines:
            configs.append(("DuckDB, threads=default", ["python3", f"{a.bench}/score_duckdb.py", "--data", d]))
        if "pandas" in engines:
            configs.append(("pandas (categorical keys)", ["python3", f"{a.bench}/score_pandas.py", "--data", d]))
        results = {name: [] for name, _ in configs}
        interleaved = [config for config in configs if not config[0].startswith("pandas")]
        apart = [config for config in configs if config not in interleaved]
        for _ in range(a.repeat):
            for name, command in interleaved:
                results[name].append(run(command, prints_summary="--output" not in command))
        for name, command in apart:
            for _ in range(a.repeat):
                results[name].append(run(command))
        base = statistics.median(w for w, _, _, _ in results["sco score --summary"])
        for name, _ in configs:
            runs = results[name]
            walls = [w for w, _, _, _ in runs]
            median = statistics.median(walls)
            rss = max(r for _, r, _, _ in runs)
            cpu = statistics.median(c for _, _, c, _ in runs)
            summary = runs[-1][3] or csv_summary(os.path.join(d, "sco-scorecard.csv"))
            for _, _, _, s in runs:
                if s is not None and any(str(s[k]) != str(summary[k]) for k in KEYS):
                    failures.append(f"{size} {name}: runs disagree")
            if size in EXPECTED and any(str(summary[k]) != str(EXPECTED[size][k]) for k in KEYS):
                failures.append(f"{size} {name}: {summary} != expected {EXPECTED[size]}")
            print(f"| {size} | {name} | {median:.3f} | {min(walls):.3f}–{max(walls):.3f} | {cpu:.2f} | {rss:.0f} | "
                  f"{median / base:.1f}× | {summary['rows']:,} | {summary['red']:,} | {summary['amber']:,} | "
                  f"{summary['green']:,} | {summary['checksum']} |")
            medians[(size, name)] = (median, cpu, rss)
    print()
    for size in a.sizes.split(","):
        duck = medians.get((size, "DuckDB, threads=default"))
        if not duck:
            continue
        for name in ("sco score --summary", "sco score --format csv --output FILE"):
            wall, cpu, rss = medians[(size, name)]
            print(f"{size}: {name}: {duck[0] / wall:.1f}× faster than DuckDB end to end (median wall), "
                  f"{duck[1] / cpu:.1f}× less CPU, peak RSS {rss:.0f} MiB = 1/{duck[2] / rss:.1f} of DuckDB's "
                  f"{duck[2]:.0f} MiB")
    print()
    if failures:
        print("MISMATCH:\n" + "\n".join(failures))
        sys.exit(1)
    print("Every engine printed the same rows, counts per band and checksum as the README's reference values.")


if __name__ == "__main__":
    main()
