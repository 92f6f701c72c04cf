"""What a date pattern's match means: a Span, a Yearless (a date waiting for its year), a
BareDay (the "20" of "20 and 21 February"), SKIP (step over the words), or None (no date here).

Here are the judgements about single atoms: a lone "May" is a month only after a preposition
("In May", not "the council may"); a bare 1900-2099 is a year unless it names ("Act 1996") or
counts; "last Friday" and "Tuesday 4 April" are read from the document's date; "July of that year"
takes the narrative's year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

import checker.values.dates.patterns as P
import checker.values.dates.tense as T
import checker.values.dates.weekdays as D
import checker.values.dates.words as W
from checker.values.dates.words import BareDay, Yearless

_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_WORD_AFTER = re.compile(r" ?(\w+)?")
_AMOUNT_AFTER = re.compile(rf" (?:{P.words(W.AMOUNT_AFTER_YEAR)})\b|%", re.I)
_NAME_AFTER = re.compile(rf" (?:{P.words(W.NAME_AFTER_YEAR)})\b", re.I)
_NAME_BRACKET = re.compile(rf"\b(?:{P.words(W.NAME_BEFORE_YEAR)}) ?\([^()]{{1,40}}\) ?$", re.I)
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
TITLE_AFTER = re.compile(r" [A-Z][a-z]")
# A year inside a name of several capitalised words, after them or before them
_NAMED_BEFORE = re.compile(r"\b[A-Z][a-z]+(?: (?:of|for|and|the|on|in))* [A-Z][a-z]+ $")
_NAME_OPENS = re.compile(r"(?:\b(?:the|a|an|its|their|our)|['’]s) $", re.I)
_NAMED_AFTER = re.compile(r" [A-Z][a-z]+(?: (?:of|for|and|on))? [A-Z][a-z]+")
_LISTED = re.compile(r"\.(?:\s|$)")
_DATED = re.compile(rf"\b(?:{'|'.join(W.MONTH_NAMES)}|{P.YEAR})\b")  # "since ... in May 2016"
# "The Richmond Art Museum closed its doors Thursday at ...", "after Tropical Storm Isaias hit the
# area Tuesday, said ...": a weekday after a verb in the past and its object is the day it happened
_PAST_BEFORE = re.compile(rf"\b(?:[a-z]+ed|{T.IRREGULAR_PAST}|hit|shut|put|cut|set)(?: [\w'’-]+){{1,4}} $")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")  # "Friday Street"
_BOUND_BEFORE = re.compile(rf"\b(?:{P.words(W.AGO_BOUNDS)}) $", re.I)
_NOT_TITLE = W.PREPOSITIONS | set(W.OPEN_WORDS) | set(W.MONTHS) | set(W.SEASONS)
_NARRATIVE_YEAR = re.compile(r"(?<![\d£$€.,/-])(?:1[5-9]|20)\d\d(?![\d%])")
# "for Wednesday and Thursday, January 1 into January 2": which weekday is which day is not said
_WEEKDAY_LISTED = re.compile(rf"{D.PATTERN}\s+(?:and|or|to|-|–)\s+$", re.I)
_BRACKETED_DATE = re.compile(r"\s*\((?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]", re.I)
SKIP = object()  # step over the whole match: "last December" with no document date


def word_before(text: str, pos: int, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(start, pos - 30), pos)
    return m.group(1) if m else ""


def _lone_month(word: str, text: str, m: re.Match, start: int, prefixed: bool) -> Yearless | None:
    """"In November" is a date; "the council may", "Theresa May", "June Smith" are not."""
    before = word_before(text, m.start("lm"), start)
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
    return not (word_before(text, s, start).lower() in W.NAME_BEFORE_YEAR
                or _NAME_AFTER.match(text, e) or _NAME_BRACKET.search(text, max(start, s - 60), s)
                or (named and (TITLE_AFTER.match(text, e) or (
                    key == "yr" and title.group(1).lower() not in W.BEFORE_A_YEAR)))
                or listed or re.search(r"\d $", text[max(0, s - 2):s]) or _AMOUNT_AFTER.match(text, e))


def atom(m: re.Match, text: str, start: int, doc: dt.date | None, prefixed: bool):
    """What the match holds: a Span, a Yearless, a BareDay, SKIP, or None (not a date)."""
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
        return W.season(W.relative(g("rse_w"), "year", doc).lo.year, g("rse_s").lower()) if doc else SKIP
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
            return SKIP  # "more than three years ago" is a bound, not a date
        if g("ago").lower().endswith("since") and (P.RIGHT.match(text, m.end() + 1) or _DATED.search(
                text, m.end(), T.clause_end(text, m.end(), m.end() + 80))):
            return None  # "the two years since 2015", "since the inspection in May 2016": that date
        n = g("ago_n").lower()
        return W.ago(int(n) if n.isdigit() else W.COUNTS[n], g("ago_u"), doc)
    if g("se"):
        name = g("se_s").lower()
        if g("se_y"):
            return W.season(int(g("se_y")), name)
        if name == "fall" or not (
                prefixed or word_before(text, m.start("se"), start).lower() in W.PREPOSITIONS):
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
        if not doc or (word_before(text, m.start("rel"), start).lower() == "the"
                       and text[m.end("rel"):m.end("rel") + 2] not in ("'s", "’s")):
            return SKIP  # "over the last year" is a rolling twelve months, not 2016 ("the last month's")
        if g("rel_u").lower() == "week":
            return D.week(g("rel_w"), doc)
        if g("rel_u").lower() == "weekend":
            return D.weekend(g("rel_w"), doc) or SKIP
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
        return W.year(doc.year) if doc else SKIP
    if g("thy"):
        told = _NARRATIVE_YEAR.findall(text, max(0, m.start() - 400), m.start())
        told = [y for y in told if "\n" not in text[text.rfind(y, 0, m.start()):m.start()]]
        if not told:
            return SKIP  # no year told before it: nothing to read
        y = int(told[-1]) + {"following": 1, "previous": -1}.get(g("thy_w").split()[-1].lower(), 0)
        month = g("thy_m") and W.MONTHS[g("thy_m").rstrip(".").lower()]
        return W.month(y, month) if month else W.year(y)
    if g("lm"):
        return _lone_month(g("lm"), text, m, start, prefixed)
    if g("tdy"):  # read only with the document date
        word = g("tdy").lower()
        if word == "today" and not T.TODAY_AFTER.search(text, max(start, m.start() - 50), m.start()) \
                and not T.TODAY_OBJECT.search(text, max(start, m.start() - 60), m.start()) \
                and not (not text[start:m.start()].strip(" \"'“‘(") and T.TODAY_LEADS.match(text, m.end())):
            return None  # "children today face ...": nowadays
        if not doc:
            return SKIP
        return W.day_of(doc + dt.timedelta({"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)))
    return None


_DATELINE_AFTER = re.compile(r",\s|\s+(?:the|a|an|his|her|its|their|our)\s")


def _weekday(text: str, m: re.Match, start: int, end: int | None = None, doc: dt.date | None = None):
    """"on Thursday", "last Friday", "Thursday morning": a day, with the document's date."""
    before = word_before(text, m.start("wk"), start)
    if before[:1].isupper() and before.lower() in D.NAMED:
        return None  # "Good Friday", "Black Friday"
    if _BRACKETED_DATE.match(text, m.end("wk")):
        return None  # "the Assembly debate on Tuesday (23 February 2016)": the bracket says which
    cued = before.lower() in D.BEFORE or D.AFTER.match(text, m.end("wk")) or (
        before.islower() and (before.endswith("ed") or before in ("born", "died", "hit", "met", "held"))) or (
        before.islower() and not _CAPITAL_AFTER.match(text, m.end("wk"))
        and _PAST_BEFORE.search(text, max(start, m.start("wk") - 50), m.start("wk")))
    opens = not text[start:m.start("wk")].strip(" \"'“‘(")
    if not cued and opens and _DATELINE_AFTER.match(text, m.end("wk")):
        cued = True  # "Tuesday the new ... emergency department opened": a news lead's day
    if not (g := m.group("wk_r")) and not cued:
        return None  # alone, as often a name ("Friday Street") as a day ("approved Friday" is one)
    if not doc:
        return SKIP
    future = T.looks_forward(text, m.start(), m.end(), start, len(text))
    return D.weekday(m.group("wk_d"), g or "", doc, future)
