"""Durations: "three years", "a three-year partnership", "up to 36 months".

Canonical unit is months (year 12, month 1, week 12/52, day 12/365), so "52
weeks" and "a year" land on the same point (compare allows 0.5% for that).

Why the traps fall out: a bound must sit directly before the number, so in
"over the next five years" or "over the past eighteen months" the "over" is
not attached and the value is exactly 5 years / 18 months (DURING, not "more
than").  A bare "over five years" is read the same way after an amount or
a word of spreading or change ("£10m over five years", "phased over three
years") or at the start of a sentence, and as "more than" otherwise ("over 20
years' experience", "for over a year", "over two years ago").

"The next decade", "the past year" (no number) span one unit; "one working
day", "ten clear days" are days all the same.
"""

from __future__ import annotations

import re

from checker.values.ages import AND_OLDER, an_age_before
from checker.values.context import Context
from checker.values.model import Value
from checker.values.notation import whole
from checker.values.numbers import (
    NUMBER,
    QUALIFIER,
    TENS,
    UNITS,
    fmt_number,
    max_spaces,
    parse_number,
    qualifier_kind,
    qualify,
    read_again,
    scan,
    trigger,
)
from checker.values.value_type import ValueType, spans_of

#: Months per unit word (singular, lower-case).
MONTHS = {"year": 12.0, "yr": 12.0, "month": 1.0, "week": 12.0 / 52, "day": 12.0 / 365,
          "decade": 120.0, "fortnight": 24.0 / 52}
_LABEL_UNIT = {"yr": "year"}
_HALVES = {"decade": (5.0, "year"), "year": (6.0, "month"), "yr": (6.0, "month")}
_UNIT_WORDS = "years?|yrs?|months?|weeks?|days?|decades?|fortnights?"
_UNIT = rf"(?:{_UNIT_WORDS})(?![\w]|-(?!long\b))"  # "a seven-year-long inquiry" is one too

_PATTERN = re.compile(
    rf"(?:(?P<q>{QUALIFIER}) (?:a period of )?)?(?:(?P<btw>between) )?"
    rf"(?P<a>{NUMBER}|(?<![\w-])(?:half )?an?"
    rf"(?= (?:year|month|week|day|decade|fortnight)(?:(?![\w-])|-long\b))"
    rf"|(?<![\w-])another(?= (?:year|month|week|fortnight)(?![\w-]))"  # "at least another year"
    rf"|(?<![\w-])the (?:next|last|past|coming|previous|following)"
    rf"(?= (?:year|month|week|decade|fortnight)(?![\w-])))"
    rf"(?: \(\d+\))?"  # "within ten (10) calendar days"
    rf"(?:(?(btw) (?:and|to|-) |(?: ?(?:-|to) ?| or ))(?P<b>{NUMBER}))?"  # "two or three years" too
    rf"(?P<om> or (?:more|longer))?"  # "for one or more years"
    rf"[ -](?:(?:further|more|additional|extra|full|consecutive|working|calendar|clear|business|tax|"
    rf"financial|fiscal|academic|school) )?"
    rf"(?P<u>{_UNIT})(?:-long\b)?"
    rf"(?P<half> and a half(?![\w-]))?"
    rf"(?P<qa>,? at (?:the )?(?:most|least|the latest)\b)?",  # "2 months at most"
    re.IGNORECASE)
_TRIGGER = trigger("year", "yr", "month", "week", "day", "decade", "fortnight")  # every match holds one
_ROOM = max_spaces(_PATTERN)

# "£2m a year", "twice a year", "3 days a week": a rate, not a duration.
_RATE_BEFORE = re.compile(
    r"(?:^|\s)(?:once|twice|thrice|times|per|hours?|minutes?|days?|weeks?|months?|"
    r"sessions?|visits?|nights?|\S*\d\S*|" + "|".join(list(UNITS) + list(TENS)) + r") $",
    re.IGNORECASE)
# "a day centre", "a year 6 pupil": "a" + unit naming a thing, not a span.
_NOT_AFTER_ARTICLE = re.compile(r" (?:\d|centres?\b|care\b|services?\b|schools?\b|"
                                r"nurser(?:y|ies)\b|trips?\b|groups?\b)", re.IGNORECASE)
