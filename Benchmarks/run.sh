#!/usr/bin/env bash
# Reproduces every figure of Documentation/Benchmarks.md (from the repository root; ../shared/bench beside it):
#
#   Benchmarks/run.sh [SIZES] [REPEAT]        e.g. Benchmarks/run.sh 1m,10m 5   (the defaults)
#   Benchmarks/run.sh scale [REPEAT]          sco at 10M and 100M rows: time per row and peak RSS (100M: ~4.6 GB
#                                             generated, deleted afterwards)
#   Benchmarks/run.sh instructions            callgrind instructions per row of the `sco score --summary` path (1M rows)
#   Benchmarks/run.sh incremental [REPEAT]    a day's update with 1M and 10M records of history in the file store
#
# DATA=DIR puts the generated files elsewhere than Benchmarks/data (git-ignored). sco runs with --bench (every rep
# in every month, absence scores 0): the definition ../shared/bench measures, which sco's default grid
# (employment, pro-rating, no-data) differs from by design.
#
# The comparison: pip-installs duckdb if missing (pandas is compared when installed); generates DATA/<size> with
# ../shared/bench/gen.py unless present; builds sco, ScoringBenchmark and IncrementalBenchmark in release (scratch
# folder .build-release); checks that sco's CSV scorecard is byte-identical (rows, 6-decimal scores, statuses) to
# DuckDB's dump; runs sco and DuckDB REPEAT times round-robin, then pandas REPEAT times, under /usr/bin/time -v
# (see Benchmarks/compare.py for why pandas runs apart); prints a markdown
# table of medians, the ratios to DuckDB and peak RSS (also written to DATA/results.md); then runs
# ScoringBenchmark (in-memory rescoring).
set -euo pipefail
cd "$(dirname "$0")/.."
bench=../shared/bench
data=${DATA:-Benchmarks/data}
scratch=.build-release
mode=compare
case "${1:-}" in scale | instructions | incremental) mode=$1; shift ;; esac
sizes=${1:-1m,10m}
repeat=${2:-5}
[ "$mode" = compare ] || repeat=${1:-5}

generate() {  # generate SIZE
    local rows=$((${1%m} * 1000000))
    if [ ! -f "$data/$1/activities.csv" ]; then
        echo "generating $data/$1 ($rows rows)"
        python3 "$bench/gen.py" --rows "$rows" --out "$data/$1"
    fi
}

build() {
    for product in "$@"; do swift build -c release --scratch-path "$scratch" --product "$product"; done
    bin=$(swift build -c release --scratch-path "$scratch" --show-bin-path)
    # issue 10's bench preset (absence scores 0, employment ignored), when this sco has it
    flags=""
    if "$bin/sco" score --help 2>&1 | grep -q -- '--bench'; then flags="--bench"; fi
}

score() {  # score DIR ARGS...: sco score over DIR's three files
    local d=$1
    shift
    "$bin/sco" score --activities "$d/activities.csv" --roster "$d/reps.csv" --rules "$d/rules.csv" \
        --from 2025-01 --to 2025-12 $flags "$@"
}

case $mode in
compare)
    python3 -c 'import duckdb' 2>/dev/null || pip install duckdb
    for size in ${sizes//,/ }; do generate "$size"; done
    build sco ScoringBenchmark
    for size in ${sizes//,/ }; do
        d=$data/$size
        score "$d" --format csv --output "$d/sco-scorecard.csv"
        python3 "$bench/score_duckdb.py" --data "$d" --dump "$d/duckdb-dump.csv" >/dev/null
        if cmp -s <(tail -n +2 "$d/sco-scorecard.csv") <(tail -n +2 "$d/duckdb-dump.csv"); then
            echo "verify $size: sco's CSV scorecard is byte-identical to DuckDB's dump ($(($(wc -l <"$d/duckdb-dump.csv") - 1)) rows)"
        else
            echo "verify $size: sco's CSV scorecard DIFFERS from DuckDB's dump" >&2
            exit 1
        fi
    done
    python3 Benchmarks/compare.py --sizes "$sizes" --repeat "$repeat" --sco "$bin/sco" --bench "$bench" \
        --data "$data" --sco-flags="$flags" | tee "$data/results.md"
    for size in ${sizes//,/ }; do
        echo "ScoringBenchmark $size (in-memory):"
        "$bin/ScoringBenchmark" "$data/$size" --repeat "$repeat"
    done
    ;;
scale)
    generate 10m
    generate 100m
    build sco
    for _ in $(seq "$repeat"); do  # interleaved: 10M, 100M, 10M, 100M, ...
        for size in 10m 100m; do
            /usr/bin/time -f "$size wall %e s, cpu %U+%S s, peak RSS %M KiB" \
                "$bin/sco" score --activities "$data/$size/activities.csv" --roster "$data/$size/reps.csv" \
                --rules "$data/$size/rules.csv" --from 2025-01 --to 2025-12 $flags --summary 2>&1 >/dev/null |
                grep -v '^sco score:'
        done
    done
    rm -rf "${data:?}/100m"
    ;;
instructions)
    generate 1m
    build ScoringBenchmark
    empty=$data/empty
    mkdir -p "$empty"
    head -1 "$data/1m/activities.csv" >"$empty/activities.csv"
    cp "$data/1m/reps.csv" "$data/1m/rules.csv" "$empty/"
    # The library's `sco score --bench --summary` path, in ScoringBenchmark: valgrind 3.19 crashes on sco's
    # async main (libdispatch's signal thread).
    for d in "$empty" "$data/1m"; do
        valgrind --tool=callgrind --callgrind-out-file="$d/callgrind.out" "$bin/ScoringBenchmark" "$d" \
            --repeat 1 --file-only 2>"$d/callgrind.log" >/dev/null
        grep -o 'Collected : [0-9]*' "$d/callgrind.log" | awk -v d="$d" '{print d ": " $3 " instructions"}'
    done
    e=$(grep -o 'Collected : [0-9]*' "$empty/callgrind.log" | awk '{print $3}')
    m=$(grep -o 'Collected : [0-9]*' "$data/1m/callgrind.log" | awk '{print $3}')
    echo "per activity row: $(((m - e) / 1000000)) instructions (1M rows minus a header-only file); fixed: $e"
    echo "profile: callgrind_annotate $data/1m/callgrind.out"
    ;;
incremental)
    generate 1m
    generate 10m
    build IncrementalBenchmark
    for size in 1m 10m; do
        echo "IncrementalBenchmark $size:"
        "$bin/IncrementalBenchmark" "$data/$size" --repeat "$repeat"
    done
    ;;
esac
