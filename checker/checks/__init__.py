"""The checks, one module per rule, listed explicitly.

Each module has ``CODE``, ``NAME``, ``SUMMARY``, a docstring in ruff's
shape (What it does / Why it matters / Example) and a ``check`` function
yielding ``Problem``s. Document checks take one ``DocumentResult``; corpus
checks take all of them. A test asserts every module here is registered.
"""

from __future__ import annotations

from checker.checks import (
                            arithmetic,
                            disagreement,
                            missing_statement,
                            name_variant,
                            unreadable,
                            value_conflict,
                            wrong_title,
)

DOCUMENT_CHECKS = (value_conflict, missing_statement, name_variant, wrong_title,
                   arithmetic, unreadable)
CORPUS_CHECKS = (disagreement,)
ALL_CHECKS = tuple(sorted(DOCUMENT_CHECKS + CORPUS_CHECKS, key=lambda m: m.CODE))
BY_CODE = {check.CODE: check for check in ALL_CHECKS}
BY_NAME = {check.NAME: check for check in ALL_CHECKS}
