"""One stable fingerprint per finding, shared by SARIF, GitLab and the baseline.

A baseline or a code-scanning alert must survive edits that do not touch
the finding: a paragraph added above it moves its line but not its
fingerprint. So the fingerprint is made of what the finding *is* (rule
code, the document's repository-relative POSIX path, the fact, the matched
text normalised) and an occurrence number among identical findings in the
same document, never of line numbers.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from checker.finding import Finding


def repository_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` holding ``.git``, else ``start``."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return start


def repository_path(path: str, root: Path) -> str:
    """``path`` relative to ``root``, in POSIX form (as SARIF and GitLab want it).

    A URL (``s3://bucket/a.pdf``, read by the dask executor) is its own stable
    name and is kept as it is.
    """
    if "://" in path:
        return path
    absolute = Path(path).resolve()
    try:
        return PurePosixPath(absolute.relative_to(root).as_posix()).as_posix()
    except ValueError:
        return Path(os.path.relpath(absolute, root)).as_posix()


def _normalised(text: str) -> str:
    return " ".join(text.lower().split())


def fingerprint(code: str, path: str, fact: str, matched: str, occurrence: int) -> str:
    material = "\x1f".join((code, path, fact, _normalised(matched), str(occurrence)))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:32]


def with_fingerprints(findings: Iterable[Finding], root: Path) -> list[Finding]:
    """The findings, in their order, each with its fingerprint set."""
    seen: Counter = Counter()
    stamped = []
    for finding in findings:
        path = repository_path(finding.path, root)
        key = (finding.code, path, finding.fact, _normalised(finding.found or finding.message))
        seen[key] += 1
        stamped.append(dataclasses.replace(
            finding, fingerprint=fingerprint(*key, seen[key])))
    return stamped
