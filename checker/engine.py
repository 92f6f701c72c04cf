"""Orders the stages of a run: read, scan, read values, check, gather.

Per document: read it (a reader), find every phrase of every fact in one
scan, read the values only in the sentences that hold mentions, and run
the document checks. Across documents: the corpus checks (disagreement).
The only stateful part of a run; it neither prints nor exits.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from checker import readers
from checker.cache import Cache
from checker.checks import CORPUS_CHECKS, DOCUMENT_CHECKS, finding
from checker.compiled import CompiledFacts
from checker.document import ReadError
from checker.facts.model import DocumentSpec
from checker.finding import Finding, Location
from checker.fingerprint import with_fingerprints
from checker.mentions import TYPED, read_mentions
from checker.records import RunResult, Source
from checker.results import DocumentResult
from checker.text.sentences import split
from checker.values.dates.document_date import document_date


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


def _known_as(source: Source, facts: CompiledFacts) -> tuple[DocumentSpec | None, str, str, str]:
    """(its ``documents:`` entry, id, kind, authority) of a document."""
    spec = spec_for(source.path, facts)
    ident = spec.id if spec else source.path.stem
    kind, authority = (spec.kind, spec.authority) if spec else ("", "secondary")
    return spec, ident, kind, authority


def unreadable(source: Source, facts: CompiledFacts, reason: str) -> DocumentResult:
    """The record of a document that could not be read (FC900 reports it, with ``reason``)."""
    _, ident, kind, authority = _known_as(source, facts)
    return DocumentResult(source.shown, ident, kind, authority,
                          first_line=Location(source.shown, 1, 1, 1, 1), unreadable=reason)


def read_document(source: Source, facts: CompiledFacts) -> DocumentResult:
    """Everything the checks need to know about one document."""
    spec, ident, kind, authority = _known_as(source, facts)
    try:
        doc = readers.read(source.path, source.shown, source.data)
    except ReadError as err:
        return unreadable(source, facts, str(err))
    date = (spec.date if spec and spec.date else None) or doc.date or document_date(doc.text)
    from_file = date is None and doc.metadata_date is not None  # the weakest source: said in findings
    date = date or doc.metadata_date
    sentences = split(doc.text)
    hits = facts.scanner.scan(doc.text)
    mentions, arithmetic = read_mentions(doc, hits, sentences, facts, date, from_file)
    typed = [m for m in mentions if m.role == "subject" and facts.by_id[m.fact].type in TYPED]
    coverage = (len(typed), sum(m.reading is not None for m in typed), sum(bool(m.unread) for m in typed))
    return DocumentResult(source.shown, ident, kind, authority, date, doc.first_line(),
                          tuple(mentions), tuple(arithmetic), directives=doc.directives,
                          mentioned=tuple(dict.fromkeys(m.fact for m in mentions)), coverage=coverage,
                          date_from_file=from_file)


def check_document(result: DocumentResult, facts: CompiledFacts) -> list[Finding]:
    return [finding(check, problem, facts)
            for check in DOCUMENT_CHECKS for problem in check.check(result, facts)]


def _checked_now(source: Source, facts: CompiledFacts,
                 slim_to: frozenset[str] | None) -> tuple[DocumentResult, list[Finding]]:
    result = read_document(source, facts)
    findings = check_document(result, facts)
    return (result if slim_to is None else result.slim(slim_to)), findings


def check_source(source: Source, facts: CompiledFacts, cache: Cache | None = None,
                 slim_to: frozenset[str] | None = None) -> tuple[DocumentResult, list[Finding]]:
    """One document, read and checked, or taken from the cache when unchanged.

    With ``slim_to`` (the facts whose read mentions the corpus checks need)
    the result is slimmed here, where it is made: a worker sends back, and
    the cache stores, only what the rest of the run reads.
    """
    if cache is None:
        return _checked_now(source, facts, slim_to)
    try:
        data = source.data if source.data is not None else readers.read_bytes(source.path)
    except (ReadError, OSError):
        return _checked_now(source, facts, slim_to)  # reports why it cannot be read
    key = cache.key(source.shown, data, slim=slim_to is not None)
    cached = cache.get(key)
    if cached is not None:
        return cached
    done = _checked_now(dataclasses.replace(source, data=data), facts, slim_to)
    if not done[0].unreadable:
        cache.put(key, done)
    return done


# A worker process's share of the run, set once when the pool starts.
_WORKER: tuple[CompiledFacts, Cache | None, frozenset[str] | None] | None = None


def _start_worker(facts: CompiledFacts, cache: Cache | None, slim_to: frozenset[str] | None) -> None:
    global _WORKER
    _WORKER = (facts, cache, slim_to)


def _work(source: Source) -> tuple[DocumentResult, list[Finding]]:
    facts, cache, slim_to = _WORKER
    return check_source(source, facts, cache, slim_to)


def check_here(sources: Sequence[Source], facts: CompiledFacts, jobs: int, cache: Cache | None,
               slim_to: frozenset[str] | None = None):
    """The executor of this machine: (result, findings) per source, in order, in this process
    or in a pool of ``jobs`` processes (the contract every executor keeps: ``checker.executors``)."""
    if jobs <= 1 or len(sources) <= 1:
        for source in sources:
            yield check_source(source, facts, cache, slim_to)
        return
    # Forked after the facts are compiled: workers inherit them, nothing is re-parsed.
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods()
                                          else "spawn")
    chunk = max(1, min(32, len(sources) // (jobs * 8)))
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker,
                             initargs=(facts, cache, slim_to)) as pool:
        yield from pool.map(_work, sources, chunksize=chunk)


def run(sources: Sequence[Source], facts: CompiledFacts, root: Path | None = None, *,
        jobs: int = 1, cache: Cache | None = None,
        progress: Callable[[int, int, Source], None] | None = None,
        executor: Callable | None = None, keep_mentions: bool = True) -> RunResult:
    """Check every source against the facts; findings sorted by place.

    ``root`` is the folder fingerprints take paths relative to (the
    repository's root; default: the current folder). ``jobs`` > 1 checks
    documents in a process pool, with the same results in the same order.
    ``keep_mentions=False`` drops each document's mentions once it is checked,
    but for those the corpus checks need: memory stays bounded on a large
    corpus (``check`` does this; ``report`` draws every mention).
    ``progress(done, total, source)`` is called after each document.
    ``executor`` (default: ``check_here``, this machine) has ``check_here``'s
    signature and contract; ``checker.executors`` has one for a cluster.
    """
    executor = executor or check_here
    results: list[DocumentResult] = []
    findings: list[Finding] = []
    slim_to = None if keep_mentions else frozenset(
        f.id for f in facts.facts if f.value is None and f.type in TYPED)  # FC003's facts
    for done, (source, (result, found)) in enumerate(
            zip(sources, executor(sources, facts, jobs, cache, slim_to)), start=1):
        results.append(result)
        findings.extend(found)
        if progress:
            progress(done, len(sources), source)
    for check in CORPUS_CHECKS:
        findings.extend(finding(check, p, facts) for p in check.check(results, facts))
    findings.sort(key=Finding.sort_key)
    findings = with_fingerprints(findings, root or Path.cwd())
    return RunResult(tuple(findings), tuple(results), len(facts.facts))
