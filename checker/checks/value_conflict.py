"""FC001 value-conflict: a mention states a value the record contradicts.

What it does
    For every mention of a fact that has a ``value``, compares the value the
    document states there with the record. Values are intervals (see
    ``checker.values.model``): they conflict only when disjoint, so a
    coarser statement that overlaps ("in 2016" for 2016-10) or a value
    inside the record's range is not a conflict.

Why it matters
    This is the drift factlint exists to catch: a date moved a month, an
    amount that lost a digit, before it is published.

Example
    Record: ``ofsted-inspection-month``, date, value ``2016-10``.
    Fails:  "Since the last Ofsted inspection in September 2016, ..."
    Passes: "This followed the Ofsted inspection in October 2016 ..."
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.compiled import CompiledFacts
from checker.results import DocumentResult, Problem
from checker.values.compare import agrees

CODE = "FC001"
NAME = "value-conflict"
SUMMARY = "a mention states a value that differs from the fact's value"
SCOPE = "document"
STATE = "conflicts"
WHOLE_DOCUMENT = False


def check(doc: DocumentResult, facts: CompiledFacts) -> Iterator[Problem]:
    seen: set[tuple[str, int, int]] = set()
    for mention in doc.mentions:
        fact = facts.by_id[mention.fact]
        reading = mention.reading
        if reading is None or fact.value is None:
            continue
        key = (fact.id, reading.value.start, reading.value.end)
        if key in seen or agrees(reading.value, fact.value):
            continue
        seen.add(key)
        found = found_text(reading)
        yield Problem(fact.id, reading.where,
                      f"{fact.id}: the document states {found}, the record has {fact.value_text}"
                      + file_date_note(doc, reading),
                      expected=fact.value_text, found=found, excerpt=mention.excerpt,
                      severity="warning" if reading.dated else "")


def file_date_note(doc: DocumentResult, reading) -> str:
    """What a finding must say when it rests on a document date taken from the file's
    properties (which are often a template's): such a finding is a warning."""
    if not reading.dated:
        return ""
    return (f" (resolved against the document's date {doc.date.isoformat()}, which comes from the "
            "file's properties and may be a template's: check it)")


def found_text(reading) -> str:
    """The words as written, with the value they were read as when it differs."""
    label = reading.value.label
    words = reading.words
    if label and label.lower() != words.lower():
        return f"{words} (= {label})"
    return words
