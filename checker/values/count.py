"""Counts: cardinal numbers that count things ("six local authorities").

Most numbers in a document are *not* counts, so this finder is defined by
what it refuses, each refusal cheap and local:

- numbers another finder claims in the same sentence: durations ("three
  years"), money ("£84M"), percents ("79%"), dates (``dates.find``); and as a
  fallback of its own, years 1900-2099 written alone and numbers next to a
  month name ("30 June");
- references: a number right after a reference word ("para 12", "section 17",
  "page 4") or after a capitalised word that is not the sentence's first
  ("Education Act 1996", "Key Stage 2", "Civic Centre 111") -- addresses and
  names, not quantities; a number with no comma straight after such a word;
- paragraph numbers at the start of a sentence or line ("3 The Leeds ...",
  "1. Main issues");
- decimals ("3.13"), numbers glued to letters or symbols ("SW1P 3BT",
  "497A(4B)", "2nd", "Covid-19", "10:30"), digit runs joined by "-" or "/"
  ("2017-18") and phone-number groups ("0370 000 2288");
- "one" used as a pronoun ("one of the", "no one", "one hopes", "one I hope");
- numbers in brackets that mark references, footnotes and list items
  ("subsection (2)", "31B (3)", "Review[1]"), ratios ("one in 10", "1 in 5")
  ages set off by commas after a name ("Agnetta Robertson, 30, said") and
  scores ("scaled scores between 80 and 120").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from checker.values.ages import (
    AGE_LIMIT,
    AGED,
    AND_OLDER,
    FULL_NAME_THEN_AGE,
    NAME_THEN_AGE,
    YEARS_OLD,
    an_age_before,
)
from checker.values.context import Context
from checker.values.model import Value
from checker.values.notation import refused
from checker.values.numbers import (
    NUMBER,
    QUALIFIER,
    QUALIFIER_GAP,
    SCALE_NAMES,
    half_unit,
    parse_number,
    qualifier_kind,
    qualify,
    split_scale,
)
from checker.values.value_type import Claims, ValueType

_PATTERN = re.compile(  # "(?=\w)": a cheap test first, as every match starts with a word character
    rf"(?=\w)(?:(?P<q>{QUALIFIER}) {QUALIFIER_GAP})?(?:(?P<btw>between) )?"
    rf"(?P<a>{NUMBER})(?(btw) and (?P<b>{NUMBER}))",
    re.IGNORECASE)
# Context that makes a number something other than a count.
_BAD_BEFORE = re.compile(r"(?:[A-Za-z]-|\d[-/:+]|[#£$€]|\d |(?<!\d)(?:19|20)\d\d ?[-/] ?)$")
_BAD_AFTER = re.compile(r"(?:[\w%£$€+]| %|[.,:]\d|-(?!(?:members?|strong)\b)[A-Za-z]|[-/]\d"
                        r"| ?(?:am|pm|a\.m\.|p\.m\.)\b"
                        r"| (?:percentage|hours?|hrs|minutes?|mins|seconds?|miles?|mph|km|"
                        r"kilometres?|metres?|meters?|feet|ft|inches|kg|tonnes?|acres?|"
                        r"hectares?|litres?|pence|thirds?|quarters?|fifths?|halves)\b"
                        # "three times more likely": a multiple, not a count
                        r"| times (?:more|less|as|higher|lower|greater|larger|bigger|smaller|faster|slower|"
                        r"over|the|that|what)\b)",
                        re.IGNORECASE)
REFERENCE_WORDS = frozenset("""para paras paragraph paragraphs section sections s ss page pages p pp
    annex annexe appendix chapter clause item items table figure fig schedule part step phase stage
    level no number room article articles regulation regulations reg rule rules version line lines
    question recommendation recommendations option priority tier grade ward route year key box unit
    floor ref reference category standard principle objective outcome action criterion point bullet
    footnote note row column slide volume vol issue edition block lot plot site bus junction area
    zone band district flat house suite building tel telephone phone fax ext extension
    wave round cohort type subsection subsections petition e-petition motion amendment""".split())
MONTHS = frozenset("""January February March April May June July August September October November
    December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split())
