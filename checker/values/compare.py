"""Agreement between a stated value and a canonical one: one rule for all kinds.

Values are intervals on one axis per kind (see model.py), so two values agree
when their intervals can hold the same thing.  The exceptions are explicit:
money in different currencies never agrees (no exchange rates), ratings
compare their choice, and dates written without a year compare on what they
state (month, day).  An open date that names a period ("by 2035", "since
February 2013", "from 3 March 2014") states that period: it is compared by it,
so "by 2030" conflicts with a record of 2035 (``Value.point``).  Two bounds
of the same direction state the bound itself, so they agree only when it is the
same: "up to 5 years" conflicts with "up to 3 years" although both intervals
hold 2 years.  A relative tolerance absorbs float noise (1e-9) and, for
durations, unit conversions (0.5%: "52 weeks" vs "1 year" vs "365 days").
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime
import math

from checker.values.model import Value

FLOAT_TOLERANCE = 1e-9
DURATION_TOLERANCE = 0.005


def _le(a: float, b: float, strict: bool, rel: float) -> bool:
    """a <= b (a < b when strict), with a relative tolerance on finite ends."""
    finite = [abs(x) for x in (a, b) if math.isfinite(x)]
    eps = rel * max(finite, default=0.0)
    return a + eps < b if strict else a <= b + eps


def _overlap(x: Value, y: Value, rel: float) -> bool:
    return (_le(x.low, y.high, x.low_open or y.high_open, rel)
            and _le(y.low, x.high, y.low_open or x.high_open, rel))


def _partial(v: Value) -> bool:
    return v.month is not None and math.isinf(v.low) and math.isinf(v.high)


def _holds_month_day(v: Value, month: int, day: int | None) -> bool:
    """Does the (full) date interval ``v`` contain a day in ``month`` (``day``)?"""
    if not (math.isfinite(v.low) and math.isfinite(v.high)):
        return True  # open-ended ("after 2016"): some year has that day
    lo = math.ceil(v.low) + (1 if v.low_open else 0)
    hi = math.floor(v.high) - (1 if v.high_open else 0)
    if hi < lo:
        return False
    first, last = datetime.date.fromordinal(max(lo, 1)), datetime.date.fromordinal(max(hi, 1))
    if last.year - first.year > 4:
        return True
    for year in range(first.year, last.year + 1):
        if day:
            if day > calendar.monthrange(year, month)[1]:
                continue  # 29 February in a common year
            first_day = last_day = datetime.date(year, month, day).toordinal()
        else:
            first_day = datetime.date(year, month, 1).toordinal()
            last_day = first_day + calendar.monthrange(year, month)[1] - 1
        if first_day <= hi and last_day >= lo:
            return True
    return False


def _dates_agree(x: Value, y: Value) -> bool:
    if x.point or y.point:  # "by 2035" states 2035: it conflicts with a record of 2030
        x, y = _at_point(x), _at_point(y)
    if _partial(x) and _partial(y):
        return x.month == y.month and (x.day is None or y.day is None or x.day == y.day)
    if _partial(x):
        return _holds_month_day(y, x.month, x.day)
    if _partial(y):
        return _holds_month_day(x, y.month, y.day)
    return _overlap(x, y, FLOAT_TOLERANCE)


def _at_point(v: Value) -> Value:
    return dataclasses.replace(v, low=v.point[0], high=v.point[1], point=None) if v.point else v


def agrees(stated: Value, canonical: Value) -> bool:
    """Can ``stated`` and ``canonical`` be true of the same thing?"""
    if stated.kind != canonical.kind:
        return False
    if stated.kind == "rating":
        return stated.choice.strip().lower() == canonical.choice.strip().lower()
    if stated.kind == "money" and stated.unit != canonical.unit:
        return False
    if stated.kind == "date":
        return _dates_agree(stated, canonical)
    rel = DURATION_TOLERANCE if stated.kind == "duration" else FLOAT_TOLERANCE
    if _upper_bound(stated) and _upper_bound(canonical):  # "up to 5 years" vs "up to 3 years"
        return _same(stated.high, canonical.high, rel)
    if _lower_bound(stated) and _lower_bound(canonical):  # "over 100" vs "at least 120"
        return _same(stated.low, canonical.low, rel)
    return _overlap(stated, canonical, rel)


def _upper_bound(v: Value) -> bool:
    """[0, X]: "up to X", "under X" -- a stated maximum."""
    return v.low == 0 and not v.low_open and 0 < v.high < math.inf


def _lower_bound(v: Value) -> bool:
    """[X, inf]: "at least X", "over X" -- a stated minimum."""
    return v.high == math.inf and math.isfinite(v.low)


def _same(a: float, b: float, rel: float) -> bool:
    return _le(a, b, False, rel) and _le(b, a, False, rel)


def describe(v: Value) -> str:
    """How to show ``v`` to a reader: its label, else something readable."""
    if v.label:
        return v.label
    if v.kind == "rating":
        return v.choice
    if v.text:
        return v.text
    if v.month is not None:
        return f"--{v.month:02d}" + (f"-{v.day:02d}" if v.day else "")
    unit = f" {v.unit}" if v.unit else (" months" if v.kind == "duration" else "")
    low = "(" if v.low_open else "["
    high = ")" if v.high_open else "]"
    if v.low == v.high:
        return f"{v.low:g}{unit}"
    return f"{low}{v.low:g}, {v.high:g}{high}{unit}"
