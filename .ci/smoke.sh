#!/usr/bin/env bash
# Runs each sco command once on real inputs and checks the exit codes; called by .ci/run with the binary.
set -euo pipefail
sco=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "smoke: sco ran its commands in $tmp"

# sco outcomes: a small CRM export with Maven-like quirks (CRLF, empty dates and values on open deals).
printf 'opportunity_id,sales_agent,account,deal_stage,engage_date,close_date,close_value\r\n' >"$tmp/pipeline.csv"
printf 'o1,Ann,Acme,Won,2017-01-02,2017-03-01,100\r\no2,Ann,Acme,Lost,2017-01-05,2017-03-10,0\r\n' >>"$tmp/pipeline.csv"
printf 'o3,Bob,,Won,2017-02-01,2017-04-11,250.5\r\no4,Bob,Beta,Engaging,2017-03-01,,\r\n' >>"$tmp/pipeline.csv"
printf 'o5,Cy,,Prospecting,,,\r\n' >>"$tmp/pipeline.csv"
printf 'sales_agent,manager\nAnn,Meg\nBob,Meg\nCy,Max\n' >"$tmp/teams.csv"
outcomes=(outcomes --opportunities "$tmp/pipeline.csv" --owner sales_agent --opened engage_date --closed close_date
    --stage deal_stage --value close_value --won Won --lost Lost)
"$sco" "${outcomes[@]}" --format csv --output "$tmp/outcomes.csv"
grep -qx 'Ann,2017-03..2017-04,1,1,0.500000,58.00,58.00,100' "$tmp/outcomes.csv"
"$sco" "${outcomes[@]}" --monthly --format csv | grep -qx 'Bob,2017-04,1,0,1.000000,69.00,69.00,250.5'
"$sco" "${outcomes[@]}" --by month --format csv | grep -qx 'all,2017-04,1,0,1.000000,69.00,69.00,250.5'
"$sco" "${outcomes[@]}" --by team --teams "$tmp/teams.csv" --teams-columns sales_agent,manager --format csv |
    grep -qx 'Meg,2017-03..2017-04,2,1,0.666667,63.50,63.50,350.5'
"$sco" "${outcomes[@]}" --format json | grep -q '"openDeals" : 2'
"$sco" "${outcomes[@]}" | grep -q '^overall'
if "$sco" "${outcomes[@]/Lost/Closed Lost}" 2>"$tmp/err"; then echo "outcomes accepted an unknown stage" >&2; exit 1; fi
grep -q 'unknown stage labels "Lost"' "$tmp/err"
"$sco" "${outcomes[@]/Lost/Closed Lost}" --open engaging,prospecting --unknown-stages-open --by month --format csv |
    grep -qx 'all,2017-03,1,0,1.000000,58.00,58.00,100'
echo "smoke: sco outcomes ok"
printf 'rep_id,role,manager_id,hired_on,left_on,departure\nMeg,manager,,2016-01-01,,\nAnn,consultant,Meg,2016-12-01,,\n' >"$tmp/roster.csv"
printf 'Bob,consultant,Meg,2017-01-15,2017-04-30,voluntary\nCy,consultant,Meg,2017-02-01,,\n' >>"$tmp/roster.csv"
"$sco" "${outcomes[@]}" --roster "$tmp/roster.csv" --by team --from 2017-04 --format csv |
    grep -qx 'Meg,2017-04,1,0,1.000000,69.00,69.00,250.5'
# Ramp: Ann 2016-12-01 -> 2017-03-01 = 90 days, Bob 2017-01-15 -> 2017-04-11 = 86: median 88.
# Churn 2017-03-01..2017-04-30: Bob leaves voluntarily; headcount 4 at both ends: 1 / 4 = 25%.
"$sco" "${outcomes[@]}" --roster "$tmp/roster.csv" >"$tmp/table.txt"
grep -q 'ramp (hire to first win): median 88.0 days over 2 reps' "$tmp/table.txt"
grep -q 'non-induced churn 2017-03-01..2017-04-30: 25.0% (1 voluntary' "$tmp/table.txt"
echo "smoke: sco outcomes with a roster ok"
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
"$sco" roi --costs-by-year 1000,0,0 --benefits-by-year 0,600,600 --discount-rate 0.1 >"$tmp/flows.txt"
grep -q "^PV ROI % ((benefits - costs) / costs x 100)  *4.13%" "$tmp/flows.txt"
"$sco" roi --input "$tmp/investment.json" --format json --output "$tmp/roi.json"
grep -q '"roiPercent" : 148.28' "$tmp/roi.json"
"$sco" roi --input "$tmp/investment.json" --format html --output "$tmp/roi.html"
grep -q '<td class="num">148.3%</td>' "$tmp/roi.html"
if "$sco" roi --benefits 10 --costs 5 --format html 2>/dev/null; then echo "roi html without --input" >&2; exit 1; fi
sed 's/"amount": 10000/"amount": -10000/' "$tmp/investment.json" >"$tmp/bad-investment.json"
if "$sco" roi --input "$tmp/bad-investment.json" 2>"$tmp/roi-error.txt"; then echo "roi accepted a negative cost" >&2; exit 1; fi
grep -q "field costs\[0\].amount" "$tmp/roi-error.txt"
echo "smoke: sco roi and sco retention passed"
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

