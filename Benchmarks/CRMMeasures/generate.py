#!/usr/bin/env python3
"""Deterministic synthetic Salesforce Task export (API names, as Data Loader writes it) for the measures benchmark.

    python3 generate.py --rows 10000000 --out /work/data-i12/10m

Writes into --out:
  Task.csv      21 columns in the Salesforce API shape (18-character ids, ISO dates, `+0000` timestamps), realistic
                Subjects (templates x companies), 2% rows without ActivityDate (CreatedDate is the fallback), ~1 in
                2,000 Descriptions quoted with a comma and an embedded newline, 1% rows repeated later with the same
                Id (an overlapping export), Status/IsDeleted values to filter on.
  owners.csv    crm_user,rep_id for the owners (one owner id is left out: its rows are "unknown owner")
  reps.csv      rep_id,role
  rules.csv     task_id,competency_id,role,monthly_target,weight
  measures.json the measure definition: the Salesforce API preset with 8 task rules (contains, starts with,
                equals, one of and regular expressions), first match wins.
Same --rows/--seed: byte-identical files.
"""
import argparse
import json
import os
import random

COMPANIES = [f"{a} {b}" for a in ["Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Wonka", "Tyrell",
                                  "Cyberdyne", "Soylent", "Hooli", "Vandelay", "Dunder", "Aperture", "Oscorp",
                                  "Pied Piper", "Massive", "Gringotts", "Monarch", "Nakatomi"]
             for b in ["Corp", "Inc", "GmbH", "Ltd", "Group", "Labs", "Holdings", "Partners", "Systems", "AG",
                       "Energy", "Foods", "Retail", "Bank", "Logistics"]]
# (template, weight); {c} is a company. The comment is the task the measure definition gives it.
SUBJECTS = [
    ("Call", 8), ("Call {c}", 6), ("Left Voicemail: Update", 3), ("Left Voicemail: {c}", 2),  # calls_made
    ("Discovery call", 4), ("Discovery call with {c}", 4),  # discovery_calls
    ("Email: Intro to {c}", 6), ("Email: Follow-up", 4), ("Email: pricing question", 2),  # emails_sent
    ("RE: Proposal for {c}", 4), ("Re: Meeting next week", 3), ("FW: contract draft", 2), ("Fwd: {c} intro", 1),
    ("Meeting with {c}", 5), ("Quarterly business meeting", 2), ("Team meeting", 1),  # meetings_held
    ("Product demo for {c}", 4), ("Demo", 2), ("Demonstration of new features", 1),  # demos_delivered
    ("Send out pricing proposal", 3), ("Send new pricing", 2), ("Quote for {c}", 3),  # proposals_sent
    ("Follow up", 5), ("Follow up with Lead", 3), ("Follow up on {c} renewal", 3),  # follow_ups
    ("Review Case", 2), ("Update CRM notes", 2), ("Prepare QBR deck", 1), ("Other", 1),  # no rule
]
TEMPLATES = [t for t, _ in SUBJECTS]
WEIGHTS = [w for _, w in SUBJECTS]
STATUS = (["Completed"] * 14) + (["Not Started"] * 3) + (["In Progress"] * 2) + ["Waiting on someone else"]
HEADER = ("Id,WhoId,WhatId,Subject,ActivityDate,Status,Priority,IsHighPriority,OwnerId,Description,Type,IsDeleted,"
          "AccountId,IsClosed,CreatedDate,CreatedById,LastModifiedDate,SystemModstamp,CallDurationInSeconds,"
          "CallType,TaskSubtype")
TASKS = ["calls_made", "discovery_calls", "emails_sent", "email_replies", "meetings_held", "demos_delivered",
         "proposals_sent", "follow_ups"]
COMPETENCIES = {
    "calls_made": [("communicating-effectively", 1)], "discovery_calls": [("gathering-intelligence", 2)],
    "emails_sent": [("communicating-effectively", 1)], "email_replies": [("building-relationships", 1)],
    "meetings_held": [("building-relationships", 2)], "demos_delivered": [("communicating-effectively", 1.5)],
    "proposals_sent": [("formalizing-commitment", 1)], "follow_ups": [("executing-plans", 1)],
}

