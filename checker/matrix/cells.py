"""The corpus at a glance: one row per fact, one column per document.

Each cell says what the document does with the fact, worst first:

- ``conflicts``: a value that contradicts the record or the other documents (FC001, FC003);
- ``missing``: required there and never stated (FC002);
- ``variant``: a misnamed body or a wrong title (FC004, FC005);
- ``unread``: mentioned, a value-like token beside it, nothing read (see coverage);
- ``agrees``: stated, and in agreement (with the value read);
- ``no-value``: mentioned, no value of the fact's type stated;
- ``not-mentioned``: absent (such cells are left out of the data).

Built from a finished run and its report, so it shows exactly what
``factlint check`` reports; the table, JSON and HTML renderers only draw it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass

from checker.checks import CELL_STATES
from checker.compiled import CompiledFacts
from checker.records import Report, RunResult

STATES = ("conflicts", "missing", "variant", "unread", "agrees", "no-value", "not-mentioned")
SYMBOLS = {"conflicts": "✗", "missing": "!", "variant": "~", "unread": "?", "agrees": "✓",
           "no-value": "·", "not-mentioned": ""}
# The state each rule's findings give a cell (each rule declares its ``STATE``), worst first.
BY_CODE = dict(sorted(CELL_STATES.items(), key=lambda item: (STATES.index(item[1]), item[0])))
# Rules that report a misnaming (FC004, FC005): their mentions stand in the picture.
VARIANT_CODES = frozenset(code for code, state in BY_CODE.items() if state == "variant")
FORMAT_VERSION = 1


@dataclass(frozen=True)
class MentionView:
    line: int
    column: int
    page: int | None
    words: str  # the subject phrase as written
    excerpt: str
    value: str  # the value as written ("" when none was read)
    label: str  # what it was read as ("2016-09")
    state: str  # agrees | conflicts | variant | unread | no-value


@dataclass(frozen=True)
class FindingView:
    code: str
    name: str
    severity: str
    message: str
    line: int
    column: int
    page: int | None
    expected: str
    found: str
    excerpt: str


@dataclass(frozen=True)
class Cell:
    fact: str
    document: str  # document id
    state: str
    values: tuple[str, ...]  # distinct values read, as written
    mentions: tuple[MentionView, ...]
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class Matrix:
    documents: tuple[dict, ...]  # id, path, kind, date, unreadable
    facts: tuple[dict, ...]  # id, type, claim, value, severity, required_in, source
    cells: tuple[Cell, ...]
    summary: dict

    def cell(self, fact: str, document: str) -> Cell | None:
        return next((c for c in self.cells if c.fact == fact and c.document == document), None)

    def as_dict(self) -> dict:
        return {"version": FORMAT_VERSION, "documents": list(self.documents),
                "facts": list(self.facts), "cells": [asdict(c) for c in self.cells],
                "summary": self.summary}


def _document_ids(result: RunResult) -> dict[str, str]:
    """path -> a short id, unique: the ``documents:`` id or the file's short name."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for doc in result.documents:
        ident = doc.id
        if ident in taken:
            ident = f"{doc.path.rsplit('/', 2)[-2] if '/' in doc.path else 'doc'}/{doc.id}"
        while ident in taken:
            ident += "'"
        taken.add(ident)
        ids[doc.path] = ident
    return ids


def build(result: RunResult, report: Report, facts: CompiledFacts) -> Matrix:
    ids = _document_ids(result)
    findings = defaultdict(list)
    for f in report.findings:
        findings[(f.fact, f.path)].append(f)
    cells = []
    for doc in result.documents:
        by_fact = defaultdict(list)
        for mention in doc.mentions:
            by_fact[mention.fact].append(mention)
        fact_ids = [f.id for f in facts.facts
                    if f.id in by_fact or (f.id, doc.path) in findings]
        for fact_id in fact_ids:
            found = findings.get((fact_id, doc.path), [])
            flagged = {(f.line, f.column) for f in found if f.code in VARIANT_CODES}
            # A near-miss candidate or a rejected title the checks let pass (another
            # name, a title not next to the person) is not part of the picture.
            kept = [m for m in by_fact.get(fact_id, ())
                    if m.role not in ("variant", "reject") or (m.where.line, m.where.column) in flagged]
            if not kept and not found:
                continue
            mentions = tuple(_view(m, facts.by_id[fact_id].type) for m in kept)
            states = [BY_CODE[f.code] for f in found if f.code in BY_CODE]
            states += [m.state for m in mentions]
            state = min(states, key=STATES.index) if states else "no-value"
            values = tuple(dict.fromkeys(m.value for m in mentions if m.value))
            cells.append(Cell(fact_id, ids[doc.path], state, values, mentions,
                              tuple(_finding_view(f) for f in found)))
    documents = tuple({"id": ids[d.path], "path": d.path, "kind": d.kind,
                       "date": d.date.isoformat() if d.date else None, "unreadable": d.unreadable}
                      for d in result.documents)
    fact_rows = tuple({"id": f.id, "type": f.type, "claim": f.claim, "value": f.value_text,
                       "severity": f.severity, "required_in": list(f.required_in), "source": f.source}
                      for f in facts.facts)
    return Matrix(documents, fact_rows, tuple(cells), report.summary)


def _view(mention, fact_type: str) -> MentionView:
    reading = mention.reading
    if mention.role in ("reject", "variant"):
        state = "variant"
    elif reading is not None:
        state = "agrees"  # a conflict shows through the cell's findings
    elif mention.unread:
        state = "unread"
    elif fact_type in ("statement", "name", "title"):
        state = "agrees"
    else:
        state = "no-value"
    where = reading.where if reading else mention.where
    value = reading.words if reading else (mention.words if state in ("variant", "agrees") else "")
    return MentionView(where.line, where.column, where.page, mention.words, mention.excerpt,
                       value, reading.value.label if reading else "", state)


def _finding_view(f) -> FindingView:
    return FindingView(f.code, f.name, f.severity, f.message, f.line, f.column, f.page,
                       f.expected, f.found, f.excerpt)
