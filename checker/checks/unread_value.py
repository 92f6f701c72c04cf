"""FC902 unread-value: a mention whose sentence holds a value factlint did not read.

What it does
    Lists, as info and only with ``factlint check --show-unread``, every
    mention of a typed fact where no value was read although something
    value-like of the fact's type stands in its clause ("earlier this year"
    in a document whose date is unknown, "3 yrs", a figure in a form the
    finders do not know). Every summary counts them either way.

Why it matters
    A checker that silently skips what it cannot read makes a clean report
    mean less than it seems (statcheck recognised 61% of the statistics in
    papers). The count of unread mentions says how much of the corpus was
    actually compared.

Example
    Fails:  "the partnership began earlier this year" in an undated document (date unread).
    Passes: "the partnership began in June 2017" (read: 2017-06).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from checker.results import DocumentResult, Problem

CODE = "FC902"
NAME = "unread-value"
SUMMARY = "a mention's sentence holds a value-like token that was not read (with --show-unread)"
SCOPE = "run"
STATE = None
WHOLE_DOCUMENT = False
SEVERITY = "info"


def check(docs: Sequence[DocumentResult]) -> Iterator[Problem]:
    """One problem per unread mention of the run's documents, in their order."""
    for doc in docs:
        for m in doc.mentions:
            if m.unread:
                yield Problem(m.fact, m.where,
                              f"{m.fact}: '{m.unread}' stands next to '{m.words}' but was not read "
                              "as a value: check it by hand", found=m.unread, excerpt=m.excerpt)
