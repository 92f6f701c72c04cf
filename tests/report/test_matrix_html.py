"""The HTML matrix report: one self-contained page, checked as text and in a real browser.

The browser tests open the page from a file:// URL in headless Chromium
(Debian's /usr/bin/chromium driven by the ``playwright`` package) and fail on
any console error, page error or network request other than the file itself.
``docs/report.png`` (shown in the README) is rewritten by the seeds test when
``FACTLINT_REGENERATE=1`` is set or when it is missing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from benchmarks.html_report import CHROMIUM_ARGS, open_until_interactive, synthetic_matrix
from checker import api
from checker.matrix.cells import STATES, Cell, Matrix, MentionView
from checker.matrix.html_page import LABELS, SYMBOLS, render
from tests.conftest import FACTS, ROOT

SCREENSHOT = ROOT / "docs" / "report.png"
CSS = (ROOT / "checker" / "matrix" / "matrix.css").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seeds() -> Matrix:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        facts = api.load_facts(FACTS)
        return api.matrix(api.check([], facts), facts, ROOT)
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="module")
def page_html(seeds) -> str:
    return render(seeds)


def embedded(html: str, ident: str = "factlint-data") -> str:
    found = re.search(rf'<script type="application/json" id="{ident}">(.*?)</script>', html, re.S)
    assert found, f"no script#{ident}"
    return found.group(1)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href", "action", "srcset", "poster", "data") and value is not None:
                self.urls.append((tag, name, value))


# ---------------------------------------------------------------- the HTML as text

def test_page_is_self_contained(page_html):
    parser = _Links()
    parser.feed(page_html)
    for tag, name, value in parser.urls:
        where = f"<{tag} {name}={value!r}>"
        assert not re.match(r"\s*(https?:)?//", value, re.I), f"{where} loads from the network"
        assert value.startswith(("#", "data:")), f"{where} is not inline"
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*https?://""", page_html, re.I)
    assert "@import" not in page_html and "url(http" not in page_html
    assert "<link rel=\"stylesheet\"" not in page_html
    assert "default-src 'none'" in page_html  # the CSP: the browser refuses any load
    assert "<style>" in page_html and "function" in page_html  # CSS and script inlined


def test_data_json_parses_to_the_matrix(page_html, seeds):
    data = json.loads(embedded(page_html))
    assert data == json.loads(json.dumps(seeds.as_dict()))
    assert data["version"] == 1
    ids = {f["id"] for f in data["facts"]}
    for fact in seeds.facts:
        assert fact["id"] in ids
        assert fact["id"] in page_html
    assert "ofsted-inspection-month" in ids


def test_document_text_cannot_close_the_script(seeds):
    hostile = "</script><script>alert(1)</script> <!-- <b>&amp;"
    mention = MentionView(1, 2, 3, "subject", hostile, "alert", "alert", "agrees")
    matrix = Matrix(({"id": "d</script>", "path": "a.txt", "kind": "", "date": None, "unreadable": ""},),
                    ({"id": "f", "type": "name", "claim": hostile, "value": "x", "severity": "error",
                      "required_in": [], "source": ""},),
                    (Cell("f", "d</script>", "agrees", ("alert",), (mention,), ()),), {"documents": 1})
    html = render(matrix)
    block = embedded(html)
    assert "</" not in block and "<" not in block
    assert html.count("</script>") == 3  # the two JSON blocks and the script
    data = json.loads(block)
    assert data["cells"][0]["mentions"][0]["excerpt"] == hostile
    assert data["documents"][0]["id"] == "d</script>"


def test_summary_and_legend(page_html, seeds):
    summary = seeds.summary
    text = re.sub(r"<[^>]+>", " ", page_html.split('id="summary"')[1].split("</section>")[0])
    text = " ".join(text.split())
    assert f"Documents {summary['documents']}" in text
    assert f"Facts {summary['facts']}" in text
    assert f"Findings {summary['findings']}" in text
    for severity, count in summary["by_severity"].items():
        assert f"{severity} {count}" in text
    mentions = summary["mentions"]
    assert (f"{mentions['found']} found, {mentions['read']} with a value read, "
            f"{mentions['unread']} unread") in text
    legend = page_html.split('id="f-states"')[1].split("</fieldset>")[0]
    for state in STATES:
        assert f"s-{state}" in legend and LABELS[state] in legend
        if SYMBOLS[state]:
            assert SYMBOLS[state] in legend
        if state != "not-mentioned":  # each state can be hidden, with a label for its checkbox
            assert f'id="f-state-{state}"' in legend and f'for="f-state-{state}"' in legend


