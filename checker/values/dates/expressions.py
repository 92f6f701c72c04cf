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

import calendar
import datetime as dt
import re

import checker.values.dates.tense as T
import checker.values.dates.weekdays as D
import checker.values.dates.words as W
from checker.values.context import Context
from checker.values.dates.notation import atom_value
from checker.values.dates.words import BareDay, Span, Yearless
from checker.values.model import Value


def _words(items) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


# Every match starts where a word starts, and no part of a pattern can repeat,
# so a search costs a bounded amount per position: linear in the text.
_FULL = _words(n.lower() for n in W.MONTH_NAMES)
_MON = rf"(?:(?:{_FULL})\b|(?:{_words(set(W.MONTHS) - W.LONE_MONTHS | {'sept'})})\b\.?)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_TH = r"(?: ?(?:st|nd|rd|th))?"  # "30th", and "11 th" as PDFs split it
_YEAR = r"(?:19|20)\d\d"
_OLD_OR_NEW = r"(?:1[0-9]|20)\d\d"  # with a month, a year from 1000 on: "on 12 July 1841"
_AFTER_TIME_WORD = "(?:" + "|".join(rf"(?<=\b{w} )" for w in ("in", "since", "from", "until", "of", "by")) \
    + ")"
_YEND = r"(?![\w%]|[.,]\d)"  # not "20161", "2016%", "2016.5"
_NUMBACK = r"(?<![\w£$€.,/:-])"  # not "£2016", "3.2016", "1,2016"
_YEARBACK = r"(?<![\w£$€.,/:])(?<!\d-)"  # the same, but "mid-2017" has a hyphen
_ORD = _words(W.QUARTERS)
_COUNT = rf"(?:\d{{1,3}}|{_words(W.COUNTS)})"
_MOD = (r"(?:\b(?P<mod1>early|mid|late)[ -]|\b(?P<mod3>end|start)-|"
        r"\b(?:the )?(?P<mod2>start|beginning|middle|end|first half|second half) of )")
