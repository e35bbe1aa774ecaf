#!/usr/bin/env bash
# Builds the library with libFuzzer and AddressSanitizer, then runs every harness under Fuzz/<Name>/ for a
# bounded time from its committed seed corpus (Fuzz/<Name>/corpus/). Usage: .ci/fuzz.sh [seconds-per-target]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
export SWIFT_BACKTRACE=enable=no
scratch=.build/fuzz-spm
swift build --scratch-path "$scratch" --target SalesCompetency -Xswiftc -sanitize=fuzzer,address >/dev/null
bin=$(swift build --scratch-path "$scratch" --show-bin-path)
mkdir -p .build/fuzz
for harness in Fuzz/*/; do
    name=$(basename "$harness")
    seeds=$harness/corpus
    work=.build/fuzz/corpus-$name
    mkdir -p "$work"
    rm -f ".build/fuzz/$name-"crash-*
    swiftc -sanitize=fuzzer,address -parse-as-library -g -I "$bin/Modules" \
        "$harness"*.swift "$bin"/SalesCompetency.build/*.o -o ".build/fuzz/$name" 2>&1 | grep -v 'ld.gold: warning' || true
    echo "fuzz: $name for $seconds s from $seeds"
    ".build/fuzz/$name" -max_total_time="$seconds" -artifact_prefix=".build/fuzz/$name-" \
        -print_final_stats=1 "$work" "$seeds" 2>&1 | grep -E '^(stat::number_of_executed_units|#[0-9]+ *DONE|==|SUMMARY|ERROR)' || true
    if ls ".build/fuzz/$name-"crash-* >/dev/null 2>&1; then
        echo "fuzz: $name found a crash: $(ls .build/fuzz/$name-crash-*)" >&2
        exit 1
    fi
done
