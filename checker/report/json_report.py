"""The findings as one JSON object: the contract CI scripts parse.

``{"version": 1, "findings": [...], "summary": {...}}``; each finding has
code, name, fact, severity, path, line, column, end_line, end_column,
message, expected, found, excerpt (and page, for paged formats). Keys are
only ever added, never renamed or removed.
"""

from __future__ import annotations

import json

from checker.report.model import Report

FORMAT_VERSION = 1


def render(report: Report) -> str:
    data = {"version": FORMAT_VERSION,
            "findings": [f.as_dict() for f in report.findings],
            "summary": report.summary}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
