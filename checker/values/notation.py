"""Values as written in the facts file: "3 years", "£1.63m", "79%", "up to 20".

The notations are the document grammar restricted to one whole value, so a
curator writes a value the way documents do and it is read the same way: a
canonical "£1.63m" or "79%" without an explicit tolerance carries its written
precision, exactly as in a document.  Anything else raises ValueError with a
one-line message saying which notation is expected.
"""

from __future__ import annotations

import re

from checker.values import date_notation, duration, money
from checker.values.context import Context
from checker.values.model import Value
from checker.values.numbers import (
    NUMBER,
    NUMERAL,
    QUALIFIER,
    fmt_number,
    half_unit,
    numeral_text,
    parse_number,
    qualifier_kind,
    qualify,
)
from checker.values.rating import match_choice

KINDS = ("date", "duration", "money", "count", "percent", "rating")
_EXPECT = {
    "duration": "a duration: write [up to|at least|about] N days|weeks|months|years",
    "money": "an amount of money: write [up to|over] £N, £Nk, £Nm or £Nbn (or $, €), "
             "e.g. £1.63m, £84m, £2,000",
    "count": "a count: write a whole number N, or up to|at least|over N",
    "percent": "a percent: write N or N%, optionally ±T, e.g. 79%, 78.9±0.5",
}
_COUNT = re.compile(rf"(?:(?P<q>{QUALIFIER}) )?(?P<a>{NUMBER})", re.IGNORECASE)
_PERCENT = re.compile(
    rf"(?:(?P<q>{QUALIFIER}) )?(?P<a>{NUMBER}) ?(?:%|per ?cent|percent)?"
    rf"(?: ?(?:±|\+/-|\+-) ?(?P<t>{NUMERAL}) ?%?)?", re.IGNORECASE)


def _fail(kind: str, s: str) -> ValueError:
    return ValueError(f"{s!r} is not {_EXPECT[kind]}")


def _whole(finder, kind: str, s: str) -> Value:
    """The one value ``finder`` reads in all of ``s``, else the notation error."""
    found = finder(s, 0, len(s), Context())
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(s):
        raise _fail(kind, s)
    return found[0]


def _count(s: str) -> Value:
    m = _COUNT.fullmatch(s)
    a = parse_number(m.group("a")) if m else None
    if a is None or a != int(a):
        raise _fail("count", s)
    low, high, lo_open, hi_open, prefix = qualify(qualifier_kind(m.group("q")), a, a, a)
    return Value("count", low, high, lo_open, hi_open, label=f"{prefix}{a:,.0f}", text=s, end=len(s))


def _percent(s: str) -> Value:
    m = _PERCENT.fullmatch(s)
    a = parse_number(m.group("a")) if m else None
    if a is None:
        raise _fail("percent", s)
    figure = numeral_text(m.group("a")) or fmt_number(a)
    if m.group("t"):
        t = parse_number(m.group("t"))
        if m.group("q"):
            raise _fail("percent", s)
        return Value("percent", a - t, a + t, label=f"{figure}±{fmt_number(t)}%", text=s, end=len(s))
    half = half_unit(m.group("a"))
    low, high, lo_open, hi_open, prefix = qualify(qualifier_kind(m.group("q")), a, a - half, a + half)
    return Value("percent", low, high, lo_open, hi_open, label=f"{prefix}{figure}%", text=s, end=len(s))


def _rating(s: str, choices: tuple[str, ...]) -> Value:
    choice = match_choice(s, choices) if choices else None
    if choice is None:
        listed = ", ".join(choices) if choices else "(none given: list the fact's choices)"
        raise ValueError(f"{s!r} is not a rating: write one of {listed}")
    return Value("rating", 0.0, 0.0, choice=choice, label=choice, text=s, end=len(s))


def parse_value(kind: str, s: str, choices: tuple[str, ...] = ()) -> Value:
    """Read the facts-file notation ``s`` for a value of ``kind``.

    Raises ValueError with a one-line message naming the expected notation.
    """
    if kind not in KINDS:
        raise ValueError(f"{kind!r} is not a value type: expected one of {', '.join(KINDS)}")
    s = " ".join(str(s).split())
    if kind == "date":
        return date_notation.parse_notation(s)
    if kind == "duration":
        return _whole(duration.find, kind, s)
    if kind == "money":
        return _whole(money.find, kind, s)
    if kind == "count":
        return _count(s)
    if kind == "percent":
        return _percent(s)
    return _rating(s, tuple(choices))
