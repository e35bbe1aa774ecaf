#!/usr/bin/env bash
# Runs each sco command once on real inputs and checks the exit codes; called by .ci/run with the binary.
set -euo pipefail
sco=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "smoke: sco ran its commands in $tmp"

# sco score: the hand-worked fixture of the scoring tests.
printf 'rep_id,role,manager_id\nm1,manager,\nr1,consultant,m1\nr2,consultant,m1\nr3,analyst,\n' >"$tmp/roster.csv"
cat >"$tmp/rules.csv" <<'CSV'
task_id,competency_id,role,monthly_target,weight,direction
emails,communicating-effectively,consultant,10,1,
replies,communicating-effectively,consultant,2,2,higher
calls,building-relationships,consultant,4,1,
emails,building-relationships,consultant,10,1,
complaints,building-relationships,consultant,2,2,lower
reports,gathering-intelligence,analyst,3,1,
CSV
cat >"$tmp/activities.csv" <<'CSV'
rep_id,task_id,occurred_on,quantity
r1,emails,2025-01-05,6
r1,emails,2025-01-20T10:00:00Z,6
r1,replies,2025-01-10,1
r1,calls,2025-01-11,10
r1,complaints,2025-01-12,1
r2,emails,2025-02-03,5
r2,complaints,2025-02-04,4
r3,reports,2025-01-15,3
ghost,emails,2025-01-01,3
CSV
score=("$sco" score --activities "$tmp/activities.csv" --roster "$tmp/roster.csv" --rules "$tmp/rules.csv")
"${score[@]}" --format csv --output "$tmp/scores.csv" 2>"$tmp/stderr.txt"
head -1 "$tmp/scores.csv" | grep -qx 'rep_id,period,competency_id,score,status'
grep -qx 'r1,2025-01,building-relationships,1.425000,green' "$tmp/scores.csv"
grep -qx 'r1,2025-01,communicating-effectively,0.733333,amber' "$tmp/scores.csv"
[ "$(wc -l <"$tmp/scores.csv")" -eq 11 ]
grep -q '1 rows of 1 reps not in the roster' "$tmp/stderr.txt"
"${score[@]}" --summary 2>/dev/null | grep -q '"red": 5, "amber": 3, "green": 2, "checksum": "5.200000"'
NO_COLOR=1 "${score[@]}" --from 2025-01 --to 2025-01 2>/dev/null | grep -q 'r3 .*2025-01 .*gathering-intelligence'
"${score[@]}" --format json 2>/dev/null | grep -q '"competency_id" : "building-relationships"'
printf 'rep_id,competency_id,source,rating,assessed_on\nr2,building-relationships,360,5,2025-02-10\n' >"$tmp/assessments.csv"
"${score[@]}" --assessments "$tmp/assessments.csv" --format csv 2>/dev/null |
    grep -qx 'r2,2025-02,building-relationships,0.375000,red,1.000000,0.687500,true'
printf 'rep_id,task_id,occurred_on,quantity\nr1,emails,2025-01-05,-2\n' >"$tmp/bad.csv"
if "$sco" score --activities "$tmp/bad.csv" --roster "$tmp/roster.csv" --rules "$tmp/rules.csv" 2>"$tmp/err.txt"; then
    echo "sco score accepted a negative quantity" >&2
    exit 1
fi
grep -q 'bad.csv:2: field quantity' "$tmp/err.txt"
if "${score[@]}" --from 2025-03 --to 2025-01 2>/dev/null; then echo "reversed range accepted" >&2; exit 1; fi
echo "smoke: sco score ok"
