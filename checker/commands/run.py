"""From options to a checked run: the one path ``check``, ``report`` and ``baseline`` share.

The library (``checker.api``) raises; here its errors become usage errors
(exit 2, one line), and a person at a terminal gets a progress bar.
"""

from __future__ import annotations

import sys

from checker.commands.options import Options
from checker.commands.status import UsageError


def load_facts(options: Options):
    """The compiled facts (a broken facts file raises ``FactsError``, which the CLI prints)."""
    from checker import api

    return api.load_facts(options.facts)


def executor(options: Options):
    """With ``--executor dask``: an executor running on the cluster (its errors exit 2); else None."""
    if options.scheduler is None:
        return None
    from checker.executors.dask_executor import ExecutorError, dask_executor
    try:
        on_cluster = dask_executor(options.scheduler)
    except ExecutorError as err:
        raise UsageError(f"factlint: {err}") from None

    def checked(*arguments):
        try:
            yield from on_cluster(*arguments)
        except ExecutorError as err:
            raise UsageError(f"factlint: {err}") from None
    return checked


def checked_run(options: Options, keep_mentions: bool = False):
    """Load the facts, find the documents and check them: (result, facts, root).

    Mentions are dropped once each document is checked (bounded memory),
    unless ``keep_mentions`` (the matrix draws them all).
    """
    from checker import api
    from checker.cache import FOLDER
    from checker.changes import ChangesError
    from checker.discover import MissingPath
    from checker.executors.dask_executor import ExecutorError

    on_cluster = executor(options)
    facts = load_facts(options)
    stdin = sys.stdin.buffer.read() if "-" in options.paths else None
    try:
        planned = api.plan(options.paths, facts, exclude=options.exclude, stdin=stdin,
                           stdin_name=options.stdin_name, urls=on_cluster is not None,
                           changed_since=options.changed_since)
    except MissingPath as err:
        raise UsageError(f"factlint: no such file or folder: {err}") from None
    except ChangesError as err:
        raise UsageError(f"factlint: --changed-since {options.changed_since}: {err}") from None
    except ExecutorError as err:
        raise UsageError(f"factlint: {err}") from None
    result = api.run(planned, jobs=options.jobs, cache=FOLDER if options.cache else None,
                     progress=progress_bar(options, planned.sources), executor=on_cluster,
                     keep_mentions=keep_mentions)
    return result, facts, planned.root


def progress_bar(options: Options, sources):
    """A progress bar on stderr, only for a person at a terminal (never in CI logs)."""
    if not options.progress or not (sys.stderr.isatty() and sys.stdout.isatty()):
        return None
    from checker.progress import ProgressBar
    return ProgressBar(sources)
