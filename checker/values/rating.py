"""Ratings: whole-word occurrences of a fact's choices ("requires improvement").

The choices come from the fact (``ctx.choices``), not from a fixed list, so the
same finder serves Ofsted grades, RAG ratings or anything else.  Matching is
case-insensitive and treats a hyphen and a space alike ("well-led" ==
"well led"); where choices overlap ("good" inside "requires good"), the
longest wins.  A word of a several-word choice may drop a final "s" ("services
now require improvement").  One choice named "to be" another is one
grade, the first: Ofsted's "requires improvement to be good" is not "good".

A one-word choice is often an everyday adjective as well ("good quality care",
"inadequate scrutiny", "no outstanding requirements", "Good Hope Hospital"),
so it is a grade only where it is not one: quoted ("a 'good' authority")
it always is; otherwise not after an intensifier ("very good", "how good"),
and not before a word that it would describe -- the next word, if any, must
be one that follows a grade ("rated good overall", "an outstanding rating",
"judged inadequate in 2016", "good, but", "good-ish"), unless capitalised
in mid-sentence ("providing a Poor service").  Several-word choices
("requires improvement", "amber-green") are read wherever they stand.
"""

from __future__ import annotations

import functools
import re

from checker.values.context import Context
from checker.values.model import Value
from checker.values.value_type import ValueType

_HOPED_BEFORE = re.compile(
    r"(?:\b(?:not|never|no longer|even|if|whether|aim(?:s|ed|ing)?(?: to be(?:come)?| for)?|"
    r"aspir(?:e|es|ing|ation)s?(?: to be(?:come)?)?|ambition(?: to be(?:come)?)?|goal(?: of being)?|"
    r"journey to|to achieve|to get|to reach|hope(?:s|d)? to be(?:come)?|want(?:s|ed)? to be(?:come)?|"
    r"would be|could be|might be|(?:likely|expected|set|due|could|may|might|would|will)(?: to)? be "
    r"(?:upgraded|downgraded|raised|lowered|escalated|increased|reduced|moved|changed) to(?: the)?"
    r"(?: rare| new)?)\W{1,3}"
    r"(?:(?:an?|the|its|our|their)\W{1,3})?['\"‘’“”]?)$", re.I)
_HOPED_AFTER = re.compile(r"['\"‘’“”]?\s+(?:rating\s+)?(?:would|could|might|will)\s+not\b", re.I)
_TO_BE = re.compile(r"[ -]+to[ -]+be[ -]+", re.IGNORECASE)
_QUOTES = "'\"‘’“”"
# An everyday adjective, not a grade: "very good", "how good behaviour is".
_INTENSIFIED = re.compile(r"\b(?:very|how|so|too|really|quite|extremely)\W{0,2}$", re.IGNORECASE)
_GRADED_NOUN = re.compile(r"(?:\s+[A-Za-z-]+){0,2}?\s+(?:warnings?|alerts?|assessments?|danger|certificates?|"
                          r"category|categories|opinions?|ratings?)\b", re.I)
# ("a qualified audit opinion", "a zero food hygiene rating")
_NEXT_WORD = re.compile(r" +([A-Za-z]+)")
_LOWER_BEFORE = re.compile(r"\b[a-z]+\W{0,3}$")
# Words that may follow a grade: what grades ("rating", "overall"), and the
# little words of a sentence going on ("in 2016", "and", "but", "can be").
AFTER_GRADE = frozenset("""rating ratings rated grade grades graded grading judgement judgements
    ranking rankings ranked
    award awards accreditation band banding classification star stars
    judgment judgments status verdict overall outcome outcomes result results category
    in at on by for from to with across under after before since during following against among
    within throughout again too also now then still yet already today yesterday last this next
    and or but nor so because while whilst when where which who whom whose that than as though
    although if unless until respectively is are was were be been being has have had can could
    will would may might must should shall does did do""".split())


