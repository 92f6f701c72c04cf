"""Days of the week and weeks: "on Thursday", "last Friday", "Tuesday 4 April", "last week".

News, court reports and press releases date events by the weekday, counted
from the day they were published: "remanded ... and will appear before the
youth court on Thursday", "the man was only arrested last Saturday". Only
the document's date gives such a day a date, so without it they are not
read. A weekday named with a day and a month ("Tuesday 4 April", "Thursday,
April 7") fixes the year where the document's date leaves it open: the
year, nearest the document's, in which that day is that weekday.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from checker.values.dates.words import Span, day_of

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PATTERN = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"

# What makes a bare weekday a date: a word before it, or a time of day or a possessive after it.
BEFORE = frozenset("""on by until till from since before after early late last next this coming
    that following previous begins began starts started opens opened closes closed ends ended starting
    beginning through""".split())
AFTER = re.compile(r"(?:'s|’s)?\s+(?:morning|afternoon|evening|night|lunchtime)\b|(?:'s|’s)\s+[a-z]", re.I)
# "Good Friday", "Black Friday", "Ash Wednesday": names, not days
NAMED = frozenset("good black holy easter maundy cyber ash palm shrove super bloody".split())


def number(name: str) -> int:
    """0 for Monday ... 6 for Sunday."""
    return WEEKDAYS.index(name.lower())


def weekday(name: str, relation: str, doc: dt.date, future: bool) -> Span:
    """The day a weekday names, seen from ``doc``.

    "last Friday": the latest one before ``doc``; "next Tuesday": the first
    after it; "this Thursday": the one in ``doc``'s week (Monday to Sunday);
    otherwise the latest one on or before ``doc``, or looking forward
    (``future``) the first one on or after it.
    """
    target = number(name)
    back = (doc.weekday() - target) % 7  # days since the latest such day, 0 when it is today
    ahead = (target - doc.weekday()) % 7
    relation = relation.lower()
    if relation == "last":
        return day_of(doc - dt.timedelta(back or 7))
    if relation in ("next", "coming", "following"):
        return day_of(doc + dt.timedelta(ahead or 7))
    if relation == "this":
        return day_of(doc + dt.timedelta(target - doc.weekday()))
    return day_of(doc + dt.timedelta(ahead) if future else doc - dt.timedelta(back))


def year_of(month: int, day: int, name: str, doc: dt.date) -> int | None:
    """The year nearest ``doc``'s in which ``day`` ``month`` is the weekday ``name``."""
    target = number(name)
    for year in sorted(range(doc.year - 6, doc.year + 7), key=lambda y: abs(y - doc.year)):
        try:
            if dt.date(year, month, day).weekday() == target:
                return year
        except ValueError:  # 29 February
            continue
    return None


def weekend(word: str, doc: dt.date) -> Span | None:
    """"last weekend", "this weekend": Saturday and Sunday of the week before ``doc``'s, or of
    its own. "next weekend" is None: said on a Monday it means the coming one as often as the
    one after."""
    word = word.lower()
    if word not in ("last", "this"):
        return None
    saturday = doc + dt.timedelta(5 - doc.weekday() - (7 if word == "last" else 0))
    sunday = saturday + dt.timedelta(1)
    return Span(saturday, sunday, "day", f"{saturday.isoformat()}..{sunday.isoformat()}")


def week(word: str, doc: dt.date) -> Span:
    """"last week", "this week", "next week", "earlier this week", "later this week":
    weeks run Monday to Sunday."""
    monday = doc - dt.timedelta(doc.weekday())
    word = word.lower()
    if word == "earlier this":
        first, last = monday, doc
    elif word == "later this":
        first, last = doc, monday + dt.timedelta(6)
    else:
        first = monday + dt.timedelta(7 * {"last": -1, "next": 1}.get(word, 0))
        last = first + dt.timedelta(6)
    return Span(first, last, "day", f"{first.isoformat()}..{last.isoformat()}")


_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def nth_weekday(nth: str, name: str, year: int, month: int) -> Span:
    """"the third Monday in October 2025": that day."""
    target = number(name)
    if nth == "last":
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        day = last - dt.timedelta((last.weekday() - target) % 7)
    else:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta((target - first.weekday()) % 7 + 7 * _NTH[nth])
    return day_of(day)
