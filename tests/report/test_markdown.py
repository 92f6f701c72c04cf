"""Markdown: counts, every finding's location, escaped cells, quoted excerpts, "No findings"."""

from __future__ import annotations

import json
import re
from pathlib import Path

from checker.records import Report, Silenced, StaleEntry
from checker.report import markdown
from tests.report.helpers import cli, finding

ROOT = Path(__file__).resolve().parents[2]


def report(findings=(), silenced=(), stale=()) -> Report:
    by = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        by[f.severity] += 1
    return Report(tuple(findings), {"documents": 2, "facts": 3, "findings": len(findings),
                                    "by_severity": by}, silenced=tuple(silenced), stale=tuple(stale))


def cells(row: str) -> list[str]:
    """A table row split on its unescaped pipes."""
    return [c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]]


def test_seeds_list_every_finding_location_and_count(capsys):
    text = cli(capsys, "markdown")
    expected = json.loads(cli(capsys, "json"))["findings"]
    assert text.startswith(f"## factlint: {len(expected)} findings (")
    rows = [line for line in text.splitlines() if line.startswith("| ") and line[2].isdigit()]
    assert len(rows) == len(expected)
    for row, want in zip(rows, expected):
        assert cells(row)[1] == f"`{want['path']}:{want['line']}:{want['column']}`"
        assert cells(row)[2] == f"{want['code']} {want['name']}"
        if want["excerpt"]:
            assert f"> {markdown.escape(want['excerpt'])}" in text


def test_pipes_and_newlines_stay_inside_their_cell():
    odd = finding(expected="a|b", found="one\ntwo", fact="f|x", excerpt="x | y\nsecond <b>line</b>")
    text = markdown.render(report([odd]))
    [row] = [line for line in text.splitlines() if line.startswith("| 1 |")]
    assert cells(row) == ["1", "`docs/a.txt:3:5`", "FC001 value-conflict", "`f\\|x`", "a\\|b", "one<br>two"]
    assert "> x \\| y\n> second \\<b\\>line\\</b\\>" in text


def test_code_span_survives_backticks():
    assert markdown.code("a`b") == "``a`b``"
    assert markdown.code("`a") == "`` `a ``"


def test_clean_run_says_no_findings():
    text = markdown.render(report())
    assert text.startswith("## factlint: no findings\n")
    assert "No findings." in text and "|" not in text


def test_silenced_and_stale_counts_are_noted():
    quiet = [Silenced(finding(), "baseline", "accepted"), Silenced(finding(line=5), "inline")]
    stale = [StaleEntry("a" * 32, "FC001", "some-fact", "docs/a.txt")]
    text = markdown.render(report([finding(severity="warning")], quiet, stale))
    assert text.startswith("## factlint: 1 finding (1 warning)\n")
    assert "- 2 findings silenced (1 baseline, 1 inline), not counted." in text
    assert "- 1 baseline entry matched no finding (stale)." in text
    assert "2 baseline entries" in markdown.render(report([], [], stale * 2))