def test_every_control_has_a_label(page_html):
    for ident in re.findall(r'<(?:select|input)[^>]*\bid="([^"]+)"', page_html):
        if ident.startswith("f-state-"):
            continue  # checked above
        assert f'for="{ident}"' in page_html, f"#{ident} has no <label for>"


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(fg: str, bg: str) -> float:
    high, low = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_colours_meet_wcag_aa():
    pairs = re.findall(r"\.s-([\w-]+) \{ --fg: (#[0-9a-f]{6}); --bg: (#[0-9a-f]{6}); \}", CSS)
    assert {state for state, _, _ in pairs} == set(STATES)
    pairs += re.findall(r"\.sev-(\w+) \{ color: (#[0-9a-f]{6}); background: (#[0-9a-f]{6}); \}", CSS)
    variables = dict(re.findall(r"--(text|muted|head): (#[0-9a-f]{6})", CSS))
    pairs += [("text", variables["text"], "#ffffff"), ("muted", variables["muted"], "#ffffff"),
              ("muted on header", variables["muted"], variables["head"]),
              ("text on header", variables["text"], variables["head"]), ("mark", "#1a1a1a", "#ffe066")]
    for name, fg, bg in pairs:
        assert contrast(fg, bg) >= 4.5, f"{name}: {fg} on {bg} is {contrast(fg, bg):.2f}:1"


def test_renders_a_synthetic_matrix():
    matrix = synthetic_matrix(facts=12, documents=7, seed=3)
    html = render(matrix)
    data = json.loads(embedded(html))
    assert len(data["facts"]) == 12 and len(data["documents"]) == 7
    assert len(data["cells"]) == len(matrix.cells)
    assert json.loads(embedded(html, "factlint-codes"))["FC001"] == "conflicts"


# ---------------------------------------------------------------- in a browser

def _chromium() -> str | None:
    for candidate in (os.environ.get("FACTLINT_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("no browser: the 'playwright' package is not installed (pip install -e '.[test]')")
    executable = _chromium()
    if executable is None:
        pytest.skip("no browser: no Chromium at /usr/bin/chromium or on PATH "
                    "(apt-get install -y chromium, or set FACTLINT_CHROMIUM)")
    profile = tmp_path_factory.mktemp("chromium-profile")  # a new, empty --user-data-dir
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=executable, args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1400, "height": 900})
        try:
            yield context
        finally:
            context.close()


class Watched:
    """A page with its console messages, page errors and requests recorded."""

    def __init__(self, context) -> None:
        self.page = context.new_page()
        self.console: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def assert_clean(self, url: str) -> None:
        assert self.errors == []
        assert [m for m in self.console if m.startswith(("error", "warning"))] == []
        assert self.requests and set(self.requests) == {url}, self.requests


def visible_cells(page) -> list[tuple[str, str]]:
    """(aria-label, state) of every cell button drawn."""
    return page.eval_on_selector_all(
        "#grid button.cell", "bs => bs.map(b => [b.getAttribute('aria-label'), b.dataset.state])")