# sco demo: the whole flow on built-in data, no files needed; it writes the dashboard and the sample files.
(cd "$tmp" && "$sco" demo --output-dir demo >"$tmp/demo.txt")
grep -q '^Investments  Selling bootcamp alone' "$tmp/demo.txt"
grep -q 'Wrote demo/dashboard.html' "$tmp/demo.txt"
for file in dashboard.html roster.csv rules.csv activities.csv assessments.csv opportunities.csv; do
    test -s "$tmp/demo/$file"
done
grep -q '<svg' "$tmp/demo/dashboard.html"
for file in calendars/reinforcements.csv calendars/manager-mgr-north.ics ownership.json review-rep-01.html; do
    test -s "$tmp/demo/$file"
    grep -q "demo/$file" "$tmp/demo.txt"
done
if "$sco" demo --seed nope 2>/dev/null; then echo "demo accepted a bad seed" >&2; exit 1; fi
echo "smoke: sco demo ok"
# sco store: rules versioned by effective day, incremental import, score from the store, freeze a month once.
printf 'task_id,competency_id,role,monthly_target,weight\nemails,communicating-effectively,consultant,10,1\n' >"$tmp/rules-jan.csv"
printf 'task_id,competency_id,role,monthly_target,weight\nemails,communicating-effectively,consultant,20,1\n' >"$tmp/rules-apr.csv"
printf 'rep_id,role\nr1,consultant\nr2,consultant\n' >"$tmp/store-roster.csv"
printf 'rep_id,task_id,occurred_on,quantity\nr1,emails,2025-03-01,3\nr1,emails,2025-03-31,12\n' >"$tmp/march.csv"
printf 'rep_id,task_id,occurred_on,quantity\nr1,emails,2025-04-10T09:30:00Z,15\nr2,emails,2025-03-15,7\n' >"$tmp/more.csv"
"$sco" store policy --store "$tmp/store" --rules "$tmp/rules-jan.csv" --effective 2025-01-01 --actor smoke |
    grep -q 'version 1, in force from 2025-01-01'
"$sco" store policy --store "$tmp/store" --rules "$tmp/rules-apr.csv" --effective 2025-04-01 --actor smoke | grep -q 'version 2'
"$sco" store import --store "$tmp/store" --activities "$tmp/march.csv" --actor smoke | grep -q 'imported 2 activities .* batch 0'
"$sco" store import --store "$tmp/store" --activities "$tmp/more.csv" --actor smoke | grep -q 'as batch 1'
printf 'rep_id,task_id,occurred_on,quantity\nr1,emails,2025-03-02,1\nr1,emails,2025-02-30,1\n' >"$tmp/bad.csv"
if "$sco" store import --store "$tmp/store" --activities "$tmp/bad.csv" 2>"$tmp/err"; then
    echo "store import accepted 2025-02-30" >&2
    exit 1
fi
grep -q 'bad.csv:3' "$tmp/err"
printf 'rep_id,task_id,occurred_on,quantity\n' >"$tmp/header-only.csv"
if "$sco" store import --store "$tmp/store" --activities "$tmp/header-only.csv" 2>/dev/null; then exit 1; fi
if "$sco" store info --store "$tmp/no-store" 2>/dev/null || [ -e "$tmp/no-store" ]; then exit 1; fi
"$sco" store info --store "$tmp/store" | grep -qx 'activities: 4 in 2 batches, 2 reps, 2025-03-01 to 2025-04-10'
# An unwritable --output fails before the month is frozen, so the snapshot below still succeeds.
if "$sco" store snapshot --store "$tmp/store" --month 2025-03 --roster "$tmp/store-roster.csv" \
    --output "$tmp/no-such-folder/out.csv" 2>"$tmp/err"; then exit 1; fi
