#!/usr/bin/env bash
# Builds the library with libFuzzer and AddressSanitizer, then runs every harness under Fuzz/<Name>/ for a
# bounded time from its committed seed corpus (Fuzz/<Name>/corpus/).
# Usage: .ci/fuzz.sh [seconds-per-target] [Name ...]   (no names: every harness)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
export SWIFT_BACKTRACE=enable=no
scratch=.build/fuzz-spm
swift build --scratch-path "$scratch" --target SalesCompetency -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing >/dev/null
bin=$(swift build --scratch-path "$scratch" --show-bin-path)
# SwiftPM's package name: the folder's name in lower case, each character outside [a-z0-9_] an underscore
# (a clone in swift-sales-competency/ is package swift_sales_competency).
package=$(basename "$PWD" | tr '[:upper:]' '[:lower:]' | sed -e 's/[^a-z0-9_]/_/g' -e 's/^[0-9]/_&/')
mkdir -p .build/fuzz
if [ $# -gt 0 ]; then names=("$@"); else names=(); for harness in Fuzz/*/; do names+=("$(basename "$harness")"); done; fi
summary=""
for name in "${names[@]}"; do
    harness=Fuzz/$name/
    seeds=$harness/corpus
    work=.build/fuzz/corpus-$name
    mkdir -p "$work"
    rm -f ".build/fuzz/$name-"{crash,leak,timeout,oom}-*
    # -package-name: the harnesses use package-level helpers (CSVWriter); SwiftPM names the package after its folder.
    if ! swiftc -sanitize=fuzzer,address -parse-as-library -g -I "$bin/Modules" -package-name "$package" \
        "$harness"*.swift "$bin"/SalesCompetency.build/*.o -o ".build/fuzz/$name" >".build/fuzz/$name.build.log" 2>&1; then
        grep -v 'ld.gold: warning' ".build/fuzz/$name.build.log" >&2
        echo "fuzz: $name does not build" >&2
        exit 1
    fi
    echo "fuzz: $name for $seconds s from $seeds"
    status=0
    ".build/fuzz/$name" -max_total_time="$seconds" -timeout=10 -artifact_prefix=".build/fuzz/$name-" \
        -print_final_stats=1 "$work" "$seeds" >".build/fuzz/$name.log" 2>&1 || status=$?
    grep -E '^(stat::number_of_executed_units|#[0-9]+ *DONE|==[0-9]+==|SUMMARY|Fatal error|.*Fatal error)' \
        ".build/fuzz/$name.log" || true
    if [ "$status" -ne 0 ] || ls ".build/fuzz/$name-"{crash,leak,timeout,oom}-* >/dev/null 2>&1; then
        echo "fuzz: $name failed (exit $status): $(ls .build/fuzz/$name-{crash,leak,timeout,oom}-* 2>/dev/null)" >&2
        echo "fuzz: replay with .build/fuzz/$name <file>; full log in .build/fuzz/$name.log" >&2
        exit 1
    fi
    summary+="$name $(awk '/^stat::number_of_executed_units/ {print $2}' ".build/fuzz/$name.log") executions; "
done
echo "fuzz: ${summary% }"
