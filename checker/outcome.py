"""From a finished run to what is reported: what counts, what is silenced.

The engine finds everything; this module decides what of it counts for the
report and the exit code, in this order:

1. inline suppressions silence the findings they cover; a directive that
   silences nothing becomes an FC901 finding;
2. ``--select``/``--ignore`` keep the rules asked for (the others are dropped);
3. the baseline silences the findings it knows; its entries no finding
   matches are stale.

Silenced findings are kept (SARIF shows them as such) but do not count.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from checker.baseline import Baseline, apply
from checker.checks import WHOLE_DOCUMENT, finding, unread_value, unused_suppression
from checker.compiled import CompiledFacts
from checker.finding import Finding
from checker.fingerprint import repository_path, with_fingerprints
from checker.records import DocumentChecked, Report, RunResult, Silenced, summary
from checker.suppression import covers


def coverage(result: RunResult, facts: CompiledFacts) -> dict:
    """How many mentions of typed facts were found, had a value read, were left unread."""
    found, read, unread = (sum(column) for column in zip((0, 0, 0), *(d.coverage for d in result.documents)))
    return {"found": found, "read": read, "unread": unread}


def unread_findings(result: RunResult, root: Path) -> list[Finding]:
    """One info finding per unread mention (``--show-unread``)."""
    return with_fingerprints([finding(unread_value, p) for p in unread_value.check(result.documents)], root)


def documents_checked(result: RunResult, facts: CompiledFacts) -> tuple[DocumentChecked, ...]:
    checked = []
    order = {fact.id: index for index, fact in enumerate(facts.facts)}
    for doc in result.documents:
        ids = set(doc.mentioned)
        ids |= {f.id for f in facts.required_facts(doc.id, doc.kind)}
        checked.append(DocumentChecked(doc.path, doc.id, tuple(sorted(ids, key=order.get)),
                                       doc.unreadable))
    return tuple(checked)


def inline(result: RunResult, root: Path) -> tuple[list[Finding], list[Silenced]]:
    """(findings with unused-suppression ones added, findings silenced in the files)."""
    directives = [d for doc in result.documents for d in doc.directives]
    if not directives:
        return list(result.findings), []
    used: set[int] = set()
    kept, silenced = [], []
    for found in result.findings:
        hit = next((i for i, d in enumerate(directives) if covers(d, found, WHOLE_DOCUMENT)), None)
        if hit is None:
            kept.append(found)
        else:
            used.add(hit)
            silenced.append(Silenced(found, "inline", directives[hit].reason))
    unused = [finding(unused_suppression, p) for p in unused_suppression.check(
        [d for i, d in enumerate(directives) if i not in used])]
    kept.extend(with_fingerprints(unused, root))
    kept.sort(key=Finding.sort_key)
    return kept, silenced


def build_report(result: RunResult, facts: CompiledFacts, root: Path, *,
                 rules: Collection[str] | None = None,
                 baseline: Baseline | None = None, show_unread: bool = False) -> Report:
    """The report of ``result``: ``rules`` are the codes kept (None: all)."""
    findings, silenced = inline(result, root)
    if show_unread:
        findings = sorted(findings + unread_findings(result, root), key=Finding.sort_key)
    if rules is not None:
        findings = [f for f in findings if f.code in rules]
        silenced = [s for s in silenced if s.finding.code in rules]
    stale = []
    if baseline is not None:
        known, stale = apply(findings, baseline)
        quiet = {id(s.finding) for s in known}
        findings = [f for f in findings if id(f) not in quiet]
        silenced.extend(known)
    extra = {}
    if silenced:
        extra["silenced"] = len(silenced)
    if baseline is not None:
        extra["stale"] = len(stale)
    paths = {doc.path: repository_path(doc.path, root) for doc in result.documents}
    return Report(tuple(findings), summary(findings, len(result.documents), result.facts,
                                          coverage(result, facts), **extra),
                  documents_checked(result, facts), tuple(silenced), tuple(stale), paths)
