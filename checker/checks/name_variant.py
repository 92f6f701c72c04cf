"""FC004 name-variant: a body, programme or place is misnamed.

What it does
    For a ``name`` fact, reports every ``reject``ed form, and every near
    miss of the canonical name: the same words but one, where the odd word
    is a swapped small word ("of" for "for") or a look-alike spelling
    ("Relationship" for "Relational"). A different proper name in that place
    ("Bradford City Council" against "Leeds City Council") is not a near
    miss: it names something else.

Why it matters
    A body's name with one wrong word reads right to a tired eye and is
    wrong in print; the official name is the one a reader searches for.

Example
    Record: ``dfe-name``, value "Department for Education".
    Fails:  "... the Department of Education appointed Commissioner."
    Passes: "... approached by the Department for Education (DfE) ..."
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.compiled import CompiledFacts
from checker.results import DocumentResult, Problem
from checker.text.near_miss import near_miss

CODE = "FC004"
NAME = "name-variant"
SUMMARY = "a rejected form, or a near miss of a name fact's value"
SCOPE = "document"
STATE = "variant"
WHOLE_DOCUMENT = False

def check(doc: DocumentResult, facts: CompiledFacts) -> Iterator[Problem]:
    named = [(m.fact, m.start, m.end) for m in doc.mentions if m.role in ("reject", "accept")]
    for mention in doc.mentions:
        fact = facts.by_id[mention.fact]
        if fact.type != "name":
            continue
        if mention.role == "reject":
            why = "a rejected form"
        elif mention.role == "variant" and near_miss(mention.odd, mention.expected):  # (the scanner's test)
            if any(f == fact.id and s < mention.end and mention.start < e for f, s, e in named):
                continue  # a listed form: rejected (reported as such) or accepted
            why = f"'{mention.odd}' for '{mention.expected}'"
        else:
            continue
        yield Problem(fact.id, mention.where,
                      f"{fact.id}: '{mention.words}' is not the name ({why}); write '{fact.value_text}'",
                      expected=fact.value_text, found=mention.words, excerpt=mention.excerpt)
