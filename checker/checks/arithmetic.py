"""FC006 arithmetic: a percentage that does not match its own counts.

What it does
    In a sentence that states a percentage with the counts it comes from
    ("120 out of the 152 local authorities (79%)", "79% (120 of 152)"),
    recomputes the percentage and compares it with the one stated, at the
    precision it is written with: "79%" accepts 78.5 to 79.5, "78.9%"
    accepts 78.85 to 78.95. No curated fact is needed.

Why it matters
    A percentage that disagrees with its own numbers is wrong whichever
    figure is right, and it is the first thing a careful reader checks.

Example
    Fails:  "120 out of the 152 local authorities in England (85%)"
    Passes: "120 out of the 152 local authorities in England (79%)"
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.facts.compiled import CompiledFacts
from checker.results import DocumentResult, Problem, Reading

CODE = "FC006"
NAME = "arithmetic"
SUMMARY = "a stated percentage does not match the counts it is stated with"

_OUT_OF = re.compile(r" ?(?:out of|of)(?: the| all| a total of)? ?", re.I)


def _pairs(text: str, start: int, counts: list[Reading]) -> Iterator[tuple[Reading, Reading]]:
    """(part, whole) pairs written "X out of (the) Y" or "X of Y"."""
    for part, whole in zip(counts, counts[1:]):
        between = text[part.value.end - start:whole.value.start - start]
        if _OUT_OF.fullmatch(between) and part.value.high <= whole.value.low:
            yield part, whole


def check(doc: DocumentResult, facts: CompiledFacts) -> Iterator[Problem]:
    for sentence in doc.sentences:
        counts = [r for r in sentence.readings if r.value.kind == "count"]
        percents = [r for r in sentence.readings if r.value.kind == "percent"]
        if not percents:
            continue
        for part, whole in _pairs(sentence.text, sentence.start, counts):
            if whole.value.low <= 0 or part.value.low != part.value.high:
                continue
            share = 100.0 * part.value.low / whole.value.low
            stated = min(percents, key=lambda r: abs(r.value.start - whole.value.end))
            if stated.value.low - 1e-9 <= share <= stated.value.high + 1e-9:
                continue
            yield Problem("", stated.where,
                          f"{part.words} out of {whole.words} is {share:.1f}%, "
                          f"but the text says {stated.words}",
                          expected=f"{share:.1f}%", found=stated.words, excerpt=sentence.excerpt)
