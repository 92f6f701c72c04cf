"""Date expressions in document sentences.

A date is an interval of days (see ``model.py``): ``low``/``high`` are the
ordinals of the first and last day the words can mean, inclusive, so that
"2016" agrees with "October 2016" and "September 2016" conflicts with it.

Labels (``Value.label``), one convention for finder and notation alike:
- year "2016", month "2016-10", day "2016-10-05", season "2016-autumn"
  (winter 2016 = Dec 2016..Feb 2017), quarter "2017-Q3";
- ranges "A..B", each end at its own precision: "2017..2019-08", "2015..2016"
  (financial year "2015-16", "2004/5"), "1990..1999" (decade), "2024-02-20..
  2024-02-21" ("20 and 21 February 2024"), "2025-01..2025-03" ("the first 3
  months of 2025"), and a financial year's quarter (April to March: "Q3
  2017/18", "2018/19 Quarter 3") by its months, "2017-10..2017-12";
- modified: "<mod> <base> (<from>..<to>)", mod one of "start of", "mid",
  "end of", "first half of", "second half of": "end of 2016 (2016-09..2016-12)".
  early/mid/late take a third of the period: four months of a year, one
  month of a season, ten days of a month;
- open: "since 2018-03", "from 2015-07", "before 2016", "after 2017-06",
  "by 2019" (bounds: ``date_notation.span_value``); "since"/"from" state the
  START, so "identified from July 2015" agrees with a fact "2015-07".  A
  "from" naming a source ("from last year's rise", "from April Board
  meetings") opens nothing;
- no year ("In November", "30 June", "the end of September"): without a
  document date, low/high are infinite, ``month``/``day`` are kept and the
  label is "November (year not stated)".  With one, it is the latest such
  month starting by the document date or, when its clause (between commas,
  semicolons, "and"/"but") looks forward (tense.FUTURE_CUES: "will",
  "until", "ends", ...), the earliest one ending after it.  A season with no
  year is read only then.  A month sharing a year takes it ("November and
  December 2016", "May - July 2018");
- relative ("last December", "this year", "earlier this year", "November
  last year", "two years ago", "in the six months since she reported"):
  read only with the document date, labelled by what they resolve to
  ("2016-12"); "N years ago" and "the N months since" are the month that
  long before it, "more than three years ago" (a bound) is not read.
``Value.text`` is the words as written, without a leading "in"/"on"/"at".
"""

from __future__ import annotations

import datetime as dt
import math
import re

import checker.values.dates.atoms as A
import checker.values.dates.patterns as P
import checker.values.dates.tense as T
import checker.values.dates.words as W
from checker.values.context import Context
from checker.values.dates.notation import atom_value
from checker.values.dates.words import BareDay, Span, Yearless
from checker.values.model import Value

_CONNECT = re.compile(r" ?- ?| (?:to|until|till|through|and) |/", re.I)
_AND = re.compile(r" and ", re.I)
_SOURCE_AFTER = re.compile(r"['’]s\b")  # "from last year's rise": a source, not a start
_MOVED = re.compile(r"\b(?:shift|slipp?|mov|push|brought|bring|delay|postpon|extend|chang|revis|"
                    r"put back|pushed back)\w*\s+(?:back\s+|forward\s+)?$", re.I)


def _mod_word(m: re.Match) -> str:
    return (m.group("mod1") or m.group("mod2") or m.group("mod3") or "").lower()


def _try_range(text: str, m: re.Match, left, left_end: int, start: int, end: int, doc: dt.date | None):
    """"From 2017 to August 2019", "20 and 21 February 2024": (the joined Span, its end), or None."""
    conn = _CONNECT.match(text, left_end, end)
    word, open_word = conn and conn.group().strip().lower(), (m.group("open") or "").lower()
    if open_word == "from" and _MOVED.search(text, max(start, m.start() - 30), m.start()):
        return None  # "has shifted from March 2029 to May 2030": a change, not a range
    if not conn or not (word in W.CONNECTORS.get(open_word, ()) or (
            word == "and" and isinstance(left, BareDay)) or (
            word == "/" and not open_word and isinstance(left, Yearless) and not left.day)):
        return None
    r = P.RIGHT.match(text, conn.end(), end)
    right, r_end = (A.atom(r, text, start, doc, True), r.end()) if r else (None, 0)
    dated = r is not None and any(r.group(k) for k in P.WITH_YEAR)
    if isinstance(right, Yearless) and doc and isinstance(left, (Yearless, BareDay)):
        ahead = T.looks_forward(text, m.start(), r_end, start, end) or T.soon_after(
            right, doc, text, m.start(), r_end, start, end)
        right, dated = W.resolve(right, doc, ahead), True
    if not isinstance(right, Span) or not dated:
        return None
    right = W.modify(right, _mod_word(r)) if _mod_word(r) else right
    if isinstance(left, BareDay):  # "20 and 21 February 2024": the month and year of the right
        left = W.day(right.lo.year, right.lo.month, left.day) if right.precision == "day" else None
    elif isinstance(left, Yearless):  # "July to September 2017": borrow the year
        left = left.before(right)
    left = W.modify(left, _mod_word(m)) if left and _mod_word(m) else left
    joined = left and right and W.join(left, right)
    return (joined, r_end) if joined else None


