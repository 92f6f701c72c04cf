"""The curated record, as plain frozen objects.

The loader turns facts.yaml into these; nothing downstream sees YAML.
Every object keeps the line of the facts file it came from, so that a
problem found later can still point into the user's file.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from checker.values import NAMES as VALUE_TYPES
from checker.values.model import Value

# A name, a title and a statement state no value to read: their phrases are the statement.
WORD_TYPES = ("name", "title", "statement")
FACT_TYPES = VALUE_TYPES + WORD_TYPES
AUTHORITIES = ("primary", "secondary")


@dataclass(frozen=True)
class DocumentSpec:
    """An entry of ``documents:``: how one or more files are known."""

    match: str  # glob, relative to the facts file's folder
    id: str
    kind: str = ""
    date: datetime.date | None = None
    authority: str = "secondary"
    line: int = 0


@dataclass(frozen=True)
class Fact:
    """One curated claim."""

    id: str
    type: str
    claim: str = ""
    subjects: tuple[str, ...] = ()  # literal phrases, as written
    patterns: tuple[str, ...] = ()  # `re:` subjects, as written (without "re:")
    value: Value | None = None  # parsed canonical value (None: documents must agree)
    value_text: str = ""  # the value as written in the facts file
    accept: tuple[str, ...] = ()
    reject: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    severity: str = "error"
    required_in: tuple[str, ...] = ()  # document ids, or "kind:<kind>"
    source: str = ""
    line: int = 0


@dataclass(frozen=True)
class FactsFile:
    """The whole facts file, validated."""

    path: Path
    version: int
    documents: tuple[DocumentSpec, ...]
    facts: tuple[Fact, ...]
