"""Vocabulary and calendar arithmetic for reading dates.

Kept apart from ``dates.py``, which holds the regexes and decides what a
match means: here are the word tables (every key lower-case; the regexes are
built from them, so adding a word here is enough), the ``Span`` builders
that turn "a year", "a season", "early X", "last December", "Q3 2017/18",
"two years ago" into days. Which way a date without a year lies from the
document's date is ``tense.py``'s.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import NamedTuple

from checker.values.numbers import TENS, UNITS

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")

# Every spelling a month may have next to a year or a day.
MONTHS = {name.lower(): i for i, name in enumerate(MONTH_NAMES, 1)}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
               "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12})

# A month standing alone ("In November") must be one of these spellings:
# a lone "Jan" or "Dec" is more often a name than a date.
LONE_MONTHS = {name.lower() for name in MONTH_NAMES} | {"sept"}

# Months that are also common words ("the council may decide", "march on"):
# alone, they count only after a preposition or a modifier.
WORD_MONTHS = {"may", "march"}

# After "the May"/"the March", a word that makes it no month: a preposition
# ("the March of progress") or what a person's name heads ("the May government").
NOT_AFTER_THE_MONTH = {"of", "to", "for", "and", "or", "on", "in", "at", "with", "by", "from",
                       "government", "governments", "administration", "cabinet", "ministry",
                       "premiership", "era", "years", "family", "doctrine", "deal"}

# Season -> its first month; every season is three months ("winter 2016" is
# December 2016 to February 2017, the meteorological convention).
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

# "the third quarter of 2017"
QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
            "fourth": 4, "4th": 4, "final": 4, "last": 4}

# Modifier as written -> (canonical word for labels, part a/n .. b/n of the period).
MODIFIERS = {
    "early": ("start of", 0, 1, 3),
    "start": ("start of", 0, 1, 3),
    "beginning": ("start of", 0, 1, 3),
    "mid": ("mid", 1, 2, 3),
    "middle": ("mid", 1, 2, 3),
    "late": ("end of", 2, 3, 3),
    "end": ("end of", 2, 3, 3),
    "first half": ("first half of", 0, 1, 2),
    "second half": ("second half of", 1, 2, 2),
}

# Words that open an interval on one side; "prior to" is a synonym of "before".
OPEN_WORDS = ("since", "before", "after", "by", "from", "prior to", "between", "on or before", "on or after")

# The word just before a lone month or season that makes it a date
# ("in May", "since summer"); checked only for WORD_MONTHS and seasons.
PREPOSITIONS = {"in", "since", "until", "till", "by", "from", "of", "during",
                "before", "after", "throughout", "through", "over", "on",
                "to", "and", "between", "around", "early", "late",
                "mid", "last", "next", "this", "that", "end", "start"}

# A bare year right after one of these is part of a name or a reference
# ("the Education Act 1996", "paragraph 2016"), not a date.
NAME_BEFORE_YEAR = {"act", "acts", "regulation", "regulations", "order", "rules",
                    "bill", "measure", "directive", "convention", "statute",
                    "code", "section", "paragraph", "para", "paras", "page",
                    "pages", "p", "pp", "number", "tel", "room", "flat",
                    "unit", "route", "ref", "reference"}

# A bare year before one of these names a law ("the 1989 Act", "the 2012
# regulations"), also after a bracket: "Patient Rights Act (Scotland) 2011".
NAME_AFTER_YEAR = ("act", "acts", "regulations", "regs", "order", "rules", "bill",
                   "measure", "directive", "code", "statute")

# A capitalised word right before a bare year makes a name of it ("Expo 2020", "Vision
# 2030", "Euro 2016") unless it is one of these, which date the year ("Christmas 2019",
# "Fiscal 2019").
BEFORE_A_YEAR = {"christmas", "easter", "whitsun", "michaelmas", "hilary", "trinity", "lent",
                 "fiscal", "financial", "calendar", "academic", "school", "tax", "year", "circa", "c",
                 "during", "throughout", "in", "around", "about", "mid", "early", "late", "end",
                 "beginning", "start", "spring", "summer", "autumn", "fall", "winter"}

# A bare year followed by one of these is an amount ("2000 per cent").
AMOUNT_AFTER_YEAR = ("per cent", "percent", "million", "billion", "thousand",
                     "bn", "m", "k", "out of")

# A "from" after one of these names a source, not a start ("the report from
# Oct 2019", "figures from April").
SOURCE_NOUNS = {"report", "reports", "letter", "letters", "minutes", "data", "figures",
                "statistics", "results", "survey", "update", "accounts", "evidence", "email",
                "notes", "document", "documents", "paper", "papers", "article", "bulletin",
                "release", "guidance", "feedback"}

# Which connector may join two dates after which open word ("from 2017 to
# 2019", "between 2014 and 2016"); "and" also joins days ("20 and 21 May").
CONNECTORS = {"": {"-", "to", "until", "till", "through"}, "between": {"and"},
              "from": {"-", "to", "until", "till", "through"}, "since": {"-", "to", "until", "till"}}

# Words that may follow a yearless "June 30" (US order) and still leave it a
# date; anything else ("May 20 people") makes it a month and a number.
MONTH_DAY_FOLLOWERS = {"and", "to", "until", "till", "through"}

# How many months or years: "six months since", "two years ago", "a year ago".
COUNTS = {"a": 1, "an": 1, **{w: n for w, n in UNITS.items() if n}, **TENS}

# "more than three years ago" is a bound, not a date: not read.
AGO_BOUNDS = ("more than", "less than", "fewer than", "over", "under", "almost",
              "nearly", "up to", "at least", "within")

_RANK = {"year": 0, "season": 1, "quarter": 1, "month": 2, "day": 3}


class Span(NamedTuple):
    """A resolved stretch of days (inclusive) with its precision and label."""

    lo: dt.date
    hi: dt.date
    precision: str
    label: str


class Yearless(NamedTuple):
    """"November", "30 June", "summer": a date still waiting for its year."""

    month: int
    day: int | None
    season: str | None
    name: str  # as it is shown: "November", "30 June", "summer"

    def at(self, year: int) -> Span | None:
        if self.season:
            return season(year, self.season)
        return day(year, self.month, self.day) if self.day else month(year, self.month)

    def before(self, later: Span) -> Span | None:
        """"July to September 2017", "November and December 2016": the latest one
        starting by ``later``."""
        span = self.at(later.lo.year)
        return self.at(later.lo.year - 1) if span and span.lo > later.lo else span


class BareDay(NamedTuple):
    """"20" in "20 and 21 February 2024": a day waiting for the month after it."""

    day: int


def yearless(month: int, day: int | None = None) -> Yearless:
    """"November", "30 June": a month (and day) without its year."""
    name = MONTH_NAMES[month - 1]
    return Yearless(month, day, None, f"{day} {name}" if day else name)


def fmt(d: dt.date, precision: str) -> str:
    """One end of an interval at a precision: "2016", "2016-10" or "2016-10-05"."""
    if precision == "year":
        return str(d.year)
    return d.isoformat() if precision == "day" else f"{d.year}-{d.month:02d}"


def end_of_month(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def months_later(d: dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


def year(y: int) -> Span:
    return Span(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", str(y))


def month(y: int, m: int) -> Span | None:
    if not 1 <= m <= 12:
        return None
    return Span(dt.date(y, m, 1), end_of_month(y, m), "month", f"{y}-{m:02d}")


def day(y: int, m: int, d: int) -> Span | None:
    try:
        the_day = dt.date(y, m, d)
    except ValueError:
        return None
    return Span(the_day, the_day, "day", the_day.isoformat())


def season(y: int, name: str) -> Span:
    name = "autumn" if name == "fall" else name
    lo = dt.date(y, SEASONS[name], 1)
    return Span(lo, end_of_month(*months_later(lo, 2)), "season", f"{y}-{name}")


def quarter(y: int, q: int) -> Span:
    lo = dt.date(y, 3 * q - 2, 1)
    return Span(lo, end_of_month(y, 3 * q), "quarter", f"{y}-Q{q}")


def join(a: Span, b: Span) -> Span | None:
    """"A..B", or None when A does not come first."""
    if a.lo > b.lo or a.hi > b.hi:
        return None
    precision = max(a.precision, b.precision, key=_RANK.get)
    return Span(a.lo, b.hi, precision, f"{fmt(a.lo, a.precision)}..{fmt(b.hi, b.precision)}")


def modify(span: Span, word: str) -> Span | None:
    """"early 2017": a part of the span, by whole months if it has several, else by days."""
    name, a, b, n = MODIFIERS[word.lower()]
    if span.lo == span.hi:
        return None
    months = (span.hi.year - span.lo.year) * 12 + span.hi.month - span.lo.month + 1
    if months > 1 and span.lo.day == 1 and span.hi == end_of_month(span.hi.year, span.hi.month):
        lo = dt.date(*months_later(span.lo, months * a // n), 1)
        hi = end_of_month(*months_later(span.lo, months * b // n - 1))
        precision = "month"
    else:
        days = (span.hi - span.lo).days + 1
        lo = span.lo + dt.timedelta(days * a // n)
        hi = span.lo + dt.timedelta(days * b // n - 1)
        precision = "day"
    first, last = fmt(lo, precision), fmt(hi, precision)
    part = first if first == last else f"{first}..{last}"
    return Span(lo, hi, precision, f"{name} {span.label} ({part})")


def resolve(y: Yearless, doc: dt.date, future: bool) -> Span | None:
    """The latest such date starting by ``doc``; looking forward, the earliest ending after it."""
    spans = [s for s in (y.at(doc.year + k) for k in (-1, 0, 1)) if s]
    if future:
        return next((s for s in spans if s.hi >= doc), None)
    return next((s for s in reversed(spans) if s.lo <= doc), None)


def relative(word: str, unit: str, doc: dt.date) -> Span | None:
    """"last December", "this year", "earlier this month", seen from the document date."""
    word, unit = word.lower(), unit.lower()
    step = {"last": -1, "next": 1}.get(word, 0)
    if unit in ("year", "month"):
        first = dt.date(doc.year, 1, 1) if unit == "year" else doc.replace(day=1)
        last = dt.date(doc.year, 12, 31) if unit == "year" else end_of_month(doc.year, doc.month)
        if word == "earlier this":
            return Span(first, doc, "day", f"{first}..{doc}")
        if word == "later this":
            return Span(doc, last, "day", f"{doc}..{last}")
        return year(doc.year + step) if unit == "year" else month(*months_later(doc, step))
    base = (Yearless(SEASONS[unit], None, unit, unit) if unit in SEASONS
            else Yearless(MONTHS[unit], None, None, unit))
    spans = [base.at(doc.year + k) for k in (-2, -1, 0, 1, 2)]
    if word == "last":  # the latest one over before the document's month (season: date)
        limit = doc if base.season else doc.replace(day=1)
        return next(s for s in reversed(spans) if s.hi < limit)
    if word == "next":  # the earliest one starting after it
        limit = doc if base.season else end_of_month(doc.year, doc.month)
        return next(s for s in spans if s.lo > limit)
    return base.at(doc.year - 1 if base.season == "winter" and doc.month <= 2 else doc.year)


def next_year(y: int, n: str) -> bool:
    """"2015-16", "2004/5", "2015/2016": the second year follows the first."""
    return int(n) == y + 1 if len(n) == 4 else (y + 1) % 10 ** len(n) == int(n)


def financial(y: int, n: str, sep: str, quarter: int | None = None) -> Span | None:
    """"2015-16", "2015/2016", "2015 - 2017", "2017-09" (a month); with a quarter,
    "2018/19 Quarter 3", that quarter of the financial year."""
    if quarter:
        return fiscal_quarter(y, quarter) if next_year(y, n) else None
    if next_year(y, n) or (len(n) == 4 and sep.strip() == "-"):  # "2017/2015" is nothing
        return join(year(y), year(int(n) if len(n) == 4 else y + 1))
    return month(y, int(n)) if sep == "-" and len(n) == 2 else None


def fiscal_quarter(y: int, q: int) -> Span:
    """Quarter q of the financial year from April y: "Q3 2017/18" is Oct..Dec 2017."""
    lo = dt.date(*months_later(dt.date(y, 4, 1), 3 * (q - 1)), 1)
    return join(month(lo.year, lo.month), month(*months_later(lo, 2)))


def months_of(y: int, first: bool, n: int, fiscal: bool = False) -> Span | None:
    """"the first 3 months of 2025", "the last six months of 2016"; of a financial
    year ("the first nine months of 2019/20"), counted from April."""
    if not 1 <= n <= 12:
        return None
    lo = dt.date(y, 4 if fiscal else 1, 1)
    a, b = (0, n - 1) if first else (12 - n, 11)
    return join(month(*months_later(lo, a)), month(*months_later(lo, b)))


def day_of(d: dt.date) -> Span:
    """"today", "yesterday": one day, seen from the document date."""
    return Span(d, d, "day", d.isoformat())


def ago(n: int, unit: str, doc: dt.date) -> Span | None:
    """"two years ago", "the six months since ...": the month n units before ``doc``; "two weeks
    ago": that week, Monday to Sunday; "ten days ago": that day."""
    unit = unit.lower()
    if unit.startswith(("week", "day")):
        if not 0 < n <= 520:
            return None
        if unit.startswith("day"):
            return day_of(doc - dt.timedelta(n))
        monday = doc - dt.timedelta(7 * n + doc.weekday())
        sunday = monday + dt.timedelta(6)
        return Span(monday, sunday, "day", f"{monday.isoformat()}..{sunday.isoformat()}")
    k = n * 12 if unit.startswith("year") else n
    return month(*months_later(doc, -k)) if 0 < k <= 1200 else None