_ATOMS = "|".join([
    # "the third Monday in October 2025": one day
    rf"\b(?P<nwd>the (?P<nwd_n>first|second|third|fourth|last) (?P<nwd_w>{D.PATTERN}) (?:in|of) "
    rf"(?P<nwd_m>{_MON}),? (?P<nwd_y>{_YEAR})){_YEND}",
    # "on February 26 and 27, 2013": two days of one month, the year after them
    rf"\b(?P<mdr>(?P<mdr_m>{_MON}) (?P<mdr_a>{_DAY})(?:st|nd|rd|th)? ?(?:and|to|-|–) ?(?P<mdr_b>{_DAY})"
    rf"(?:st|nd|rd|th)?,? (?P<mdr_y>{_OLD_OR_NEW})){_YEND}",
    # "on May 4 last year", "16 March this year": the day, in the year the words give
    rf"\b(?P<rdy>(?:(?P<rdy_d>{_DAY}){_TH} (?:of )?(?P<rdy_m>{_MON})|(?P<rdy_n>{_MON}) (?P<rdy_e>{_DAY})"
    rf"(?:st|nd|rd|th)?),? (?P<rdy_w>last|this|next) year)\b",
    rf"{_NUMBACK}(?P<iso>(?P<iso_y>{_YEAR})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d))(?![\w-]|[.,]\d)",
    rf"{_NUMBACK}(?P<uk>(?P<uk_d>\d\d?)(?P<uk_s>[/.])(?P<uk_m>\d\d?)(?P=uk_s)(?P<uk_y>{_YEAR})){_YEND}",
    rf"\b(?P<dmy>(?:the ?)?(?P<dmy_d>{_DAY}){_TH} ?(?:of )?(?P<dmy_m>{_MON})"
    rf"(?:,? (?P<dmy_y>{_OLD_OR_NEW}){_YEND})?)",
    # "20" of "20 and 21 February 2024": only a range makes it a date
    rf"\b(?P<dr>(?P<dr_d>{_DAY}){_TH})(?= ?- ?\d| (?:and|to|until|till) \d)",
    rf"\b(?P<rmy>(?P<rmy_m>{_MON})(?: of)? (?P<rmy_w>last|this|next) year)\b",
    rf"\b(?P<rse>(?:the )?(?P<rse_s>{_words(W.SEASONS)}) of (?P<rse_w>last|this|next) year)\b",
    # "June 30" only before a year, punctuation or "and"/"to": "May 20 people" is a count
    rf"\b(?P<mdy>(?P<mdy_m>{_MON}) (?P<mdy_d>{_DAY})(?:(?:st|nd|rd|th)\b|\b(?![.,]\d)"
    rf"(?= ?[^\w ]| ?$| (?:{_words(W.MONTH_DAY_FOLLOWERS)})\b|,? {_OLD_OR_NEW}))"
    rf"(?:,? (?P<mdy_y>{_OLD_OR_NEW}){_YEND})?)",
    # "on July 24 for essential works", "the Oct. 1 opening", "a Dec. 16 runoff", "date of Aug. 26"
    rf"(?:(?<=\bon )|(?<=\bthe )|(?<=\ba )|(?<=\bof ))"
    rf"(?P<mdo>(?P<mdo_m>{_MON}) (?P<mdo_d>{_DAY})(?:st|nd|rd|th)?)\b"
    r"(?![.,]\d| ?%)",
    # "March 2018", "June2016" as PDFs glue it, "November [2015]" as editors add it
    rf"\b(?P<my>(?:(?P<my_m>{_MON}),? |(?P<my_g>{_FULL})(?=\d))"
    rf"(?:(?P<my_y>{_OLD_OR_NEW})|\[(?P<my_b>{_YEAR})\])){_YEND}",
    rf"\b(?P<qn>(?:q|quarter )(?P<qn_q>[1-4]),? (?P<qn_y>{_YEAR})(?:[-/](?P<qn_n>\d\d(?:\d\d)?))?){_YEND}",
    rf"\b(?P<qw>(?:the )?(?P<qw_q>{_ORD}) quarter,? (?:of )?(?P<qw_y>{_YEAR})"
    rf"(?:[-/](?P<qw_n>\d\d(?:\d\d)?))?){_YEND}",
    rf"\b(?P<fm>(?:the )?(?P<fm_w>first|last) (?P<fm_n>{_COUNT}) months of (?P<fm_y>{_YEAR})"
    rf"(?:(?P<fm_s>[-/])(?P<fm_f>\d\d(?:\d\d)?))?){_YEND}(?![-/]\d)",
    rf"(?<![\w.,-])(?P<ago>(?:the )?(?P<ago_n>{_COUNT}) (?P<ago_u>years?|months?) (?:ago|since))\b",
    rf"\b(?P<se>(?:the )?(?P<se_s>{_words(W.SEASONS)})\b(?:,? (?:of )?(?P<se_y>{_YEAR}){_YEND})?)",
    rf"{_YEARBACK}(?P<dec>(?:the )?(?P<dec_y>(?:1[0-9]|20)\d0)'?s)\b",
    rf"{_YEARBACK}(?P<fy>(?P<fy_y>{_YEAR})(?P<fy_s> ?- ?|/)(?P<fy_n>\d\d(?:\d\d)?|\d(?!\d)))"
    rf"(?: (?:quarter |q)(?P<fy_q>[1-4])| (?P<fy_w>{_ORD}) quarter)?(?![\w%/]|[-.,]\d)",
    rf"{_YEARBACK}(?P<yr>{_YEAR}){_YEND}",
    # "In 1882, the world's first ...", "opened in 1879 and ...": an older year, after a preposition
    # of time and before a break (a bare 1500 is more often a count)
    rf"{_AFTER_TIME_WORD}(?P<oy>1[0-8]\d\d)(?=[,.;:)]|\s+(?:and|when|but|to|until|-|–)\s|\s*$)",
    rf"\b(?P<rel>(?P<rel_w>last|next|this|earlier this|later this) "
    rf"(?P<rel_u>year|month|weekend|week|{_words(W.SEASONS)}|{_FULL}))\b",
    # "Tuesday 4 April", "Thursday, April 7", "Friday, October 4, 2013": the weekday settles the year
    rf"\b(?P<wdm>(?P<wdm_w>{D.PATTERN})(?: (?:morning|afternoon|evening|night))?,? "
    rf"(?:(?P<wdm_d>{_DAY}){_TH} (?:of )?(?P<wdm_m>{_MON})|"
    rf"(?P<wdm_n>{_MON}) (?P<wdm_e>{_DAY})(?:st|nd|rd|th)?\b)(?:,? (?P<wdm_y>{_OLD_OR_NEW}))?){_YEND}",
    rf"\b(?P<wk>(?:(?P<wk_r>last|next|this|coming|following) )?(?P<wk_d>{D.PATTERN}))\b",
    # "by the end of the year": with a modifier, the document's year
    r"\b(?P<thisyr>(?:the|the current|the calendar) year)\b",
    # "July of that year", "by the end of that year", "the following year": the narrative's year
    rf"\b(?P<thy>(?:(?P<thy_m>{_MON}) (?:of )?)?(?P<thy_w>that|that same|the same|the following|"
    rf"the previous) year)\b",
    rf"\b(?P<lm>{_words(W.LONE_MONTHS)})\b",
    r"\b(?P<tdy>yesterday|tomorrow|(?:earlier |later )?today(?!['’])|this (?:morning|afternoon|evening)|"
    r"tonight|last night)\b",  # "today": see T.TODAY_AFTER
])
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )"
_MAIN = re.compile(rf"(?<!\w)(?:\b(?P<open>{_words(W.OPEN_WORDS)}) {_WEEKDAY}?)?"
                   rf"(?P<core>(?:{_MOD})?(?:{_ATOMS}))", re.I)
