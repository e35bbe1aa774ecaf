#!/usr/bin/env bash
# Runs each sco command once on real inputs and checks the exit codes; called by .ci/run with the binary.
set -euo pipefail
sco=$1
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

# sco store: import twice incrementally, info, freeze a month once, audit trail, bad input changes nothing.
printf 'rep_id,task_id,occurred_on,quantity\nrep-1,calls,2025-03-01,3\nrep-1,calls,2025-03-31,2.5\n' >"$tmp/march.csv"
printf 'rep-2,emails,2025-03-15,10\nrep-1,calls,2025-04-01,7\n' >>"$tmp/march.csv"
printf 'rep_id,task_id,occurred_on,quantity\nrep-2,emails,2025-03-16,1\n' >"$tmp/more.csv"
"$sco" store import --store "$tmp/store" --activities "$tmp/march.csv" --actor smoke | grep -q 'imported 4 activities .* as batch 0'
"$sco" store import --store "$tmp/store" --activities "$tmp/more.csv" --actor smoke | grep -q 'as batch 1'
printf 'rep_id,task_id,occurred_on,quantity\nrep-1,calls,2025-03-02,1\nrep-1,calls,2025-02-30,1\n' >"$tmp/bad.csv"
if "$sco" store import --store "$tmp/store" --activities "$tmp/bad.csv" 2>"$tmp/err"; then
    echo "store import accepted 2025-02-30" >&2
    exit 1
fi
grep -q 'bad.csv:3: field occurred_on' "$tmp/err"
"$sco" store info --store "$tmp/store" | grep -qx 'activities: 5 in 2 batches, 2 reps, 2025-03-01 to 2025-04-01'
# March: rep-1 calls 3 + 2.5 = 5.5 over 2 activities; rep-2 emails 10 + 1 = 11 over 2 (April's 7 is left out).
"$sco" store snapshot --store "$tmp/store" --month 2025-03 --actor smoke --format csv >"$tmp/snapshot.csv"
grep -qx 'rep-1,2025-03,calls,2,5.500000' "$tmp/snapshot.csv"
grep -qx 'rep-2,2025-03,emails,2,11.000000' "$tmp/snapshot.csv"
if "$sco" store snapshot --store "$tmp/store" --month 2025-03 2>"$tmp/err"; then
    echo "a frozen month was replaced" >&2
    exit 1
fi
grep -q 'frozen by smoke' "$tmp/err"
"$sco" store audit --store "$tmp/store" --format json | grep -q '"subject" : "activity-snapshots/2025-03#1"'
echo "smoke: sco store ok"
