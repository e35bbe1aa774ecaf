#!/usr/bin/env bash
# The measures benchmark (issue 12): a generated Salesforce-API-shaped Task export scored directly by
# `sco score --measures` beside DuckDB doing the same mapping and scoring in one SQL query, and beside
# `sco score` on the same activity in our own format (the cost per row of reading the raw export), in one
# interleaved run under /usr/bin/time -v. Release build in .build-release. sco runs with --bench (every rep in
# every month, absence scores 0), the definition the DuckDB query computes; each run's summary line must equal
# DuckDB's (the script stops otherwise). At the end: a markdown table of medians (wall, CPU, peak RSS) and the
# ratio of DuckDB's median wall time to each (also written to DATA_DIR/results.md).
#
#   Benchmarks/CRMMeasures/run.sh DATA_DIR [REPEAT]     e.g. Benchmarks/CRMMeasures/run.sh /work/data-i12/10m 3
#
# DATA_DIR is written by generate.py (Task.csv, owners.csv, reps.csv, rules.csv, measures.json).
set -euo pipefail
cd "$(dirname "$0")/../.."
data=$1
repeat=${2:-3}
python3 -c 'import duckdb' 2>/dev/null || pip install duckdb==2.0.1
swift build -c release --product sco --scratch-path .build-release >/dev/null
sco="$(swift build -c release --product sco --scratch-path .build-release --show-bin-path)/sco"
range=(--from 2025-01 --to 2025-12)
[ -f "$data/activities.csv" ] || "$sco" activities convert --input "$data/Task.csv" --measures "$data/measures.json" \
    --owners "$data/owners.csv" --output "$data/activities.csv" 2>/dev/null
results=$(mktemp)
run() {
    local name=$1
    shift
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -v "$@" >"$data/out.txt" 2>"$data/err.txt"
    end=$(date +%s.%N)
    local rss cpu summary
    rss=$(awk -F': ' '/Maximum resident set size/ {print int($2 / 1024)}' "$data/err.txt")
    cpu=$(awk -F': ' '/User time|System time/ {total += $2} END {printf "%.2f", total}' "$data/err.txt")
    # sco also counts reps without data ("noData"), which the DuckDB query does not: 0 in this benchmark.
    summary=$(grep '^{' "$data/out.txt" | tail -1 | sed 's/, "noData": 0//')
    printf '%s\t%.3f\t%s\t%s\t%s\n' "$name" "$(echo "$end - $start" | bc)" "$cpu" "$rss" "$summary" | tee -a "$results"
}
names=("sco score --measures (raw export)" "DuckDB (read_csv + CASE WHEN regexp_matches + scoring)"
    "sco score (our activity CSV)")
for round in $(seq "$repeat"); do
    run "${names[0]}" nice "$sco" score --activities "$data/Task.csv" --measures "$data/measures.json" \
        --owners "$data/owners.csv" --roster "$data/reps.csv" --rules "$data/rules.csv" "${range[@]}" --bench --summary
    run "${names[1]}" nice python3 Benchmarks/CRMMeasures/score_duckdb.py --data "$data"
    run "${names[2]}" nice "$sco" score --activities "$data/activities.csv" --roster "$data/reps.csv" \
        --rules "$data/rules.csv" "${range[@]}" --bench --summary
done
if [ "$(cut -f5 "$results" | sort -u | wc -l)" != 1 ]; then
    echo "the summaries differ:" >&2
    cut -f1,5 "$results" | sort -u >&2
    exit 1
fi
python3 - "$results" <<'PY' | tee "$data/results.md"
import statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
names = list(dict.fromkeys(r[0] for r in rows))
median = {n: [statistics.median(float(r[i]) for r in rows if r[0] == n) for i in (1, 2, 3)] for n in names}
duck = median[names[1]][0]
print(f"{len(rows) // len(names)} interleaved rounds, medians; every run printed {rows[0][4]}")
print("| run | wall s | CPU s | peak RSS MiB | DuckDB wall ÷ wall |")
print("| --- | ---: | ---: | ---: | ---: |")
for n in names:
    w, c, m = median[n]
    print(f"| {n} | {w:.2f} | {c:.2f} | {m:.0f} | {duck / w:.2f}× |")
PY
rm -f "$results"