# "one" as a pronoun or determiner: "no one", "one of the", "one hopes".
_ONE_BEFORE = frozenset("no any every each the this that which someone anyone everyone".split())
_ONE_AFTER = re.compile(
    r" (?:of|another|or|and|to|in|at|on|for|by|with|that|which|who|whom|whose|as|than|way|"
    r"day|time|hopes?|would|could|should|must|may|might|can|will|shall|is|was|has|had|does|did|"
    r"needs?|i|we|you|they|he|she|it|too|only|such|thing|another's|'s)\b|[.,;:)!?]|$",
    re.IGNORECASE)
_FIGURE = re.compile(r"[\d.,]+")
_GLUED, _SYMBOLS = "%£$€", "#£$€"
_BIG_END = re.compile(r"(?:thousand|million|billion)$", re.IGNORECASE)
# "20 and 21 February": days of a month named after the last of them
_DAYS_BEFORE_MONTH = re.compile(
    rf" (?:and|or|to|&|-) \d\d?(?:st|nd|rd|th)? (?:of )?"
    rf"(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b")
# "since 1859", "in 1066": a year, though outside 1900-2099
_YEAR_WORDS = frozenset("since in from until till before after during circa".split())
_NAME = re.compile(r"[A-Z][A-Za-z]*")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "MPs 3 out of 4": not a name
_NEXT_TOKEN = re.compile(r" ?([A-Za-z]+)")
_ACRONYM_NOUN_AFTER = re.compile(r" [A-Z]{2,} [a-z]+s\b")
_PARA_AFTER = re.compile(r"(?:[.)]|:| [A-Z(\"']| ?$)")
# "(2)" after a reference or a code ("subsection (2)", "31B (3)", "(2)(a)")
_BRACKETED_AFTER = re.compile(r"(?:^|\s)(\S*\d\S*|[A-Za-z]+)\s?$")
_SMALL_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten"
_RATIO_BEFORE = re.compile(rf"(?:^|[^\w.,])(?:\d+|{_SMALL_WORDS}) in $", re.IGNORECASE)  # "one in 10"
_RATIO_AFTER = re.compile(rf" in (?:\d{{1,3}}|{_SMALL_WORDS}|a hundred)\b(?![\d,.])", re.IGNORECASE)
_VERB_REFERENCES = frozenset({"building", "house", "issue", "step"})  # lower case: also verbs
_NOUNS_AFTER = re.compile(r" (?:[a-z]+ ){0,2}[a-z]+s\b")
_LISTED_REFERENCE = re.compile(r"\b([A-Za-z]+\.?) \d[\d.]*(?:(?:, ?| and | or | & | to )\d[\d.]*)*"
                               r"(?:, ?| and | or | & | to )$")
# "... and Salford 101.", "the SDLP 12 - down two -": a result in a list, not a name's number
_RESULT_END = re.compile(r"(?:[.,;:](?:\s|$)| [-–] |$)")
_RESULT_BEFORE = re.compile(r"(?:\b(?:and|the|while|whilst)|,) $", re.I)
# "located at 1717 Osler Street", "10 Downing St": a street number counts nothing
_STREET_AFTER = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|"
                           r"Boulevard|"
                           r"Blvd|Way|Place|Court|Crescent|Highway|Hwy|Parkway|Terrace|Close|Square)\b")
# the rest of a telephone number: "1800 265 165", "2545 6182", "(228) 374-5167"
_PHONE_AFTER = re.compile(r"\)?(?:[ -]\d{3,4}(?:[ -]\d{3,4})?|[ -]\d{2}[ -]\d{3,4})(?![\d,.]?\d)"
                          r"(?!\s*(?:people|[a-z]+s)\b)")  # "1800 06 1800" too
# "scaled scores between 80 and 120", "scored 104": a score measures, it counts nothing
_SCORE_BEFORE = re.compile(r"\bscor(?:e|es|ed|ing)\b[^.;:,]{0,30}$", re.IGNORECASE)


class _Claimed:
    """Spans the other types claim in a sentence; overlap test in O(log n).

    ``claims`` are the other types' (``ValueType.claims``): the duration,
    money and percent finders search only near their own trigger words,
    and dates are read only around date cues, so a long text with few of
    them costs little.
    """

    def __init__(self, text: str, start: int, end: int, ctx: Context, claims: tuple[Claims, ...]):
        spans = sorted(span for claim in claims for span in claim(text, start, end, ctx))
        self.starts = [s for s, _ in spans]
        self.max_end = list(itertools.accumulate((e for _, e in spans), max))

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, e)  # spans starting before e
        return i > 0 and self.max_end[i - 1] > s


