#!/usr/bin/env bash
# Issue 16's 10M-row figures in Documentation/Benchmarks.md, "Beyond one machine" (from the repository root;
# ../shared/bench beside it):
#
#   Benchmarks/Warehouse/run.sh [REPEAT [--engines postgres,duckdb,spark]]   REPEAT rounds (default 3), sco
#                                                                            and the engines interleaved in each
#
# The query that `sco sql --bench --dialect D` writes, run on PostgreSQL (Debian's, on a free loopback port,
# default settings but fsync off), DuckDB (in process, default threads) and Spark (pyspark local[2]), each timed
# separately for loading the 10M activity rows and for running the query to the full scorecard (1,240,188 rows),
# next to `sco score --bench --format csv` on the same files. Every engine's scorecard must equal sco's CSV byte
# for byte, as in .ci/warehouse.sh, whose engine classes (.ci/warehouse.py) do the loading and running.
#
# DATA=DIR takes the bench files from DIR/10m (default Benchmarks/data, git-ignored), generated with
# ../shared/bench/gen.py when missing. SCO=BINARY uses that sco (release build) instead of building one in
# .build-release. SPARK_DRIVER_MEMORY (default 4g) is the heap of Spark's one JVM. Installs what is missing as
# .ci/warehouse.sh does. PG_SETTINGS="work_mem=256MB ..." starts PostgreSQL with those settings. A round takes
# about 6 minutes on the 2-core machine (Spark 3, PostgreSQL 2, DuckDB and sco seconds).
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${DATA:-Benchmarks/data}
repeat=${1:-3}
shift || true

if [ ! -f "$data/10m/activities.csv" ]; then
    echo "generating $data/10m (10000000 rows)"
    python3 ../shared/bench/gen.py --rows 10000000 --out "$data/10m"
fi
if [ -z "${SCO:-}" ]; then
    swift build -c release --scratch-path .build-release --product sco
    SCO="$(swift build -c release --scratch-path .build-release --show-bin-path)/sco"
fi

# shellcheck source=.ci/postgres.sh
source .ci/postgres.sh
postgres_install
python3 -c 'import duckdb' 2>/dev/null || pip install -q --disable-pip-version-check "duckdb==2.0.1"
python3 -c 'import pyspark' 2>/dev/null || pip install -q --disable-pip-version-check "pyspark==3.5.5"

work=$(mktemp -d /tmp/warehouse-bench.XXXXXX)
stop() {
    postgres_stop "$work"
    rm -rf "$work"
}
trap stop EXIT
# shellcheck disable=SC2086  # PG_SETTINGS: one setting a word
postgres_start "$work" ${PG_SETTINGS:-}

export SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON=python3
export PYSPARK_SUBMIT_ARGS="--driver-memory ${SPARK_DRIVER_MEMORY:-4g} pyspark-shell"
python3 Benchmarks/Warehouse/bench.py --data "$data/10m" --work "$work" --sco "$SCO" --repeat "$repeat" \
    --pg-port "$PGPORT" --pg-bin "$PGBIN" --pg-data "$work/pg" "$@"
