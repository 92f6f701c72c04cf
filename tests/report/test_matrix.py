"""The fact-by-document matrix on the seeds: cells, table and JSON forms, colour."""

import json
import os

import pytest

from checker.cli import main
from tests.conftest import ROOT


@pytest.fixture
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("NO_COLOR", raising=False)


def report(capsys, *args) -> str:
    assert main(["report", *args]) == 0
    return capsys.readouterr().out


def test_json_cells_for_the_inspection_date_the_term_and_the_dfe_name(at_root, capsys):
    data = json.loads(report(capsys, "--format", "json"))
    assert data["version"] == 1
    assert [d["id"] for d in data["documents"]] == [
        "staff-message", "minister-letter", "leeds-board-report", "examiner-article",
        "yorkshire-post-article"]
    cells = {(c["fact"], c["document"]): c for c in data["cells"]}
    inspection = cells[("ofsted-inspection-month", "leeds-board-report")]
    assert inspection["state"] == "conflicts" and inspection["values"] == ["September 2016"]
    assert [f["code"] for f in inspection["findings"]] == ["FC001"]
    assert cells[("ofsted-inspection-month", "minister-letter")]["state"] == "agrees"
    term = cells[("partnership-term", "minister-letter")]
    assert term["state"] == "missing" and term["findings"][0]["code"] == "FC002"
    assert cells[("partnership-term", "examiner-article")]["state"] == "agrees"
    assert cells[("dfe-name", "leeds-board-report")]["state"] == "variant"
    assert ("dfe-name", "examiner-article") not in cells  # not mentioned: left out
    assert data["summary"]["mentions"]["found"] > 0
    assert data["summary"]["findings"] == 5


def test_table_shows_the_same_cells_with_a_legend_and_fits_100_columns(at_root, capsys):
    text = report(capsys)
    assert max(len(line) for line in text.splitlines()) <= 100
    assert "✗ conflicts" in text and "! required but missing" in text
    rows: dict[str, str] = {}
    for line in text.splitlines():  # a fact's row on every page of columns, joined
        if line.startswith("│"):
            fact = line.split("│")[1].strip()
            rows[fact] = rows.get(fact, "") + line
    assert "✗ September 2" in rows["ofsted-inspection-month"]
    assert "✓ October 2016" in rows["ofsted-inspection-month"]
    assert "!" in rows["partnership-term"]
    assert "~ Department" in rows["dfe-name"]


def test_no_escape_codes_when_not_a_terminal_or_no_color(at_root, capsys, monkeypatch):
    assert "\x1b[" not in report(capsys)  # captured output is not a terminal
    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in report(capsys)


def test_colour_only_on_a_terminal_without_no_color(at_root):
    from checker.matrix import table as matrix_table
    matrix = seed_matrix()
    assert "\x1b[31m" in matrix_table.render(matrix, colour=True)
    assert "\x1b[" not in matrix_table.render(matrix, colour=False)


def seed_matrix():
    from checker import api
    facts = api.load_facts(ROOT / "facts.yaml")
    return api.matrix(api.check([], facts), facts, ROOT)


def test_wide_corpora_fold_into_pages_of_columns(at_root):
    from checker.matrix import table as matrix_table
    text = matrix_table.render(seed_matrix(), width=60)
    assert text.count("documents ") >= 3 and max(len(line) for line in text.splitlines()) <= 100


def test_rule_and_facts_show(at_root, capsys):
    assert main(["rule", "FC004"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("FC004 name-variant") and "Why it matters" in out and "Example" in out
    assert main(["rule", "name-variant"]) == 0 and capsys.readouterr().out == out
    assert main(["rule", "--all"]) == 0
    assert capsys.readouterr().out.count("What it does") == 9
    assert main(["rule", "FC0004"]) == 2
    assert "unknown rule" in capsys.readouterr().err
    assert main(["facts", "show"]) == 0
    table = capsys.readouterr().out
    assert "ofsted-inspection-month" in table and "minister-letter" in table
    assert main(["facts", "show", "dfe-name"]) == 0
    assert "Department of Education" in capsys.readouterr().out
    assert main(["facts", "show", "dfe-nam"]) == 2
    assert "did you mean 'dfe-name'" in capsys.readouterr().err


def test_readme_rules_section_is_written_from_the_rules(at_root):
    from checker.report.rules_readme import updated
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert updated(readme) == readme, "run: python -m checker.report.rules_readme"
    assert os.path.exists(ROOT / "README.md")
