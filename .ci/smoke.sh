#!/usr/bin/env bash
# Runs each sco command once on real inputs and checks the exit codes; called by .ci/run with the binary.
set -euo pipefail
sco=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "smoke: sco ran its commands in $tmp"

# sco retention: the seed's 80% after 90 days needs 5 reinforcements to hold 90% through day 365.
"$sco" retention --forgotten 0.8 --after-days 90 --target 0.9 --horizon-days 365 >"$tmp/retention.txt"
grep -q "The fewest reinforcements that hold 90.0% through day 365: 5, on days 5, 16, 38, 83, 176." "$tmp/retention.txt"
"$sco" retention --forgotten 0.8 --after-days 120 --format csv >"$tmp/retention.csv"
[ "$(head -1 "$tmp/retention.csv")" = "day,retention_unreinforced,retention_planned" ]
[ "$(wc -l <"$tmp/retention.csv")" -eq 367 ]
"$sco" retention --max-events 2 --format json >"$tmp/retention.json"
grep -q '"isFeasible" : false' "$tmp/retention.json"
if "$sco" retention --forgotten 1.5 2>/dev/null; then echo "retention accepted --forgotten 1.5" >&2; exit 1; fi

# sco roi: quick forms, then a sample investment file.
"$sco" roi --benefits 150000 --costs 100000 >"$tmp/roi-quick.txt"
grep -q "ROI % ((benefits - costs) / costs x 100)  *50.00%" "$tmp/roi-quick.txt"
"$sco" roi --costs-by-year 1000,0,0 --benefits-by-year 0,600,600 --discount-rate 0.1 --format json >"$tmp/npv.json"
grep -q '"netPresentValue" : 41.32' "$tmp/npv.json"
cat >"$tmp/investment.json" <<'JSON'
{
  "schemaVersion": 1,
  "id": "crm-2025",
  "name": "CRM roll-out",
  "category": "crm",
  "owner": "rep-007",
  "startsOn": "2025-01-01",
  "participants": 20,
  "seatsBought": 20,
  "seatsUsed": 15,
  "costs": [
    { "name": "Implementation", "kind": "oneTime", "amount": 10000 },
    { "name": "Licences", "kind": "perSeatMonthly", "amount": 50 },
    { "name": "Time in training", "kind": "participantTime", "hours": 8, "loadedHourlyRate": 75 }
  ],
  "benefits": [
    { "name": "More deals won", "change": { "before": 2.0, "after": 2.5 }, "per": "month", "units": 20,
      "attribution": 0.5, "confidence": 0.8, "unitValue": 1000 }
  ],
  "measured": { "nonInducedChurnBefore": 0.24, "nonInducedChurnAfter": 0.15 }
}
JSON
"$sco" roi --input "$tmp/investment.json" >"$tmp/roi.txt"
grep -q "Spend wasted on 5 idle seats  *9000.00" "$tmp/roi.txt"
"$sco" roi --input "$tmp/investment.json" --format json --output "$tmp/roi.json"
grep -q '"roiPercent" : 148.28' "$tmp/roi.json"
sed 's/"amount": 10000/"amount": -10000/' "$tmp/investment.json" >"$tmp/bad-investment.json"
if "$sco" roi --input "$tmp/bad-investment.json" 2>"$tmp/roi-error.txt"; then echo "roi accepted a negative cost" >&2; exit 1; fi
grep -q "field costs\[0\].amount" "$tmp/roi-error.txt"
echo "smoke: sco roi and sco retention passed"