def test_seeds_report_in_the_browser(browser, seeds, tmp_path):
    path = tmp_path / "report.html"
    path.write_text(render(seeds), encoding="utf-8")
    url = path.as_uri()
    watched = Watched(browser)
    page = watched.page
    page.goto(url)

    leeds = next(d for d in seeds.documents if d["id"] == "leeds-board-report")
    cell = page.locator('#grid button.cell[aria-label^="ofsted-inspection-month in leeds-board-report:"]')
    assert cell.count() == 1
    assert cell.get_attribute("data-state") == "conflicts"
    assert cell.inner_text().split() == ["✗", "September", "2016"]
    n = len(seeds.facts)
    assert page.locator("#status").inner_text().startswith(f"Facts 1–{n} of {n},")

    cell.click()
    panel = page.locator("#panel")
    panel.wait_for(state="visible")
    assert page.locator("#panel-title").inner_text() == "ofsted-inspection-month in leeds-board-report"
    marks = page.locator("#panel .excerpt mark")
    assert marks.count() >= 1
    assert {marks.nth(i).inner_text() for i in range(marks.count())} == {"September 2016"}
    excerpt = page.locator("#panel .excerpt").first.inner_text()
    assert "Since the last Ofsted inspection in September 2016" in excerpt
    text = panel.inner_text()
    assert f"{leeds['path']}:101:38" in text
    assert "FC001 value-conflict" in text and "2016-10" in text  # expected
    assert page.evaluate("document.activeElement.id") == "panel-title"
    if os.environ.get("FACTLINT_REGENERATE") or not SCREENSHOT.exists():
        SCREENSHOT.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOT))
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot))
    assert struct.unpack(">II", shot.read_bytes()[16:24]) == (1400, 900)

    # Escape closes the panel and gives the focus back to the cell; arrows move; Enter opens
    page.keyboard.press("Escape")
    panel.wait_for(state="hidden")
    focused = "document.activeElement.getAttribute('aria-label') || ''"
    assert page.evaluate(focused).startswith("ofsted-inspection-month in leeds-board-report:")
    page.keyboard.press("ArrowLeft")
    assert page.evaluate(focused).startswith("ofsted-inspection-month in minister-letter:")
    page.keyboard.press("ArrowDown")
    assert page.evaluate(focused).startswith(f"{seeds.facts[1]['id']} in minister-letter:")
    assert page.evaluate("document.activeElement.tabIndex") == 0  # roving tab stop
    page.keyboard.press("Enter")
    panel.wait_for(state="visible")
    assert page.locator("#panel-title").inner_text() == f"{seeds.facts[1]['id']} in minister-letter"
    page.keyboard.press("Escape")
    panel.wait_for(state="hidden")

    # filters: one document; then a rule; then no severity
    everything = visible_cells(page)
    assert len(everything) == len(seeds.facts) * len(seeds.documents)
    page.select_option("#f-document", label=f"leeds-board-report — {leeds['path']}")
    one = visible_cells(page)
    assert one and len(one) == len(seeds.facts)
    assert all(" in leeds-board-report:" in label for label, _ in one)
    assert page.locator("#grid thead th").count() == 2
    page.select_option("#f-document", value="-1")
    page.select_option("#f-rule", value="FC001")
    conflicts = [c for c in visible_cells(page) if c[1] != "not-mentioned"]
    assert [state for _, state in conflicts] == ["conflicts"]
    page.select_option("#f-rule", value="")
    for severity in {f["severity"] for f in seeds.facts}:
        page.locator(f'#f-severity input[data-severity="{severity}"]').uncheck()
    assert visible_cells(page) == []
    assert "0 of 0" in page.locator("#status").inner_text()
    for severity in {f["severity"] for f in seeds.facts}:
        page.locator(f'#f-severity input[data-severity="{severity}"]').check()
    assert len(visible_cells(page)) == len(everything)

    # the per-document view: every mention of every fact in the document, value highlighted
    page.select_option("#docview-select", value=str(seeds.documents.index(leeds)))
    view = page.locator("#docview")
    mentioned = [c for c in seeds.cells if c.document == "leeds-board-report"]
    assert view.locator("section.docfact").count() == len(mentioned)
    assert view.locator("mark", has_text="September 2016").count() >= 1
    assert view.locator(".items > li").count() == sum(len(c.mentions) + len(c.findings) for c in mentioned)

    # the facts table lists the claims and sources
    facts_table = page.locator("#facts-table").inner_text()
    assert seeds.facts[0]["claim"] in facts_table
    watched.assert_clean(url)
    page.close()


@pytest.mark.slow
def test_large_matrix_becomes_interactive(browser, tmp_path, capsys):
    matrix = synthetic_matrix(facts=1000, documents=500, density=0.3, seed=7)
    path = tmp_path / "large.html"
    path.write_text(render(matrix), encoding="utf-8")
    url = path.as_uri()
    watched = Watched(browser)
    page = watched.page
    start = time.perf_counter()
    timing = open_until_interactive(page, url)
    elapsed = time.perf_counter() - start
    with capsys.disabled():  # shown in every run's output, not only on failure
        print(f"\nHTML report, 1,000 facts x 500 documents ({len(matrix.cells):,} cells, "
              f"{path.stat().st_size / 1e6:.1f} MB): first cell drawn after {timing['loaded']:.2f} s, "
              f"interactive (cell focused, panel open) after {elapsed:.2f} s")
    assert timing["focused"]
    assert page.locator("#panel").is_visible()
    assert page.locator("#panel-title").inner_text().startswith("fact-0000 in doc-000")
    cells_drawn = page.locator("#grid button.cell").count()
    assert 0 < cells_drawn <= 100 * 50  # one page, never 500,000 cells
    assert page.locator("#grid").get_attribute("aria-rowcount") == str(1000 + 1)
    page.keyboard.press("Escape")
    page.locator("#panel").wait_for(state="hidden")
    page.locator("#cols-next").click()
    assert page.locator("#grid thead th").nth(1).inner_text().startswith("doc-025")
    watched.assert_clean(url)
    page.close()
