#!/usr/bin/env bash
# Crash test of the file store, checking exactly-once delivery: every acknowledged batch is there once, in order,
# with its audit entry, and nothing else (at most the one batch that was stored but not yet acknowledged).
#
#  1. Fault injection at every write call in turn: a writer appending 4 batches (and saving a document) is killed
#     with SIGKILL at its 1st, 2nd, 3rd… pwrite64, then at its 1st, 2nd… fsync (strace's syscall injection), until
#     a run finishes unharmed. After each kill a reader verifies the store; then the writer is run again from the
#     first unacknowledged batch (a retry, whose already-stored batch must not be added twice) and the store is
#     verified once more.
#  2. Random kills: a writer appending forever is killed after a random 5-155 ms, many times, while two readers
#     loop over the store read-only; the readers must never fail, and each kill is followed by a verification.
#
# Usage: .ci/crash-test.sh [random-kills=150] [time-limit-seconds=120]
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-150}
limit=${2:-120}
export SWIFT_BACKTRACE=enable=no
swift build --product StoreCrashTest >/dev/null
bin="$(swift build --show-bin-path)/StoreCrashTest"
work=$(mktemp -d /tmp/i15-crash.XXXXXX)
readers=()
cleanup() {
    for pid in "${readers[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
started=$SECONDS

acks() { awk -v k="$2" '$1 == k {n = $2} END {if (n != "") print n; else print -1}' "$1"; }

# 1. Every write call in turn.
if ! command -v strace >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        (apt-get install -y strace >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get install -y strace >/dev/null)) || true
    fi
fi
injected=0
if command -v strace >/dev/null 2>&1; then
    for call in pwrite64 fsync; do
        for ((n = 1; ; n++)); do
            store="$work/inject-$call-$n"
            status=0
            {
                strace -f -qq -o /dev/null -e trace="$call" -e inject="$call":signal=SIGKILL:when="$n" \
                    "$bin" write "$store" 0 4 >"$work/out" 2>"$work/err" || status=$?
            } 2>/dev/null # bash's "Killed" notice
            acked=$(acks "$work/out" ack)
            documents=$(acks "$work/out" doc)
            [ "$documents" -lt 0 ] && documents=0
            if ! "$bin" verify "$store" "$acked" "$documents" >"$work/report"; then
                echo "crash test: FAILED after a SIGKILL at $call #$n (acknowledged batch $acked)" >&2
                exit 1
            fi
            # Retry from the first unacknowledged batch: a batch stored but not acknowledged is not added twice.
            "$bin" write "$store" $((acked + 1)) $((3 - acked)) >"$work/out" 2>"$work/err" || {
                echo "crash test: the retry after $call #$n failed: $(cat "$work/err")" >&2
                exit 1
            }
            if ! "$bin" verify "$store" 3 1 >"$work/report"; then
                echo "crash test: FAILED after the retry of a SIGKILL at $call #$n" >&2
                exit 1
            fi
            injected=$((injected + 1))
            if [ "$status" = 0 ]; then break; fi # the run had fewer calls than n: every call was covered
        done
        echo "crash test: killed at each of $((n - 1)) ${call} calls in turn, exactly once after every retry"
    done
else
    echo "crash test: strace is not available; skipping the kill at every write call"
fi

# 2. Random kills with concurrent readers.
survived=0
store=""
acked=-1
documents=0
for ((i = 0; i < kills; i++)); do
    if ((i % 25 == 0)); then # a fresh store now and then keeps each verification quick
        for pid in "${readers[@]}"; do
            kill "$pid" 2>/dev/null || { echo "crash test: a reader failed: $(cat "$work"/reader-*.err)" >&2; exit 1; }
        done
        readers=()
        store="$work/store-$i"
        acked=-1
        documents=0
        for r in 1 2; do
            "$bin" read "$store" 2>"$work/reader-$r.err" &
            readers+=($!)
        done
    fi
    "$bin" write "$store" $((acked + 1)) >"$work/out" 2>"$work/err" &
    writer=$!
    sleep "0.$(printf '%03d' $((RANDOM % 150 + 5)))"
    kill -KILL "$writer" 2>/dev/null || true
    wait "$writer" 2>/dev/null || true
    if [ -s "$work/err" ]; then
        echo "crash test: the writer failed before it was killed: $(cat "$work/err")" >&2
        exit 1
    fi
    last=$(acks "$work/out" ack)
    [ "$last" -ge 0 ] && acked=$last
    last=$(acks "$work/out" doc)
    [ "$last" -ge 0 ] && documents=$last
    if ! report=$("$bin" verify "$store" "$acked" "$documents"); then
        echo "crash test: FAILED after kill $((i + 1)) (acknowledged batch $acked, document version $documents)" >&2
        exit 1
    fi
    survived=$((survived + 1))
    if ((SECONDS - started > limit)); then
        echo "crash test: stopping at the ${limit} s limit"
        break
    fi
done
for pid in "${readers[@]}"; do
    kill "$pid" 2>/dev/null || { echo "crash test: a reader failed: $(cat "$work"/reader-*.err)" >&2; exit 1; }
done
readers=()
echo "crash test: $injected injected kills and $survived random SIGKILLs with 2 concurrent readers, exactly-once every time, in $((SECONDS - started)) s; last: $report"
