"""FC901 unused-suppression: an inline suppression that silences nothing.

What it does
    Reports a ``factlint: ignore`` or ``factlint: off`` directive under
    which no finding was silenced in this run, at the directive's place.

Why it matters
    A suppression outlives the problem it was written for. Left in place it
    will hide the next, real problem on that line without anyone deciding so.

Example
    Fails:  "<!-- factlint: ignore FC001 -- quoted -->" above a line with no finding.
    Passes: the same comment above "the last Ofsted inspection in September 2016".
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from checker.results import Problem
from checker.suppression import Directive

CODE = "FC901"
NAME = "unused-suppression"
SUMMARY = "an inline suppression silences no finding"
SCOPE = "run"
STATE = None
WHOLE_DOCUMENT = False
SEVERITY = "warning"


def spelled(directive: Directive) -> str:
    """The directive as it reads in the file, without its reason: "factlint: ignore FC001"."""
    return " ".join(("factlint:", directive.action, *directive.targets))


def check(unused: Sequence[Directive]) -> Iterator[Problem]:
    """One problem per directive that silenced nothing in this run."""
    for directive in unused:
        yield Problem("", directive.where, f"'{spelled(directive)}' silences no finding; remove it",
                      found=spelled(directive))
