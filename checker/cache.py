"""A cache of per-document results, so an unchanged document is not read again.

CI checks a folder of documents on every pull request, mostly unchanged
since the last run. A document's result (its mentions, values and the
findings of the document checks) depends only on its bytes, the path it is
shown under, the facts and factlint's version, so that is the key:
``sha256(version, code hash, facts hash, shown path, content hash)``. The facts hash is
taken from the parsed facts (comments and layout of facts.yaml do not
matter). Corpus checks (disagreement) are always recomputed from the
cached results.

The cache lives in ``.factlint_cache/`` (with its own ``.gitignore``).
Entries are written to a temporary file and renamed, so concurrent runs
never see half an entry; an entry that cannot be read is ignored and
rewritten, never fatal. Entries are pickles: the folder must be as trusted
as the project's own files.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
import pickle
import shutil
import tempfile
from pathlib import Path

from checker import __version__
from checker.facts.model import FactsFile

FOLDER = ".factlint_cache"


def facts_hash(facts: FactsFile) -> str:
    """A hash of what the facts mean, not of how the file is laid out."""
    normal = (
        tuple(dataclasses.replace(spec, line=0) for spec in facts.documents),
        tuple(dataclasses.replace(fact, line=0) for fact in facts.facts),
        str(facts.path.parent.resolve()),  # document globs are relative to it
    )
    return hashlib.sha256(repr(normal).encode("utf-8")).hexdigest()


@functools.cache
def code_hash() -> str:
    """A hash of factlint's own source: a changed reader or check invalidates the cache
    even when the version number did not move (a development install)."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class Cache:
    """Per-document results on disk, under ``folder``."""

    def __init__(self, folder: Path, facts: FactsFile) -> None:
        self.folder = folder
        self._salt = f"{__version__}\x1f{code_hash()}\x1f{facts_hash(facts)}"
        self.hits = 0
        self.misses = 0

    def key(self, shown: str, data: bytes, slim: bool = False) -> str:
        """The entry of a document; ``slim`` results (``check``'s) and whole ones (``report``'s)
        are kept apart."""
        content = hashlib.sha256(data).hexdigest()
        kind = "slim" if slim else "whole"
        return hashlib.sha256(f"{self._salt}\x1f{kind}\x1f{shown}\x1f{content}".encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str):
        try:
            with self._path(key).open("rb") as handle:
                value = pickle.load(handle)
        except Exception:  # missing, half-written by a killed run, from another version...
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# made by factlint: the cache is never committed\n*\n")
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except OSError:
            pass  # a read-only folder or a full disk: run without the cache


def clear(folder: Path) -> bool:
    """Remove the cache folder; whether there was one."""
    if not folder.exists():
        return False
    shutil.rmtree(folder, ignore_errors=True)
    return True
