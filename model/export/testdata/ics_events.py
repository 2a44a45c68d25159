"""Reads an iCalendar file on standard input with the icalendar package and
prints its events as JSON, for the Go tests to compare with the unit."""
import json
import sys

import icalendar


def text(v):
    return None if v is None else str(v)


def when(v):
    return None if v is None else v.dt.isoformat()


def listed(v):
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
events = []
for ev in cal.walk("VEVENT"):
    cats = []
    for c in listed(ev.get("categories")):
        cats.extend(getattr(c, "cats", [c]))
    events.append({
        "uid": text(ev.get("uid")),
        "start": when(ev.get("dtstart")),
        "end": when(ev.get("dtend")),
        "stamp": when(ev.get("dtstamp")),
        "summary": text(ev.get("summary")),
        "location": text(ev.get("location")),
        "description": text(ev.get("description")),
        "categories": [str(c) for c in cats],
        "attendees": [{"address": str(a), "cn": a.params.get("CN"), "role": a.params.get("ROLE")}
                      for a in listed(ev.get("attendee"))],
    })
json.dump(events, sys.stdout, ensure_ascii=False)
