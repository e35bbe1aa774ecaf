#!/usr/bin/env bash
# Benchmarks `sco score` against the reference scorers of ../shared/bench (DuckDB, pandas) on the same
# generated files, in one interleaved run, and checks that every engine prints the same scorecard summary.
#
#   Benchmarks/run.sh [SIZES] [REPEAT]        e.g. Benchmarks/run.sh 1m,10m 5   (the defaults)
#
# sco runs with --bench (every rep in every month, absence scores 0): the definition ../shared/bench measures,
# which sco's default grid (employment, pro-rating, no-data) differs from by design.
#
# Steps: pip-installs duckdb and pandas if missing; generates Benchmarks/data/<size> with
# ../shared/bench/gen.py unless present; builds sco and ScoringBenchmark in release; checks that sco's CSV
# scorecard is byte-identical (rows, 6-decimal scores, statuses) to DuckDB's dump; runs every configuration
# REPEAT times round-robin under /usr/bin/time -v; prints a markdown table of medians, ratios and peak RSS
# (also written to Benchmarks/data/results.md); then runs ScoringBenchmark (in-memory rescoring).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-1m,10m}
repeat=${2:-5}
bench=../shared/bench
data=Benchmarks/data

python3 -c 'import duckdb, pandas' 2>/dev/null || pip install duckdb pandas
for size in ${sizes//,/ }; do
    rows=$(( ${size%m} * 1000000 ))
    if [ ! -f "$data/$size/activities.csv" ]; then
        echo "generating $data/$size ($rows rows)"
        python3 "$bench/gen.py" --rows "$rows" --out "$data/$size"
    fi
done

swift build -c release --product sco
swift build -c release --product ScoringBenchmark
bin=$(swift build -c release --show-bin-path)

for size in ${sizes//,/ }; do
    d=$data/$size
    "$bin/sco" score --activities "$d/activities.csv" --roster "$d/reps.csv" --rules "$d/rules.csv" \
        --from 2025-01 --to 2025-12 --bench --format csv --output "$d/sco-scorecard.csv"
    python3 "$bench/score_duckdb.py" --data "$d" --dump "$d/duckdb-dump.csv" >/dev/null
    if cmp -s <(tail -n +2 "$d/sco-scorecard.csv") <(tail -n +2 "$d/duckdb-dump.csv"); then
        echo "verify $size: sco's CSV scorecard is byte-identical to DuckDB's dump ($(($(wc -l <"$d/duckdb-dump.csv") - 1)) rows)"
    else
        echo "verify $size: sco's CSV scorecard DIFFERS from DuckDB's dump" >&2
        exit 1
    fi
done

python3 Benchmarks/compare.py --sizes "$sizes" --repeat "$repeat" --sco "$bin/sco" --bench "$bench" --data "$data" \
    | tee "$data/results.md"

for size in ${sizes//,/ }; do
    echo "ScoringBenchmark $size (in-memory):"
    "$bin/ScoringBenchmark" "$data/$size" --repeat "$repeat"
done
