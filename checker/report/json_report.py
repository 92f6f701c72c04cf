"""The findings as one JSON object: the contract CI scripts parse.

``{"version": 1, "findings": [...], "summary": {...}}``; each finding has
code, name, fact, severity, path, line, column, end_line, end_column,
message, expected, found, excerpt, then fingerprint (and page, for paged
formats). When findings were silenced (baseline, inline comment) the
object also has ``silenced``; with a baseline, ``stale``. Keys are only
ever added, never renamed or removed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict

from checker.records import Report

FORMAT_VERSION = 1


def render(report: Report) -> str:
    return "".join(chunks(report))


def chunks(report: Report) -> Iterator[str]:
    """The text of ``render``, a finding at a time, so that a run with tens of
    thousands of findings is written out without holding its whole JSON (and
    the encoder's millions of pieces) in memory at once. The text is exactly
    ``json.dumps(data, indent=2, ensure_ascii=False)`` of the whole object."""
    yield f'{{\n  "version": {FORMAT_VERSION},\n  "findings": '
    yield from _array(f.as_dict() for f in report.findings)
    yield ',\n  "summary": ' + _nested(report.summary)
    if report.silenced:
        yield ',\n  "silenced": '
        yield from _array({**s.finding.as_dict(), "silenced_by": s.kind, "reason": s.reason}
                          for s in report.silenced)
    if "stale" in report.summary:
        yield ',\n  "stale": '
        yield from _array(asdict(entry) for entry in report.stale)
    yield "\n}\n"


def _nested(value, depth: int = 1) -> str:
    """``value`` as json.dumps(indent=2) writes it ``depth`` levels down."""
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + "  " * depth)


def _array(items: Iterable) -> Iterator[str]:
    """A list one level down, an item at a time (strings hold no raw newline: JSON escapes it)."""
    empty = True
    for item in items:
        yield ("[\n    " if empty else ",\n    ") + _nested(item, 2)
        empty = False
    yield "[]" if empty else "\n  ]"
