"""Shared test helpers: write a facts file and documents, run the engine.

Like yamllint's RuleTestCase: a check's test is a few lines of facts and
text, and an assertion on the findings.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from checker import api

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FACTS = ROOT / "facts.yaml"

# The smallest useful facts file: one dated fact, for tests about anything but the facts.
INSPECTION_FACTS = """
version: 1
facts:
  - id: inspection
    subject: [Ofsted inspection]
    type: date
    value: 2016-10
"""


class Corpus:
    """A temporary folder with a facts file and documents."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def facts(self, text: str) -> Path:
        path = self.root / "facts.yaml"
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
        return path

    def doc(self, name: str, text: str | bytes) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
        return path

    def check(self, *paths: str):
        """Check ``paths`` (default: the whole folder); return the run's result."""
        return api.check([str(self.root / p) for p in paths] or [str(self.root)], self.root / "facts.yaml")

    def report(self, *paths: str):
        """What of the run counts (inline suppressions applied), as reporters receive it."""
        facts = api.load_facts(self.root / "facts.yaml")
        return api.report(self.check(*paths), facts, self.root)


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    return Corpus(tmp_path)


def codes(result) -> list[tuple[str, str]]:
    """(code, fact) of every finding, in order."""
    return [(f.code, f.fact) for f in result.findings]
