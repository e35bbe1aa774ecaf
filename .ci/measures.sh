#!/usr/bin/env bash
# CRM measures (issue 12): the real Salesforce Task export of ../shared through `sco activities convert` with the
# Salesforce Task preset, counted per owner, month and task, against an independent Python reference (recomputed
# from the file and kept as a test fixture); then a generated 200k-row Salesforce-shaped export mapped by sco and
# by DuckDB (pinned, pip) with the same rules, their totals per rep, month and task compared.
set -euo pipefail
cd "$(dirname "$0")/.."
sco="$(swift build --show-bin-path)/sco"
work=$(mktemp -d /tmp/i12-ci-XXXXXX)
trap 'rm -rf "$work"' EXIT

task=../shared/data/real/salesforce-task-export-sample/Task.csv
if [ -f "$task" ]; then
    "$sco" activities preset --name salesforce-task --output "$work/measures.json"
    "$sco" activities convert --input "$task" --measures "$work/measures.json" --output "$work/activities.csv" \
        2>"$work/report.txt"
    python3 - "$work/activities.csv" >"$work/sco-counts.csv" <<'PY'
import collections, csv, sys
counts = collections.Counter()
for row in csv.DictReader(open(sys.argv[1])):
    counts[(row["rep_id"], row["occurred_on"][:7], row["task_id"])] += 1
print("owner,month,task,activities")
for key, n in sorted(counts.items()):
    print(",".join(key) + f",{n}")
PY
    python3 Benchmarks/CRMMeasures/reference_counts.py "$task" >"$work/reference.csv" 2>/dev/null
    diff "$work/sco-counts.csv" "$work/reference.csv"
    diff "$work/reference.csv" Tests/SalesCompetencyTests/Fixtures/Measures/task-csv-reference-counts.csv
    grep -q "158 rows read, 70 became 70 activities" "$work/report.txt"
    "$sco" store import --store "$work/store" --activities "$task" --measures "$work/measures.json" 2>/dev/null \
        | grep -q "imported 70 activities"
    echo "real Task.csv: $(($(wc -l <"$work/reference.csv") - 1)) owner-month-task counts equal the Python reference"
else
    echo "skipped the real Task.csv check: $task is not there"
fi

python3 -c 'import duckdb' 2>/dev/null || pip install duckdb==2.0.1
python3 Benchmarks/CRMMeasures/generate.py --rows 200000 --out "$work/200k"
"$sco" activities convert --input "$work/200k/Task.csv" --measures "$work/200k/measures.json" \
    --owners "$work/200k/owners.csv" --output "$work/200k/activities.csv" 2>/dev/null
python3 Benchmarks/CRMMeasures/score_duckdb.py --data "$work/200k" --totals "$work/duckdb-totals.csv"
python3 - "$work/200k/activities.csv" "$work/duckdb-totals.csv" <<'PY'
import collections, csv, sys
sco = collections.Counter()
for row in csv.DictReader(open(sys.argv[1])):
    sco[(row["rep_id"], row["occurred_on"][:7], row["task_id"])] += float(row["quantity"])
duck = {(r["rep_id"], r["month"], r["task_id"]): float(r["total"]) for r in csv.DictReader(open(sys.argv[2]))}
assert dict(sco) == duck, f"sco and DuckDB differ on {len(set(sco.items()) ^ set(duck.items()))} totals"
print(f"generated 200k export: sco and DuckDB agree on all {len(duck)} rep-month-task totals")
PY
