#!/usr/bin/env bash
# Issue 18's checks with real tools: sco calendar's .ics files through an independent parser (icalendar from
# PyPI, pinned) and the review pack's page breaks (added below). Called by .ci/run with the sco binary.
set -euo pipefail
cd "$(dirname "$0")/.."
sco=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d /tmp/programme-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
t0=$SECONDS

ICALENDAR_VERSION=6.1.3
if ! python3 -c "import icalendar, sys; sys.exit(icalendar.__version__ != '$ICALENDAR_VERSION')" 2>/dev/null; then
    python3 -m pip install --quiet --disable-pip-version-check "icalendar==$ICALENDAR_VERSION"
fi
echo "programme: icalendar $ICALENDAR_VERSION ready after $((SECONDS - t0)) s"

# A cohort with hostile names (commas, semicolons, quotes, a backslash, a newline, non-ASCII) across two
# managers, one participant without a manager, a holiday, and London's change to summer time inside the plan.
hostile='Zoë, "Z"; O'\''Neil\
Jr 😀'
{
    echo 'rep_id,role,manager_id'
    echo 'mgr-a,manager,'
    echo '"mgr;b,ü",manager,'
    echo 'ava,consultant,mgr-a'
    echo 'bo,consultant,"mgr;b,ü"'
    printf '"%s",consultant,mgr-a\n' "${hostile//\"/\"\"}"
    echo 'cy,consultant,'
} >"$tmp/roster.csv"
{
    echo 'rep_id,investment_id,enrolled_on'
    echo 'ava,bootcamp,2025-03-03'
    echo 'bo,bootcamp,2025-03-03'
    printf '"%s",bootcamp,2025-03-04\n' "${hostile//\"/\"\"}"
    echo 'cy,bootcamp,2025-03-05'
} >"$tmp/enrolments.csv"
name='Bootcamp, level 2; "advanced" \ für Verkäufer'
cohort=(calendar --enrolments "$tmp/enrolments.csv" --roster "$tmp/roster.csv" --investment bootcamp
    --at 09:30 --holidays 2025-05-26 --name "$name")
calendar=("${cohort[@]}" --time-zone Europe/London)
"$sco" "${calendar[@]}" --output-dir "$tmp/first" >/dev/null
sleep 1 # a later DTSTAMP: the second export differs in its stamp, never in its UIDs
"$sco" "${calendar[@]}" --output-dir "$tmp/second" >/dev/null
python3 .ci/programme-ics.py "$tmp/first" "$tmp/second" "$tmp/roster.csv" "$name" 09:30
"$sco" "${cohort[@]}" --time-zone UTC --output-dir "$tmp/utc" >/dev/null
python3 .ci/programme-ics.py "$tmp/utc" "$tmp/utc" "$tmp/roster.csv" "$name" 09:30
# Tracking: a session held before enrolment is refused with the file, line and field.
printf 'rep_id,investment_id,held_on\nava,bootcamp,2025-03-10\nbo,bootcamp,2025-03-01\n' >"$tmp/held.csv"
if "$sco" "${calendar[@]}" --held "$tmp/held.csv" --effective 2025-06-30 2>"$tmp/err"; then
    echo "a session held before enrolment was accepted" >&2
    exit 1
fi
grep -q 'held.csv:3: field held_on: held on 2025-03-01, before enrolling on 2025-03-03' "$tmp/err"
echo "programme: calendars checked in $((SECONDS - t0)) s"

# The review pack of a rep scored on all 29 competencies, with observers' ratings on every competency in four
# months (116 validation rows, so tables run over pages), printed by headless Chromium on A4 and on Letter.
t1=$SECONDS
if ! command -v chromium >/dev/null || ! command -v pdftotext >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
fi
"$sco" dictionary --format json --output "$tmp/dictionary.json"
python3 - "$tmp" <<'PY'
import json, sys
tmp = sys.argv[1]
ids = [c["id"] for c in json.load(open(f"{tmp}/dictionary.json"))["competencies"]]
assert len(ids) == 29, len(ids)
with open(f"{tmp}/review-roster.csv", "w") as f:
    f.write("rep_id,role,manager_id,hired_on\nmeg,manager,,2020-01-01\nava,consultant,meg,2025-03-01\n")
with open(f"{tmp}/review-rules.csv", "w") as f:
    f.write("task_id,competency_id,role,monthly_target,weight\n")
    for i, c in enumerate(ids):
        f.write(f"task-{i:02d},{c},consultant,10,1\n")
with open(f"{tmp}/review-activities.csv", "w") as f:
    f.write("rep_id,task_id,occurred_on,quantity\n")
    for i in range(len(ids)):
        for month in range(3, 13):
            f.write(f"ava,task-{i:02d},2025-{month:02d}-10,{(i * 3 + month * 5) % 16}\n")
with open(f"{tmp}/review-assessments.csv", "w") as f:
    f.write("rep_id,competency_id,source,rating,assessed_on\n")
    for i, c in enumerate(ids):
        for month, source in ((4, "field-ride"), (6, "1-on-1"), (9, "360"), (11, "field-ride")):
            f.write(f"ava,{c},{source},{1 + (i + month) % 5},2025-{month:02d}-15\n")
PY
"$sco" review --rep ava --year 2025 --roster "$tmp/review-roster.csv" --rules "$tmp/review-rules.csv" \
    --activities "$tmp/review-activities.csv" --assessments "$tmp/review-assessments.csv" --output "$tmp/review.html"
for paper in A4 letter; do
    sed "s|<style>|<style>@page{size:$paper}|" "$tmp/review.html" >"$tmp/review-$paper.html"
    timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$tmp/review-$paper.pdf" "file://$tmp/review-$paper.html" 2>/dev/null
done
python3 .ci/programme-pages.py "$tmp/review.html" "$tmp/review-A4.pdf" "$tmp/review-letter.pdf"
if [ -n "${PROGRAMME_KEEP:-}" ]; then cp "$tmp"/review-*.pdf "$PROGRAMME_KEEP"/; fi
echo "programme: review pack printed and checked in $((SECONDS - t1)) s (whole step $((SECONDS - t0)) s)"