_RIGHT = re.compile(rf"(?:{_MOD})?(?:{_ATOMS})", re.I)
_WITH_YEAR = ("mdr", "nwd", "rdy", "oy", "iso", "uk", "dmy_y", "rmy", "rse", "mdy_y", "my", "qn", "qw", "fm",
              "se_y", "dec", "fy", "yr", "rel", "wdm", "wk")
_CONNECT = re.compile(r" ?- ?| (?:to|until|till|through|and) |/", re.I)
_AND = re.compile(r" and ", re.I)
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_WORD_AFTER = re.compile(r" ?(\w+)?")
_AMOUNT_AFTER = re.compile(rf" (?:{_words(W.AMOUNT_AFTER_YEAR)})\b|%", re.I)
_NAME_AFTER = re.compile(rf" (?:{_words(W.NAME_AFTER_YEAR)})\b", re.I)
_NAME_BRACKET = re.compile(rf"\b(?:{_words(W.NAME_BEFORE_YEAR)}) ?\([^()]{{1,40}}\) ?$", re.I)
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
_TITLE_AFTER = re.compile(r" [A-Z][a-z]")
# A year inside a name of several capitalised words, after them or before them
_NAMED_BEFORE = re.compile(r"\b[A-Z][a-z]+(?: (?:of|for|and|the|on|in))* [A-Z][a-z]+ $")
_NAME_OPENS = re.compile(r"(?:\b(?:the|a|an|its|their|our)|['’]s) $", re.I)
_NAMED_AFTER = re.compile(r" [A-Z][a-z]+(?: (?:of|for|and|on))? [A-Z][a-z]+")
_LISTED = re.compile(r"\.(?:\s|$)")
_SOURCE_AFTER = re.compile(r"['’]s\b")  # "from last year's rise": a source, not a start
_DATED = re.compile(rf"\b(?:{'|'.join(W.MONTH_NAMES)}|{_YEAR})\b")  # "since ... in May 2016"
_BOUND_BEFORE = re.compile(rf"\b(?:{_words(W.AGO_BOUNDS)}) $", re.I)
_NOT_TITLE = W.PREPOSITIONS | set(W.OPEN_WORDS) | set(W.MONTHS) | set(W.SEASONS)
_NARRATIVE_YEAR = re.compile(r"(?<![\d£$€.,/-])(?:1[5-9]|20)\d\d(?![\d%])")
# "for Wednesday and Thursday, January 1 into January 2": which weekday is which day is not said
_WEEKDAY_LISTED = re.compile(rf"{D.PATTERN}\s+(?:and|or|to|-|–)\s+$", re.I)
_MOVED = re.compile(r"\b(?:shift|slipp?|mov|push|brought|bring|delay|postpon|extend|chang|revis|"
                    r"put back|pushed back)\w*\s+(?:back\s+|forward\s+)?$", re.I)
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
        if word.lower() in W.WORD_MONTHS and before.lower() == "the" and after.isalpha() \
                and after.islower() and after not in W.NOT_AFTER_THE_MONTH:
            return W.yearless(W.MONTHS[word.lower()])  # "the May deadline", "the March budget"
        if word.lower() in W.WORD_MONTHS or before[:1].isupper() or after[:1].isupper():
            return None
    return W.yearless(W.MONTHS[word.lower()])


