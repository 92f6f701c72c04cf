"""The reporters, one pure function per format: ``render(report) -> str``.

``report`` is a ``checker.report.model.Report``: the findings that count,
the summary, the documents and facts checked, and what was silenced.

The CLI picks one by name and prints what it returns; nothing else prints.
"""

from __future__ import annotations

from checker.report import github, gitlab, json_report, junit, markdown, sarif, table

REPORTERS = {
    "table": table.render,
    "json": json_report.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
    "gitlab": gitlab.render,
    "markdown": markdown.render,
}
