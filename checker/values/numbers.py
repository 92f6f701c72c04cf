"""Numbers as documents write them, and the words that bound them.

Every finder (duration, money, count, percent) needs the same notion of "a
number": numerals ("3", "1,630,000", "1.63") and words ("three",
"twenty-five", "a dozen", "half a million", "one hundred and twenty").  The
pieces here are pattern *strings* so a finder can compose them into its own
compiled pattern, plus ``parse_number`` to turn the matched words into a float.

Vague amounts ("several", "a few", "many", "a number of", "dozens of",
"numerous", "hundreds of") are deliberately not numbers: a linter must not
invent a figure the author did not write.

Linearity: no piece repeats a group an unbounded number of times across
separators, and every piece starts with a look-behind that fails inside a run
of digits or letters, so a finder does constant work per start position.
"""

from __future__ import annotations

import bisect
import functools
import math
import re

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve "
          "thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()
UNITS = {w: i for i, w in enumerate(_UNITS)}
TENS = {w: 20 + 10 * i for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "lakh": 1e5, "crore": 1e7}  # South Asian: "1.2 lakh new cases", "220.11 lakh tonnes"
SCALE_NAMES = {v: k for k, v in SCALES.items()}


def _alt(words) -> str:
    """Alternation, longest first, so "seventeen" is tried before "seven"."""
    return "|".join(sorted(words, key=len, reverse=True))


_UNIT = rf"(?:{_alt(UNITS)})(?![a-z])"
_DIGIT = rf"(?:{_alt(_UNITS[1:10])})(?![a-z])"
_TEN = rf"(?:{_alt(TENS)})(?![a-z])"
_SMALL = rf"(?:{_TEN}(?:[- ]{_DIGIT})?|{_UNIT})"
_SCALE = r"(?:hundred|thousand|million|billion|trillion|lakh|crore|dozen)(?![a-z])"
_BIG = r"(?:thousand|million|billion|trillion|lakh|crore)(?![a-z])"
# "and" joins words only after a scale word ("one hundred and twenty").
_AND = r"(?:(?<=hundred )|(?<=thousand )|(?<=million )|(?<=billion ))and "

#: Number words: "three", "twenty-five", "a dozen", "two and a half",
#: "one hundred and twenty thousand", "half a million".
WORDS = (rf"(?i:(?<![\w-])(?:half an? {_SCALE}"
         rf"|(?:{_SMALL}|an?(?= {_SCALE}))(?:(?: and a|-and-a)[ -]half(?![a-z]))?"  # "eight-and-a-half" too
         rf"(?:[ -]{_SCALE}(?:[ -](?:{_AND})?{_SMALL})?){{0,4}}))")
#: Numerals: "3", "1,630,000", "1.63".  Never starts inside a word or number.
NUMERAL = (r"(?:(?<![\w.,])|(?<=GBP)|(?<=USD)|(?<=EUR))"  # "EUR213,586,000"
           r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])|"  # Indian grouping: "4,38,548" TEUs, "1,00,000"
           # a stray space after a thousands comma, as typed or copied from a PDF: "£1, 641", "37, 468
           # approaches"; never an item of a list of numbers ("routes 101, 203 and 305")
           r"(?<!\d, )\d{1,3}(?:,\d{3})*, \d{3}(?:,\d{3})*(?![\d,]|\s*(?:and|or|&|to|-|–)\s*\d)|"
           r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,3}(?![\d,])|\d+)"
           r"(?:\.\d+)?(?!\d)")  # "1,630,000", "30 000", "2016", "3.5"
#: Any number: a numeral (optionally "1.6 million"), or number words.
NUMBER = rf"(?:{NUMERAL}(?:[ -]?(?i:{_BIG}))?|{WORDS})"
NUMBER_RE = re.compile(NUMBER, re.IGNORECASE)