MEASURES = {
    "schemaVersion": 1,
    "name": "Salesforce Task export (benchmark)",
    "encoding": "utf-8",
    "recordIDColumn": "Id",
    "repColumn": "OwnerId",
    "days": [{"column": "ActivityDate", "format": "yyyy-MM-dd"},
             {"column": "CreatedDate", "format": "iso8601"}],
    "filters": [
        {"keep": {"field": "Status", "equals": "Completed"}},
        {"drop": {"field": "IsDeleted", "oneOf": ["true", "1"], "ignoreCase": True}},
    ],
    "match": "first",
    "rules": [
        {"taskID": "discovery_calls", "when": {"field": "Subject", "contains": "discovery", "ignoreCase": True}},
        {"taskID": "calls_made", "when": {"any": [
            {"field": "TaskSubtype", "equals": "Call"},
            {"field": "Subject", "matches": "^(call|left voicemail)\\b", "ignoreCase": True}]}},
        {"taskID": "email_replies", "when": {"field": "Subject", "matches": "^(re|fwd?):", "ignoreCase": True}},
        {"taskID": "emails_sent", "when": {"any": [
            {"field": "TaskSubtype", "equals": "Email"},
            {"field": "Subject", "startsWith": "email:", "ignoreCase": True}]}},
        {"taskID": "meetings_held", "when": {"field": "Subject", "contains": "meeting", "ignoreCase": True}},
        {"taskID": "demos_delivered", "when": {"field": "Subject", "matches": "\\bdemo(nstration)?\\b",
                                             "ignoreCase": True}},
        {"taskID": "proposals_sent", "when": {"field": "Subject", "matches": "(proposal|pricing|quote)",
                                            "ignoreCase": True}},
        {"taskID": "follow_ups", "when": {"all": [
            {"field": "Subject", "startsWith": "follow up", "ignoreCase": True},
            {"not": {"field": "Subject", "contains": "renewal", "ignoreCase": True}}]}},
    ],
}

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def sfid(prefix, number):
    digits = []
    for _ in range(10):
        number, r = divmod(number, 62)
        digits.append(ALPHABET[r])
    return prefix + "4W" + "".join(reversed(digits)) + "QAE"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, required=True)
    ap.add_argument("--owners", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--out", required=True)
    ap.add_argument("--measures-only", action="store_true", help="rewrite measures.json only")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    if a.measures_only:
        with open(os.path.join(a.out, "measures.json"), "w") as f:
            json.dump(MEASURES, f, indent=2)
            f.write("\n")
        return
    rng = random.Random(a.seed)
    owners = [sfid("005", 7919 * i + 11) for i in range(a.owners)]
    with open(os.path.join(a.out, "owners.csv"), "w") as f:
        f.write("crm_user,rep_id\n")
        for i, owner in enumerate(owners[:-1]):  # the last owner is not mapped
            f.write(f"{owner},rep-{i + 1:05d}\n")
    with open(os.path.join(a.out, "reps.csv"), "w") as f:
        f.write("rep_id,role\n")
        for i in range(a.owners - 1):
            f.write(f"rep-{i + 1:05d},{'manager' if i % 10 == 0 else 'consultant'}\n")
    with open(os.path.join(a.out, "rules.csv"), "w") as f:
        f.write("task_id,competency_id,role,monthly_target,weight\n")
        per_month = a.rows * 0.7 / (a.owners * 12 * 8)
        for role in ("consultant", "manager"):
            for task in TASKS:
                for competency, weight in COMPETENCIES[task]:
                    f.write(f"{task},{competency},{role},{max(1, round(per_month))},{weight}\n")
    with open(os.path.join(a.out, "measures.json"), "w") as f:
        json.dump(MEASURES, f, indent=2)
        f.write("\n")

    subjects = [[t.replace("{c}", c) for c in COMPANIES] if "{c}" in t else [t] for t in TEMPLATES]
    whos = [sfid("003", 104729 * i + 7) for i in range(20000)]
    whats = [sfid("001", 1299709 * i + 3) for i in range(8000)]
    creators = owners[:50]
    days = [f"2025-{m:02d}-{d:02d}" for m in range(1, 13) for d in range(1, 29)]
    times = [f"{h:02d}:{m:02d}:{s:02d}.000+0000" for h in range(7, 19) for m in (0, 17, 34, 51) for s in (5, 41)]
    recent = []
    with open(os.path.join(a.out, "Task.csv"), "w", newline="") as f:
        f.write(HEADER + "\n")
        lines = []
        for n in range(a.rows):
            if recent and rng.random() < 0.01:
                lines.append(recent[rng.randrange(len(recent))])  # the same record again
            else:
                template = rng.choices(range(len(TEMPLATES)), WEIGHTS)[0]
                pool = subjects[template]
                subject = pool[rng.randrange(len(pool))]
                owner = owners[rng.randrange(len(owners))]
                what = whats[rng.randrange(len(whats))]
                day = days[rng.randrange(len(days))]
                created = f"{day}T{times[rng.randrange(len(times))]}"
                activity = "" if rng.random() < 0.02 else day
                status = STATUS[rng.randrange(len(STATUS))]
                is_call = template < 6
                subtype = "Call" if is_call and rng.random() < 0.3 else ("Email" if 6 <= template < 9 else "Task")
                duration = str(rng.randrange(30, 1800)) if subtype == "Call" else ""
                description = '"Called back, left a note.\nWill retry ""tomorrow"""' if rng.random() < 0.0005 else ""
                deleted = "true" if rng.random() < 0.01 else "false"
                line = ",".join((
                    sfid("00T", n), whos[rng.randrange(len(whos))], what, subject, activity, status,
                    "High" if rng.random() < 0.1 else "Normal", "false", owner, description,
                    "Call" if subtype == "Call" else "", deleted, what, "true" if status == "Completed" else "false",
                    created, creators[rng.randrange(len(creators))], created, created, duration,
                    "Outbound" if subtype == "Call" else "", subtype))
                lines.append(line)
                if len(recent) < 100000:
                    recent.append(line)
                else:
                    recent[rng.randrange(100000)] = line
            if len(lines) >= 100000:
                f.write("\n".join(lines) + "\n")
                lines = []
        if lines:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
