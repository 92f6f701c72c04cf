"""The facts file's date notation: YYYY, YYYY-MM, YYYY-MM-DD, or A..B.

Parsed into the same interval ``Value`` that ``dates.find`` returns for a
document, so the record and the documents compare on one rule: both build
it here (``span_value``, ``atom_value``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re

import checker.values.dates.words as W
from checker.values.dates.words import Span
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
    return span_value(span, text=s)


def atom_value(atom, mod: str, open_word: str, doc: dt.date | None, future: bool,
               text: str, s: int, e: int) -> Value | None:
    """The Value of what ``dates.find`` read at text[s:e] -- a Span, or a Yearless
    to resolve against the document date -- once its modifier and open word apply."""
    # "received or postmarked on or before 28 May 2024": by that day, that day included
    open_word = {"prior to": "before", "on or before": "by", "on or after": "from"}.get(open_word, open_word)
    if open_word == "before" and mod in ("end", "late"):
        open_word = "by"  # "before the end of this year" is a deadline: by the end of the year
    if isinstance(atom, W.Yearless):
        if doc is None:  # unbounded, keeping its month (and day); a season has no month to keep
            words = " ".join(w for w in (open_word, W.MODIFIERS[mod][0] if mod else "", atom.name) if w)
            return None if atom.season else Value(
                kind="date", low=-math.inf, high=math.inf, precision="day" if atom.day else "month",
                month=atom.month, day=atom.day, label=f"{words} (year not stated)", text=text[s:e],
                start=s, end=e)
        atom = W.resolve(atom, doc, future)
    span = W.modify(atom, mod) if atom and mod else atom
    return span and span_value(span, open_word, doc, text[s:e], s, e)


def span_value(span: Span, open_word: str = "", doc: dt.date | None = None,
               text: str = "", start: int = 0, end: int = 0) -> Value:
    """The interval Value of a Span, opened on one side by an open word.

    "since" runs from the start to the document date (+inf when it is
    unknown), "from" to +inf, "before" is (-inf, day before], "after" is
    [day after, +inf) and "by" is (-inf, last day].
    """
    low, high, label = float(span.lo.toordinal()), float(span.hi.toordinal()), span.label
    point = (low, high) if open_word in ("since", "from", "by") else None
    if open_word:
        label = f"{open_word} {span.label}"
        if open_word == "since":
            high = float(doc.toordinal()) if doc and doc >= span.lo else math.inf
        elif open_word == "from":
            high = math.inf
        elif open_word == "before":
            low, high = -math.inf, low - 1
        elif open_word == "after":
            low, high = high + 1, math.inf
        elif open_word == "by":
            low = -math.inf
    return Value(kind="date", low=low, high=high, precision=span.precision, label=label,
                 text=text, start=start, end=end, point=point)
