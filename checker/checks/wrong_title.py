"""FC005 wrong-title: a person is named with a title the record rejects.

What it does
    For a ``title`` fact, finds each ``reject``ed title written next to the
    person's name, before it ("Children's Commissioner Eleanor Brazil") or
    after it as an apposition ("Eleanor Brazil, the Children's
    Commissioner"). A rejected title elsewhere in the sentence is not
    about this person and is left alone.

Why it matters
    A wrong title misstates a person's office, and often a body's powers
    ("Children's Commissioner" is a different statutory office).

Example
    Record: ``brazil-title``, value "Commissioner", reject "Children's Commissioner".
    Fails:  "... a report by Children's Commissioner Eleanor Brazil, ..."
    Passes: "... our Commissioner, Eleanor Brazil, recommended ..."
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.compiled import CompiledFacts
from checker.results import DocumentResult, Problem

CODE = "FC005"
NAME = "wrong-title"
SUMMARY = "a title fact's person is named with one of its reject titles"
SCOPE = "document"
STATE = "variant"
WHOLE_DOCUMENT = False

# What may stand between a title and a name and still tie them together.
_GAP = re.compile(r"[ ,]*(?:(?:the|our|their|its|as|former|then|now) )?[ ,]*", re.I)


def adjacent(text_between: str) -> bool:
    """Whether a title and a name separated by ``text_between`` go together."""
    return _GAP.fullmatch(text_between) is not None


def check(doc: DocumentResult, facts: CompiledFacts) -> Iterator[Problem]:
    people: dict[str, list] = {}
    for mention in doc.mentions:
        if mention.role == "subject" and facts.by_id[mention.fact].type == "title":
            people.setdefault(mention.fact, []).append(mention)
    for mention in doc.mentions:
        if mention.role != "reject" or mention.fact not in people:
            continue
        fact = facts.by_id[mention.fact]
        for person in people[mention.fact]:
            if person.start >= mention.end:
                between = mention.after[:person.start - mention.end]
                ok = len(between) == person.start - mention.end and adjacent(between)
            elif mention.start >= person.end:
                between = person.after[:mention.start - person.end]
                ok = len(between) == mention.start - person.end and adjacent(between)
            else:
                ok = False
            if ok:
                yield Problem(fact.id, mention.where,
                              f"{fact.id}: {person.words} is named '{mention.words}'; "
                              f"the record's title is '{fact.value_text}'",
                              expected=fact.value_text, found=mention.words,
                              excerpt=mention.excerpt)
                break
