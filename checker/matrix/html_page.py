"""The matrix as one self-contained HTML page (``factlint report --format html``).

Python writes the parts that never change once the run is over (the
summary, the legend, the empty controls) and embeds the matrix data
(``Matrix.as_dict()``) as JSON in a ``<script type="application/json">``;
the script (``matrix.js``) and the style sheet (``matrix.css``), both
inlined, draw everything else in the browser: the grid, the filters, the
detail panel, the per-document view and the facts table.

The page loads nothing: no fonts, images, style sheets or scripts from
anywhere, and a Content-Security-Policy of ``default-src 'none'`` says so
to the browser. The grid shows one page of rows and one page of columns at
a time (50 facts x 25 documents by default), so 1,000 facts x 500
documents stay fast: the DOM never holds more than a page of cells.

Document text is untrusted: it only reaches the page as JSON (with ``<``,
``>`` and ``&`` written as ``\\u003c`` etc., so nothing in it can close the
script element) and the script inserts it as text, never as markup.
"""

from __future__ import annotations

import json
from collections import Counter
from html import escape
from importlib.resources import files
from string import Template

from checker.matrix.cells import BY_CODE, STATES, SYMBOLS, Matrix

LABELS = {"conflicts": "conflicts", "missing": "missing", "variant": "variant", "unread": "unread",
          "agrees": "agrees", "no-value": "no value", "not-mentioned": "not mentioned"}
MEANINGS = {
    "conflicts": "a value contradicts the record or the other documents",
    "missing": "required in this document and never stated",
    "variant": "a misnamed body or a wrong title",
    "unread": "mentioned, a value-like token beside it, nothing read",
    "agrees": "stated, and in agreement",
    "no-value": "mentioned, no value of the fact's type stated",
    "not-mentioned": "the document never mentions the fact",
}

