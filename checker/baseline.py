"""The baseline: findings a team has accepted, so CI fails only on new ones.

A baseline is a JSON file of entries (fingerprint, code, fact, path,
excerpt, and an optional ``reason``), sorted and written deterministically
so that it diffs cleanly in review. A finding whose fingerprint is in the
baseline is silenced (kept in SARIF as ``baselineState: unchanged``); an
entry no finding matches any more is *stale*: the problem was fixed, and
``factlint baseline prune`` removes it. Nothing here ever adds an entry
except ``write``; ``prune`` only removes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from checker.finding import Finding
from checker.records import Silenced, StaleEntry

FORMAT_VERSION = 1
DEFAULT_FILE = "factlint-baseline.json"


class BaselineError(Exception):
    """A baseline file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class Baseline:
    entries: tuple[StaleEntry, ...]  # every entry has the shape of a stale one

    def fingerprints(self) -> dict[str, StaleEntry]:
        return {entry.fingerprint: entry for entry in self.entries}


def load(path: Path) -> Baseline:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such baseline file (make one with "
                            f"'factlint baseline write --baseline {path}')") from None
    except (OSError, UnicodeDecodeError) as err:
        raise BaselineError(f"{path}: cannot read the baseline: {err}") from None
    except json.JSONDecodeError as err:
        raise BaselineError(f"{path}:{err.lineno}:{err.colno}: not a valid baseline: {err.msg}") from None
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION \
            or not isinstance(data.get("entries"), list):
        raise BaselineError(f"{path}: not a factlint baseline (expected "
                            f'{{"version": {FORMAT_VERSION}, "entries": [...]}})')
    entries = []
    for index, item in enumerate(data["entries"]):
        if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str):
            raise BaselineError(f"{path}: entries[{index}] has no fingerprint")
        entries.append(StaleEntry(item["fingerprint"], str(item.get("code", "")),
                                  str(item.get("fact", "")), str(item.get("path", "")),
                                  str(item.get("excerpt", "")), str(item.get("reason", ""))))
    return Baseline(tuple(entries))


def entry_for(finding: Finding, reason: str = "") -> StaleEntry:
    return StaleEntry(finding.fingerprint, finding.code, finding.fact, finding.path,
                      finding.excerpt or finding.message, reason)


def render(entries: Iterable[StaleEntry]) -> str:
    """The baseline file's text: sorted, deterministic, one key order."""
    items = []
    for entry in sorted(entries, key=lambda e: (e.path, e.code, e.fact, e.fingerprint)):
        item = {"fingerprint": entry.fingerprint, "code": entry.code, "fact": entry.fact,
                "path": entry.path, "excerpt": entry.excerpt}
        if entry.reason:
            item["reason"] = entry.reason
        items.append(item)
    return json.dumps({"version": FORMAT_VERSION, "entries": items}, indent=2, ensure_ascii=False) + "\n"


def written(findings: Sequence[Finding], previous: Baseline | None) -> list[StaleEntry]:
    """Entries for today's findings, keeping the reasons already given."""
    reasons = {e.fingerprint: e.reason for e in previous.entries} if previous else {}
    unique = {f.fingerprint: f for f in findings}
    return [entry_for(f, reasons.get(fp, "")) for fp, f in unique.items()]


def apply(findings: Sequence[Finding], baseline: Baseline) -> tuple[list[Silenced], list[StaleEntry]]:
    """(findings the baseline silences, baseline entries no finding matches)."""
    known = baseline.fingerprints()
    silenced = [Silenced(f, "baseline", known[f.fingerprint].reason)
                for f in findings if f.fingerprint in known]
    found = {f.fingerprint for f in findings}
    stale = [entry for entry in baseline.entries if entry.fingerprint not in found]
    return silenced, stale


def pruned(baseline: Baseline, findings: Sequence[Finding]) -> list[StaleEntry]:
    """The baseline without its stale entries: only ever removes."""
    found = {f.fingerprint for f in findings}
    return [entry for entry in baseline.entries if entry.fingerprint in found]