def _bare_year(text: str, m: re.Match, key: str, start: int) -> bool:
    """A bare 1900-2099 is a year unless it names ("Act 1996", "the 1989 Act",
    "the Housing 2020 Festival"), dials, counts or numbers a list ("1916.")."""
    s, e = m.start(key), m.end(key)
    if m.group("fy_q") or m.group("fy_w"):
        return True  # "74 2018/19 Second Quarter Financial Monitoring Report"
    if s > start and text[s - 1] == "[" and text[e:e + 1] == "]":
        return False  # a law report's year: "R (G) v Barnet LBC [2003] 3 WLR 1194"
    head = text[max(start, s - 12):s]  # a list number stands first on its line
    listed = (re.search(r"\n *$", head) or not head.strip() and s - start <= 12) and _LISTED.match(text, e)
    title = _TITLE_BEFORE.search(text, max(start, s - 30), s)
    if _NAMED_BEFORE.search(text, max(start, s - 60), s) or (
            _NAME_OPENS.search(text, max(start, s - 12), s) and _NAMED_AFTER.match(text, e)):
        return False  # "the Census of Population 2020", "the 2023 Current Population Survey"
    named = title and title.group(1).lower() not in _NOT_TITLE
    return not (_word_before(text, s, start).lower() in W.NAME_BEFORE_YEAR
                or _NAME_AFTER.match(text, e) or _NAME_BRACKET.search(text, max(start, s - 60), s)
                or (named and (_TITLE_AFTER.match(text, e) or (
                    key == "yr" and title.group(1).lower() not in W.BEFORE_A_YEAR)))
                or listed or re.search(r"\d $", text[max(0, s - 2):s]) or _AMOUNT_AFTER.match(text, e))