_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _word(word: str, several: bool, last: bool = False) -> str:
    """A choice's word as a pattern: in a phrase, "requires" also reads "require", "required"
    and "requiring" ("two requiring improvement (urgent care and surgery)"); a number reads as
    a figure or a word in a phrase ("four stars" is the choice "4 stars", "a 5-star rating" "five
    stars"); a choice that is a bare figure ("0" to "5") is read as a figure only ("the only one")."""
    if word == "0":
        return "(?:0|zero)"  # "a food hygiene rating of zero": never a pronoun, unlike "one"
    if not several and word.isdigit() and int(word) < len(_NUMBER_WORDS):
        # "a revised hygiene rating of five", "a top five star rating"; not "the only one"
        name = _NUMBER_WORDS[int(word)]  # "a one out of five hygiene rating" too
        return (f"(?:{word}|(?<=rating of ){name}|(?<=rating of just ){name}|(?<=rating of only ){name}|"
                f"(?<=rated ){name}|{name}(?=[ -]stars?\\b)|"
                f"{name}(?= out of (?:five|ten|\\d+)(?:[ -]stars?\\b| (?:[\\w-]+ ){{0,2}}"
                f"(?:ratings?|results?|scores?|grades?)\\b)))")  # "received the one out of five result"
    if several and word.isdigit() and int(word) < len(_NUMBER_WORDS):
        return f"(?:{word}|{_NUMBER_WORDS[int(word)]}{'|a single|single' if word == '1' else ''})"
    if several and word.lower() in _NUMBER_WORDS:
        return f"(?:{re.escape(word)}|{_NUMBER_WORDS.index(word.lower())})"
    if several and len(word) > 4 and word[-2:].lower() == "es" and word[-3].lower() not in "aeiou":
        return re.escape(word[:-2]) + "(?:es|e|ed|ing)"
    if several and len(word) > 3 and word[-1] in "sS" and word[-2] not in "sS":
        return re.escape(word[:-1]) + "s?"
    if several and last and word.isalpha() and word.islower() and len(word) > 3:
        return re.escape(word) + "s?"  # "2 star" is also written "2 stars"
    return re.escape(word)


@functools.lru_cache(maxsize=256)
def _patterns(choices: tuple[str, ...]) -> tuple[tuple[str, re.Pattern], ...]:
    out = []
    for choice in choices:
        core = choice.strip()
        sign = core[-1] if len(core) > 1 and core[-1] in "+-" else ""  # "AA-", "BBB+"
        words = re.split(r"[\s-]+", core[:-1] if sign else core)
        if not words or not words[0]:
            continue
        body = r"[ -]+".join(_word(w, len(words) > 1, last=i == len(words) - 1) for i, w in enumerate(words))
        if len(words) == 2 and words[1].lower().startswith("star") and re.fullmatch(r"[\d.]+", words[0]):
            # "scores 2 out of 5 stars": the choice "2 stars"
            body = (_word(words[0], True) + r"(?: out of (?:\d+|five|ten))?[ -]+" +
                    _word(words[1], True, last=True))
        repeated = re.fullmatch(r"([A-Za-z])\1{0,2}", core[:-1] if sign else core)
        if repeated:  # credit grades spelt out: "triple-A", "double-B", "single-A-minus"
            times = ("single", "double", "triple")[len(repeated.group()) - 1]
            body = f"(?:{body}|{times}[ -]{re.escape(repeated.group(1))})"
        if sign:  # "AA-" is also written "AA-minus", "BBB+" "BBB plus"
            body += r"(?:-|[ -]minus)" if sign == "-" else r"(?:\+|[ -]plus)"
        out.append((choice.strip().lower(), re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)))
    return tuple(out)


def match_choice(s: str, choices: tuple[str, ...]) -> str | None:
    """The listed choice (lower-cased) that ``s`` spells in full, or None."""
    for choice, pattern in _patterns(tuple(choices)):
        if pattern.fullmatch(s.strip()):
            return choice
    return None


def _not_a_grade_given(text: str, start: int, s: int, e: int, end: int) -> bool:
    """A grade denied, hoped for or supposed, not given: "is not a failing school", "even a
    'good' rating would not mean ...", "our Journey to Outstanding", "to achieve a good rating"."""
    return bool(_HOPED_BEFORE.search(text, max(start, s - 40), s) or _HOPED_AFTER.match(text, e, end))