def _line_start(text: str, start: int, pos: int) -> bool:
    """Is ``pos`` the first word of its sentence or line (bar bullets/brackets)?"""
    lo = max(start, pos - 12)  # a bounded look back keeps the finder linear
    before = text[lo:pos]
    reached = lo == start or "\n" in before
    return reached and not before.rpartition("\n")[2].strip(" \t([•*-")


def _prev_word(text: str, start: int, pos: int) -> str:
    """The token before the space before ``pos`` (within 40 characters), or ""."""
    lo = max(start, pos - 40)
    if pos - 1 >= lo and text[pos - 1] == "\n":
        pos -= 1  # as a regex "$" would, allow one final newline
    if pos - 2 < lo or text[pos - 1] != " " or text[pos - 2].isspace():
        return ""
    return text[lo:pos - 1].rsplit(None, 1)[-1]


def _bracketed(text: str, start: int, end: int, s: int, e: int) -> bool:
    """Is text[s:e] a reference in brackets: "[1]", or "(2)" after a reference word or code?"""
    if s <= start or e >= end or not text[s:e].isdigit():
        return False
    if text[s - 1] == "[" and text[e] == "]":
        return True  # footnotes and citations: "Review[1]"
    if text[s - 1] != "(" or text[e] != ")":
        return False
    before = _BRACKETED_AFTER.search(text, max(start, s - 41), s - 1)
    word = before.group(1).lower() if before else ""
    return word.endswith(")") or any(c.isdigit() for c in word) or word in REFERENCE_WORDS


def _refused(text: str, start: int, end: int, m: re.Match) -> bool:
    """Is the number in match ``m`` not a count, judged from its own words?"""
    s, e = m.start("a"), m.end()
    if e < end and (text[e] in _GLUED or text[e].isalnum() or text[e] == "_"):
        return True  # the quickest of _BAD_AFTER: "5m", "79%", "2nd"
    if s > start and (text[s - 1] in _SYMBOLS
                      or (text[s - 1] == " " and s - 2 >= start and text[s - 2].isdecimal())):
        return True  # the quickest of _BAD_BEFORE: "£5", "1 2"
    words = m.group("a")
    after = text[e:min(end, e + 30)]
    if _bracketed(text, start, end, s, e) or _RATIO_BEFORE.search(text, max(start, s - 12), s) \
            or _RATIO_AFTER.match(after):
        return True  # "subsection (2)", "[1]"; "one in 10", "1 in 5"
    if after[:1] == "(" and after[1:2].isalnum() and words[0].isdigit():
        return True  # "34(4)": a section and its subsection
    if words.isdigit() and _PHONE_AFTER.match(after):
        return True  # "1800 265 165", "2545 6182", "(228) 374-5167": a telephone number
    if _SCORE_BEFORE.search(text, max(start, m.start() - 40), m.start()):
        return True
    if words.isdigit() and len(words) <= 3 and (
            (after[:1] == "," and NAME_THEN_AGE.search(text, max(start, s - 30), s))
            or (after[:1] in (".", "") and FULL_NAME_THEN_AGE.search(text, max(start, s - 40), s))):
        return True  # "Agnetta Robertson, 30, delivered", "said miner Neil Townend, 51.": an age
    if _BAD_AFTER.match(after) or _BAD_BEFORE.search(text[max(start, s - 10):s]) or (
            words.isdigit() and _STREET_AFTER.match(text, e, min(end, e + 60))):
        return True
    digits = words[0].isdigit()
    head, scale = split_scale(words)
    if digits and scale == 1 and ("." in head or (len(head) > 1 and head[0] == "0")):
        return True  # decimals, phone groups
    prev_word = _prev_word(text, start, m.start()).lstrip("([\"'")
    if digits and len(words) == 4 and words.isdigit() and (
            words[:2] in ("19", "20") or ("10" <= words[:2] <= "18" and prev_word.lower() in _YEAR_WORDS)):
        return True  # a year written alone
    nxt = _NEXT_TOKEN.match(after)
    if prev_word.rstrip(",") in MONTHS or (nxt and nxt.group(1) in MONTHS) or _DAYS_BEFORE_MONTH.match(after):
        return True
    bare = prev_word.rstrip(".").lower()
    if (bare in REFERENCE_WORDS and not (prev_word in _VERB_REFERENCES and _NOUNS_AFTER.match(after))) \
            or prev_word.lower() == "no.":
        return True  # "para 12", "route 601"; but "building 40 new council houses" counts houses
    listed = _LISTED_REFERENCE.search(text, max(start, s - 40), s)
    if listed and listed.group(1).rstrip(".").lower() in REFERENCE_WORDS:
        return True  # "route 601 and 602", "paragraphs 3, 4 and 7": the whole list refers
    if (_NAME.fullmatch(prev_word) and not _ACRONYM_PLURAL.fullmatch(prev_word) and not m.group("q")
            and not _line_start(text, start, m.start() - len(prev_word) - 1)
            and not (_RESULT_END.match(after) and _RESULT_BEFORE.search(
                text, max(start, m.start() - len(prev_word) - 12), m.start() - len(prev_word) - 1))):
        return True  # "Act 1996", "Key Stage 2", "Centre 111": a name, not an amount
    if (AGED.search(text, max(start, m.start() - 24), m.start()) or YEARS_OLD.match(after)
            or AGED.search(text, max(start, s - 24), s) or AGE_LIMIT.match(text, m.start(), end)
            or an_age_before(text, start, m.start()) or AND_OLDER.match(after)):
        return True  # "people aged over 21", "under the age of five", "a 34-year-old": ages
    if digits and not m.group("q") and _line_start(text, start, s) and _PARA_AFTER.match(after) \
            and not _ACRONYM_NOUN_AFTER.match(after):
        return True  # "3 The Leeds ...", "1. Main issues" (but "30 US states remain": a count)
    if words.lower() == "one":
        if prev_word.lower() in _ONE_BEFORE or _ONE_AFTER.match(after):
            return True
        word = nxt.group(1).lower() if nxt else ""
        if word.endswith("s") and not word.endswith(("ss", "us", "is")):
            return True  # "one hopes": a verb follows; a noun after "one" is singular
    return False


