"""Date expressions in document sentences.

A date is an interval of days (see ``model.py``): ``low``/``high`` are the
ordinals of the first and last day the words can mean, inclusive, so that
"2016" agrees with "October 2016" and "September 2016" conflicts with it.

Labels (``Value.label``), one convention for finder and notation alike:
- year "2016", month "2016-10", day "2016-10-05", season "2016-autumn"
  (winter 2016 = Dec 2016..Feb 2017), quarter "2017-Q3";
- ranges "A..B", each end at its own precision: "2017..2019-08",
  "2015..2016" (financial year "2015-16"), "1990..1999" (decade);
- modified: "<mod> <base> (<from>..<to>)", mod one of "start of", "mid",
  "end of", "first half of", "second half of": "end of 2016 (2016-09..2016-12)".
  early/mid/late (start/middle/end of) take a third of the period: four
  months of a year, one month of a season, ten days of a month;
- open: "since 2018-03", "from 2015-07", "before 2016", "after 2017-06",
  "by 2019".  "since"/"from" before a single point state its START:
  since = [start, document date] (+inf when the date is unknown), from =
  [start, +inf), before = (-inf, day before], after = [day after, +inf),
  by = (-inf, last day].  Open ends are +-math.inf.  So "identified from
  July 2015" still agrees with a fact "2015-07";
- no year ("In November", "30 June", "the end of September"): without a
  document date, low/high are infinite, ``month``/``day`` are kept and the
  label is "November (year not stated)".  With one, it is resolved to the
  latest such month starting on or before the document date or, when its
  clause (between commas, semicolons, "and"/"but") looks forward
  (date_words.FUTURE_CUES: "will", "until", "ends", "from the start of",
  ...), the earliest one ending on or after it.  A season with no year is
  read only then: it has no month to keep;
- relative words ("last December", "this year", "earlier this year",
  "November last year") need the document date: without it they are not
  read at all; with it they are labelled by what they resolve to ("2016-12").
``Value.text`` is the words as written, without a leading "in"/"on"/"at".
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re

from checker.values import date_words as W
from checker.values.context import Context
from checker.values.date_words import Span, Yearless
from checker.values.model import Value


def _words(items) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


# Every match starts where a word starts, and no part of a pattern can repeat,
# so a search costs a bounded amount per position: linear in the text.
_FULL = _words(n.lower() for n in W.MONTH_NAMES)
_MON = rf"(?:(?:{_FULL})\b|(?:{_words(set(W.MONTHS) - W.LONE_MONTHS | {'sept'})})\b\.?)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_YEAR = r"(?:19|20)\d\d"
_YEND = r"(?![\w%]|[.,]\d)"  # not "20161", "2016%", "2016.5"
_NUMBACK = r"(?<![\w£$€.,/:-])"  # not "£2016", "3.2016", "1,2016"
_YEARBACK = r"(?<![\w£$€.,/:])(?<!\d-)"  # the same, but "mid-2017" has a hyphen
_MOD = (r"(?:\b(?P<mod1>early|mid|late)[ -]|\b(?P<mod3>end|start)-|"
        r"\b(?:the )?(?P<mod2>start|beginning|middle|end|first half|second half) of )")
_ATOMS = "|".join([
    rf"{_NUMBACK}(?P<iso>(?P<iso_y>{_YEAR})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d))(?![\w-]|[.,]\d)",
    rf"{_NUMBACK}(?P<uk>(?P<uk_d>\d\d?)(?P<uk_s>[/.])(?P<uk_m>\d\d?)(?P=uk_s)(?P<uk_y>{_YEAR})){_YEND}",
    rf"\b(?P<dmy>(?:the )?(?P<dmy_d>{_DAY})(?:st|nd|rd|th)? (?:of )?(?P<dmy_m>{_MON})"
    rf"(?:,? (?P<dmy_y>{_YEAR}){_YEND})?)",
    rf"\b(?P<rmy>(?P<rmy_m>{_MON})(?: of)? (?P<rmy_w>last|this|next) year)\b",
    # "June 30" only before a year, punctuation or "and"/"to": "May 20 people" is a count
    rf"\b(?P<mdy>(?P<mdy_m>{_MON}) (?P<mdy_d>{_DAY})(?:(?:st|nd|rd|th)\b|\b(?![.,]\d)"
    rf"(?= ?[^\w ]| ?$| (?:{_words(W.MONTH_DAY_FOLLOWERS)})\b|,? {_YEAR}))(?:,? (?P<mdy_y>{_YEAR}){_YEND})?)",
    rf"\b(?P<my>(?P<my_m>{_MON}),? (?P<my_y>{_YEAR})){_YEND}",
    rf"\b(?P<qn>q(?P<qn_q>[1-4]),? (?P<qn_y>{_YEAR})){_YEND}",
    rf"\b(?P<qw>(?:the )?(?P<qw_q>{_words(W.QUARTERS)}) quarter,? (?:of )?(?P<qw_y>{_YEAR})){_YEND}",
    rf"\b(?P<se>(?:the )?(?P<se_s>{_words(W.SEASONS)})\b(?:,? (?:of )?(?P<se_y>{_YEAR}){_YEND})?)",
    rf"{_YEARBACK}(?P<dec>(?:the )?(?P<dec_y>(?:19|20)\d0)'?s)\b",
    rf"{_YEARBACK}(?P<fy>(?P<fy_y>{_YEAR})(?P<fy_s>[-/])(?P<fy_n>\d\d(?:\d\d)?))(?![\w%/-]|[.,]\d)",
    rf"{_YEARBACK}(?P<yr>{_YEAR}){_YEND}",
    rf"\b(?P<rel>(?P<rel_w>last|next|this|earlier this|later this) "
    rf"(?P<rel_u>year|month|{_words(W.SEASONS)}|{_FULL}))\b",
    rf"\b(?P<lm>{_words(W.LONE_MONTHS)})\b",
])
_MAIN = re.compile(rf"(?<!\w)(?:\b(?P<open>{_words(W.OPEN_WORDS)}) )?(?P<core>(?:{_MOD})?(?:{_ATOMS}))",
                   re.I)
_RIGHT = re.compile(rf"(?:{_MOD})?(?:{_ATOMS})", re.I)
_WITH_YEAR = ("iso", "uk", "dmy_y", "rmy", "mdy_y", "my", "qn", "qw", "se_y", "dec", "fy", "yr", "rel")
_CONNECT = re.compile(r" ?- ?| (?:to|until|till|through|and) ", re.I)
_CONNECTORS = {"": {"-", "to", "until", "till", "through"}, "between": {"and"},
               "from": {"-", "to", "until", "till", "through"}, "since": {"-", "to", "until", "till"}}
_CLAUSE = re.compile(r"[;:,.!?()\"]|\b(?:and|but)\b", re.I)
_FUTURE = re.compile(rf"\b(?:{_words(W.FUTURE_CUES)})\b", re.I)
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_WORD_AFTER = re.compile(r" ?(\w+)?")
_AMOUNT_AFTER = re.compile(rf" (?:{_words(W.AMOUNT_AFTER_YEAR)})\b|%", re.I)
_SKIP = object()  # step over the whole match: "last December" with no document date


def _word_before(text: str, pos: int, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(start, pos - 30), pos)
    return m.group(1) if m else ""


def _lone_month(word: str, text: str, m: re.Match, start: int, prefixed: bool) -> Yearless | None:
    """"In November" is a date; "the council may", "Theresa May", "June Smith" are not."""
    before = _word_before(text, m.start("lm"), start)
    if not word[0].isupper():
        return None
    if not (prefixed or before.lower() in W.PREPOSITIONS):
        after = _WORD_AFTER.match(text, m.end("lm")).group(1) or ""
        if word.lower() in W.WORD_MONTHS or before[:1].isupper() or after[:1].isupper():
            return None
    n = W.MONTHS[word.lower()]
    return Yearless(n, None, None, W.MONTH_NAMES[n - 1])


def _bare_year(text: str, m: re.Match, key: str, start: int) -> bool:
    """A bare 1900-2099 is a year unless it names ("Act 1996"), dials or counts."""
    return not (_word_before(text, m.start(key), start).lower() in W.NAME_BEFORE_YEAR
                or re.search(r"\d $", text[max(0, m.start(key) - 2):m.start(key)])
                or _AMOUNT_AFTER.match(text, m.end(key)))


def _atom(m: re.Match, text: str, start: int, doc: dt.date | None, prefixed: bool):
    """What the match holds: a Span, a Yearless, _SKIP, or None (not a date)."""
    g = m.group
    if g("iso"):
        return W.day(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
    if g("uk"):  # day first: the documents are British
        return W.day(int(g("uk_y")), int(g("uk_m")), int(g("uk_d")))
    for key in ("dmy", "mdy"):
        if g(key):
            month, day = W.MONTHS[g(key + "_m").rstrip(".").lower()], int(g(key + "_d"))
            if g(key + "_y"):
                return W.day(int(g(key + "_y")), month, day)
            if not g(key + "_m")[0].isupper() or day > calendar.monthrange(2000, month)[1]:
                return None
            return Yearless(month, day, None, f"{day} {W.MONTH_NAMES[month - 1]}")
    if g("rmy"):  # "November last year": without the document date, still a November
        month = W.MONTHS[g("rmy_m").rstrip(".").lower()]
        return (W.month(W.relative(g("rmy_w"), "year", doc).lo.year, month) if doc
                else Yearless(month, None, None, W.MONTH_NAMES[month - 1]))
    if g("my"):
        return W.month(int(g("my_y")), W.MONTHS[g("my_m").rstrip(".").lower()])
    if g("qn") or g("qw"):
        q = int(g("qn_q")) if g("qn") else W.QUARTERS[g("qw_q").lower()]
        return W.quarter(int(g("qn_y") or g("qw_y")), q)
    if g("se"):
        name = g("se_s").lower()
        if g("se_y"):
            return W.season(int(g("se_y")), name)
        if name == "fall" or not (
                prefixed or _word_before(text, m.start("se"), start).lower() in W.PREPOSITIONS):
            return None
        return Yearless(W.SEASONS[name], None, name, name)
    if g("dec"):
        y = int(g("dec_y"))
        return W.join(W.year(y), W.year(y + 9))
    if g("fy") or g("yr"):
        key = "fy" if g("fy") else "yr"
        if not _bare_year(text, m, key, start):
            return None
        if key == "yr":
            return W.year(int(g("yr")))
        y, n = int(g("fy_y")), g("fy_n")
        if len(n) == 4:  # "2015-2017", "2015/2016"
            return W.join(W.year(y), W.year(int(n))) if g("fy_s") == "-" or int(n) == y + 1 else None
        if (y + 1) % 100 == int(n):  # "2015-16", "2015/16": a financial or school year
            return W.join(W.year(y), W.year(y + 1))
        return W.month(y, int(n)) if g("fy_s") == "-" else None  # "2017-09"
    if g("rel"):
        if not doc or _word_before(text, m.start("rel"), start).lower() == "the":
            return _SKIP  # "over the last year" is a rolling twelve months, not 2016
        return W.relative(g("rel_w"), g("rel_u"), doc)
    if g("lm"):
        return _lone_month(g("lm"), text, m, start, prefixed)
    return None


def _mod_word(m: re.Match) -> str:
    return (m.group("mod1") or m.group("mod2") or m.group("mod3") or "").lower()


def _future(text: str, pos: int, stop: int, start: int, end: int) -> bool:
    """Does the clause around text[pos:stop] look forward ("will", "until", "ends", ...)?"""
    cut = max(start, pos - 80)
    for c in _CLAUSE.finditer(text, cut, pos):
        cut = c.end()
    after = _CLAUSE.search(text, stop, min(end, stop + 60))
    return bool(_FUTURE.search(text, cut, after.start() if after else min(end, stop + 60)))


def _value(atom, mod: str, open_word: str, doc: dt.date | None, future: bool,
           text: str, s: int, e: int) -> Value | None:
    """The Value of an atom once its modifier and open word are applied."""
    open_word = "before" if open_word == "prior to" else open_word
    if isinstance(atom, Yearless):
        if doc is None:
            if atom.season:  # a season has no month to keep
                return None
            words = [open_word, W.MODIFIERS[mod][0] if mod else "", atom.name]
            return Value(kind="date", low=-math.inf, high=math.inf,
                         precision="day" if atom.day else "month", month=atom.month, day=atom.day,
                         label=" ".join(w for w in words if w) + " (year not stated)",
                         text=text[s:e], start=s, end=e)
        atom = W.resolve(atom, doc, future)
    span = W.modify(atom, mod) if atom and mod else atom
    if span is None:
        return None
    low, high, label = float(span.lo.toordinal()), float(span.hi.toordinal()), span.label
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
                 text=text[s:e], start=s, end=e)


def _try_range(text: str, m: re.Match, left, end: int, doc: dt.date | None):
    """"From 2017 to August 2019": (the joined Span, its end), or None."""
    conn = _CONNECT.match(text, m.end(), end)
    if not conn or conn.group().strip().lower() not in _CONNECTORS.get(
            (m.group("open") or "").lower(), ()):
        return None
    r = _RIGHT.match(text, conn.end(), end)
    right = r and _atom(r, text, conn.end(), doc, True)
    if not isinstance(right, Span) or not any(r.group(k) for k in _WITH_YEAR):
        return None
    right = W.modify(right, _mod_word(r)) if _mod_word(r) else right
    if isinstance(left, Yearless) and right:  # "July to September 2017": borrow the year
        yl, left = left, left.at(right.lo.year)
        if left and left.lo > right.lo:
            left = yl.at(right.lo.year - 1)
    left = W.modify(left, _mod_word(m)) if left and _mod_word(m) else left
    joined = left and right and W.join(left, right)
    return (joined, r.end()) if joined else None


def find(text: str, start: int, end: int, ctx: Context) -> list[Value]:
    """Every date expression in ``text[start:end]``, sorted, non-overlapping.

    The leftmost expression wins, at its longest: "From 2017 to August 2019"
    is one Value, not three.  Offsets are absolute in ``text``.
    """
    doc, found, pos = ctx.doc_date, [], start
    while m := _MAIN.search(text, pos, end):
        open_word, mod = (m.group("open") or "").lower(), _mod_word(m)
        atom = _atom(m, text, start, doc, bool(open_word or mod))
        if atom is _SKIP:
            pos = m.end()
            continue
        value = None
        if atom is not None:
            ranged = _try_range(text, m, atom, end, doc)
            if open_word == "between" and not ranged:
                open_word = ""
            s = m.start() if open_word else m.start("core")
            if ranged:
                value = _value(ranged[0], "", "", doc, False, text, s, ranged[1])
            else:
                future = doc is not None and isinstance(atom, Yearless) and _future(
                    text, m.start(), m.end(), start, end)
                value = _value(atom, mod, open_word, doc, future, text, s, m.end())
        if value is None:  # not a date here: look again one character on
            pos = m.start() + 1
        else:
            found.append(value)
            pos = value.end
    return found
