"""The value model shared by every value type.

Every value a document states, and every canonical value in the facts file,
is an interval on one axis per type, so that agreement is one rule for all:
two values agree when their intervals can hold the same thing, and conflict
when they are disjoint ("up to 3 years" = [0, 3y] agrees with "three years";
"September 2016" is disjoint from "October 2016").

Canonical units on the axis:
- date: proleptic Gregorian ordinal days (``datetime.date.toordinal``), the
  interval holding every day the expression can mean ("2016" = 1 Jan..31 Dec).
  A date written without a year ("In November") has ``low=-inf, high=inf``
  and keeps ``month`` (and ``day``): it is compared on what it states.
- duration: months (1 year = 12, 1 week = 12/52, 1 day = 12/365).
- money: units of ``unit`` (an ISO currency code: GBP, USD, EUR).
- count, percent: the number itself.
- rating: ``choice`` (lower-case); ``low``/``high`` are unused (0).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from checker.pickling import positional_pickle

INF = math.inf


@positional_pickle
@dataclass(frozen=True, slots=True)
class Value:
    """One value, as stated in a document or written in the facts file."""

    kind: str  # date | duration | money | count | percent | rating
    low: float
    high: float
    low_open: bool = False  # "over £30m": 30m itself is excluded
    high_open: bool = False  # "fewer than 20": 20 itself is excluded
    unit: str = ""  # money: ISO currency code; otherwise ""
    precision: str = ""  # date: year | season | quarter | month | day
    month: int | None = None  # a date stated without its year
    day: int | None = None
    choice: str = ""  # rating: the choice stated, lower-case
    label: str = ""  # canonical rendering: "2016-10", "up to 3 years", "£1.63m", "79%"
    text: str = ""  # the words as written
    start: int = 0  # span of ``text`` in the string that was searched
    end: int = 0
    # date: the period an open date names ("by 2035", "since February 2013", "from 3 March"),
    # as (low, high) ordinals. The open interval says what is consistent with the words; the
    # period is what they state, and what a plain date is compared with (``compare.py``).
    point: tuple[float, float] | None = None
