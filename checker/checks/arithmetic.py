"""FC006 arithmetic: numbers in one sentence that contradict each other.

What it does
    Recomputes what a sentence states twice, with no curated fact needed:
    - a percentage and the counts it comes from ("120 out of the 152 local
      authorities (79%)", "79% (120 of 152)"), compared at the precision
      the percentage is written with: "79%" accepts 78.5 to 79.5, "78.9%"
      accepts 78.85 to 78.95;
    - a stated total and its parts ("£1m and £2m, a total of £3m"), the
      parts being the values of the same kind listed before the total,
      added at face value and compared at the total's written precision;
    - a count and the list that names its items ("three successful councils
      (Leeds, Hertfordshire and North Yorkshire)").

Why it matters
    A sentence that disagrees with its own numbers is wrong whichever
    figure is right, and it is the first thing a careful reader checks.

Example
    Fails:  "120 out of the 152 local authorities in England (85%)"
    Fails:  "£1m for Leeds and £2m for Kirklees, a total of £4m"
    Fails:  "four successful councils (Leeds, Hertfordshire and North Yorkshire)"
    Passes: "120 out of the 152 local authorities in England (79%)"
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from checker.compiled import CompiledFacts
from checker.results import DocumentResult, Problem, Reading, Sentence

CODE = "FC006"
NAME = "arithmetic"
SUMMARY = ("a stated percentage does not match the counts it is stated with, a total its parts, "
           "or a count the list it names")
SCOPE = "document"
STATE = None
WHOLE_DOCUMENT = False

_OUT_OF = re.compile(r" ?(?:out of|of)(?: the| all| a total of)? ?", re.I)
_TOTAL = re.compile(r",? (?:a total of|totalling|totaling|in total|making|a combined) ?$|"
                    r"\(total:? ?$", re.I)
_JOIN = re.compile(r"(?: [\w'-]+){0,4}(?:,? and|,|;| plus) (?:[\w'-]+ ){0,3}", re.I)
_LIST = re.compile(r"((?: [\w'-]+){1,4}) ?\(([^()]{3,300})\)")
_ITEM_CUT = re.compile(r", and |, | and | & ")
_EPSILON = 1e-9


def _between(sentence: Sentence, a: Reading, b: Reading) -> str:
    return sentence.text[a.value.end - sentence.start:b.value.start - sentence.start]


def _exact(reading: Reading) -> bool:
    return reading.value.low == reading.value.high or reading.value.kind != "count"


def _percent_of_counts(sentence: Sentence) -> Iterator[Problem]:
    counts = [r for r in sentence.readings if r.value.kind == "count"]
    percents = [r for r in sentence.readings if r.value.kind == "percent"]
    if not percents:
        return
    for part, whole in zip(counts, counts[1:]):
        if not (_OUT_OF.fullmatch(_between(sentence, part, whole)) and _exact(part)
                and 0 < whole.value.low and part.value.high <= whole.value.low):
            continue
        share = 100.0 * part.value.low / whole.value.low
        stated = min(percents, key=lambda r: abs(r.value.start - whole.value.end))
        if stated.value.low - _EPSILON <= share <= stated.value.high + _EPSILON:
            continue
        yield Problem("", stated.where,
                      f"{part.words} out of {whole.words} is {share:.1f}%, but the text says {stated.words}",
                      expected=f"{share:.1f}%", found=stated.words, excerpt=sentence.excerpt)


def _totals(sentence: Sentence) -> Iterator[Problem]:
    readings = [r for r in sentence.readings if r.value.kind in ("money", "count")]
    for index, total in enumerate(readings):
        if index < 2 or not _TOTAL.search(sentence.text[:total.value.start - sentence.start]):
            continue
        parts = [readings[index - 1]]
        if not _JOIN.fullmatch(_between(sentence, parts[0], total) + " ") and \
                not _TOTAL.search(_between(sentence, parts[0], total)):
            continue
        for earlier in reversed(readings[:index - 1]):
            if earlier.value.kind != total.value.kind or \
                    not _JOIN.fullmatch(_between(sentence, earlier, parts[0])):
                break
            parts.insert(0, earlier)
        if len(parts) < 2 or any(p.value.kind != total.value.kind or p.value.unit != total.value.unit
                                 for p in parts):
            continue
        if any(math.isinf(p.value.high) for p in parts):
            continue  # "over £30m" has no face value to add
        added = sum((p.value.low + p.value.high) / 2 for p in parts)  # parts at face value
        if total.value.low - _EPSILON <= added <= total.value.high + _EPSILON:
            continue  # the total is checked at the precision it is written with
        words = " + ".join(p.words for p in parts)
        yield Problem("", total.where, f"{words} does not make the total stated, {total.words}",
                      expected=words, found=total.words, excerpt=sentence.excerpt)


def _list_counts(sentence: Sentence) -> Iterator[Problem]:
    for reading in sentence.readings:
        if reading.value.kind != "count" or reading.value.low != reading.value.high:
            continue
        listed = _LIST.match(sentence.text, reading.value.end - sentence.start)
        if not listed:
            continue
        items = [item.strip() for item in _ITEM_CUT.split(listed.group(2)) if item.strip()]
        if len(items) < 2 or not all(item[0].isupper() for item in items):
            continue  # "(see para 3)" is not a list of names
        if len(items) != reading.value.low:
            yield Problem("", reading.where,
                          f"{reading.words}{listed.group(1)} names {len(items)}: {listed.group(2)}",
                          expected=str(len(items)), found=reading.words, excerpt=sentence.excerpt)


def check(doc: DocumentResult, facts: CompiledFacts) -> Iterator[Problem]:
    for sentence in doc.sentences:
        yield from _percent_of_counts(sentence)
        yield from _totals(sentence)
        yield from _list_counts(sentence)
