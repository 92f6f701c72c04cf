"""The shipped facts.yaml and the findings on the seed corpus.

Golden files hold the table and JSON output on the seeds. They change only
on purpose: regenerate with ``FACTLINT_REGENERATE=1 pytest tests/test_seeds.py``
and review the diff.
"""

import json
import os
from pathlib import Path

import pytest

from checker.cli import main
from checker.facts.loader import load_facts
from checker.facts.model import FACT_TYPES
from tests.conftest import FACTS, ROOT

GOLDEN = Path(__file__).parent / "golden"
FINDING_KEYS = ["code", "name", "fact", "severity", "path", "line", "column", "end_line",
                "end_column", "message", "expected", "found", "excerpt"]


def run_cli(capsys, *args: str) -> tuple[int, str]:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        code = main(["check", *args])
    finally:
        os.chdir(cwd)
    return code, capsys.readouterr().out


def compare_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("FACTLINT_REGENERATE"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}: regenerate with FACTLINT_REGENERATE=1"
    assert text == path.read_text(encoding="utf-8")


def test_shipped_facts_file_loads_with_every_type():
    facts = load_facts(FACTS)
    assert len(facts.facts) >= 25
    assert {f.type for f in facts.facts} == set(FACT_TYPES)
    assert len({f.id for f in facts.facts}) == len(facts.facts)


def test_shipped_facts_validate(capsys):
    assert main(["facts", "validate", "--facts", str(FACTS)]) == 0


def test_table_on_seeds_matches_golden(capsys):
    code, out = run_cli(capsys)
    assert code == 1
    compare_golden("seeds.table.txt", out)


def test_json_on_seeds_matches_golden_and_the_contract(capsys):
    code, out = run_cli(capsys, "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert list(data) == ["version", "findings", "summary"]
    assert data["version"] == 1
    assert list(data["summary"])[:4] == ["documents", "facts", "findings", "by_severity"]
    assert data["summary"]["findings"] == len(data["findings"])
    assert data["summary"]["documents"] == 5
    for finding in data["findings"]:
        assert list(finding)[:len(FINDING_KEYS)] == FINDING_KEYS  # the contract, in order
        assert set(finding) - set(FINDING_KEYS) <= {"page", "fingerprint"}  # keys only added
        assert isinstance(finding["line"], int) and finding["line"] >= 1
        assert isinstance(finding["column"], int) and finding["column"] >= 1
        assert (finding["end_line"], finding["end_column"]) > (finding["line"], finding["column"])
        assert finding["severity"] in ("error", "warning", "info")
        assert finding["path"].startswith("seeds/")
    compare_golden("seeds.json", out)


@pytest.mark.parametrize("code, fact, document, found", [
    ("FC001", "ofsted-inspection-month", "002_", "September 2016"),
    ("FC002", "partnership-term", "001_", "not stated"),
    ("FC004", "dfe-name", "002_", "Department of Education"),
    ("FC004", "lrpc-name", "002_", "Leeds Relationship Practice Centre"),
    ("FC005", "brazil-title", "004_", "Children\u2019s Commissioner"),
])
def test_the_five_known_discrepancies_are_found(capsys, code, fact, document, found):
    _, out = run_cli(capsys, "--format", "json")
    findings = json.loads(out)["findings"]
    assert any(f["code"] == code and f["fact"] == fact and document in f["path"]
               and found in f["found"] for f in findings), (code, fact)


def test_located_text_is_the_found_text(capsys):
    """Every finding's line/column points at the words it reports."""
    _, out = run_cli(capsys, "--format", "json")
    for finding in json.loads(out)["findings"]:
        if finding["code"] == "FC002":
            assert (finding["line"], finding["column"]) == (1, 1)
            continue
        lines = (ROOT / finding["path"]).read_text(encoding="utf-8").splitlines()
        if finding["line"] == finding["end_line"]:
            text = lines[finding["line"] - 1][finding["column"] - 1:finding["end_column"] - 1]
            assert finding["found"].startswith(text.split(" (= ")[0][:10])
