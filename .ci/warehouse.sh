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

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
    substep "installing PostgreSQL from Debian"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PGBIN=$(pg_bin)
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
chmod 755 "$work"
install -d -o postgres -g postgres -m 700 "$work/pg"
install -d -o postgres -g postgres -m 755 "$work/socket"
PGPORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
stop_postgres() {
    if [ -f "$work/pg/postmaster.pid" ]; then
        runuser -u postgres -- "$PGBIN/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap stop_postgres EXIT

substep "starting PostgreSQL on 127.0.0.1:$PGPORT"
runuser -u postgres -- "$PGBIN/initdb" -D "$work/pg" --locale=C.UTF-8 -E UTF8 -A trust -U postgres >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$work/pg" -w -l "$work/socket/log" \
    -o "-p $PGPORT -k $work/socket -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null

export SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON=python3
python3 .ci/warehouse.py --sco "$SCO" --work "$work/data" --pg-port "$PGPORT" --pg-bin "$PGBIN"
substep "done"
