#!/usr/bin/env python3
"""Independent reference for the Salesforce Task preset (ActivityMeasures.salesforceTaskExport, no owner map):
counts per owner, month and task of a Task export, with Python's csv and re modules.

    python3 reference_counts.py Task.csv > counts.csv

Prints owner,month,task,activities sorted, then (on stderr) the rows skipped per reason. The rules, in order,
first match wins: TaskSubtype = Email -> emails_sent; TaskSubtype = Call or Type = Call -> calls_made; then the
Subject keyword rules. Rows with IsDeleted true/1 are dropped; the day is ActivityDate, else the date of the UTC
CreatedDate timestamp; Id de-duplicates.
"""
import collections
import csv
import re
import sys

RULES = [
    ("emails_sent", lambda r: r["TaskSubtype"] == "Email"),
    ("calls_made", lambda r: r["TaskSubtype"] == "Call" or r["Type"] == "Call"),
    ("emails_sent", lambda r: re.search(r"^(email|e-mail|re|fwd?)\b", r["Subject"], re.I)),
    ("calls_made", lambda r: re.search(r"\b(call|voicemail)\b", r["Subject"], re.I)),
    ("meetings_held", lambda r: re.search(r"\b(meeting|presentation|demo)\b", r["Subject"], re.I)),
    ("proposals_sent", lambda r: re.search(r"\b(proposal|pricing|quote)\b", r["Subject"], re.I)),
    ("follow_ups", lambda r: r["Subject"].lower().startswith("follow up")),
]


def main():
    counts = collections.Counter()
    skipped = collections.Counter()
    seen = set()
    with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            row = {k: (v or "").strip() for k, v in row.items()}
            if row["IsDeleted"].lower() in ("true", "1"):
                skipped["filteredOut"] += 1
                continue
            task = next((t for t, rule in RULES if rule(row)), None)
            if task is None:
                skipped["noTaskRule"] += 1
                continue
            if not row["OwnerId"]:
                skipped["unknownOwner"] += 1
                continue
            day = row["ActivityDate"] or row["CreatedDate"][:10]  # the timestamps are +0000
            if not day:
                skipped["noDate"] += 1
                continue
            if row["Id"] in seen:
                skipped["duplicateRecord"] += 1
                continue
            seen.add(row["Id"])
            counts[(row["OwnerId"], day[:7], task)] += 1
    print("owner,month,task,activities")
    for (owner, month, task), n in sorted(counts.items()):
        print(f"{owner},{month},{task},{n}")
    print(dict(sorted(skipped.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
