#!/usr/bin/env bash
# Runs each sco command once on real inputs and checks the exit codes; called by .ci/run with the binary.
set -euo pipefail
sco=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "smoke: sco ran its commands in $tmp"

# sco dictionary and sco mapping
"$sco" dictionary | grep -q '^communicating-effectively  *Communicating Effectively'
"$sco" dictionary --format json >"$tmp/dictionary.json"
grep -q '"schemaVersion" : 1' "$tmp/dictionary.json"
"$sco" dictionary --validate "$tmp/dictionary.json" | grep -q 'valid: version 1.0.0'
"$sco" dictionary --input "$tmp/dictionary.json" --format json | cmp -s - "$tmp/dictionary.json"
sed 's/"clusterID" : "partnering"/"clusterID" : "partners"/' "$tmp/dictionary.json" >"$tmp/broken.json"
if "$sco" dictionary --validate "$tmp/broken.json" >"$tmp/problems.txt" 2>/dev/null; then
    echo "smoke: sco dictionary --validate accepted a broken dictionary" >&2
    exit 1
fi
test "$(grep -c 'unknown cluster "partners"' "$tmp/problems.txt")" -eq 6
head -c 500 "$tmp/dictionary.json" >"$tmp/truncated.json"
if "$sco" dictionary --input "$tmp/truncated.json" 2>"$tmp/error.txt"; then exit 1; fi
grep -q 'not valid JSON' "$tmp/error.txt"
"$sco" mapping | grep -q '^Designing Compensation  *X  *X  *X'
"$sco" mapping --format csv | grep -qx 'maintaining-accounts,1,0,0,0,1,1'
"$sco" mapping --format json >"$tmp/map.json"
"$sco" mapping --input "$tmp/map.json" --format csv --output "$tmp/map.csv"
test "$(wc -l <"$tmp/map.csv")" -eq 14
echo '{"schemaVersion": 1, "rolesByArea": {"setting-sales-strategy": ["chief"]}}' >"$tmp/badmap.json"
if "$sco" mapping --input "$tmp/badmap.json" 2>/dev/null; then exit 1; fi