# ---- bounding words ------------------------------------------------------
UPTO, ATLEAST, OVER, UNDER, ABOUT, NEARLY = "up to", "at least", "over", "under", "about", "nearly"
QUALIFIERS = {
    UPTO: "up to|as many as|as much as|at most|no more than|not more than|not exceeding|"
          "a maximum of|maximum of|up to a maximum of|within|capped at|not to exceed|"
          "wouldn't exceed|wouldn’t exceed|would not exceed|won't exceed|won’t exceed|will not exceed|"
          "must not exceed|cannot exceed|can't exceed|can’t exceed|shall not exceed|does not exceed|"
          "doesn't exceed|doesn’t exceed",
    ATLEAST: "at least|a minimum of|minimum of|no less than|not less than|"
             "no fewer than|not fewer than",
    OVER: "over|more than|in excess of|above|exceeding|exceed|exceeds|exceeded|upwards of|just over|"
          "greater than|well over|well above|topping|topped|tops",
    UNDER: "under|less than|fewer than|below",
    ABOUT: "about|around|approximately|approx\\.|approx|roughly|some|circa|c\\.|"
           "an estimated|estimated|close to|an average of|on average|in the region of",
    NEARLY: "nearly|almost|just under|approaching|just short of",
}
_QWORDS = {w.replace("\\", ""): k for k, ws in QUALIFIERS.items() for w in ws.split("|")}
#: A bounding phrase; a finder captures it and passes it to ``qualify``.
QUALIFIER = rf"(?i:(?<![\w.])(?:{_alt(w for ws in QUALIFIERS.values() for w in ws.split('|'))})(?![\w]))"
#: Words between a bound and its number: "up to an extra 3%", "over a further £2m".
QUALIFIER_GAP = r"(?:(?:an? )?(?i:extra|further|additional) )?"
# "about a year" holds anything within 5% of a year, beyond the figure's own precision: readers
# flag "around £329m" against a record of £305m, and "about 1.4 million" against 1.5 million
ABOUT_SLACK = 0.05
NEARLY_SLACK = 0.10  # "nearly two years": the 10% below


# "edged up to 6 percent", "brings the total up to £808,000": "up" belongs to the verb of change
# and "to" gives where it went, the current value -- not a maximum ("can take up to 12 weeks").
_MOVED_UP = re.compile(
    r"\b(?:(?:edg|mov|climb|creep|crept|jump|shot|shoot|tick|stepp|ramp|pump|bump|nudg|inch|"
    r"scal|revis|ris|rose|went|gone|go|goes|going)\w*|(?:bring|brought|push|tak|took|lift|total)\w*"
    r"\s+(?:the|its|their|this|that|her|his|our)\s+(?:[\w'’-]+\s+){0,3}?)\s*$", re.I)


# A bound said of a negated verb turns over: "cannot make up more than 20%" is at most 20%, "did
# not fall below 13,000" at least 13,000
_NEGATED = re.compile(r"\b(?:cannot|can[’']t|not|never|won[’']t|wouldn[’']t|doesn[’']t|don[’']t|didn[’']t|"
                      r"isn[’']t|aren[’']t|wasn[’']t|weren[’']t|shouldn[’']t|mustn[’']t|couldn[’']t)"
                      r"\s+(?:(?!(?:that|which|who|the|an?|true|clear|only|just|sure|yet)\s)[a-z]+\s+){0,2}$",
                      re.I)


def qualifier_kind(words: str | None, text: str = "", start: int = 0) -> str:
    """The bound a qualifier phrase expresses ("more than" -> OVER), or "".

    With the ``text`` and the phrase's ``start``, an "up to" that ends a verb of change
    ("edged up to 6 percent") is no bound.
    """
    if not words:
        return ""
    kind = _QWORDS.get(" ".join(words.lower().split()), "")
    if kind == UPTO and text and words.lower().startswith("up") and _MOVED_UP.search(
            text, max(0, start - 60), start):
        return ""
    if kind in (OVER, UNDER) and text and _NEGATED.search(text, max(0, start - 40), start):
        return UPTO if kind == OVER else ATLEAST  # "this cannot make up more than 20%": at most 20%
    return kind