def _atom(m: re.Match, text: str, start: int, doc: dt.date | None, prefixed: bool):
    """What the match holds: a Span, a Yearless, a BareDay, _SKIP, or None (not a date)."""
    g = m.group
    if g("iso"):
        return W.day(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
    if g("uk"):  # day first: the documents are British
        return W.day(int(g("uk_y")), int(g("uk_m")), int(g("uk_d")))
    for key in ("dmy", "mdy", "mdo"):
        if g(key):
            month, day = W.MONTHS[g(key + "_m").rstrip(".").lower()], int(g(key + "_d"))
            if key != "mdo" and g(key + "_y"):
                return W.day(int(g(key + "_y")), month, day)
            if not g(key + "_m")[0].isupper() or day > calendar.monthrange(2000, month)[1]:
                return None
            return W.yearless(month, day)
    if g("dr"):
        return BareDay(int(g("dr_d")))
    if g("mdr"):
        y, month = int(g("mdr_y")), W.MONTHS[g("mdr_m").rstrip(".").lower()]
        first, last = W.day(y, month, int(g("mdr_a"))), W.day(y, month, int(g("mdr_b")))
        return first and last and W.join(first, last)
    if g("nwd"):
        return D.nth_weekday(g("nwd_n").lower(), g("nwd_w"), int(g("nwd_y")),
                             W.MONTHS[g("nwd_m").rstrip(".").lower()])
    if g("rdy"):  # "May 4 last year": without the document date, still a 4 May
        month = W.MONTHS[(g("rdy_m") or g("rdy_n")).rstrip(".").lower()]
        day = int(g("rdy_d") or g("rdy_e"))
        if day > calendar.monthrange(2000, month)[1]:
            return None
        if not doc:
            return W.yearless(month, day)
        return W.day(W.relative(g("rdy_w"), "year", doc).lo.year, month, day)
    if g("rmy"):  # "November last year": without the document date, still a November
        month = W.MONTHS[g("rmy_m").rstrip(".").lower()]
        return (W.month(W.relative(g("rmy_w"), "year", doc).lo.year, month) if doc
                else W.yearless(month))
    if g("rse"):  # "the summer of next year"
        return W.season(W.relative(g("rse_w"), "year", doc).lo.year, g("rse_s").lower()) if doc else _SKIP
    if g("my"):
        word = (g("my_m") or g("my_g")).rstrip(".").lower()
        return W.month(int(g("my_y") or g("my_b")), W.MONTHS[word])
    if g("qn") or g("qw"):  # "Q3 2017", and "Q3 2017/18": the financial year's third quarter
        k = "qn" if g("qn") else "qw"
        y, q = int(g(k + "_y")), int(g("qn_q")) if k == "qn" else W.QUARTERS[g("qw_q").lower()]
        return W.financial(y, g(k + "_n"), "/", q) if g(k + "_n") else W.quarter(y, q)
    if g("fm"):
        n = g("fm_n").lower()
        y, fiscal = int(g("fm_y")), g("fm_f")  # "the first nine months of 2019/20": from April
        if fiscal and not W.next_year(y, fiscal):
            return None
        return W.months_of(y, g("fm_w").lower() == "first", int(n) if n.isdigit() else W.COUNTS[n],
                           fiscal=bool(fiscal))
    if g("ago"):  # "two years ago", "the six months since she reported": that long before ``doc``
        if not doc or _BOUND_BEFORE.search(text, max(start, m.start() - 14), m.start()):
            return _SKIP  # "more than three years ago" is a bound, not a date
        if g("ago").lower().endswith("since") and (_RIGHT.match(text, m.end() + 1) or _DATED.search(
                text, m.end(), T.clause_end(text, m.end(), m.end() + 80))):
            return None  # "the two years since 2015", "since the inspection in May 2016": that date
        n = g("ago_n").lower()
        return W.ago(int(n) if n.isdigit() else W.COUNTS[n], g("ago_u"), doc)
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
    if g("oy"):
        return W.year(int(g("oy")))
    if g("fy") or g("yr"):
        key = "fy" if g("fy") else "yr"
        if not _bare_year(text, m, key, start):
            return None
        if key == "yr":
            return W.year(int(g("yr")))
        q = g("fy_q") or g("fy_w")  # "2018/19 Quarter 3", "2018/19 Second Quarter"
        q = q and (int(q) if q.isdigit() else W.QUARTERS[q.lower()])
        return W.financial(int(g("fy_y")), g("fy_n"), g("fy_s"), q)
    if g("rel"):
        if not doc or (_word_before(text, m.start("rel"), start).lower() == "the"
                       and text[m.end("rel"):m.end("rel") + 2] not in ("'s", "’s")):
            return _SKIP  # "over the last year" is a rolling twelve months, not 2016 ("the last month's")
        if g("rel_u").lower() == "week":
            return D.week(g("rel_w"), doc)
        if g("rel_u").lower() == "weekend":
            return D.weekend(g("rel_w"), doc) or _SKIP
        return W.relative(g("rel_w"), g("rel_u"), doc)
    if g("wdm"):
        month = W.MONTHS[(g("wdm_m") or g("wdm_n")).rstrip(".").lower()]
        day = int(g("wdm_d") or g("wdm_e"))
        if g("wdm_y"):
            return W.day(int(g("wdm_y")), month, day)
        listed = _WEEKDAY_LISTED.search(text, max(start, m.start() - 14), m.start())
        year = doc and not listed and D.year_of(month, day, g("wdm_w"), doc)
        return W.day(year, month, day) if year else W.yearless(month, day)
    if g("wk"):
        return _weekday(text, m, start, doc=doc)
    if g("thisyr"):
        if not prefixed:
            return None  # "the year to December", "over the year": no date
        return W.year(doc.year) if doc else _SKIP
    if g("thy"):
        told = _NARRATIVE_YEAR.findall(text, max(0, m.start() - 400), m.start())
        told = [y for y in told if "\n" not in text[text.rfind(y, 0, m.start()):m.start()]]
        if not told:
            return _SKIP  # no year told before it: nothing to read
        y = int(told[-1]) + {"following": 1, "previous": -1}.get(g("thy_w").split()[-1].lower(), 0)
        month = g("thy_m") and W.MONTHS[g("thy_m").rstrip(".").lower()]
        return W.month(y, month) if month else W.year(y)
    if g("lm"):
        return _lone_month(g("lm"), text, m, start, prefixed)
    if g("tdy"):  # read only with the document date
        word = g("tdy").lower()
        if word == "today" and not T.TODAY_AFTER.search(text, max(start, m.start() - 30), m.start()):
            return None  # "children today face ...": nowadays
        if not doc:
            return _SKIP
        return W.day_of(doc + dt.timedelta({"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)))
    return None


def _weekday(text: str, m: re.Match, start: int, end: int | None = None, doc: dt.date | None = None):
    """"on Thursday", "last Friday", "Thursday morning": a day, with the document's date."""
    before = _word_before(text, m.start("wk"), start)
    if before[:1].isupper() and before.lower() in D.NAMED:
        return None  # "Good Friday", "Black Friday"
    if not (g := m.group("wk_r")) and before.lower() not in D.BEFORE and not D.AFTER.match(text, m.end("wk")):
        return None  # "Friday" alone is as often a name ("Friday Street") as a day
    if not doc:
        return _SKIP
    future = T.looks_forward(text, m.start(), m.end(), start, len(text))
    return D.weekday(m.group("wk_d"), g or "", doc, future)


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
    r = _RIGHT.match(text, conn.end(), end)
    right, r_end = (_atom(r, text, start, doc, True), r.end()) if r else (None, 0)
    dated = r is not None and any(r.group(k) for k in _WITH_YEAR)
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
    r = conn and _RIGHT.match(text, conn.end(), end)
    right = r and (r.group("my") or r.group("dmy_y")) and _atom(r, text, conn.end(), doc, True)
    return (isinstance(right, Span) and left.before(right)) or left


def _read(m: re.Match, text: str, start: int, end: int, doc: dt.date | None):
    """The Value at a match, _SKIP, or None (not a date here)."""
    open_word, mod = (m.group("open") or "").lower(), _mod_word(m)
    atom, a_end = _atom(m, text, start, doc, bool(open_word or mod)), m.end()
    if atom is _SKIP:
        return _SKIP
    lone = atom is None and bool(m.group("lm")) and m.group("lm")[0].isupper()
    if lone:  # "May - July 2018": a month that is also a word is a date in a range
        atom = W.yearless(W.MONTHS[m.group("lm").lower()])
    if atom is None:
        return None
    if open_word == "from" and (_SOURCE_AFTER.match(text, a_end) or (
            m.group("lm") and _TITLE_AFTER.match(text, a_end))
            or _word_before(text, m.start(), start).lower() in W.SOURCE_NOUNS):
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
    future = isinstance(atom, Yearless) and doc is not None and (T.looks_forward(
        text, m.start(), a_end, start, end) or T.soon_after(atom, doc, text, m.start(), a_end, start, end))
    return atom_value(atom, mod, open_word, doc, future, text, s, a_end)


def find(text: str, start: int, end: int, ctx: Context) -> list[Value]:
    """Every date expression in ``text[start:end]``, sorted, non-overlapping.

    The leftmost expression wins, at its longest: "From 2017 to August 2019"
    is one Value, not three.  Offsets are absolute in ``text``.
    """
    doc, found, pos = ctx.doc_date, [], start
    while m := _MAIN.search(text, pos, end):
        value = _read(m, text, start, end, doc)
        if value is _SKIP:
            pos = m.end()
        elif value is None:  # not a date here: look again one character on
            pos = m.start() + 1
        else:
            found.append(value)
            pos = value.end
    return found
