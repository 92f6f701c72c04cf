"""FC003 disagreement: documents state different values for an open fact.

What it does
    For a fact with no ``value`` (the record does not say; the documents
    must agree with each other), gathers every value the corpus states.
    The reference is the value of the first primary document that states
    one; failing that, the value stated by the most documents (ties go to
    the earliest document). Every mention whose value does not agree with
    the reference is a finding: one per minority mention.

Why it matters
    Not every fact is curated yet; agreement across documents is still a
    claim worth checking, and a lone dissenting document is usually wrong.

Example
    Record: ``sfpc-partner-councils``, count, no value.
    Fails:  one document says "seven partner councils", two say "six".
    Passes: every document that states it says six (or "up to six").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from checker.checks.value_conflict import file_date_note, found_text
from checker.compiled import CompiledFacts
from checker.results import DocumentResult, Mention, Problem
from checker.values.compare import agrees

CODE = "FC003"
NAME = "disagreement"
SUMMARY = "a fact with no value: documents state different values"
SCOPE = "corpus"
STATE = "conflicts"
WHOLE_DOCUMENT = False


def _reference(stated: list[tuple[DocumentResult, Mention]]) -> Mention:
    for doc, mention in stated:
        if doc.authority == "primary":
            return mention
    candidates: dict[tuple, int] = {}  # one per distinct value, first index kept
    for index, (_, mention) in enumerate(stated):
        candidates.setdefault(_key(mention.reading.value), index)
    support = {index: len({doc.path for doc, other in stated
                           if agrees(other.reading.value, stated[index][1].reading.value)})
               for index in candidates.values()}
    best = max(support, key=lambda i: (support[i], -i))
    return stated[best][1]


def _key(value) -> tuple:
    return (value.low, value.high, value.low_open, value.high_open, value.unit, value.choice,
            value.month, value.day)


def check(docs: Sequence[DocumentResult], facts: CompiledFacts) -> Iterator[Problem]:
    by_fact: dict[str, list[tuple[DocumentResult, Mention]]] = {}
    for doc in docs:
        for mention in doc.mentions:
            if mention.reading is not None and facts.by_id[mention.fact].value is None:
                by_fact.setdefault(mention.fact, []).append((doc, mention))
    for fact_id, stated in by_fact.items():
        reference = _reference(stated)
        expected = found_text(reference.reading)
        seen = set()
        for doc, mention in stated:
            key = (doc.path, mention.reading.value.start)
            if key in seen or agrees(mention.reading.value, reference.reading.value):
                continue
            seen.add(key)
            yield Problem(fact_id, mention.reading.where,
                          f"{fact_id}: the document states {found_text(mention.reading)}, "
                          f"other documents state {expected} ({reference.where.path})"
                          + file_date_note(doc, mention.reading),
                          expected=expected, found=found_text(mention.reading),
                          excerpt=mention.excerpt, severity="warning" if mention.reading.dated else "")