def qualify(kind: str, value: float, low: float, high: float):
    """Interval for ``value`` (written precision [low, high]) under a bound.

    Bounds use the figure as written ("over £30m" excludes exactly 30m, "up to
    £2m" is [0, 2m]); "about" widens by ABOUT_SLACK; "nearly" is the 10% below.
    Returns (low, high, low_open, high_open, label_prefix).
    """
    if kind == UPTO:
        return 0.0, value, False, False, "up to "
    if kind == ATLEAST:
        return value, math.inf, False, False, "at least "
    if kind == OVER:
        return value, math.inf, True, False, "over "
    if kind == UNDER:
        return 0.0, value, False, True, "under "
    if kind == ABOUT:
        d = abs(value) * ABOUT_SLACK
        return min(low, value - d), max(high, value + d), False, False, "about "
    if kind == NEARLY:
        return value - abs(value) * NEARLY_SLACK, value, False, False, "nearly "
    return low, high, False, False, ""


# ---- parsing ---------------------------------------------------------------
# "30 000", as Europe and the SI group thousands (a space, a no-break or a narrow no-break space)
_NUMERAL_FULL = re.compile(r"(\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:, ?\d{3})+"
                           r"|\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,3}|\d+)(\.\d+)?")
_GROUPING = re.compile(r"[,\s\u00a0\u202f]")
_TOKEN = re.compile(r"[a-z]+")
_SPLIT_SCALE = re.compile(r"(.*?)[ -]?(thousand|million|billion|trillion|lakh|crore)", re.I)


@functools.lru_cache(maxsize=4096)  # pure, and called for every figure
def split_scale(words: str):
    """("1.6", 1e6) from "1.6 million" or "1.6million"; (words, 1) when no trailing scale."""
    m = _SPLIT_SCALE.fullmatch(words.strip())
    if m and _NUMERAL_FULL.fullmatch(m.group(1).strip()):
        return m.group(1).strip(), SCALES[m.group(2).lower()]
    return words.strip(), 1.0


@functools.lru_cache(maxsize=4096)  # pure, and called for every figure
def parse_number(words: str) -> float | None:
    """The value of a written number, or None if it is not a definite number.

    >>> parse_number("one hundred and twenty"), parse_number("1,630,000")
    (120.0, 1630000.0)
    """
    if not words or not words.strip():
        return None
    head, scale = split_scale(words)
    if _NUMERAL_FULL.fullmatch(head):
        return float(_GROUPING.sub("", head)) * scale
    s = " ".join(words.lower().replace("-", " ").split())
    if not re.fullmatch(WORDS, s, re.IGNORECASE):
        return None
    s = s.replace("and a half", "+half")
    total = current = 0.0
    for tok in s.split():
        if tok in ("a", "an"):
            current = current or 1.0  # "a hundred"; "half a million" keeps 0.5
        elif tok == "and":
            continue
        elif tok == "half":
            current = 0.5
        elif tok == "+half":
            current += 0.5
        elif tok in UNITS or tok in TENS:
            current += UNITS.get(tok, TENS.get(tok, 0))
        elif tok == "hundred":
            current = (current or 1.0) * 100
        elif tok == "dozen":
            current = (current or 1.0) * 12
        elif tok in SCALES:
            total += (current or 1.0) * SCALES[tok]
            current = 0.0
        else:
            return None
    return total + current


