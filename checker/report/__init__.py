"""The reporters, one pure function per format: ``render(report) -> str``.

``report`` is a ``checker.records.Report``: the findings that count,
the summary, the documents and facts checked, and what was silenced.

The CLI picks one by name and prints what it returns; nothing else prints.
A reporter may also have ``chunks(report)``: the same text in pieces, which
the CLI writes as they come (see ``pieces``).
The registry names modules rather than importing them, so that a run
imports only the reporter it uses (start-up time matters in pre-commit).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import import_module

MODULES = {
    "table": "table",
    "json": "json_report",
    "sarif": "sarif",
    "junit": "junit",
    "github": "github",
    "gitlab": "gitlab",
    "markdown": "markdown",
}


def renderer(name: str) -> Callable:
    """The ``render`` function of the reporter called ``name``."""
    return import_module(f"checker.report.{MODULES[name]}").render


def pieces(name: str) -> Callable[..., Iterable[str]]:
    """The reporter ``name`` as a function giving its text in pieces, to write one by one.

    A reporter whose output can be large (JSON) also has ``chunks(report)``,
    its ``render`` text a piece at a time; for the others this is ``render``'s
    text in one piece.
    """
    module = import_module(f"checker.report.{MODULES[name]}")
    return getattr(module, "chunks", None) or (lambda report: (module.render(report),))
