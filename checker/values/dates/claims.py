"""The spans a count must leave to the date finder, read only around date cues.

Every date names a month, a season, a quarter, a year 19xx/20xx or a unit of
time, so the date finder need only read the stretches around those words:
the count finder asks for these spans in every sentence with a number, and
most sentences have no date at all.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from checker.values.context import Context
from checker.values.dates.expressions import find
from checker.values.dates.words import MONTHS
from checker.values.numbers import trigger

_YEAR_CUE = re.compile(r"(?:19|20)\d\d")
_DATE_CUE = re.compile(trigger(
    "q1", "q2", "q3", "q4", "quarter", "year", "month", "week", "day", "decade", "fortnight", "century",
    "today", "tomorrow", "yesterday", "spring", "summer", "autumn", "fall", "winter",
    *sorted(MONTHS, key=len, reverse=True)).pattern)
_DATE_ROOM = 24  # spaces either side of a cue: a date and the words it is read with are shorter


def date_spans(text: str, start: int, end: int, ctx: Context) -> Iterator[tuple[int, int]]:
    """The spans of the dates in ``text[start:end]``, read only in the stretches around date cues."""
    spaces = None
    lo = hi = -1
    cues = sorted(m.span() for cue in (_YEAR_CUE, _DATE_CUE) for m in cue.finditer(text, start, end))
    for cue_start, cue_end in cues:
        if cue_start < hi:
            continue
        if spaces is None:
            spaces = [m.start() for m in re.finditer(" ", text[start:end])]
        i = bisect.bisect_left(spaces, cue_start - start)
        a = start + spaces[i - _DATE_ROOM] + 1 if i >= _DATE_ROOM else start
        j = bisect.bisect_left(spaces, cue_end - start) + _DATE_ROOM
        b = start + spaces[j] if j < len(spaces) else end
        if a > hi:
            if hi > lo:
                yield from ((v.start, v.end) for v in find(text, lo, hi, ctx))
            lo = a
        hi = b
    if hi > lo:
        yield from ((v.start, v.end) for v in find(text, lo, hi, ctx))
