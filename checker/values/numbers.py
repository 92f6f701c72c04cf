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

import math
import re

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve "
          "thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()
UNITS = {w: i for i, w in enumerate(_UNITS)}
TENS = {w: 20 + 10 * i for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SCALE_NAMES = {v: k for k, v in SCALES.items()}


def _alt(words) -> str:
    """Alternation, longest first, so "seventeen" is tried before "seven"."""
    return "|".join(sorted(words, key=len, reverse=True))


_UNIT = rf"(?:{_alt(UNITS)})(?![a-z])"
_DIGIT = rf"(?:{_alt(_UNITS[1:10])})(?![a-z])"
_TEN = rf"(?:{_alt(TENS)})(?![a-z])"
_SMALL = rf"(?:{_TEN}(?:[- ]{_DIGIT})?|{_UNIT})"
_SCALE = r"(?:hundred|thousand|million|billion|trillion|dozen)(?![a-z])"
_BIG = r"(?:thousand|million|billion|trillion)(?![a-z])"
# "and" joins words only after a scale word ("one hundred and twenty").
_AND = r"(?:(?<=hundred )|(?<=thousand )|(?<=million )|(?<=billion ))and "

#: Number words: "three", "twenty-five", "a dozen", "two and a half",
#: "one hundred and twenty thousand", "half a million".
WORDS = (rf"(?i:(?<![\w-])(?:half an? {_SCALE}"
         rf"|(?:{_SMALL}|an?(?= {_SCALE}))(?: and a half(?![a-z]))?"
         rf"(?:[ -]{_SCALE}(?:[ -](?:{_AND})?{_SMALL})?){{0,4}}))")
#: Numerals: "3", "1,630,000", "1.63".  Never starts inside a word or number.
NUMERAL = r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)"
#: Any number: a numeral (optionally "1.6 million"), or number words.
NUMBER = rf"(?:{NUMERAL}(?:[ -]?(?i:{_BIG}))?|{WORDS})"
NUMBER_RE = re.compile(NUMBER, re.IGNORECASE)

# ---- bounding words ------------------------------------------------------
UPTO, ATLEAST, OVER, UNDER, ABOUT, NEARLY = "up to", "at least", "over", "under", "about", "nearly"
QUALIFIERS = {
    UPTO: "up to|as many as|as much as|at most|no more than|not more than|"
          "a maximum of|maximum of|up to a maximum of|within|capped at",
    ATLEAST: "at least|a minimum of|minimum of|no less than|not less than|"
             "no fewer than|not fewer than",
    OVER: "over|more than|in excess of|above|exceeding|upwards of|just over|"
          "greater than|well over|well above",
    UNDER: "under|less than|fewer than|below",
    ABOUT: "about|around|approximately|approx\\.|approx|roughly|some|circa|c\\.|"
           "an estimated|estimated|close to|an average of|on average",
    NEARLY: "nearly|almost|just under|approaching|just short of",
}
_QWORDS = {w.replace("\\", ""): k for k, ws in QUALIFIERS.items() for w in ws.split("|")}
#: A bounding phrase; a finder captures it and passes it to ``qualify``.
QUALIFIER = rf"(?i:(?<![\w.])(?:{_alt(w for ws in QUALIFIERS.values() for w in ws.split('|'))})(?![\w]))"
#: Words between a bound and its number: "up to an extra 3%", "over a further £2m".
QUALIFIER_GAP = r"(?:(?:an? )?(?i:extra|further|additional) )?"
ABOUT_SLACK = 0.10  # "about a year" holds anything within 10% of a year


def qualifier_kind(words: str | None) -> str:
    """The bound a qualifier phrase expresses ("more than" -> OVER), or ""."""
    if not words:
        return ""
    return _QWORDS.get(" ".join(words.lower().split()), "")


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
        return value - abs(value) * ABOUT_SLACK, value, False, False, "nearly "
    return low, high, False, False, ""


# ---- parsing ---------------------------------------------------------------
_NUMERAL_FULL = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")
_TOKEN = re.compile(r"[a-z]+")
_SPLIT_SCALE = re.compile(r"(.*?)[ -]?(thousand|million|billion|trillion)", re.I)


def split_scale(words: str):
    """("1.6", 1e6) from "1.6 million" or "1.6million"; (words, 1) when no trailing scale."""
    m = _SPLIT_SCALE.fullmatch(words.strip())
    if m and _NUMERAL_FULL.fullmatch(m.group(1).strip()):
        return m.group(1).strip(), SCALES[m.group(2).lower()]
    return words.strip(), 1.0


def parse_number(words: str) -> float | None:
    """The value of a written number, or None if it is not a definite number.

    >>> parse_number("one hundred and twenty"), parse_number("1,630,000")
    (120.0, 1630000.0)
    """
    if not words or not words.strip():
        return None
    head, scale = split_scale(words)
    if _NUMERAL_FULL.fullmatch(head):
        return float(head.replace(",", "")) * scale
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


def numeral_text(words: str) -> str | None:
    """The numeral as written, commas removed ("1,630" -> "1630"), else None."""
    head, scale = split_scale(words)
    if scale == 1.0 and _NUMERAL_FULL.fullmatch(head):
        return head.replace(",", "")
    return None