_AGE = re.compile(r"[- ]olds?\b|,? of age\b", re.IGNORECASE)  # "2 year olds", "under 20 years of age"
# "extended from 6 to 12 weeks": a change, not a range (12 weeks is read again on its own)
_CHANGED_FROM = re.compile(
    r"\b(?:extend(?:ed|s|ing)?|increas(?:ed|es|ing)|reduc(?:ed|es|ing)|cut|rais(?:ed|es|ing)|"
    r"lower(?:ed|s|ing)|lengthen(?:ed|s|ing)|shorten(?:ed|s|ing)|r(?:ose|isen|ises|ising)|"
    r"f(?:ell|allen|alls|alling)|gr(?:ew|own|ows|owing)|chang(?:ed|es|ing)|mov(?:ed|es|ing)|"
    r"doubl(?:ed|es|ing)|halv(?:ed|es|ing)|up|down) from $", re.IGNORECASE)


_COMPARED_WITH = re.compile(r"\b(?:compared (?:with|to)|than|on|versus|vs\.?|against)\s+$", re.I)
# "over N years" spans them (DURING) after an amount or a word of spreading
# or change ("£10m over five years", "phased over three years", "improved over
# two years") and at the start of a sentence ("Over five years, ..."); it is
# "more than" otherwise, and always before "'", "of experience", "ago", "old".
_DURING_BEFORE = re.compile(
    r"(?:^|[£$€][\d.,]+(?: ?(?:bn|m|k|million|billion))?|[\d.,]+ (?:million|billion|pounds)|"
    r"\b(?:spread|phased|delivered|invested|saved|savings|spent|spend|run|runs|running|"
    r"implemented|funded|funding|paid|allocated|rolled out|staged|profiled|achieved|made|"
    r"grow|grown|grew|increased?|reduced?|rise|rose|risen|fall|fell|fallen|cut|cuts|changed|"
    r"improved|developed|built|plan|programme|strategy|budget|period|repaid|repayable|committed|"
    r"pledged|promised|earmarked|budgeted|provided|set aside|distributed|disbursed|split|shared))\s?$",
    re.IGNORECASE)
# "an examination carried out by a team of inspectors over four weeks": an activity spread over them
_ACTIVITY_BEFORE = re.compile(r"\b(?:carried out|conducted|undertaken|took place|taking place|held|"
                              r"collected|gathered|observed|monitored|surveyed|tracked|interviewed|"
                              r"measured|recorded|assessed|inspected|examined|studied|tested|consulted|"
                              r"provide|provides|produce|produces|deliver|delivers|build|builds|create|creates|"
                              r"extract|supply|supplies|generate|generates)"
                              r"\b(?:[^,;.()]|(?<=\d)[,.](?=\d)){0,60}$", re.IGNORECASE)
_PERIOD_OF = re.compile(r"\ba period of\b", re.IGNORECASE)  # "over a period of four years": across them
# "for the 26th consecutive month": as many months
_ORDINAL_RUN = re.compile(
    r"\bthe (?P<n>\d{1,3})(?:st|nd|rd|th) (?:consecutive|successive|straight) (?P<u>year|month|week|day)\b",
    re.IGNORECASE)
_AMOUNT = re.compile(r"[£$€][\d.,]+|\b[\d.,]+ (?:million|billion|pounds)\b", re.IGNORECASE)
_MORE_AFTER = re.compile(r"(?:'|’| of (?:experience|service)\b| ago\b| old\b)", re.IGNORECASE)


def _unit(word: str) -> str:
    w = word.lower()
    w = w[:-1] if w.endswith("s") else w
    return w


def label_for(prefix: str, a: float, b: float | None, unit: str) -> str:
    """"3 years", "up to 1 year", "2-3 years", "4 months"."""
    unit = _LABEL_UNIT.get(unit, unit)
    top = b if b is not None else a
    plural = "" if top == 1 else "s"
    nums = fmt_number(a) if b is None else f"{fmt_number(a)}-{fmt_number(b)}"
    return f"{prefix}{nums} {unit}{plural}"


