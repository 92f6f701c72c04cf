"""From command-line options and settings to a run: facts, documents, executor.

Options override settings (``factlint.toml`` or ``[tool.factlint]`` in
pyproject.toml), which override defaults.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from pathlib import Path

from checker.commands import UsageError


def option(args, settings, name: str, default):
    value = getattr(args, name.replace("-", "_"), None)
    return value if value not in (None, []) else settings.get(name, default)


def selected_rules(args, settings) -> set[str] | None:
    from checker.checks import BY_CODE, resolve

    select = [r for group in args.select for r in group] or settings.get("select", [])
    ignore = [r for group in args.ignore for r in group] or settings.get("ignore", [])
    if not select and not ignore:
        return None
    try:
        return (resolve(select) if select else set(BY_CODE)) - resolve(ignore)
    except ValueError as err:
        raise UsageError(f"factlint: {err}") from None


def run_documents(args, settings, keep_mentions: bool = False):
    """Load the facts, find the documents and check them: (result, facts, root).

    Mentions are dropped once each document is checked (bounded memory),
    unless ``keep_mentions`` (the matrix report draws them all).
    """
    from checker.discover import MissingPath, discover
    from checker.engine import run
    from checker.fingerprint import repository_root
    from checker.records import Source

    executor = chosen_executor(args)
    facts = compiled_facts(option(args, settings, "facts", "facts.yaml"))
    root = repository_root(Path.cwd())
    excludes = list(settings.get("exclude", [])) + args.exclude
    paths = [p for p in args.paths if p != "-"]
    urls = [p for p in paths if executor and is_url(p)]
    paths = [p for p in paths if p not in urls]
    try:
        sources = discover(paths, facts.file.path, excludes) if paths or len(args.paths) == 0 else []
    except MissingPath as err:
        raise UsageError(f"factlint: no such file or folder: {err}") from None
    if urls:
        sources += url_sources(urls, excludes)
    if "-" in args.paths:
        name = args.stdin_name or "stdin.txt"
        sources.insert(0, Source(Path(name), name, sys.stdin.buffer.read()))
    changed_facts = None
    if getattr(args, "changed_since", None):
        from checker.changes import ChangesError, changes_since
        try:
            with tempfile.TemporaryDirectory() as scratch:
                changes = changes_since(args.changed_since, root, facts.file, Path(scratch))
        except ChangesError as err:
            raise UsageError(f"factlint: --changed-since {args.changed_since}: {err}") from None
        if not changes.facts_file_changed:
            sources = [s for s in sources if s.path.resolve() in changes.paths]
        else:
            changed_facts = (changes.facts, {s.shown for s in sources if s.path.resolve() in changes.paths})
    result = run(sources, facts, root, jobs=job_count(args, sources),
                 cache=open_cache(args, facts), progress=progress_bar(args, sources), executor=executor,
                 keep_mentions=keep_mentions)
    if changed_facts:
        from checker.records import keep_findings
        ids, paths = changed_facts
        result = keep_findings(result, lambda f: f.path in paths or f.fact in ids)
    return result, facts, root


def compiled_facts(path):
    """The facts file at ``path``, loaded and compiled, with Python's cyclic garbage
    collector kept out of the way.

    Loading a facts file makes hundreds of thousands of small objects and none
    of them is garbage: the collector, run every few hundred allocations, took
    two thirds of the time to load 10,000 facts. The facts then live as long
    as the run, so they are frozen out of every later collection (which would
    otherwise walk them again and again while documents are checked, and, in
    forked workers, touch their pages).
    """
    from checker.compiled import CompiledFacts
    from checker.facts.loader import load_facts

    gc.disable()
    try:
        return CompiledFacts.build(load_facts(path))
    finally:
        gc.enable()
        gc.freeze()


def chosen_executor(args):
    """With ``--executor dask``: an executor running on the cluster (its errors exit 2); else None."""
    if getattr(args, "executor", "local") != "dask":
        if getattr(args, "scheduler", None):
            raise UsageError("factlint: --scheduler needs --executor dask")
        return None
    if not args.scheduler:
        raise UsageError("factlint: --executor dask needs --scheduler ADDRESS "
                         "(a dask.distributed scheduler, such as tcp://host:8786)")
    from checker.executors.dask_executor import ExecutorError, dask_executor
    try:
        on_cluster = dask_executor(args.scheduler)
    except ExecutorError as err:
        raise UsageError(f"factlint: {err}") from None

    def checked(*arguments):
        try:
            yield from on_cluster(*arguments)
        except ExecutorError as err:
            raise UsageError(f"factlint: {err}") from None
    return checked


def is_url(path: str) -> bool:
    from checker.executors.dask_executor import is_url
    return is_url(path)


def url_sources(urls, excludes):
    from checker.executors.dask_executor import ExecutorError, url_sources
    try:
        return url_sources(urls, excludes)
    except ExecutorError as err:
        raise UsageError(f"factlint: {err}") from None


SMALL_CORPUS = 2_000_000  # bytes: below this a process pool costs more than it saves


def job_count(args, sources) -> int:
    jobs = getattr(args, "jobs", None)
    if jobs is not None:
        if jobs < 1:
            raise UsageError("factlint: --jobs must be at least 1")
        return jobs
    total = 0
    for source in sources:
        try:
            total += len(source.data) if source.data is not None else source.path.stat().st_size
        except OSError:
            pass
    return 1 if total < SMALL_CORPUS else (os.cpu_count() or 1)


def open_cache(args, facts):
    if getattr(args, "no_cache", True):  # --no-cache, or a command that keeps no cache
        return None
    from checker.cache import FOLDER, Cache
    return Cache(Path(FOLDER), facts.file)


def progress_bar(args, sources):
    """A progress bar on stderr, only for a person at a terminal (never in CI logs)."""
    if getattr(args, "quiet", True) or not (sys.stderr.isatty() and sys.stdout.isatty()):
        return None
    from checker.progress import ProgressBar
    return ProgressBar(sources)


def baseline_path(args, settings) -> Path:
    from checker.baseline import DEFAULT_FILE
    return Path(option(args, settings, "baseline", DEFAULT_FILE))
