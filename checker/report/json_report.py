"""The findings as one JSON object: the contract CI scripts parse.

``{"version": 1, "findings": [...], "summary": {...}}``; each finding has
code, name, fact, severity, path, line, column, end_line, end_column,
message, expected, found, excerpt, then fingerprint (and page, for paged
formats). When findings were silenced (baseline, inline comment) the
object also has ``silenced``; with a baseline, ``stale``. Keys are only
ever added, never renamed or removed.
"""

from __future__ import annotations

import json
from dataclasses import asdict

from checker.report.model import Report

FORMAT_VERSION = 1


def render(report: Report) -> str:
    data = {"version": FORMAT_VERSION,
            "findings": [f.as_dict() for f in report.findings],
            "summary": report.summary}
    if report.silenced:
        data["silenced"] = [{**s.finding.as_dict(), "silenced_by": s.kind, "reason": s.reason}
                            for s in report.silenced]
    if "stale" in report.summary:
        data["stale"] = [asdict(entry) for entry in report.stale]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
