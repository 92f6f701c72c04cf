"""The public way to use factlint from Python: check documents, then report or draw the matrix.

    from checker import api

    facts = api.load_facts("facts.yaml")
    result = api.check(["docs/"], facts)         # every finding, every document's record
    report = api.report(result, facts)           # what counts: suppressions, rules, a baseline
    matrix = api.matrix(result, facts)           # the fact-by-document picture

The command line is built on these functions, and the tests and benchmarks
use them too, as yamllint's ``linter.run(input, conf)`` is its documented
entry point. ``check`` is ``plan`` (which documents, under which facts) then
``run`` (read and check them); a caller that must see the documents before
they are checked (a progress bar) calls the two itself.

Nothing here prints, exits or reads the environment. Bad input is an
exception with a message for the user: ``FactsError`` (the facts file,
at file:line:col), ``MissingPath``, ``ChangesError`` (``changed_since``),
``BaselineError``, ``ExecutorError`` (URLs without the dask extra).
"""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from checker.baseline import Baseline
from checker.cache import Cache
from checker.compiled import CompiledFacts
from checker.discover import discover
from checker.engine import run as run_sources
from checker.facts.loader import load_facts as load_facts_file
from checker.fingerprint import repository_root
from checker.matrix.cells import Matrix, build
from checker.outcome import build_report
from checker.records import Report, RunResult, Source, keep_findings

SMALL_CORPUS = 2_000_000  # bytes: below this a process pool costs more than it saves
STDIN = "-"  # the path that stands for standard input's bytes


def load_facts(path: str | Path = "facts.yaml") -> CompiledFacts:
    """The facts file at ``path``, validated and compiled once for the whole run.

    Loading a facts file makes hundreds of thousands of small objects and none
    of them is garbage: Python's cyclic collector, run every few hundred
    allocations, took two thirds of the time to load 10,000 facts, so it is
    kept out of the way. The facts then live as long as the run, so they are
    frozen out of every later collection (which would otherwise walk them again
    and again while documents are checked, and, in forked workers, touch their
    pages).
    """
    gc.disable()
    try:
        return CompiledFacts.build(load_facts_file(path))
    finally:
        gc.enable()
        gc.freeze()


@dataclass(frozen=True)
class Plan:
    """What a run will check: the facts, the documents, and which of its findings to keep."""

    facts: CompiledFacts
    sources: tuple[Source, ...]
    root: Path  # fingerprints take paths relative to it (the repository's root)
    # With ``changed_since`` when the facts file itself changed: every document is
    # checked, and the findings kept are those in changed documents or of changed facts.
    keep_paths: frozenset[str] | None = None
    keep_facts: frozenset[str] = frozenset()


def _facts(facts: CompiledFacts | str | Path) -> CompiledFacts:
    return facts if isinstance(facts, CompiledFacts) else load_facts(facts)


def plan(paths: Sequence[str] = (), facts: CompiledFacts | str | Path = "facts.yaml", *,
         exclude: Collection[str] = (), stdin: bytes | None = None, stdin_name: str = "stdin.txt",
         urls: bool = False, changed_since: str | None = None, root: Path | None = None) -> Plan:
    """The documents ``paths`` name (none: the facts file's ``seeds/`` folder, else its folder).

    A folder is walked for the formats factlint reads; ``exclude`` globs skip
    files and folders; ``"-"`` is ``stdin`` (shown as ``stdin_name``). With
    ``urls``, paths such as ``s3://bucket/docs/`` are listed with fsspec (for
    the dask executor). ``changed_since`` (a git revision) keeps only the
    documents changed since then, or, when the facts file changed, keeps every
    document and later only the findings of what changed.
    """
    facts = _facts(facts)
    root = root or repository_root(Path.cwd())
    local = [p for p in paths if p != STDIN]
    remote: list[str] = []
    if urls:
        from checker.executors.dask_executor import is_url, url_sources

        remote = [p for p in local if is_url(p)]
        local = [p for p in local if not is_url(p)]
    sources = discover(local, facts.file.path, exclude) if local or not paths else []
    if remote:
        sources += url_sources(remote, exclude)
    if STDIN in paths:
        sources.insert(0, Source(Path(stdin_name), stdin_name, stdin or b""))
    if changed_since is None:
        return Plan(facts, tuple(sources), root)
    from checker.changes import changes_since

    with tempfile.TemporaryDirectory() as scratch:
        changes = changes_since(changed_since, root, facts.file, Path(scratch))
    changed = [s for s in sources if s.path.resolve() in changes.paths]
    if not changes.facts_file_changed:
        return Plan(facts, tuple(changed), root)
    return Plan(facts, tuple(sources), root, frozenset(s.shown for s in changed), changes.facts)


