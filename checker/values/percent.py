"""Percentages: "79%", "79 per cent", "18pc", "(78.9%)", "up to 10%", "10-15%".

A share written in words is read as a careful reader takes it: "a quarter of
the tax" is about 25% (±2.5), "eight out of ten students" 80% (±5: it counts in
tenths); "most", "many", "a majority" are left alone, and so is "half" on its
own ("half-term", "half an hour"), but not "half of".  A figure carries its written
precision ("79%" = [78.5, 79.5], "78.9%" = [78.85, 78.95]), so "79%" agrees
with "78.9%".  "percentage points" are differences, not percents, and "rose
from 50% to 60%" states two values, not a range.
"""

from __future__ import annotations

import re

from checker.values.context import Context
from checker.values.model import Value
from checker.values.notation import refused
from checker.values.numbers import (
    NUMBER,
    NUMERAL,
    QUALIFIER,
    QUALIFIER_GAP,
    fmt_number,
    half_unit,
    max_spaces,
    numeral_text,
    parse_number,
    qualifier_kind,
    qualify,
    read_again,
    scan,
    trigger,
)
from checker.values.value_type import ValueType, spans_of

# ("a 6 % point rise": points of a percentage are a difference, as "percentage points" are)
_PCT = r"(?: ?%|[ -]per[ -]?cent(?![\w-])|[ -]percent(?![\w-])|pc(?![\w-]))(?![ -]?points?\b)"
_PATTERN = re.compile(
    rf"(?<![A-Za-z]-)(?:(?:(?<=\bfrom )|(?<=\bby )|(?<=\bup )|(?<=\bdown )|(?<=\bfrom around )|"
    rf"(?<=\bfrom about )|(?<=\bfrom some )|(?<=\bfrom nearly )|(?<=\bfrom almost )|(?<=\bfrom just )|"
    rf"(?<=\bfrom over ))(?P<frm>))?+"  # "increased from around 50 to 95 per cent": two values
    rf"(?:(?P<q>{QUALIFIER}) {QUALIFIER_GAP})?(?:(?P<btw>between) )?"
    rf"(?<![/\d])(?P<a>{NUMBER})(?P<pa>{_PCT})?"  # not the "23" of "2022/23 to 59%"
    rf"(?:(?(frm) ?- ?|(?(btw) (?:and|to|-) | ?(?:-|to) ?))(?P<b>{NUMBER}))?(?P<pc>{_PCT})",
    re.IGNORECASE)
_TRIGGER = trigger("per", "pc", symbols="%")  # every match holds one
_ROOM = max_spaces(_PATTERN)


def _text(words: str) -> str:
    """The figure for a label: as written for numerals ("78.90"), else plain."""
    return numeral_text(words) or fmt_number(parse_number(words))


def _read(m: re.Match) -> tuple[Value | None, int | None]:
    """(the percentage at ``m``, or None; where to read again when it is no range)."""
    a = parse_number(m.group("a"))
    if a is None:
        return None, None
    ha = half_unit(m.group("a"))
    if m.group("b"):
        b = parse_number(m.group("b"))
        if b is None or b <= a:  # "from 81.8 percent in 2003 to 83 percent": 83 on its own
            return None, m.start("b")
        return Value("percent", a - ha, b + half_unit(m.group("b")),
                     label=f"{_text(m.group('a'))}-{_text(m.group('b'))}%",
                     text=m.group(), start=m.start(), end=m.end()), None
    low, high, lo_open, hi_open, prefix = qualify(qualifier_kind(m.group("q"), m.string, m.start("q")), a,
                                                  a - ha, a + ha)
    return Value("percent", low, high, lo_open, hi_open, label=f"{prefix}{_text(m.group('a'))}%",
                 text=m.group(), start=m.start(), end=m.end()), None


_MARGIN_BEFORE = re.compile(r"±\s*$")


def _figures(text: str, start: int, end: int, ctx: Context | None = None) -> list[Value]:
    """The percentages written as figures: "79%", "18pc", "10-15 per cent"."""
    return read_again(scan(_PATTERN, _TRIGGER, _ROOM, text, start, end), _read, _PATTERN, text, end)


def find(text: str, start: int, end: int, ctx: Context | None = None) -> list[Value]:
    """Every percentage stated in ``text[start:end]``, absolute offsets."""
    found = _figures(text, start, end)
    if "±" in text[start:end]:  # "48 %±9.5 %": a margin of error, not a percentage of its own
        found = [v for v in found if not _MARGIN_BEFORE.search(text, max(start, v.start - 3), v.start)]
    if "," in text[start:end]:
        commas = [v for v in _decimal_commas(text, start, end)
                  if not any(f.start < v.end and v.start < f.end for f in found)]
        found = sorted(found + commas, key=lambda v: v.start) if commas else found
    shares = [v for v in _shares(text, start, end)
              if not any(f.start < v.end and v.start < f.end for f in found)]
    return sorted(found + shares, key=lambda v: v.start) if shares else found


# "the 20,8% year-on-year increase", "(18,6% and ...)": a decimal comma, as South Africa and most of
# Europe write it (a thousands group has three digits, never one or two)
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{1,2})(?P<pc> ?%|[ -]per[ -]?cent\b|[ -]percent\b)",
                            re.I)


