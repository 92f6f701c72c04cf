"""What a run works on and what it produced, as every later stage reads them.

The engine makes ``RunResult``s from ``Source``s; ``checker.outcome`` decides
what of a result counts and makes the ``Report``, which every reporter
renders; the baseline's entries have the shape of a ``StaleEntry``. These
records sit below all of them, so that the layer that decides what counts
never depends on the one that presents it. Reporters are pure functions
``render(report) -> str``: they never read files, the environment or the
clock, so the same run renders the same text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from checker import __version__
from checker.finding import SEVERITY_RANK, Finding
from checker.results import DocumentResult


@dataclass(frozen=True)
class Source:
    """A document to check: where it is, and how findings show its path."""

    path: Path
    shown: str
    data: bytes | None = None  # the bytes, when they come from standard input


@dataclass(frozen=True)
class RunResult:
    """Everything a run found: findings sorted by place, and each document's record."""

    findings: tuple[Finding, ...]
    documents: tuple[DocumentResult, ...]
    facts: int

    def summary(self) -> dict:
        return summary(self.findings, len(self.documents), self.facts)


def keep_findings(result: RunResult, keep: Callable[[Finding], bool]) -> RunResult:
    """The same run with only the findings ``keep`` accepts."""
    return RunResult(tuple(f for f in result.findings if keep(f)), result.documents, result.facts)


def summary(findings: Sequence[Finding], documents: int, facts: int,
            mentions: dict | None = None, **extra: int) -> dict:
    """The summary object of every format (keys only ever added)."""
    by_severity = {name: 0 for name in sorted(SEVERITY_RANK, key=SEVERITY_RANK.get, reverse=True)}
    for finding in findings:
        by_severity[finding.severity] += 1
    result = {"documents": documents, "facts": facts, "findings": len(findings),
              "by_severity": by_severity}
    if mentions is not None:
        result["mentions"] = mentions
    return {**result, **extra}


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
