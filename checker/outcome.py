"""From a finished run to what is reported: what counts, what is silenced.

The engine finds everything; this module decides what of it counts for the
report and the exit code. Findings matched by the baseline or silenced by
an inline comment are kept (SARIF shows them as such) but do not count.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from checker.engine import RunResult
from checker.facts.compiled import CompiledFacts
from checker.finding import SEVERITY_RANK, Finding
from checker.fingerprint import repository_path
from checker.report.model import DocumentChecked, Report, Silenced, StaleEntry


def summary(findings: Sequence[Finding], documents: int, facts: int, **extra: int) -> dict:
    """The summary object of every format (keys only ever added)."""
    by_severity = {name: 0 for name in sorted(SEVERITY_RANK, key=SEVERITY_RANK.get, reverse=True)}
    for finding in findings:
        by_severity[finding.severity] += 1
    return {"documents": documents, "facts": facts, "findings": len(findings),
            "by_severity": by_severity, **extra}


def documents_checked(result: RunResult, facts: CompiledFacts) -> tuple[DocumentChecked, ...]:
    checked = []
    order = {fact.id: index for index, fact in enumerate(facts.facts)}
    for doc in result.documents:
        ids = {m.fact for m in doc.mentions}
        ids |= {f.id for f in facts.facts if facts.required_in(f, doc.id, doc.kind)}
        checked.append(DocumentChecked(doc.path, doc.id, tuple(sorted(ids, key=order.get)),
                                       doc.unreadable))
    return tuple(checked)


def build_report(result: RunResult, facts: CompiledFacts, root: Path,
                 silenced: Sequence[Silenced] = (), stale: Sequence[StaleEntry] = ()) -> Report:
    """The report of ``result``; ``silenced`` findings are taken out of the count."""
    quiet = {id(s.finding) for s in silenced}
    counted = tuple(f for f in result.findings if id(f) not in quiet)
    extra = {}
    if silenced:
        extra["silenced"] = len(silenced)
    if stale:
        extra["stale"] = len(stale)
    paths = {doc.path: repository_path(doc.path, root) for doc in result.documents}
    return Report(counted, summary(counted, len(result.documents), result.facts, **extra),
                  documents_checked(result, facts), tuple(silenced), tuple(stale), paths)
