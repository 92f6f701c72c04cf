"""What every reporter receives: one immutable record of a finished run.

Reporters are pure functions ``render(report) -> str``: they never read files,
the environment or the clock, so the same run renders the same text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker import __version__
from checker.finding import Finding


@dataclass(frozen=True)
class DocumentChecked:
    """A document of the run and the facts checked in it (mentioned or required)."""

    path: str
    id: str
    facts: tuple[str, ...] = ()
    unreadable: str = ""


@dataclass(frozen=True)
class Silenced:
    """A finding kept out of the failing set: by the baseline or an inline comment."""

    finding: Finding
    kind: str  # "baseline" | "inline"
    reason: str = ""


@dataclass(frozen=True)
class StaleEntry:
    """A baseline entry that no finding of this run matches any more."""

    fingerprint: str
    code: str
    fact: str
    path: str
    excerpt: str = ""
    reason: str = ""


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]  # the findings that count (new, not silenced)
    summary: dict
    documents: tuple[DocumentChecked, ...] = ()
    silenced: tuple[Silenced, ...] = ()
    stale: tuple[StaleEntry, ...] = ()
    repository_paths: dict[str, str] = field(default_factory=dict)  # shown path -> repo-relative POSIX
    version: str = __version__

    def repository_path(self, path: str) -> str:
        return self.repository_paths.get(path, path)
