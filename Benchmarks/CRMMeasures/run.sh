#!/usr/bin/env bash
# The measures benchmark (issue 12): a generated Salesforce-API-shaped Task export scored directly by
# `sco score --measures` beside DuckDB doing the same mapping and scoring in one SQL query, and beside
# `sco score` on the same activity in our own format (the cost per row of reading the raw export), in one
# interleaved run under /usr/bin/time -v. Release build in .build-release.
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
run() {
    local name=$1
    shift
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -v "$@" >"$data/out.txt" 2>"$data/err.txt"
    end=$(date +%s.%N)
    local rss
    rss=$(awk -F': ' '/Maximum resident set size/ {print int($2 / 1024)}' "$data/err.txt")
    printf '%s\t%.3f\t%s\t%s\n' "$name" "$(echo "$end - $start" | bc)" "$rss" "$(grep '^{' "$data/out.txt" | tail -1)"
}
for round in $(seq "$repeat"); do
    run "sco score --measures (raw export)" "$sco" score --activities "$data/Task.csv" --measures "$data/measures.json" \
        --owners "$data/owners.csv" --roster "$data/reps.csv" --rules "$data/rules.csv" "${range[@]}" --summary
    run "DuckDB (read_csv + CASE WHEN regexp_matches + scoring)" python3 Benchmarks/CRMMeasures/score_duckdb.py --data "$data"
    run "sco score (our activity CSV)" "$sco" score --activities "$data/activities.csv" --roster "$data/reps.csv" \
        --rules "$data/rules.csv" "${range[@]}" --summary
done
