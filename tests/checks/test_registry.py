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


@pytest.mark.parametrize("check", ALL_CHECKS, ids=lambda c: c.CODE)
def test_every_check_declares_what_the_rest_of_factlint_needs(check):
    from checker.matrix.cells import STATES

    assert check.SCOPE in checks.SCOPES
    assert check.STATE is None or check.STATE in STATES
    assert isinstance(check.WHOLE_DOCUMENT, bool)
    assert getattr(check, "SEVERITY", "error") in ("error", "warning", "info")
    assert callable(check.check)


def test_the_registry_derives_every_list_from_the_declarations():
    assert checks.DOCUMENT_CHECKS == tuple(c for c in checks.RULES if c.SCOPE == "document")
    assert [c.CODE for c in checks.CORPUS_CHECKS] == ["FC003"]
    assert [c.CODE for c in checks.RUN_CHECKS] == ["FC901", "FC902"]
    assert checks.WHOLE_DOCUMENT == {"FC002"}
    assert checks.CELL_STATES == {"FC001": "conflicts", "FC002": "missing", "FC003": "conflicts",
                                  "FC004": "variant", "FC005": "variant"}


def test_a_rule_declared_whole_document_is_silenced_by_a_directive_anywhere(corpus, monkeypatch):
    """Suppression reads ``WHOLE_DOCUMENT`` from the declarations, not a list of its own."""
    corpus.facts("""
        version: 1
        documents:
          - {match: "*.md", id: memo}
        facts:
          - id: term
            subject: [partnership]
            type: duration
            value: 3 years
            required_in: [memo]
    """)
    corpus.doc("memo.md", "# Memo\n\nNothing here.\n\n"
               "<!-- factlint: ignore FC002 -- not this memo's job -->\n")
    assert [(s.finding.code, s.kind) for s in corpus.report().silenced] == [("FC002", "inline")]
    monkeypatch.setattr("checker.outcome.WHOLE_DOCUMENT", frozenset())
    assert [f.code for f in corpus.report().findings] == ["FC002", "FC901"]