def _shared_year(text: str, left: Yearless, left_end: int, end: int, doc: dt.date | None):
    """"in November and December 2016": November takes the year of December."""
    conn = _AND.match(text, left_end, end)
    r = conn and P.RIGHT.match(text, conn.end(), end)
    right = r and (r.group("my") or r.group("dmy_y")) and A.atom(r, text, conn.end(), doc, True)
    return (isinstance(right, Span) and left.before(right)) or left


def _read(m: re.Match, text: str, start: int, end: int, doc: dt.date | None, anchor: dt.date | None = None):
    """The Value at a match, A.SKIP, or None (not a date here). ``anchor``: the first day of the
    last date with its year that the sentence named before it."""
    open_word, mod = (m.group("open") or "").lower(), _mod_word(m)
    atom, a_end = A.atom(m, text, start, doc, bool(open_word or mod)), m.end()
    if atom is A.SKIP:
        return A.SKIP
    lone = atom is None and bool(m.group("lm")) and m.group("lm")[0].isupper()
    if lone:  # "May - July 2018": a month that is also a word is a date in a range
        atom = W.yearless(W.MONTHS[m.group("lm").lower()])
    if atom is None:
        return None
    if open_word == "from" and (_SOURCE_AFTER.match(text, a_end) or (
            m.group("lm") and A.TITLE_AFTER.match(text, a_end))
            or A.word_before(text, m.start(), start).lower() in W.SOURCE_NOUNS):
        open_word = ""  # "from last year's rise", "from April Board meetings", "report from Oct 2019"
    ranged = _try_range(text, m, atom, a_end, start, end, doc)
    if not ranged and (lone or isinstance(atom, BareDay)):
        return None
    if open_word == "between" and not ranged:
        open_word = ""
    s = m.start() if open_word else m.start("core")
    if ranged:
        return atom_value(ranged[0], "", "", doc, False, text, s, ranged[1])
    if isinstance(atom, Yearless) and not atom.day and not atom.season:
        atom = _shared_year(text, atom, a_end, end, doc)
    forward = isinstance(atom, Yearless) and doc is not None and T.looks_forward(
        text, m.start(), a_end, start, end)
    if isinstance(atom, Yearless) and not forward and anchor is not None and doc is not None \
            and anchor.year < doc.year:
        # "between the unexpected death in September 2014 and the coroner completing a formal report
        # in November": the narrative's year, the first such month from the date it has named
        return atom_value(atom, mod, open_word, anchor, True, text, s, a_end)
    future = forward or (isinstance(atom, Yearless) and doc is not None
                         and T.soon_after(atom, doc, text, m.start(), a_end, start, end))
    return atom_value(atom, mod, open_word, doc, future, text, s, a_end)


def find(text: str, start: int, end: int, ctx: Context) -> list[Value]:
    """Every date expression in ``text[start:end]``, sorted, non-overlapping.

    The leftmost expression wins, at its longest: "From 2017 to August 2019"
    is one Value, not three.  Offsets are absolute in ``text``.
    """
    doc, found, pos, anchor = ctx.doc_date, [], start, None
    while m := P.MAIN.search(text, pos, end):
        value = _read(m, text, start, end, doc, anchor)
        if value is A.SKIP:
            pos = m.end()
        elif value is None:  # not a date here: look again one character on
            pos = m.start() + 1
        else:
            found.append(value)
            pos = value.end
            anchor = _anchor(value) or anchor
    return _counted_from(text, start, end, found) if _EARLIER_TRIGGER.search(text, start, end) else found


_WITH_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _anchor(value: Value) -> dt.date | None:
    """The first day of ``value`` if it was written with its year and can be read as a point in
    the narrative (not "by 2019", not a range): the year a later month without one takes."""
    if value.point is None and value.high - value.low < 31 and _WITH_YEAR.search(value.text) \
            and math.isfinite(value.low):
        return dt.date.fromordinal(int(value.low))
    return None


# "restarted in 2014 for the first time since the embargo was implemented 5 years earlier":
# a year counted from the year the sentence has just named
_EARLIER = re.compile(r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                      r" years? (?P<way>earlier|later)\b", re.I)
_EARLIER_TRIGGER = re.compile(r"\b(?:earlier|later)\b", re.I)
_SMALL = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


def _counted_from(text: str, start: int, end: int, found: list[Value]) -> list[Value]:
    """``found`` with the years counted from a year named before them in the sentence."""
    added = []
    for m in _EARLIER.finditer(text, start, end):
        named = [v for v in found if v.end <= m.start() and v.precision == "year" and v.point is None
                 and v.high - v.low < 366]
        if not named or any(v.start < m.end() and m.start() < v.end for v in found):
            continue
        n = m.group("n").lower()
        years = int(n) if n.isdigit() else _SMALL.index(n) + 1
        anchor = dt.date.fromordinal(int(named[-1].low)).year
        y = anchor - years if m.group("way").lower() == "earlier" else anchor + years
        if 1 <= y <= 9999:
            span = W.year(y)
            added.append(Value(kind="date", low=float(span.lo.toordinal()), high=float(span.hi.toordinal()),
                               precision="year", label=span.label, text=text[m.start():m.end()],
                               start=m.start(), end=m.end()))
    return sorted(found + added, key=lambda v: v.start) if added else found
