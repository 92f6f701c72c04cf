"""The checks, one module per rule, listed explicitly in ``RULES``.

Each module declares what the rest of factlint needs to know of it, and
nothing else restates it:

- ``CODE``, ``NAME``, ``SUMMARY`` and a docstring in ruff's shape (What it
  does / Why it matters / Example), which ``factlint rule``, SARIF and the
  README are written from;
- ``SCOPE``: what its ``check`` reads. ``"document"``: one ``DocumentResult``
  (and the facts); ``"corpus"``: every document's; ``"run"``: the run itself
  (``checker.outcome`` calls these, each with what it needs);
- ``STATE``: the matrix cell state its findings give (``checker.matrix``),
  or None;
- ``WHOLE_DOCUMENT``: whether a finding is about the whole document rather
  than a line (an inline suppression anywhere in the file then silences it);
- ``SEVERITY``, when the rule fixes one; otherwise a finding takes its fact's.

Every tuple and map below is derived from those. A test asserts every
module here is registered.
"""

from __future__ import annotations

from difflib import get_close_matches

from checker.checks import (
    arithmetic,
    disagreement,
    missing_statement,
    name_variant,
    unread_value,
    unreadable,
    unused_suppression,
    value_conflict,
    wrong_title,
)
from checker.compiled import CompiledFacts
from checker.finding import Finding, at
from checker.results import Problem

RULES = (value_conflict, missing_statement, disagreement, name_variant, wrong_title, arithmetic,
         unreadable, unused_suppression, unread_value)
SCOPES = ("document", "corpus", "run")

DOCUMENT_CHECKS = tuple(rule for rule in RULES if rule.SCOPE == "document")
CORPUS_CHECKS = tuple(rule for rule in RULES if rule.SCOPE == "corpus")
RUN_CHECKS = tuple(rule for rule in RULES if rule.SCOPE == "run")
ALL_CHECKS = tuple(sorted(RULES, key=lambda rule: rule.CODE))
BY_CODE = {rule.CODE: rule for rule in ALL_CHECKS}
BY_NAME = {rule.NAME: rule for rule in ALL_CHECKS}
CELL_STATES = {rule.CODE: rule.STATE for rule in ALL_CHECKS if rule.STATE}  # code -> matrix state
WHOLE_DOCUMENT = frozenset(rule.CODE for rule in ALL_CHECKS if rule.WHOLE_DOCUMENT)


def finding(rule, problem: Problem, facts: CompiledFacts | None = None) -> Finding:
    """The finding ``rule`` makes of ``problem``: its code and name, and its severity (the
    rule's own, else the fact's, else error)."""
    fact = facts.by_id.get(problem.fact) if facts is not None else None
    severity = problem.severity or getattr(rule, "SEVERITY", None) or (fact.severity if fact else "error")
    return at(problem.where, code=rule.CODE, name=rule.NAME, fact=problem.fact, severity=severity,
              message=problem.message, expected=problem.expected, found=problem.found,
              excerpt=problem.excerpt)


def resolve(selectors: list[str]) -> set[str]:
    """Rule codes for codes or names ("FC001", "name-variant"); ValueError names a typo."""
    codes = set()
    for selector in selectors:
        key = selector.strip()
        if key.upper() in BY_CODE:
            codes.add(key.upper())
        elif key.lower() in BY_NAME:
            codes.add(BY_NAME[key.lower()].CODE)
        else:
            close = get_close_matches(key, [*BY_CODE, *BY_NAME], n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise ValueError(f"unknown rule '{selector}'{hint}")
    return codes
