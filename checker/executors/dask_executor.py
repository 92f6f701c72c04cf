"""Checking the documents on a dask.distributed cluster: ``--executor dask``.

Needs the ``dask`` extra (``pip install 'factlint[dask]'``) on the machine
that runs factlint and on every worker, with the same factlint version:
the workers run factlint's own checks. The facts are compiled once, here,
and sent to every worker once; each worker reads its documents where they
are and sends back only their results, in batches. The findings are the
same as a local run's, in the same order (the corpus checks, such as
disagreements between documents, run here on the gathered results).

Start a cluster (or use one you have: any dask.distributed scheduler)::

    pip install 'factlint[dask]'              # here and on every worker
    dask scheduler                            # prints its address: tcp://10.0.0.5:8786
    dask worker tcp://10.0.0.5:8786           # on each machine (--nworkers N --nthreads 1)

then check, from the folder holding ``facts.yaml``::

    factlint check --executor dask --scheduler tcp://10.0.0.5:8786 docs/
    factlint check --executor dask --scheduler tcp://10.0.0.5:8786 s3://reports/2024/

Where documents are read:

* A local path (a file or a folder, found here as in a local run) is read
  by the worker from its own filesystem at the same absolute path: the
  workers need the documents on shared storage (NFS, a mounted volume).
  A worker that cannot see a file stops the run with exit code 2.
* An fsspec URL (``s3://bucket/a.pdf``, ``gs://...``, ``file:///srv/docs/a.txt``,
  ``memory://...``) is read by the worker with fsspec; install the
  protocol's package (``s3fs``, ``gcsfs``) and its credentials on every
  worker, and here, where the URLs are listed. A URL of a folder (``s3://b/docs/``)
  or a glob (``s3://b/docs/*.md``, ``s3://b/**/*.pdf``) lists the documents
  in the formats factlint reads (hidden files and ``--exclude`` skipped); a
  URL of one file is checked whatever its extension. Findings show the
  URL as the path, and a ``documents:`` glob in facts.yaml matches a URL
  by its path after the protocol (``bucket/docs/a.pdf``; a ``file://``
  URL as the local path it names).

The cache (``.factlint_cache/``) is neither read nor written: every
document is checked on the cluster. ``--jobs`` does not apply; the
cluster's workers and threads decide the parallelism.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import re
import socket
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from checker import readers
from checker.compiled import CompiledFacts
from checker.engine import check_document, check_source, unreadable
from checker.finding import Finding
from checker.records import Source
from checker.results import DocumentResult

EXTRA = "the dask executor needs the 'dask' extra: pip install 'factlint[dask]'"
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
_GLOB = re.compile(r"[*?\[]")
IN_FLIGHT = 4  # batches submitted ahead per worker thread: bounds the cluster's memory, keeps it busy


class ExecutorError(Exception):
    """The cluster cannot do the run (no extra, no scheduler, no workers, a
    document a worker cannot see); the CLI prints it and exits 2."""


@dataclass(frozen=True)
class UrlSource(Source):
    """A document a worker reads with fsspec. ``path`` is the URL's path
    after the protocol (for the reader's choice and ``documents:`` globs)."""

    url: str = ""


def is_url(text: str) -> bool:
    """Whether a command-line path is an fsspec URL (``protocol://...``)."""
    return bool(_URL.match(text))


def _require(module: str):
    try:
        return __import__(module)
    except ImportError:
        raise ExecutorError(EXTRA) from None


# Listing URLs, here ------------------------------------------------------------------------------

def _excluded(parts: Sequence[str], url: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(part, p) for part in parts for p in patterns) or any(
        fnmatch.fnmatch(url, p) for p in patterns)


def url_sources(urls: Sequence[str], exclude: Sequence[str] = ()) -> list[Source]:
    """The documents named by fsspec URLs, in a stable order, each once.

    A glob or a folder lists the files in the formats factlint reads; a
    file is taken whatever its extension; a URL naming nothing is an error.
    """
    fsspec = _require("fsspec")
    from fsspec.implementations.local import LocalFileSystem

    sources: list[Source] = []
    seen: set[str] = set()

    def add(path: str, shown: str) -> None:
        if shown not in seen:
            seen.add(shown)
            local = isinstance(fs, LocalFileSystem)  # file://: globs match as for the path itself
            sources.append(UrlSource(Path(path if local else path.lstrip("/")), shown, None, shown))

    for url in urls:
        try:
            fs, path = fsspec.core.url_to_fs(url)
            if _GLOB.search(path):
                info = fs.glob(path, detail=True)
                found = sorted(name for name, meta in info.items() if meta.get("type") == "file")
                base = path[:_GLOB.search(path).start()].rpartition("/")[0]
            elif fs.isdir(path):
                found, base = sorted(fs.find(path)), path.rstrip("/")
            elif fs.exists(path):
                if not _excluded([path.rpartition("/")[2]], url, exclude):
                    add(path, url)
                continue
            else:
                raise ExecutorError(f"no such file or folder: {url}")
        except (ImportError, ValueError, OSError) as err:  # no such protocol, no s3fs, no access
            raise ExecutorError(f"{url}: {err}") from None
        for name in found:
            parts = name[len(base):].strip("/").split("/") if name.startswith(base) else [name]
            if (any(part.startswith(".") for part in parts) or not readers.supported(Path(name))
                    or _excluded(parts, fs.unstrip_protocol(name), exclude)):
                continue
            add(name, fs.unstrip_protocol(name))
    return sources


# Checking, on a worker ---------------------------------------------------------------------------

def _unread(source: Source, facts: CompiledFacts, reason: str) -> tuple[DocumentResult, list[Finding]]:
    """What a local run reports for a document it cannot read."""
    result = unreadable(source, facts, reason)
    return result, check_document(result, facts)


def _check_one(source: Source, facts: CompiledFacts,
               slim_to: frozenset[str] | None = None) -> tuple[DocumentResult, list[Finding]]:
    if isinstance(source, UrlSource):
        import fsspec
        try:
            with fsspec.open(source.url, "rb") as handle:
                data = handle.read(readers.MAX_BYTES + 1)  # one byte more: readers says it is too large
        except FileNotFoundError:
            return _unread(source, facts, "no such file")
        except PermissionError:
            return _unread(source, facts, "permission denied")
        except OSError as err:
            return _unread(source, facts, f"cannot be read: {err.strerror or err}")
        return check_source(dataclasses.replace(source, data=data), facts, slim_to=slim_to)
    if source.data is None and not source.path.exists():
        raise ExecutorError(
            f"the dask worker on {socket.gethostname()} cannot see {source.path}: local paths are "
            "read by the workers, which need the same files at the same absolute path (shared "
            "storage); or give fsspec URLs (s3://..., file://...)")
    return check_source(source, facts, slim_to=slim_to)


def check_batch(batch: Sequence[Source], facts: CompiledFacts,
                slim_to: frozenset[str] | None = None) -> list[tuple[DocumentResult, list[Finding]]]:
    """One task: a few documents read and checked on a worker, without a cache."""
    return [_check_one(source, facts, slim_to) for source in batch]


# Driving the cluster, here -----------------------------------------------------------------------

def _portable(source: Source) -> Source:
    """The source as a worker, in another folder, must see it: local paths made absolute."""
    if isinstance(source, UrlSource) or source.data is not None:
        return source
    return dataclasses.replace(source, path=source.path.absolute())


def _portable_facts(facts: CompiledFacts) -> CompiledFacts:
    """The facts with an absolute facts-file path (``documents:`` globs are relative to it)."""
    return dataclasses.replace(facts, file=dataclasses.replace(facts.file,
                                                               path=facts.file.path.absolute()))


def _stream(client, sources: Sequence[Source], facts: CompiledFacts,
            slim_to: frozenset[str] | None) -> Iterator:
    try:
        shared = client.scatter(_portable_facts(facts), broadcast=True)
    except TimeoutError:
        raise ExecutorError(f"no dask worker is connected to the scheduler at {client.scheduler.address}"
                            ) from None
    threads = sum(client.nthreads().values()) or 1
    size = max(1, min(32, len(sources) // (threads * 8)))
    window: deque = deque()
    for start in range(0, len(sources), size):
        batch = [_portable(s) for s in sources[start:start + size]]
        window.append(client.submit(check_batch, batch, shared, slim_to, pure=False))
        if len(window) >= threads * IN_FLIGHT:
            yield from window.popleft().result()
    while window:
        yield from window.popleft().result()


def dask_executor(address: str) -> Callable:
    """An executor (``engine.check_here``'s contract) running on the scheduler at ``address``.

    Raises ``ExecutorError`` now when the extra is missing; connects when
    the run starts and closes the connection when it ends.
    """
    distributed = _require("distributed")

    def checked(sources: Sequence[Source], facts: CompiledFacts, jobs: int = 1, cache=None,
                slim_to: frozenset[str] | None = None):
        """(result, findings) per source, in order; ``jobs`` and ``cache`` do not apply."""
        if not sources:
            return
        try:
            client = distributed.Client(address, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as err:
            raise ExecutorError(f"cannot reach the dask scheduler at {address}: {err}") from None
        try:
            yield from _stream(client, sources, facts, slim_to)
        finally:
            client.close()

    return checked