def find(text: str, start: int, end: int, ctx: Context | None = None) -> list[Value]:
    """Every duration stated in ``text[start:end]``, with absolute offsets."""

    def read(m: re.Match) -> tuple[Value | None, int | None]:
        a_words = m.group("a")
        is_article = a_words.lower() in ("a", "an", "half a", "half an", "another") \
            or a_words.lower().startswith("the ")
        if is_article:
            if not m.group("q") and _RATE_BEFORE.search(text[max(start, m.start() - 30):m.start()]):
                return None, None
            if a_words.lower().startswith("the ") and _COMPARED_WITH.search(text, max(start, m.start() - 20),
                                                                            m.start()):
                return None, None  # "increased by six months compared with the previous year": a point
            a = 0.5 if a_words.lower().startswith("half") else 1.0  # "closed for half a decade"
        else:
            a = parse_number(a_words)
        b = parse_number(m.group("b")) if m.group("b") else None
        if a is None:
            return None, None
        if m.group("b") and (b is None or b <= a or _CHANGED_FROM.search(
                text, max(start, m.start() - 30), m.start())):  # "from five to three months": three
            return None, m.start("b")
        tail = text[m.end():min(end, m.end() + 20)]
        if _AGE.match(tail) or AND_OLDER.match(tail) or an_age_before(text, start, m.start()) or (
                is_article and _NOT_AFTER_ARTICLE.match(tail)):
            return None, None  # an age: "children aged two to 14 years", "18 years and older"
        unit = _unit(m.group("u"))
        if a == 0.5 and unit in _HALVES:
            a, unit = _HALVES[unit]  # "half a decade": 5 years
        per = MONTHS[unit]
        if m.group("half"):
            a, b = a + 0.5, (b + 0.5 if b is not None else None)
        q = m.group("q")
        if q and q.lower() == "over" and (a_words.lower().startswith("the ") or _PERIOD_OF.search(m.group())):
            q = None  # "over the next decade": across it, as "over the next five years"
        if (q and q.lower() == "over" and not _MORE_AFTER.match(tail)
                and (_DURING_BEFORE.search(text[max(start, m.start() - 30):m.start()])
                     or _ACTIVITY_BEFORE.search(text, max(start, m.start() - 100), m.start())
                     or _AMOUNT.search(text, max(start, m.start() - 80), m.start()))):
            q = None  # "£10m over five years", "$1.6bn has been committed for X over five years": exactly 5
        if m.group("om") and not q:
            q = "at least"
        if m.group("qa") and not q:
            q = "up to" if "least" not in m.group("qa").lower() else "at least"
        if b is not None:
            low, high, lo_open, hi_open, prefix = a * per, b * per, False, False, ""
        else:
            kind = qualifier_kind(q, text, m.start("q")) if q and q == m.group("q") else qualifier_kind(q)
            low, high, lo_open, hi_open, prefix = qualify(kind, a * per, a * per, a * per)
        return Value("duration", low, high, lo_open, hi_open, label=label_for(prefix, a, b, unit),
                     text=m.group(), start=m.start(), end=m.end()), None

    found = read_again(scan(_PATTERN, _TRIGGER, _ROOM, text, start, end), read, _PATTERN, text, end)
    runs = [_run(m) for m in _ORDINAL_RUN.finditer(text, start, end)] if "consecutive" in text[start:end] \
        or "successive" in text[start:end] or "straight" in text[start:end] else []
    return sorted(found + runs, key=lambda v: v.start) if runs else found


def _run(m: re.Match) -> Value:
    n, unit = int(m.group("n")), m.group("u").lower()
    months = n * MONTHS[unit]
    return Value("duration", months, months, label=label_for("", n, None, unit), text=m.group(),
                 start=m.start(), end=m.end())


EXPECT = "a duration: write [up to|at least|about] N days|weeks|months|years"
_NUMBER_WORD = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                r"fifteen|eighteen|twenty|thirty|forty|fifty|hundred|thousand|dozen|half)")


def parse(s: str, choices: tuple[str, ...] = ()) -> Value:
    """The facts file's duration: the one duration ``find`` reads in all of ``s``."""
    return whole(find, EXPECT, s)


TYPE = ValueType(
    "duration", find=find, parse=parse, claims=spans_of(find),
    value_like=re.compile(rf"\b{_NUMBER_WORD}[- ](?:day|week|month|year|decade)s?\b", re.I))
