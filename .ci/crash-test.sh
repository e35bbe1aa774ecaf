#!/usr/bin/env bash
# Crash test of the file store: a writer appending acknowledged batches (and saving a document every 10th) is
# killed with SIGKILL at random moments, many times; after each kill the verifier reopens the store (cutting any
# torn tail) and checks that every acknowledged batch and document version is there, exactly as written.
# Usage: .ci/crash-test.sh [kills=200] [time-limit-seconds=150]
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-200}
limit=${2:-150}
export SWIFT_BACKTRACE=enable=no
swift build --product StoreCrashTest >/dev/null
bin="$(swift build --show-bin-path)/StoreCrashTest"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

started=$SECONDS
survived=0
torn=0
store=""
acked=-1
documents=0
for ((i = 0; i < kills; i++)); do
    if ((i % 25 == 0)); then # a fresh store now and then keeps each verification quick
        store="$work/store-$i"
        acked=-1
        documents=0
        known=0
    fi
    "$bin" write "$store" >"$work/out" 2>"$work/err" &
    writer=$!
    sleep "0.$(printf '%03d' $((RANDOM % 150 + 5)))"
    kill -KILL "$writer" 2>/dev/null || true
    wait "$writer" 2>/dev/null || true
    if [ -s "$work/err" ]; then
        echo "crash test: the writer failed before it was killed: $(cat "$work/err")" >&2
        exit 1
    fi
    last=$(awk '$1 == "ack" {k = $2} END {if (k != "") print k}' "$work/out")
    [ -n "$last" ] && acked=$last
    last=$(awk '$1 == "doc" {k = $2} END {if (k != "") print k}' "$work/out")
    [ -n "$last" ] && documents=$last
    if ! report=$("$bin" verify "$store" "$acked" "$documents" "$known"); then
        echo "crash test: FAILED after kill $((i + 1)) (acknowledged batch $acked, document version $documents)" >&2
        exit 1
    fi
    known=$(echo "$report" | awk '{print $2}')
    case "$report" in *"cut 0 torn"*) ;; *) torn=$((torn + 1)) ;; esac
    survived=$((survived + 1))
    if ((SECONDS - started > limit)); then
        echo "crash test: stopping at the ${limit} s limit"
        break
    fi
done
echo "crash test: survived $survived SIGKILLs ($torn left a torn tail that was cut off) in $((SECONDS - started)) s; last: $report"
