"""Which files a run checks.

Explicit files are checked whatever their extension; folders are walked
for the formats factlint reads, skipping hidden files and folders (``.git``
among them) and whatever matches an ``--exclude`` glob (by name, or by path
from the current folder: ``drafts``, ``*.bak``, ``archive/2015/*``). With
no paths, the folder of the facts file is searched: its ``seeds/`` folder
if it has one, else the folder itself.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Sequence
from pathlib import Path

from checker import readers
from checker.records import Source


class MissingPath(Exception):
    """A path given on the command line that does not exist."""


def _shown(path: Path) -> str:
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()


def excluded(path: Path, patterns: Sequence[str]) -> bool:
    """Whether ``path`` matches an exclude glob, by its name or its path from here."""
    shown = _shown(path)
    return any(fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(shown, p)
               or fnmatch.fnmatch(shown, p.rstrip("/") + "/*") for p in patterns)


def _walk(folder: Path, patterns: Sequence[str]) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and not excluded(Path(root) / d, patterns))
        for name in sorted(files):
            path = Path(root) / name
            if not name.startswith(".") and readers.supported(path) and not excluded(path, patterns):
                found.append(path)
    return found


def discover(paths: Sequence[str], facts_file: Path, exclude: Sequence[str] = ()) -> list[Source]:
    """The documents to check, in a stable order, each once, none excluded."""
    sources: list[Source] = []
    seen: set[Path] = set()

    def add(path: Path, shown: str) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            sources.append(Source(path, shown))

    if not paths:
        base = facts_file.parent
        folder = base / "seeds" if (base / "seeds").is_dir() else base
        for path in _walk(folder, exclude):
            add(path, _shown(path))
        return sources
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in _walk(path, exclude):
                add(found, _shown(found))
        elif path.exists():
            if not excluded(path, exclude):
                add(path, given)
        else:
            raise MissingPath(given)
    return sources
