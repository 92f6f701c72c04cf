"""The matrix in a terminal: a tabulate grid, folded into pages of columns.

Facts are rows, documents columns. A wide corpus is folded into pages of
as many document columns as fit in ``width`` (100 by default), each page a
grid of its own, so the picture stays readable in an ordinary terminal.
Colour is added only when the caller says the output is a terminal that
wants it (the CLI checks ``isatty`` and ``NO_COLOR``); the state is always
also written as a symbol, never conveyed by colour alone.
"""

from __future__ import annotations

from tabulate import tabulate

from checker.matrix.cells import SYMBOLS, Matrix

COLOURS = {"conflicts": "31", "missing": "33", "variant": "35", "unread": "36", "agrees": "32"}
LEGEND = ("✗ conflicts (value read)   ! required but missing   ~ name variant or wrong title\n"
          "? value-like words not read   ✓ agrees (value read)   · mentioned, no value\n"
          "(blank) not mentioned")
FACT_WIDTH = 28
CELL_WIDTH = 14


def _text(cell, colour: bool) -> str:
    if cell is None:
        return ""
    value = cell.values[0] if cell.values else ""
    if len(value) > CELL_WIDTH - 2:
        value = value[:CELL_WIDTH - 3] + "…"
    text = f"{SYMBOLS[cell.state]} {value}".strip()
    if colour and cell.state in COLOURS:
        return f"\x1b[{COLOURS[cell.state]}m{text}\x1b[0m"
    return text


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def render(matrix: Matrix, colour: bool = False, width: int = 100) -> str:
    per_page = max(1, (width - FACT_WIDTH - 4) // (CELL_WIDTH + 5))  # borders and padding
    documents = [d["id"] for d in matrix.documents]
    cells = {(c.fact, c.document): c for c in matrix.cells}
    out = []
    for first in range(0, max(1, len(documents)), per_page):
        page = documents[first:first + per_page]
        if len(documents) > per_page:
            out.append(f"documents {first + 1}-{first + len(page)} of {len(documents)}")
        rows = [[_short(f["id"], FACT_WIDTH)] + [_text(cells.get((f["id"], d)), colour) for d in page]
                for f in matrix.facts]
        headers = ["fact"] + [_short(d, CELL_WIDTH) for d in page]
        out.append(tabulate(rows, headers=headers, tablefmt="simple_grid", disable_numparse=True))
    summary = matrix.summary
    mentions = summary.get("mentions", {})
    out.append(LEGEND)
    out.append(f"{summary['documents']} documents, {summary['facts']} facts, "
               f"{summary['findings']} findings;\n{mentions.get('found', 0)} mentions found, "
               f"{mentions.get('read', 0)} with a value read, {mentions.get('unread', 0)} unread.")
    return "\n".join(out) + "\n"