def _adjective(text: str, start: int, end: int, s: int, e: int) -> bool:
    """Is the one-word choice at text[s:e] an everyday adjective here, not a grade?"""
    word = text[s:e]
    if re.search(r"[\s-]", word):
        return False  # "requires improvement", "amber-green"
    if len(word) == 1 and word.islower():
        return True  # "earned a “C.”": the article "a" is no grade A
    if len(word) > 1 and (any(c.isdigit() for c in word) or word.isupper()):
        return False  # "Aa3", "G1", "AA": a code is never an everyday word
    if s > start and text[s - 1] in _QUOTES:
        return False  # "a 'good' authority"
    if _INTENSIFIED.search(text, max(start, s - 12), s):
        return True
    if _OUT_OF_AFTER.match(text, e, end) or _RATED_BEFORE.search(text, max(start, s - 12), s):
        return False  # "a one out of five hygiene rating", "a hygiene rating of one out of five"
    m = _NEXT_WORD.match(text, e, min(end, e + 40))
    if not m or m.group(1).lower() in AFTER_GRADE or _GRADED_NOUN.match(text, e, min(end, e + 60)):
        return False  # "rated good overall"; "a rare amber wind warning", "catastrophic fire danger"
    # "an Poor service", "a Good school": capitalised in mid-sentence, a grade;
    # "Good Hope Hospital" (a name) and "Good progress ..." (first word) are not
    return not (text[s].isupper() and m.group(1)[0].islower() and _LOWER_BEFORE.search(
        text, max(start, s - 30), s))


def find(text: str, start: int, end: int, ctx: Context | None = None) -> list[Value]:
    """Every occurrence of one of ``ctx.choices`` in ``text[start:end]``."""
    choices = ctx.choices if ctx else ()
    hits = []
    for choice, pattern in _patterns(tuple(choices)):
        hits.extend((m.start(), m.end(), choice) for m in pattern.finditer(text, start, end))
    hits = [h for h in hits if not _OUT_OF.search(text, max(start, h[0] - 12), h[0])  # the 5 of "0/5"
            and not _SUSPENDED.search(text, max(start, h[0] - 20), h[0])]  # "four- and five-star shows"
    in_sets = _sets(text, _longest(hits, start, end), end)
    hits = [h for h in hits if not _adjective(text, start, end, h[0], h[1])
            and not _not_a_grade_given(text, start, h[0], h[1], end) and h[0] not in in_sets]
    ends = {h[0]: h[1] for h in sorted(hits, key=lambda h: h[1] - h[0])}  # start -> longest end
    for s, e, choice in list(hits):  # "requires improvement to be good": one grade, the first
        m = _TO_BE.match(text, e, end)
        if m and m.end() in ends:
            hits.append((s, ends[m.end()], choice))
    return [Value("rating", 0.0, 0.0, choice=c, label=c, text=text[s:e], start=s, end=e)
            for s, e, c in _longest(hits, start, end)]


def _longest(hits: list[tuple[int, int, str]], start: int, end: int) -> list[tuple[int, int, str]]:
    """The hits that do not overlap a longer one, in order."""
    hits = sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0]))  # longest first
    used = bytearray(max(0, end - start))  # marks taken characters: linear in the hits
    taken: list[tuple[int, int, str]] = []
    for s, e, choice in hits:
        if not any(used[s - start:e - start]):
            used[s - start:e - start] = b"\x01" * (e - s)
            taken.append((s, e, choice))
    return sorted(taken)


_SUSPENDED = re.compile(r"\b[a-z0-9]+-\s+(?:and|or|to)\s+$")  # not the "AA-" of "from AA- to A+"
_OUT_OF = re.compile(r"(?:\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)) ?(?:/|out of) ?$",
                     re.I)
_RATED_BEFORE = re.compile(r"\b(?:rating of(?: just| only)?|rated)\s+$", re.I)
# "a one out of five hygiene rating", "rated 4 out of 5 stars": not "one out of five children"
_OUT_OF_AFTER = re.compile(r" ?(?:/|out of) ?(?:\d+|five|ten)(?:[ -]stars?\b| (?:[\w-]+ ){0,2}"
                           r"(?:ratings?|results?|scores?|grades?)\b)",
                           re.I)
