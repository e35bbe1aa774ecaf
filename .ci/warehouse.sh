#!/usr/bin/env bash
# Issue 16: the SQL that `sco sql` writes, run on PostgreSQL, DuckDB and Apache Spark (local mode) against
# generated activity under several policies; every scorecard CSV must equal `sco score`'s byte for byte.
# Installs what is missing (PostgreSQL from Debian; pinned duckdb and pyspark from PyPI; Java 17 is on the
# machine), starts PostgreSQL on a free loopback port and always stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

DUCKDB_VERSION=2.0.1
PYSPARK_VERSION=3.5.5

t0=$SECONDS
substep() { echo "::: warehouse: $1 ($((SECONDS - t0)) s so far)"; }

# shellcheck source=.ci/postgres.sh
source .ci/postgres.sh
postgres_install
if ! python3 -c "import duckdb, sys; sys.exit(duckdb.__version__ != '$DUCKDB_VERSION')" 2>/dev/null; then
    substep "installing duckdb==$DUCKDB_VERSION"
    pip install -q --disable-pip-version-check "duckdb==$DUCKDB_VERSION"
fi
if ! python3 -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null; then
    substep "installing pyspark==$PYSPARK_VERSION"
    pip install -q --disable-pip-version-check "pyspark==$PYSPARK_VERSION"
fi
command -v java >/dev/null || { echo "warehouse: java (17) is needed for Spark" >&2; exit 1; }

swift build --product sco >/dev/null
SCO="$(swift build --show-bin-path)/sco"

work=$(mktemp -d /tmp/warehouse.XXXXXX)
stop() {
    postgres_stop "$work"
    rm -rf "$work"
}
trap stop EXIT

substep "starting PostgreSQL on loopback"
postgres_start "$work"

export SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON=python3
python3 .ci/warehouse.py --sco "$SCO" --work "$work/data" --pg-port "$PGPORT" --pg-bin "$PGBIN"
substep "done"
