"""The findings as GitHub Actions workflow commands: annotations on the pull request diff.

One line per counted finding::

    ::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=CODE name::MESSAGE

(``warning`` and ``notice`` for the other severities), errors first, then
warnings, then notices, each group in report order. Escaping follows
``@actions/core`` (``toCommandValue``/``escapeData``/``escapeProperty``):
a message or value with a newline or a ``::`` would otherwise end the
command early or start another. Silenced findings are not printed: an
annotation is a request to act.
"""

from __future__ import annotations

from checker.finding import SEVERITY_RANK, Finding
from checker.records import Report

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """A command's message: ``%``, CR and LF escaped (``%`` first, so escapes survive)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value: as a message, and ``:`` and ``,`` too (they delimit properties)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(finding: Finding, path: str) -> str:
    properties = {"file": path, "line": finding.line, "col": finding.column,
                  "endLine": finding.end_line, "endColumn": finding.end_column,
                  "title": f"{finding.code} {finding.name}"}
    joined = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{COMMANDS.get(finding.severity, 'warning')} {joined}::{escape_data(finding.message)}"


def render(report: Report) -> str:
    ordered = sorted(report.findings, key=lambda f: -SEVERITY_RANK.get(f.severity, 1))  # stable
    return "".join(command(f, report.repository_path(f.path)) + "\n" for f in ordered)
