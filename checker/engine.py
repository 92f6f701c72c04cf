"""Orders the stages of a run: read, scan, read values, check, gather.

Per document: read it (a reader), find every phrase of every fact in one
scan, read the values only in the sentences that hold mentions, and run
the document checks. Across documents: the corpus checks (disagreement).
The only stateful part of a run; it neither prints nor exits.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from checker import readers
from checker.checks import CORPUS_CHECKS, DOCUMENT_CHECKS
from checker.document import ReadError
from checker.facts.compiled import CompiledFacts
from checker.facts.model import DocumentSpec
from checker.finding import Finding, Location, at
from checker.fingerprint import with_fingerprints
from checker.mentions import read_mentions
from checker.results import DocumentResult, Problem
from checker.text.sentences import split
from checker.values.document_date import document_date


@dataclass(frozen=True)
class Source:
    """A document to check: where it is, and how findings show its path."""

    path: Path
    shown: str
    data: bytes | None = None  # the bytes, when they come from standard input


@dataclass(frozen=True)
class RunResult:
    findings: tuple[Finding, ...]
    documents: tuple[DocumentResult, ...]
    facts: int

    def summary(self) -> dict:
        from checker.outcome import summary
        return summary(self.findings, len(self.documents), self.facts)


def spec_for(path: Path, facts: CompiledFacts) -> DocumentSpec | None:
    """The ``documents:`` entry whose glob matches ``path`` (relative to the facts file)."""
    base = facts.file.path.parent.resolve()
    try:
        relative = path.resolve().relative_to(base).as_posix()
    except ValueError:
        relative = path.as_posix()
    for spec in facts.documents:
        if fnmatch.fnmatchcase(relative, spec.match) or fnmatch.fnmatchcase(path.as_posix(), spec.match):
            return spec
    return None


def read_document(source: Source, facts: CompiledFacts) -> DocumentResult:
    """Everything the checks need to know about one document."""
    spec = spec_for(source.path, facts)
    ident = spec.id if spec else source.path.stem
    kind, authority = (spec.kind, spec.authority) if spec else ("", "secondary")
    try:
        doc = readers.read(source.path, source.shown, source.data)
    except ReadError as err:
        return DocumentResult(source.shown, ident, kind, authority,
                              first_line=Location(source.shown, 1, 1, 1, 1), unreadable=str(err))
    date = ((spec.date if spec and spec.date else None) or doc.date or document_date(doc.text)
            or doc.metadata_date)
    sentences = split(doc.text)
    hits = facts.scanner.scan(doc.text)
    mentions, arithmetic = read_mentions(doc, hits, sentences, facts, date)
    return DocumentResult(source.shown, ident, kind, authority, date, doc.first_line(),
                          tuple(mentions), tuple(arithmetic), directives=doc.directives)


def _finding(check, problem: Problem, facts: CompiledFacts) -> Finding:
    fact = facts.by_id.get(problem.fact)
    return at(problem.where, code=check.CODE, name=check.NAME, fact=problem.fact,
              severity=fact.severity if fact else "error", message=problem.message,
              expected=problem.expected, found=problem.found, excerpt=problem.excerpt)


def check_document(result: DocumentResult, facts: CompiledFacts) -> list[Finding]:
    return [_finding(check, problem, facts)
            for check in DOCUMENT_CHECKS for problem in check.check(result, facts)]


def run(sources: Sequence[Source], facts: CompiledFacts, root: Path | None = None) -> RunResult:
    """Check every source against the facts; findings sorted by place.

    ``root`` is the folder fingerprints take paths relative to (the
    repository's root; default: the current folder).
    """
    results: list[DocumentResult] = []
    findings: list[Finding] = []
    for source in sources:
        result = read_document(source, facts)
        results.append(result)
        findings.extend(check_document(result, facts))
    for check in CORPUS_CHECKS:
        findings.extend(_finding(check, p, facts) for p in check.check(results, facts))
    findings.sort(key=Finding.sort_key)
    findings = with_fingerprints(findings, root or Path.cwd())
    return RunResult(tuple(findings), tuple(results), len(facts.facts))


def keep_findings(result: RunResult, keep: Callable[[Finding], bool]) -> RunResult:
    """The same run with only the findings ``keep`` accepts."""
    return RunResult(tuple(f for f in result.findings if keep(f)), result.documents, result.facts)
