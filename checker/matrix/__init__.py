"""The corpus at a glance: the fact-by-document matrix and its three renderers.

``cells`` builds the matrix from a finished run and its report (one row per
fact, one column per document, each cell a state, worst first); the
renderers only draw it: ``table`` for a terminal, ``json_data`` for
scripts, ``html_page`` (with ``matrix.js`` and ``matrix.css``, inlined) for
a browser. ``RENDERERS`` names the modules rather than importing them, so
that a run imports only the renderer it uses.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

RENDERERS = {"table": "table", "html": "html_page", "json": "json_data"}


def renderer(name: str) -> Callable:
    """The ``render(matrix, ...)`` function of the format called ``name``."""
    return import_module(f"checker.matrix.{RENDERERS[name]}").render