grep -q 'no-such-folder does not exist or is not writable' "$tmp/err"
# March under January's rules (target 10): r1 3 + 12 = 15 -> 1.5 (the cap), green; r2 7 -> 0.7, amber.
"$sco" store snapshot --store "$tmp/store" --month 2025-03 --roster "$tmp/store-roster.csv" --actor smoke \
    --format csv >"$tmp/snapshot.csv"
grep -qx 'r1,2025-03,communicating-effectively,1.500000,green' "$tmp/snapshot.csv"
grep -qx 'r2,2025-03,communicating-effectively,0.700000,amber' "$tmp/snapshot.csv"
if "$sco" store snapshot --store "$tmp/store" --month 2025-03 --roster "$tmp/store-roster.csv" 2>"$tmp/err"; then
    echo "a frozen month was replaced" >&2
    exit 1
fi
grep -q 'frozen by smoke' "$tmp/err"
# April under April's rules (target 20): r1 15 -> 0.75, amber.
"$sco" score --store "$tmp/store" --roster "$tmp/store-roster.csv" --from 2025-04 --to 2025-04 --format csv 2>/dev/null |
    grep -qx 'r1,2025-04,communicating-effectively,0.750000,amber'
if "$sco" score --store "$tmp/store" --roster "$tmp/store-roster.csv" 2>"$tmp/err"; then
    echo "scored across a change of rules" >&2
    exit 1
fi
grep -q 'stored rules change between 2025-03 and 2025-04' "$tmp/err"
"$sco" score --store "$tmp/store" --roster "$tmp/store-roster.csv" --rules "$tmp/rules-jan.csv" --format csv 2>/dev/null |
    grep -qx 'r1,2025-04,communicating-effectively,1.500000,green'
"$sco" store audit --store "$tmp/store" --format json | grep -q '"subject" : "scorecard-snapshots/2025-03#1"'
echo "smoke: sco store ok"
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
# The output is never an input: refused with exit 2, the file left as it was; an unwritable output exits 3.
cp "$tmp/roster.csv" "$tmp/roster-copy.csv"
set +e
"$sco" score --activities "$tmp/activities.csv" --roster "$tmp/roster-copy.csv" --rules "$tmp/rules.csv" \
    --format csv --output "$tmp/roster-copy.csv" 2>/dev/null
status=$?
"${score[@]}" --format csv --output "$tmp/no-such-folder/scores.csv" 2>/dev/null
unwritable=$?
set -e
[ "$status" -eq 2 ] && cmp -s "$tmp/roster.csv" "$tmp/roster-copy.csv" && [ "$unwritable" -eq 3 ]
"$sco" --version | grep -q '^sco [0-9]*\.[0-9]*\.[0-9]*$'
# Months without any activity (r1 February, r2 January, r3 February) are no-data, counted apart.
"${score[@]}" --summary 2>/dev/null | grep -q '"red": 2, "amber": 1, "green": 2, "noData": 5, "checksum": "3.700000"'
# --bench: the definition of ../shared/bench, absence scores 0 (and complaints earn no cap from doing nothing).
"${score[@]}" --summary --bench 2>/dev/null |
    grep -q '"red": 7, "amber": 1, "green": 2, "noData": 0, "checksum": "3.700000"'
"${score[@]}" --summary --format csv 2>/dev/null | grep -qx '10,2,1,2,5,3.700000'
grep -q 'reps whose role has no rules, not scored: m1' "$tmp/stderr.txt"
NO_COLOR=1 "${score[@]}" --from 2025-01 --to 2025-01 2>/dev/null | grep -q 'r3 .*2025-01 .*gathering-intelligence'
"${score[@]}" --format json 2>/dev/null | grep -q '"competencyID" : "building-relationships"'
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
"${score[@]}" --assessments "$tmp/assessments.csv" --format html --output "$tmp/scores.html" 2>/dev/null
grep -q '<svg' "$tmp/scores.html"
grep -q 'r2 (consultant)' "$tmp/scores.html"
grep -q 'differ from what managers' "$tmp/scores.html"
echo "smoke: sco score ok"
