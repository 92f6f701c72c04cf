"""The facts file's date notation: YYYY, YYYY-MM, YYYY-MM-DD, or A..B.

Parsed into the same interval ``Value`` that ``dates.find`` returns for a
document, so the record and the documents compare on one rule.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from checker.values import date_words as W
from checker.values.date_words import Span
from checker.values.model import Value

_NOTE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
_NOTE_HELP = "(write YYYY, YYYY-MM, YYYY-MM-DD or A..B)"


def _note_point(part: str, whole: str) -> Span:
    m = _NOTE.fullmatch(part.strip())
    if not m:
        raise ValueError(f"{whole!r} is not a date {_NOTE_HELP}")
    y, month, day = int(m.group(1)), m.group(2), m.group(3)
    if y < 1:
        raise ValueError(f"{whole!r} is not a date: year {y} {_NOTE_HELP}")
    if month is None:
        return W.year(y)
    if not 1 <= int(month) <= 12:
        raise ValueError(f"{whole!r} is not a date: month {int(month)} {_NOTE_HELP}")
    span = W.day(y, int(month), int(day)) if day else W.month(y, int(month))
    if span is None:
        days = calendar.monthrange(y, int(month))[1]
        raise ValueError(f"{whole!r} is not a date: {W.MONTH_NAMES[int(month) - 1]} {y} "
                         f"has {days} days, not {int(day)} {_NOTE_HELP}")
    return span


def parse_notation(s: str) -> Value:
    """The facts file's date: YYYY, YYYY-MM, YYYY-MM-DD, or A..B of those.

    YAML reads an unquoted 2016 as an int and 2017-09-14 as a date: both are
    accepted, as the text they were written as.
    """
    if isinstance(s, dt.date):
        s = s.isoformat()
    elif isinstance(s, int) and not isinstance(s, bool):
        s = str(s)
    if not isinstance(s, str) or not s.strip():
        raise ValueError(f"{s!r} is not a date {_NOTE_HELP}")
    whole = s.strip()
    if ".." in whole:
        a, _, b = whole.partition("..")
        if ".." in b or not a.strip() or not b.strip():
            raise ValueError(f"{whole!r} is not a date range {_NOTE_HELP}")
        left, right = _note_point(a, whole), _note_point(b, whole)
        span = W.join(left, right)
        if span is None:
            raise ValueError(f"{whole!r} is not a date range: {a.strip()} comes after {b.strip()}")
    else:
        span = _note_point(whole, whole)
    return Value(kind="date", low=float(span.lo.toordinal()), high=float(span.hi.toordinal()),
                 precision=span.precision, label=span.label, text=s)