_JOINED = re.compile(r"['’”\"]?\s*(?:,\s*(?:and|or)?|and|or|/|&)\s*['‘“\"]?", re.IGNORECASE)
# "unless it has an A to E rating", "a 'good' to 'excellent' rating", "from zero (urgent improvement
# necessary) to five": a range of grades, none of them given
_RANGE = re.compile(r"['’”\"]?(?:\s*\([^()]{1,60}\))?\s+to\s+['‘“\"]?", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\b(?:an?|any|the)\s+['‘“\"]?$", re.IGNORECASE)
# "ratings ... ranging from “Pass” to “Outstanding”", "businesses are ranked from zero to five", "is
# given a rating from 1 to 5", "on a scale of 1 to 5": the scale, not a grade
# (not a change: "changed the rating from 'Inadequate' to 'Requires Improvement'")
_RANGING_FROM = re.compile(r"\b(?:rang(?:e|es|ed|ing)\s+from|"
                           r"(?:are|is|be|being)\s+(?:ranked|rated|scored|graded)\s+"
                           r"(?:from|between)|(?:given|awarded|receives?|gets?)\s+an?\s+(?:rating|score|grade)\s+"
                           r"(?:from|between|of)|scale\s+(?:of|from))\s+['‘“\"]?$", re.IGNORECASE)
# "PM 2.5 level from 61 to 120 is considered "moderate to poor"": one quoted band, two grades
_QUOTE_BEFORE = re.compile(r"['‘“\"]$")
_FROM_BEFORE = re.compile(r"\bfrom\s+['‘“\"]?$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"['’”\"]?\s+(?:rating|grade|band|scale|range)s?\b", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"[\s,]*respectively\b", re.IGNORECASE)


def _sets(text: str, taken: list[tuple[int, int, str]], end: int) -> set[int]:
    """Grades joined to each other name a set of grades, not a grade given: "to make all
    services good or outstanding", "providing good and outstanding care", "four levels --
    Outstanding, Good, Requires Improvement and Inadequate". Unless read "respectively"
    ("rated good and outstanding respectively"), none of them is read: their starts."""
    in_sets: set[int] = set()
    run: list[tuple[int, int, str]] = []
    for hit in taken + [(end + 1, end + 1, "")]:
        if run and hit[2] and _JOINED.fullmatch(text, run[-1][1], hit[0]):
            run.append(hit)
            continue
        if len(run) > 1 and not _RESPECTIVELY.match(text, run[-1][1], end):
            in_sets.update(h[0] for h in run)
        run = [hit]
    in_sets.update(h[0] for h in taken if _RANGING_FROM.search(text, max(0, h[0] - 40), h[0])
                   and _RANGE.match(text, h[1]))  # "a rating from zero (urgent ...) to five (very good)"
    for first, second in zip(taken, taken[1:]):
        if _RANGE.fullmatch(text, first[1], second[0]) and (_RANGING_FROM.search(
                text, max(0, first[0] - 40), first[0]) or _RANGE_BEFORE.search(
                text, max(0, first[0] - 8), first[0]) and _RANGE_AFTER.match(text, second[1])
                or (_QUOTE_BEFORE.search(text, max(0, first[0] - 2), first[0])
                    and not _FROM_BEFORE.search(text, max(0, first[0] - 10), first[0]))):
            in_sets.update((first[0], second[0]))
    return in_sets


def parse(s: str, choices: tuple[str, ...] = ()) -> Value:
    """The facts file's rating: one of the fact's ``choices``, spelt in full."""
    choice = match_choice(s, choices) if choices else None
    if choice is None:
        listed = ", ".join(choices) if choices else "(none given: list the fact's choices)"
        raise ValueError(f"{s!r} is not a rating: write one of {listed}")
    return Value("rating", 0.0, 0.0, choice=choice, label=choice, text=s, end=len(s))


TYPE = ValueType("rating", find=find, parse=parse)