@functools.lru_cache(maxsize=4096)  # pure, and called for every figure
def half_unit(words: str) -> float:
    """Half a unit of the last digit written: the precision a figure carries.

    "1.63" -> 0.005, "84" -> 0.5, "1.6 million" -> 50,000, "two million" ->
    500,000, "half a million" -> 50,000, "three thousand and two" -> 0.5.  Used
    by money, percent and counts so that a rounded figure agrees with the exact one.
    """
    head, scale = split_scale(words)
    m = _NUMERAL_FULL.fullmatch(head)
    if m:
        decimals = len(m.group(2)) - 1 if m.group(2) else 0
        return 0.5 * 10.0 ** -decimals * scale
    toks = _TOKEN.findall(words.lower())
    last = SCALES.get(toks[-1], 1.0) if toks else 1.0  # "three thousand and two": units
    return (0.05 if "half" in toks else 0.5) * last


def fmt_number(x: float) -> str:
    """A plain rendering: 3, 2.5, 0.125 (no float noise, no trailing zeros)."""
    if x == int(x) and abs(x) < 1e15:
        return str(int(x))
    return f"{x:.6f}".rstrip("0").rstrip(".")


@functools.lru_cache(maxsize=4096)  # pure, and called for every figure
def numeral_text(words: str) -> str | None:
    """The numeral as written, commas removed ("1,630" -> "1630"), else None."""
    head, scale = split_scale(words)
    if scale == 1.0 and _NUMERAL_FULL.fullmatch(head):
        return _GROUPING.sub("", head)
    return None


# ---- searching only where a match can be ----------------------------------
# A finder whose every match holds a "trigger" word (a unit, a currency, "%")
# need not try the pattern at every position of a long text: a match holds at
# most ``room`` spaces (a bound read off the pattern itself), so it starts
# after the (room+1)-th space before its trigger and ends before the
# (room+1)-th space after it.  ``scan`` tries only those stretches, with an
# end bound past any lookahead, and yields exactly what ``finditer`` would.
_LOOKAHEAD_MARGIN = 64
_SPACE = re.compile(" ")


def max_spaces(pattern: re.Pattern) -> float:
    """The most literal spaces one match of ``pattern`` can hold (inf if unbounded)."""
    try:
        from re import _constants as c  # noqa: PLC0415 (3.11+)
        from re import _parser as p
    except ImportError:  # pragma: no cover - older Pythons
        return math.inf
    single = {c.ANY, c.NOT_LITERAL, c.CATEGORY}

    def may_be_space(items) -> bool:
        for op, av in items:
            if op is c.NEGATE or (op is c.LITERAL and av == 32) or op is c.CATEGORY and av in (
                    c.CATEGORY_SPACE, c.CATEGORY_NOT_WORD, c.CATEGORY_NOT_DIGIT):
                return True
            if op is c.RANGE and av[0] <= 32 <= av[1]:
                return True
        return False

    def most(seq) -> float:
        total = 0.0
        for op, av in seq:
            if op is c.LITERAL:
                total += av == 32
            elif op in single or (op is c.IN and may_be_space(av)):
                total += 1
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
                inner = most(av[2])
                total += 0 if not inner else (math.inf if av[1] == c.MAXREPEAT else av[1] * inner)
            elif op is c.SUBPATTERN:
                total += most(av[-1])
            elif op is getattr(c, "ATOMIC_GROUP", None):
                total += most(av)
            elif op is c.BRANCH:
                total += max(most(b) for b in av[1])
            elif op is c.GROUPREF_EXISTS:
                total += max(most(av[1]), most(av[2]) if av[2] else 0)
            elif op not in (c.IN, c.AT, c.ASSERT, c.ASSERT_NOT):
                return math.inf  # a back-reference or anything unknown: no bound
        return total

    return most(p.parse(pattern.pattern, pattern.flags))