_PAGE = Template("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<link rel="icon" href="data:,">
<title>$title</title>
<style>
$css</style>
</head>
<body>
<a class="skip" href="#grid-scroller">Skip to the matrix</a>
<header class="top">
<h1>factlint: facts &times; documents</h1>
<p class="muted">$subtitle</p>
</header>
<main>
<section id="summary" aria-labelledby="summary-title">
<h2 id="summary-title">Summary</h2>
$summary
</section>
<section id="matrix" aria-labelledby="matrix-title">
<h2 id="matrix-title">Matrix</h2>
<noscript><p>The matrix, its filters and the document view need JavaScript; the data is in the
page as JSON (<code>script#factlint-data</code>).</p></noscript>
<form id="filters" class="filters" aria-label="Filters" onsubmit="return false">
<fieldset id="f-severity"><legend>Fact severity</legend></fieldset>
<div class="field"><label for="f-rule">Rule</label>
<select id="f-rule" aria-describedby="f-rule-help"></select>
<span id="f-rule-help" class="help">hides the other cells, and facts and documents left empty</span></div>
<div class="field"><label for="f-document">Document</label><select id="f-document"></select></div>
<div class="field"><label for="f-search">Find fact</label>
<input id="f-search" type="search" placeholder="id or words of the claim" autocomplete="off"></div>
<div class="field check"><input id="f-empty" type="checkbox">
<label for="f-empty">Hide facts and documents with no visible cell</label></div>
$legend
</form>
<div class="pager" role="group" aria-label="Pages of the matrix">
<span class="pages"><button type="button" id="rows-prev">&#9650; Previous facts</button>
<button type="button" id="rows-next">Next facts &#9660;</button>
<label for="rows-size">Facts per page</label><select id="rows-size">
<option>25</option><option selected>50</option><option>100</option></select></span>
<span class="pages"><button type="button" id="cols-prev">&#9664; Previous documents</button>
<button type="button" id="cols-next">Next documents &#9654;</button>
<label for="cols-size">Documents per page</label><select id="cols-size">
<option>10</option><option selected>25</option><option>50</option></select></span>
<p id="status" class="status" role="status" aria-live="polite"></p>
</div>
<p id="grid-help" class="help">Each cell is a button: Enter or Space shows the mentions and
findings behind it; the arrow keys move between cells (and on to the next page at an edge),
Home and End go to the first and last document, Page Up and Page Down to the previous and next
facts; Escape closes the panel.</p>
<div id="grid-scroller" class="scroller" tabindex="-1">
<table id="grid" class="grid" role="grid" aria-labelledby="matrix-title" \
aria-describedby="grid-help"></table>
</div>
</section>
<section id="document-view" aria-labelledby="docview-title">
<h2 id="docview-title" tabindex="-1">Document view</h2>
<div class="field"><label for="docview-select">Document</label>
<select id="docview-select"></select></div>
<div id="docview"></div>
</section>
<section id="facts" aria-labelledby="facts-title">
<h2 id="facts-title">Facts</h2>
<p id="facts-caption" class="help"></p>
<div class="scroller facts-scroller" tabindex="0" role="region" aria-label="Facts table, scrollable">
<table id="facts-table" class="facts" aria-describedby="facts-caption"></table></div>
</section>
</main>
<div id="panel" class="panel" role="dialog" aria-modal="false" aria-labelledby="panel-title" hidden>
<div class="panel-head"><h2 id="panel-title" tabindex="-1"></h2>
<button type="button" id="panel-close">Close <kbd>Esc</kbd></button></div>
<div id="panel-body"></div>
</div>
<script type="application/json" id="factlint-data">$data</script>
<script type="application/json" id="factlint-codes">$codes</script>
<script>
$js</script>
</body>
</html>
""")


def render(matrix: Matrix) -> str:
    summary = matrix.summary
    subtitle = (f"{len(matrix.facts)} facts, {len(matrix.documents)} documents, "
                f"{summary.get('findings', 0)} findings")
    return _PAGE.substitute(
        title=escape(f"factlint report: {subtitle}"), subtitle=escape(subtitle),
        summary=_summary(matrix), legend=_legend(), css=_asset("matrix.css"), js=_asset("matrix.js"),
        data=embed_json(matrix.as_dict()), codes=embed_json(BY_CODE))


def embed_json(data) -> str:
    """JSON safe inside ``<script>``: no ``<``, ``>`` or ``&`` left to end or open an element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _asset(name: str) -> str:
    return files("checker.matrix").joinpath(name).read_text(encoding="utf-8")


def _item(term: str, detail: str) -> str:
    return f"<div><dt>{escape(term)}</dt><dd>{detail}</dd></div>"


def _summary(matrix: Matrix) -> str:
    summary = matrix.summary
    items = [_item("Documents", _count(summary.get("documents", len(matrix.documents)))),
             _item("Facts", _count(summary.get("facts", len(matrix.facts))))]
    unreadable = sum(1 for d in matrix.documents if d.get("unreadable"))
    if unreadable:
        items[0] = _item("Documents", f"{_count(summary.get('documents', 0))} "
                                      f"<span class=\"muted\">({unreadable:,} unreadable)</span>")
    severities = summary.get("by_severity", {})
    badges = " ".join(f'<span class="sev sev-{escape(name)}">{escape(name)} {_count(n)}</span>'
                      for name, n in severities.items())
    items.append(_item("Findings", f"{_count(summary.get('findings', 0))} {badges}"))
    mentions = summary.get("mentions")
    if isinstance(mentions, dict):
        items.append(_item("Mentions", f"{_count(mentions.get('found', 0))} found, "
                                       f"{_count(mentions.get('read', 0))} with a value read, "
                                       f"{_count(mentions.get('unread', 0))} unread"))
    for key, value in summary.items():  # keys added later by the run (they are only ever added)
        if key not in ("documents", "facts", "findings", "by_severity", "mentions") \
                and isinstance(value, int) and not isinstance(value, bool):
            items.append(_item(key.replace("_", " ").capitalize(), _count(value)))
    states = Counter(c.state for c in matrix.cells)
    states["not-mentioned"] = len(matrix.facts) * len(matrix.documents) - len(matrix.cells)
    chips = " ".join(f'<span class="chip s-{s}"><span aria-hidden="true">{SYMBOLS[s]}</span> '
                     f'{LABELS[s]} {_count(states[s])}</span>' for s in STATES if states[s])
    items.append(_item("Cells", chips or "none"))
    return '<dl class="summary">' + "".join(items) + "</dl>"


def _count(n: int) -> str:
    return f"{n:,}" if isinstance(n, int) else escape(str(n))


def _legend() -> str:
    rows = []
    for state in STATES:
        chip = (f'<span class="chip s-{state}"><span class="sym" aria-hidden="true">'
                f'{SYMBOLS[state] or "&nbsp;"}</span> {LABELS[state]}</span>')
        meaning = f'<span class="help">{escape(MEANINGS[state])}</span>'
        if state == "not-mentioned":
            rows.append(f'<li class="state">{chip} {meaning}</li>')
        else:
            rows.append(f'<li class="state"><input type="checkbox" id="f-state-{state}" '
                        f'data-state="{state}" checked><label for="f-state-{state}">{chip} {meaning}'
                        "</label></li>")
    return ('<fieldset id="f-states" class="legend"><legend>Legend: cell states shown</legend>'
            f'<ul>{"".join(rows)}</ul></fieldset>')