def label_for(prefix: str, words: str, value: float) -> str:
    head, scale = split_scale(words)
    if scale != 1 and _FIGURE.fullmatch(head):
        return f"{prefix}{head} {SCALE_NAMES[scale]}"
    return f"{prefix}{value:,.0f}" if value == int(value) else f"{prefix}{value:g}"


@functools.lru_cache(maxsize=4096)
def _figure(words: str) -> tuple[float, float, str] | None:
    """(value, half its written precision, label) of a count's number, or None."""
    a = parse_number(words)
    if a is None:
        return None
    # integers are exact; "1.6 million", "two million" carry written precision
    big = split_scale(words)[1] != 1 or _BIG_END.search(words)
    return a, half_unit(words) if big or a != int(a) else 0.0, label_for("", words, a)


def find(text: str, start: int, end: int, ctx: Context | None = None, *,
         claims: tuple[Claims, ...]) -> list[Value]:
    """Every count stated in ``text[start:end]``, absolute offsets.

    ``claims`` are the other types' claims (``checker.values`` gives every
    one): a number another type reads ("three years", "£84m") is not a count.
    """
    ctx = ctx or Context()
    claimed = None
    out: list[Value] = []
    split = [x.span() for x in _DECIMAL_COMMA.finditer(text, start, end)]  # read in _other_forms
    for m in _PATTERN.finditer(text, start, end):
        if _refused(text, start, end, m) or any(a <= m.start("a") < b or a < m.end() <= b for a, b in split):
            continue  # "1,6 million": read in _other_forms
        if claimed is None:
            claimed = _Claimed(text, start, end, ctx, claims)
        if claimed.overlaps(m.start("a"), m.end()):
            continue
        first = _figure(m.group("a"))
        if first is None:
            continue
        a, half, label = first
        if m.group("b"):
            second = _figure(m.group("b"))
            if second is None or second[0] <= a:
                continue
            out.append(Value("count", a - half, second[0] + half, label=f"{label}-{second[2]}",
                             text=m.group(), start=m.start(), end=m.end()))
            continue
        low, high, lo_open, hi_open, prefix = qualify(qualifier_kind(m.group("q"), text, m.start("q")),
                                                      a, a - half, a + half)
        out.append(Value("count", low, high, lo_open, hi_open, label=prefix + label,
                         text=m.group(), start=m.start(), end=m.end()))
    extra = [v for v in _other_forms(text, start, end)
             if not (claimed or _Claimed(text, start, end, ctx, claims)).overlaps(v.start, v.end)]
    return sorted(out + extra, key=lambda v: v.start) if extra else out


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_OTHER_FORMS = re.compile(
    rf"\bthe (?P<ord>(?!first\b){'|'.join(_ORDINALS)}|(?!1st)\d+(?:st|nd|rd|th)) time\b"  # "the sixth time"
    r"|(?<![\w£$€.,])(?P<num>\d+\.\d+|\d+(?=k)|\d+(?=(?:m|bn) (?!hurdles|heats|finals|races|events)"
    r"(?:[a-z]+s|people|children)\b))(?P<mag>m|bn|k)\b(?![.,]\d)"  # "4.1m", "13k", "15m tickets"
    r"(?! (?:tall|long|wide|high|deep|away|below|above|in length|in height))"
    r"|(?<![\w£$€.,])(?P<plus>\d{1,3}(?:,\d{3})*|\d+)(?:-plus|\+)(?= [a-z])"  # "40-plus authorities"
    r"|(?<![\w£$€.,])(?P<dc>\d{1,3},\d{1,2}) (?P<scale>million|billion)\b",  # "1,6 million students"
    re.IGNORECASE)