def scan(pattern: re.Pattern, trigger: re.Pattern, room: float, text: str, start: int, end: int):
    """``pattern.finditer(text, start, end)``, trying only near ``trigger`` hits.

    Every match of ``pattern`` must hold a match of ``trigger``, and ``room``
    is ``max_spaces(pattern)``.
    """
    if math.isinf(room):
        yield from pattern.finditer(text, start, end)
        return
    room, spaces, done = int(room), None, start  # every start before ``done`` is tried
    for t in trigger.finditer(text, start, end):
        if t.end() <= done:
            continue
        if spaces is None:  # only a text with a trigger pays for its spaces
            spaces = [m.start() for m in _SPACE.finditer(text, start, end)]
        i = bisect.bisect_left(spaces, t.start())
        pos = max(done, spaces[i - room - 1] + 1 if i > room else start)
        ahead = i + 4 * room + 3  # past this trigger's own bound, so that the next match is often exact too
        stop = min(end, (spaces[ahead] if ahead < len(spaces) else end) + _LOOKAHEAD_MARGIN)
        while True:
            m = pattern.search(text, pos, stop)
            if m is None:
                break
            if m.start() >= t.end() and stop < end:  # past this trigger: exact if its own bound fits
                k = bisect.bisect_left(spaces, m.start()) + room
                if k >= len(spaces) or spaces[k] + _LOOKAHEAD_MARGIN > stop:
                    break
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1
        done = max(pos, t.end())


def read_again(matches, read, pattern: re.Pattern, text: str, end: int) -> list:
    """The values ``read`` makes of ``matches``, sorted and not overlapping.

    ``read(match)`` gives (a value or None, a position or None): where a match
    is refused as a range ("2003 to 83 percent", "from five to three
    months"), its second figure may still be a value of its own, read again
    from that position.
    """
    out = []
    for found in matches:
        m = found
        while m is not None:
            value, again = read(m)
            if value is not None and (not out or value.start >= out[-1].end):
                out.append(value)
            m = pattern.match(text, again, end) if again is not None else None
    return out


# Every character that IGNORECASE folds together with an ASCII letter: the
# letters themselves and four others (long s, Kelvin sign, dotted and
# dotless i). Searching these instead of the whole Basic Multilingual Plane
# keeps import time low (start-up matters in pre-commit).
_ASCII_FOLDS = "".join(map(chr, range(0x41, 0x5B))) + "".join(map(chr, range(0x61, 0x7B))) \
    + "\u017f\u212a\u0130\u0131"


@functools.cache
def case_fold(ch: str) -> list[str]:
    """The characters ``re.IGNORECASE`` matches with ``ch``, sorted."""
    pool = _ASCII_FOLDS if ch.isascii() else "".join(map(chr, range(0x10000)))
    return sorted(set(re.compile(re.escape(ch), re.IGNORECASE).findall(pool)) | {ch})


def trigger(*words: str, symbols: str = "") -> re.Pattern:
    """A fast case-insensitive pattern for ``words`` (no spaces) or one of ``symbols``.

    Spelled with explicit classes ("[yY][eE]...", with every character that
    IGNORECASE folds together) because a literal alternation scans many times
    faster than an IGNORECASE one.
    """
    def fold(ch: str) -> str:
        same = case_fold(ch)
        return "[" + "".join(re.escape(x) for x in same) + "]" if len(same) > 1 else re.escape(ch)

    trie: dict = {}
    for w in words:
        node = trie
        for ch in w.lower():
            if node.get("") is True:
                break  # a shorter word is already a hit
            node = node.setdefault(ch, {})
        node.clear()
        node[""] = True

    def alternation(node: dict) -> str:  # one test per character, not one per word
        alts = [fold(ch) + alternation(child) for ch, child in node.items() if ch]
        return "" if not alts else alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    first = "".join(fold(ch)[1:-1] if len(fold(ch)) > 1 and fold(ch)[0] == "[" else fold(ch) for ch in trie)
    parts = ([alternation(trie)] if trie else []) + (["[" + re.escape(symbols) + "]"] if symbols else [])
    # the look-ahead is a quick first test at each position
    return re.compile(f"(?=[{first}{re.escape(symbols)}])(?:{'|'.join(parts)})")
