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