# a decimal comma, as South Africa and most of Europe write it: a thousands group has three digits
_DECIMAL_COMMA = re.compile(r"(?<![\w£$€.,])\d{1,3},\d{1,2} (?:million|billion)\b", re.IGNORECASE)
_MAGNITUDES = {"m": (1e6, "million"), "bn": (1e9, "billion"), "k": (1e3, "thousand")}


def _other_forms(text: str, start: int, end: int) -> list[Value]:
    """Counts in forms the number grammar leaves alone: "the sixth time the service had been
    inspected" (six inspections), "the waiting list reached 4.1m" (4.1 million; an amount of
    money has its currency and is the money finder's)."""
    found = []
    for m in _OTHER_FORMS.finditer(text, start, end):
        if m.group("ord"):
            word = m.group("ord").lower()
            n = _ORDINALS.get(word) or int(word[:-2])
            found.append(Value("count", n, n, label=f"{n:,}", text=m.group(), start=m.start(), end=m.end()))
            continue
        if m.group("plus"):
            if _prev_word(text, start, m.start()).lower() in REFERENCE_WORDS:
                continue  # "Grade 2+ students"
            n = int(m.group("plus").replace(",", ""))
            found.append(Value("count", n, float("inf"), label=f"at least {n:,}", text=m.group(),
                               start=m.start(), end=m.end()))
            continue
        if m.group("dc"):
            figure = _figure(f"{m.group('dc').replace(',', '.')} {m.group('scale').lower()}")
            if figure is not None:
                found.append(Value("count", figure[0] - figure[1], figure[0] + figure[1], label=figure[2],
                                   text=m.group(), start=m.start(), end=m.end()))
            continue
        scale, name = _MAGNITUDES[m.group("mag").lower()]
        figure = _figure(f"{m.group('num')} {name}")
        if figure is not None:
            value, half, label = figure
            found.append(Value("count", value - half, value + half, label=label, text=m.group(),
                               start=m.start(), end=m.end()))
    return found


EXPECT = "a count: write a whole number N, or up to|at least|over N"
_NOTATION = re.compile(rf"(?:(?P<q>{QUALIFIER}) )?(?P<a>{NUMBER})", re.IGNORECASE)
_COUNT_LIKE = re.compile(
    r"(?<![\d.])(?!(?:19|20)\d\d\b)\d[\d,]*(?![\d.]*\.\d)\b|\b(?:one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|thousand|dozen)\b", re.I)  # not "3.8" (a paragraph number) nor a year


def parse(s: str, choices: tuple[str, ...] = ()) -> Value:
    """The facts file's count: a whole number, or "up to|at least|over N"."""
    m = _NOTATION.fullmatch(s)
    a = parse_number(m.group("a")) if m else None
    if a is None or a != int(a):
        raise refused(EXPECT, s)
    low, high, lo_open, hi_open, prefix = qualify(qualifier_kind(m.group("q")), a, a, a)
    return Value("count", low, high, lo_open, hi_open, label=f"{prefix}{a:,.0f}", text=s, end=len(s))


TYPE = ValueType("count", find=find, parse=parse, value_like=_COUNT_LIKE, arithmetic=True,
                 takes_claims=True)
