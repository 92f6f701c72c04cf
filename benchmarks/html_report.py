"""How fast the HTML matrix report becomes usable on a large corpus.

Builds a synthetic matrix of 1,000 facts x 500 documents (about 30% of the
cells mentioned, states drawn by a seeded generator, one or two mentions per
cell with a sentence-sized excerpt, a finding behind every conflicting,
missing or variant cell), renders it with ``checker.matrix.html_page``,
opens it in headless Chromium (Debian's ``/usr/bin/chromium`` driven by the
``playwright`` package) and measures the time to interactive: from the
start of navigation until the first cell has keyboard focus and clicking it
has opened the detail panel.

Run: ``python benchmarks/html_report.py [--facts 1000] [--documents 500] [--runs 3]``.
Results go in the README.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.matrix.cells import Cell, FindingView, Matrix, MentionView  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

_TYPES = ("date", "amount", "count", "percentage", "duration", "name")
_STATES = (("agrees", 60), ("no-value", 12), ("conflicts", 10), ("variant", 6), ("unread", 6),
           ("missing", 6))
_WORDS = ("council", "inspection", "budget", "partnership", "service", "report", "review", "board",
          "children", "improvement", "plan", "director", "assessment", "funding", "agreement")


def _value(rng: random.Random, kind: str) -> str:
    if kind == "date":
        return f"{rng.choice(('March', 'June', 'September', 'November'))} {rng.randint(2010, 2024)}"
    if kind == "amount":
        return f"£{rng.randint(1, 999)}.{rng.randint(0, 9)}m"
    if kind == "percentage":
        return f"{rng.randint(1, 99)}%"
    if kind == "duration":
        return f"{rng.randint(1, 12)} years"
    if kind == "name":
        return f"{rng.choice(_WORDS).title()} {rng.choice(_WORDS).title()} Trust"
    return str(rng.randint(2, 5000))


def synthetic_matrix(facts: int = 1000, documents: int = 500, density: float = 0.3,
                     seed: int = 7) -> Matrix:
    """A seeded random Matrix: ``facts`` x ``documents``, ``density`` of the cells present."""
    rng = random.Random(seed)
    docs = tuple({"id": f"doc-{j:03d}", "path": f"corpus/{j:03d}_{rng.choice(_WORDS)}.txt",
                  "kind": rng.choice(("report", "letter", "news", "minutes")),
                  "date": f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                  "unreadable": ""} for j in range(documents))
    rows = []
    for i in range(facts):
        kind = rng.choice(_TYPES)
        subject = " ".join(rng.sample(_WORDS, 3))
        rows.append({"id": f"fact-{i:04d}", "type": kind,
                     "claim": f"The {subject} is recorded as {_value(rng, kind)}.",
                     "value": _value(rng, kind),
                     "severity": rng.choices(("error", "warning", "info"), (6, 3, 1))[0],
                     "required_in": [d["id"] for d in rng.sample(docs, min(2, documents))]
                     if rng.random() < 0.1 else [],
                     "source": rng.choice(docs)["id"] if docs else "",
                     "_subject": subject})
    states = [s for s, _ in _STATES]
    weights = [w for _, w in _STATES]
    cells = []
    by_severity = {"error": 0, "warning": 0, "info": 0}
    found = read = unread = 0
    for fact in rows:
        for doc in docs:
            if rng.random() >= density:
                continue
            state = rng.choices(states, weights)[0]
            mentions, findings = [], []
            if state != "missing":
                for _ in range(rng.choice((1, 1, 1, 2))):
                    value = _value(rng, fact["type"]) if state in ("agrees", "conflicts", "variant") else ""
                    line, column = rng.randint(1, 400), rng.randint(1, 80)
                    excerpt = (f"In its latest {rng.choice(_WORDS)} the {fact['_subject']} was given as "
                               f"{value or 'about'} {' '.join(rng.sample(_WORDS, 6))}.")
                    mention_state = "agrees" if state == "conflicts" else state
                    mentions.append(MentionView(line, column, None, fact["_subject"], excerpt, value,
                                                value.lower(), mention_state))
                    found += 1
                    read += bool(value)
                    unread += state == "unread"
            code = {"conflicts": ("FC001", "value-conflict"), "missing": ("FC002", "missing-statement"),
                    "variant": ("FC004", "name-variant")}.get(state)
            if code:
                at = mentions[0] if mentions else MentionView(1, 1, None, "", "", "", "", state)
                findings.append(FindingView(code[0], code[1], fact["severity"],
                                            f"{fact['id']}: {code[1]} in {doc['id']}", at.line, at.column,
                                            None, fact["value"], at.value, at.excerpt))
                by_severity[fact["severity"]] += 1
            values = tuple(dict.fromkeys(m.value for m in mentions if m.value))
            cells.append(Cell(fact["id"], doc["id"], state, values, tuple(mentions), tuple(findings)))
    for fact in rows:
        del fact["_subject"]
    summary = {"documents": documents, "facts": facts, "findings": sum(by_severity.values()),
               "by_severity": by_severity, "mentions": {"found": found, "read": read, "unread": unread}}
    return Matrix(docs, tuple(rows), tuple(cells), summary)


def open_until_interactive(page, url: str) -> dict:
    """Load ``url`` in ``page``; seconds until the first cell is focused and its panel is open."""
    start = time.perf_counter()
    page.goto(url)
    first = page.locator('#grid button.cell[data-r="0"][data-c="0"]')
    first.wait_for(state="visible")
    loaded = time.perf_counter() - start
    first.focus()
    focused = page.evaluate("document.activeElement.matches('#grid button.cell')")
    first.click()
    page.locator("#panel").wait_for(state="visible")
    interactive = time.perf_counter() - start
    ready = page.evaluate("window.factlintReady")
    return {"loaded": loaded, "interactive": interactive, "script_ready_ms": ready, "focused": focused}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, default=1000)
    parser.add_argument("--documents", type=int, default=500)
    parser.add_argument("--density", type=float, default=0.3)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--chromium", default=CHROMIUM)
    parser.add_argument("--keep", metavar="FILE", help="also write the report to FILE")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    from checker.matrix.html_page import render

    start = time.perf_counter()
    matrix = synthetic_matrix(args.facts, args.documents, args.density)
    built = time.perf_counter() - start
    start = time.perf_counter()
    html = render(matrix)
    rendered = time.perf_counter() - start
    print(f"matrix: {args.facts:,} facts x {args.documents:,} documents, {len(matrix.cells):,} cells "
          f"(built in {built:.2f} s); HTML {len(html.encode()) / 1e6:.1f} MB rendered in {rendered:.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(args.keep) if args.keep else Path(folder) / "report.html"
        path.write_text(html, encoding="utf-8")
        with sync_playwright() as p:
            context = p.chromium.launch_persistent_context(
                str(Path(folder) / "profile"), executable_path=args.chromium, args=CHROMIUM_ARGS,
                headless=True, viewport={"width": 1400, "height": 900})
            try:
                times = []
                for run in range(args.runs):
                    page = context.new_page()
                    result = open_until_interactive(page, path.resolve().as_uri())
                    page.close()
                    times.append(result["interactive"])
                    print(f"run {run + 1}: loaded (first cell drawn) {result['loaded']:.2f} s, "
                          f"interactive (cell focused, panel open) {result['interactive']:.2f} s, "
                          f"script ready at {result['script_ready_ms'] / 1000:.2f} s after navigation")
            finally:
                context.close()
    times.sort()
    print(f"time to interactive: median {times[len(times) // 2]:.2f} s over {len(times)} runs "
          f"(best {times[0]:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
