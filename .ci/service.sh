#!/usr/bin/env bash
# Issue 17: the PostgreSQL store and the scorecard service, packages of their own under Examples/.
# One debug build (in Examples/ScorecardService/.build) serves both packages' tests and the running instances:
# PostgresStore's tests use the same scratch folder, so PostgresNIO and the library are compiled once.
# Then two instances on one database are driven over HTTP (.ci/service-drive.py) and schemathesis checks the
# OpenAPI document against a running instance. PostgreSQL comes from Debian (.ci/postgres.sh), on loopback, and is
# always stopped. schemathesis runs in the scratch folder, so its .schemathesis/ cache never lands in the tree.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=.ci/postgres.sh
source .ci/postgres.sh

SCHEMATHESIS_VERSION=4.32.5

t0=$SECONDS
last=$SECONDS
part() {
    echo "::: service: $1 (previous part $((SECONDS - last)) s, $((SECONDS - t0)) s so far)"
    last=$SECONDS
}

work=$(mktemp -d /tmp/service.XXXXXX)
instance_pid=""
cleanup() {
    [ -n "$instance_pid" ] && kill "$instance_pid" 2>/dev/null || true
    postgres_stop "$work"
    rm -rf "$work"
}
trap cleanup EXIT

part "starting PostgreSQL"
postgres_start "$work" max_connections=300
export SCO_POSTGRES_URL="postgres://postgres@127.0.0.1:$PGPORT/postgres"
if ! python3 -c "import importlib.metadata as m, sys; sys.exit(m.version('schemathesis') != '$SCHEMATHESIS_VERSION')" 2>/dev/null; then
    part "installing schemathesis==$SCHEMATHESIS_VERSION"
    pip install -q --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

scratch="$PWD/Examples/ScorecardService/.build"
part "building ScorecardService and its tests (debug; the first build takes minutes)"
swift build --package-path Examples/ScorecardService --build-tests
bin=$(swift build --package-path Examples/ScorecardService --show-bin-path)

part "testing PostgresStore: the conformance check, instances racing to import and to freeze"
swift test --package-path Examples/PostgresStore --scratch-path "$scratch"

part "testing ScorecardService: routes, tokens, limits, problems, the OpenAPI document"
swift test --package-path Examples/ScorecardService --skip-build

part "two instances on one database over HTTP"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
python3 .ci/service-drive.py --binary "$bin/scorecard-service" --pg-port "$PGPORT" --psql "$PGBIN/psql" \
    --ports "$(free_port)" "$(free_port)" --work "$work"

part "schemathesis against /openapi.json"
port=$(free_port)
SCO_PORT=$port SCO_SCHEMA=fuzz SCO_INSTANCE=fuzz SCO_LOG_LEVEL=warning \
    SCO_WRITER_TOKENS="fuzz=fuzz-writer-token-0123456789" "$bin/scorecard-service" >"$work/fuzz.log" 2>&1 &
instance_pid=$!
for _ in $(seq 100); do
    curl -fs "http://127.0.0.1:$port/v1/health" >/dev/null && break
    sleep 0.2
done
(cd "$work" && schemathesis run "http://127.0.0.1:$port/openapi.json" \
    --header "Authorization: Bearer fuzz-writer-token-0123456789" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
    --max-examples 25 --seed 17 --no-color) || { tail -n 40 "$work/fuzz.log"; exit 1; }
kill "$instance_pid"
wait "$instance_pid" 2>/dev/null || true
instance_pid=""
part "done"