def job_count(sources: Sequence[Source]) -> int:
    """Processes for checking ``sources``: one for a small corpus, else one per core."""
    total = 0
    for source in sources:
        try:
            total += len(source.data) if source.data is not None else source.path.stat().st_size
        except OSError:
            pass
    return 1 if total < SMALL_CORPUS else (os.cpu_count() or 1)


def run(planned: Plan, *, jobs: int | None = None, cache: str | Path | None = None,
        progress: Callable[[int, int, Source], None] | None = None, executor: Callable | None = None,
        keep_mentions: bool = True) -> RunResult:
    """Check the planned documents; findings sorted by place.

    ``jobs``: processes (None: one for a corpus under 2 MB, else one per core).
    ``cache``: a folder keeping each unchanged document's result between runs.
    ``progress(done, total, source)`` is called after each document.
    ``executor``: where documents are checked (``checker.executors``; default here).
    ``keep_mentions=False`` keeps of each checked document only what the corpus
    checks need (bounded memory; ``factlint check`` does this, the matrix needs
    every mention).
    """
    if jobs is not None and jobs < 1:
        raise ValueError("jobs must be at least 1")
    facts = planned.facts
    result = run_sources(planned.sources, facts, planned.root,
                         jobs=job_count(planned.sources) if jobs is None else jobs,
                         cache=Cache(Path(cache), facts.file) if cache is not None else None,
                         progress=progress, executor=executor, keep_mentions=keep_mentions)
    if planned.keep_paths is None:
        return result
    paths, ids = planned.keep_paths, planned.keep_facts
    return keep_findings(result, lambda f: f.path in paths or f.fact in ids)


def check(paths: Sequence[str] = (), facts: CompiledFacts | str | Path = "facts.yaml", *,
          exclude: Collection[str] = (), changed_since: str | None = None, jobs: int | None = None,
          cache: str | Path | None = None, keep_mentions: bool = True,
          root: Path | None = None) -> RunResult:
    """Check the documents ``paths`` name against ``facts`` (``plan``, then ``run``)."""
    planned = plan(paths, facts, exclude=exclude, changed_since=changed_since, root=root)
    return run(planned, jobs=jobs, cache=cache, keep_mentions=keep_mentions)


def report(result: RunResult, facts: CompiledFacts, root: Path | None = None, *,
           rules: Collection[str] | None = None, baseline: Baseline | None = None,
           show_unread: bool = False) -> Report:
    """What of ``result`` counts: inline suppressions applied (unused ones reported), only
    the rule codes in ``rules`` (None: all), the ``baseline`` applied, and with
    ``show_unread`` the unread mentions listed. Reporters render this."""
    return build_report(result, facts, root or repository_root(Path.cwd()), rules=rules,
                        baseline=baseline, show_unread=show_unread)


def matrix(result: RunResult, facts: CompiledFacts, root: Path | None = None) -> Matrix:
    """The fact-by-document matrix of a run made with ``keep_mentions=True``."""
    return build(result, report(result, facts, root), facts)


__all__ = ["Plan", "check", "job_count", "load_facts", "matrix", "plan", "report", "run"]
