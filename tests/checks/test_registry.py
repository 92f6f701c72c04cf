"""Every check module is registered and documented the same way (as ruff does)."""

import pkgutil

import pytest

import checker.checks as checks
from checker.checks import ALL_CHECKS, BY_CODE, BY_NAME


def test_every_check_module_is_registered():
    modules = {m.name for m in pkgutil.iter_modules(checks.__path__)}
    registered = {c.__name__.rsplit(".", 1)[-1] for c in ALL_CHECKS}
    assert modules == registered


def test_codes_and_names_are_unique_and_stable():
    assert [c.CODE for c in ALL_CHECKS] == ["FC001", "FC002", "FC003", "FC004", "FC005", "FC006",
                                            "FC900", "FC901", "FC902"]
    assert BY_NAME["value-conflict"] is BY_CODE["FC001"]
    assert [c.NAME for c in ALL_CHECKS] == ["value-conflict", "missing-statement", "disagreement",
                                            "name-variant", "wrong-title", "arithmetic",
                                            "unreadable", "unused-suppression", "unread-value"]


@pytest.mark.parametrize("check", ALL_CHECKS, ids=lambda c: c.CODE)
def test_every_check_documents_what_why_and_an_example(check):
    doc = check.__doc__
    assert doc.startswith(f"{check.CODE} {check.NAME}:")
    for section in ("What it does", "Why it matters", "Example", "Fails:", "Passes:"):
        assert section in doc, section
