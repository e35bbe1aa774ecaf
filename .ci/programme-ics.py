"""Checks sco's reinforcement calendars with an independent iCalendar parser (icalendar from PyPI).

Usage: programme-ics.py FIRST_DIR SECOND_DIR ROSTER_CSV HOSTILE_NAME LOCAL_TIME
FIRST_DIR and SECOND_DIR hold two exports of the same cohort (manager-*.ics and reinforcements.csv).
"""
import csv
import datetime
import pathlib
import sys
import zoneinfo

import icalendar

first, second, roster_path, hostile_name, local_time = sys.argv[1:6]


def events(folder):
    """UID -> (file, event) for every VEVENT of every .ics file in folder."""
    found = {}
    for path in sorted(pathlib.Path(folder).glob("*.ics")):
        raw = path.read_bytes()
        for line in raw.split(b"\r\n"):
            assert len(line) <= 75, f"{path.name}: a line of {len(line)} octets"
            line.decode("utf-8")  # folding never splits a UTF-8 sequence
        assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), f"{path.name}: bare line ends"
        calendar = icalendar.Calendar.from_ical(raw)
        declared = str(calendar["X-WR-TIMEZONE"])
        zones = {str(z["TZID"]): z.to_tz() for z in calendar.walk("VTIMEZONE")}
        for event in calendar.walk("VEVENT"):
            uid = str(event["UID"])
            assert uid not in found, f"UID {uid} twice"
            found[uid] = (path.name, event, declared, zones)
    return found


def rows(folder):
    with open(pathlib.Path(folder) / "reinforcements.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


one, two = events(first), events(second)
planned = rows(first)
# Every planned session is an event, in its manager's file, and nothing else is.
assert set(one) == {row["uid"] for row in planned}, "the events differ from the planned sessions"
for row in planned:
    file_name = one[row["uid"]][0]
    assert file_name.startswith("manager-") or file_name == "no-manager.ics", file_name
# A second export gives the same UIDs, so a re-import updates instead of duplicating.
assert set(one) == set(two), "UIDs changed between two exports"
hour, minute = map(int, local_time.split(":"))
for row in planned:
    name, event, declared, zones = one[row["uid"]]
    start = event.decoded("DTSTART")
    assert start.tzinfo is not None, f"{row['uid']}: a floating time"
    # The time is in the declared zone: the TZID names it, and the local wall time is the requested one.
    if declared == "UTC":
        assert start.utcoffset() == datetime.timedelta(0)
    else:
        assert event["DTSTART"].params["TZID"] == declared, f"{row['uid']}: TZID differs from {declared}"
        local = start.astimezone(zoneinfo.ZoneInfo(declared))
        assert (local.hour, local.minute) == (hour, minute), f"{row['uid']}: starts at {local}"
        # The file's own VTIMEZONE gives the same offset as the tz database on that day.
        ours = start.replace(tzinfo=None).replace(tzinfo=zones[declared])
        assert ours.utcoffset() == local.utcoffset(), f"{row['uid']}: VTIMEZONE offset {ours.utcoffset()}"
    utc = start.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert utc == row["starts_at"], f"{row['uid']}: {utc} != {row['starts_at']}"
    assert start.date().isoformat() == row["scheduled_on"]
    assert start.weekday() < 5, f"{row['uid']}: on a weekend"
    # Escaping survives: the summary holds the participant's id and the investment's name exactly.
    summary = str(event["SUMMARY"])
    assert row["rep_id"] in summary and hostile_name in summary, f"summary {summary!r}"
with open(roster_path, newline="", encoding="utf-8") as handle:
    hostile = [r["rep_id"] for r in csv.DictReader(handle) if r["role"] != "manager" and any(c in r["rep_id"] for c in ",;\n")]
assert hostile and all(any(r["rep_id"] == h for r in planned) for h in hostile), "hostile ids lost"
print(f"ics: {len(one)} events in {len({v[0] for v in one.values()})} files parse with icalendar "
      f"{icalendar.__version__}; UIDs stable across two exports; times in the declared zone; escaping intact")