def _decimal_commas(text: str, start: int, end: int) -> list[Value]:
    out = []
    for m in _DECIMAL_COMMA.finditer(text, start, end):
        figure = f"{m.group(1)}.{m.group(2)}"
        a, half = float(figure), half_unit(figure)
        out.append(Value("percent", a - half, a + half, label=f"{figure}%", text=m.group(),
                         start=m.start(), end=m.end()))
    return out


# A share in words: "a quarter of the tax", "eight out of ten students", "one in five".
_FRACTIONS = {"half": 50.0, "a half": 50.0, "one half": 50.0, "a quarter": 25.0, "one quarter": 25.0,
              "three quarters": 75.0, "three-quarters": 75.0,
              "a third": 100 / 3, "one third": 100 / 3, "one-third": 100 / 3, "two thirds": 200 / 3,
              "two-thirds": 200 / 3, "a fifth": 20.0, "one fifth": 20.0, "one-fifth": 20.0}
_FRACTION_SLACK = 2.5  # "a quarter" is about 25%, as a reader takes it
_OUT_OF = {"three": 3, "four": 4, "five": 5, "ten": 10, "twenty": 20, "a hundred": 100,
           "3": 3, "4": 4, "5": 5, "10": 10, "20": 20, "100": 100}
# Other wholes, after "one in" ("one in seven", "one-in-fifteen", "1 in 8"), are read to the nearest
# whole: "one in seven" is 1/7.5 to 1/6.5, 13.3-15.4%
_OTHER_WHOLE = (r"two|six|seven|eight|nine|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                r"eighteen|"
                r"nineteen|thirty|forty|fifty|a thousand|\d{1,4}")
_SHARE = re.compile(
    r"\b(?P<part>half|a quarter|three quarters) (?:of )?an? (?:per ?cent|percent)\b|"
    rf"\b(?P<frac>{'|'.join(sorted(_FRACTIONS, key=len, reverse=True))})"
    # "a quarter of the tax", "only a fifth were answered"
    r"(?: of\b| (?=(?:were|was|are|is|had|have|said|say|agreed|thought|felt)\b))"
    rf"|\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})[ -](?:out of|in)[ -](?:every )?"
    rf"(?:(?P<m>{'|'.join(sorted(_OUT_OF, key=len, reverse=True))})|(?P<w>{_OTHER_WHOLE}))\b(?![,.]\d)",
    re.IGNORECASE)
_PART = {"half": 0.5, "a quarter": 0.25, "three quarters": 0.75}  # "half a percent": 0.5%


def _shares(text: str, start: int, end: int) -> list[Value]:
    out = []
    for m in _SHARE.finditer(text, start, end):
        if m.group("part"):
            share = _PART[m.group("part").lower()]
            out.append(Value("percent", share, share, label=f"{fmt_number(share)}%", text=m.group(),
                             start=m.start(), end=m.end()))
            continue
        if m.group("frac"):
            share, slack = _FRACTIONS[m.group("frac").lower()], _FRACTION_SLACK
            words = m.group("frac")
        elif m.group("m"):
            n, whole = parse_number(m.group("n")), _OUT_OF[m.group("m").lower()]
            if n is None or not 0 < n <= whole:
                continue
            share, slack, words = 100 * n / whole, 50 / whole, m.group()
        else:
            n, whole = parse_number(m.group("n")), parse_number(m.group("w"))
            if n != 1 or whole is None or whole < 2 or "out" in m.group().lower():
                continue  # "ranked 51 out of 131 trusts" is a rank
            low, high = 100 * n / (whole + 0.5), 100 * n / (whole - 0.5)
            out.append(Value("percent", low, high, label=f"{fmt_number(round(100 * n / whole, 1))}%",
                             text=m.group(), start=m.start(), end=m.end()))
            continue
        out.append(Value("percent", share - slack, share + slack, label=f"{fmt_number(round(share, 1))}%",
                         text=words, start=m.start(), end=m.start() + len(words)))
    return out


EXPECT = "a percent: write N or N%, optionally ±T, e.g. 79%, 78.9±0.5"
_NOTATION = re.compile(
    rf"(?:(?P<q>{QUALIFIER}) )?(?P<a>{NUMBER}) ?(?:%|per ?cent|percent)?"
    rf"(?: ?(?:±|\+/-|\+-) ?(?P<t>{NUMERAL}) ?%?)?", re.IGNORECASE)


def parse(s: str, choices: tuple[str, ...] = ()) -> Value:
    """The facts file's percentage: "79%", "78.9", "up to 10%", or with a tolerance "78.9±0.5"."""
    m = _NOTATION.fullmatch(s)
    a = parse_number(m.group("a")) if m else None
    if a is None:
        raise refused(EXPECT, s)
    figure = numeral_text(m.group("a")) or fmt_number(a)
    if m.group("t"):
        t = parse_number(m.group("t"))
        if m.group("q"):
            raise refused(EXPECT, s)
        return Value("percent", a - t, a + t, label=f"{figure}±{fmt_number(t)}%", text=s, end=len(s))
    half = half_unit(m.group("a"))
    low, high, lo_open, hi_open, prefix = qualify(qualifier_kind(m.group("q")), a, a - half, a + half)
    return Value("percent", low, high, lo_open, hi_open, label=f"{prefix}{figure}%", text=s, end=len(s))


# A share in words claims no number from the counts: "3 out of 4 councils" counts councils too.
TYPE = ValueType("percent", find=find, parse=parse, arithmetic=True, claims=spans_of(_figures),
                 value_like=re.compile(r"%|\bper ?cent\b|\bpercent\b", re.I))
