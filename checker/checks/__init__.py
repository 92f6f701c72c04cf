"""The checks, one module per rule, listed explicitly.

Each module has ``CODE``, ``NAME``, ``SUMMARY``, a docstring in ruff's
shape (What it does / Why it matters / Example) and a ``check`` function
yielding ``Problem``s. Document checks take one ``DocumentResult``; corpus
checks take all of them; run checks are about the run itself and are
raised by ``checker.outcome``. A test asserts every module here is registered.
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

DOCUMENT_CHECKS = (value_conflict, missing_statement, name_variant, wrong_title,
                   arithmetic, unreadable)
CORPUS_CHECKS = (disagreement,)
RUN_CHECKS = (unused_suppression, unread_value)
ALL_CHECKS = tuple(sorted(DOCUMENT_CHECKS + CORPUS_CHECKS + RUN_CHECKS, key=lambda m: m.CODE))
BY_CODE = {check.CODE: check for check in ALL_CHECKS}
BY_NAME = {check.NAME: check for check in ALL_CHECKS}


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
