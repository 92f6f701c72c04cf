"""FC002 missing-statement: a document that must state a fact never does.

What it does
    For each fact whose ``required_in`` names this document (by id, or by
    ``kind:<kind>``), looks for a mention that states it: for a typed fact
    a mention with a value of its type, for a ``statement`` any subject
    phrase, for a ``name`` any form of the name, for a ``title`` the person
    named and one of the title's forms in the same document. None found is
    a finding on the document's first line.

Why it matters
    The official letter is the record other documents cite. A commitment
    the press reports but the letter never makes is an omission an editor
    must see before publishing.

Example
    Record: ``partnership-term``, ``required_in: [minister-letter]``.
    Fails:  a letter that mentions the partnership but no term.
    Passes: "... a partnership with Leeds for up to three years."
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.compiled import CompiledFacts
from checker.results import DocumentResult, Mention, Problem

CODE = "FC002"
NAME = "missing-statement"
SUMMARY = "a document named by required_in never states the fact"
SCOPE = "document"
STATE = "missing"
WHOLE_DOCUMENT = True  # about the document, not a line: a directive anywhere in it silences it

_TITLE_ROLES = ("value", "accept", "reject")


def states(fact_type: str, mention: Mention, titled: set[str]) -> bool:
    """Whether ``mention`` states its fact (see the module docstring)."""
    if fact_type == "statement":
        return mention.role == "subject"
    if fact_type == "name":
        return True
    if fact_type == "title":
        return mention.role == "subject" and mention.fact in titled
    return mention.reading is not None


def check(doc: DocumentResult, facts: CompiledFacts) -> Iterator[Problem]:
    if doc.first_line is None:
        return
    titled = {m.fact for m in doc.mentions if m.role in _TITLE_ROLES}
    stated = {m.fact for m in doc.mentions
              if states(facts.by_id[m.fact].type, m, titled)}
    for fact in facts.required_facts(doc.id, doc.kind):
        if fact.id in stated:
            continue
        what = fact.claim or fact.id
        yield Problem(fact.id, doc.first_line,
                      f"{fact.id}: {doc.id} must state this fact but never does ({what})",
                      expected=fact.value_text or "stated", found="not stated")
