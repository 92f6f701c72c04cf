"""SARIF: valid against the 2.1.0 schema, one result per JSON finding, silenced ones kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft4Validator

from checker.checks import ALL_CHECKS
from checker.records import Report, Silenced, StaleEntry
from checker.report import sarif
from tests.report.helpers import cli, finding, report

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator() -> Draft4Validator:
    assert SCHEMA.exists(), f"the SARIF schema is expected at {SCHEMA} (shipped in tests/schemas/)"
    return Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


def valid(validator: Draft4Validator, text: str) -> dict:
    log = json.loads(text)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
    return log


def test_seeds_validate_and_match_the_json_findings(capsys, validator):
    log = valid(validator, cli(capsys, "sarif"))
    expected = json.loads(cli(capsys, "json"))["findings"]
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = [r for r in run["results"] if "suppressions" not in r]
    assert expected and len(results) == len(expected)
    for result, want in zip(results, expected):
        assert result["ruleId"] == want["code"]
        assert rules[result["ruleIndex"]]["id"] == want["code"]
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[want["severity"]]
        assert result["message"]["text"] == want["message"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {"uri": want["path"], "uriBaseId": "%SRCROOT%"}
        assert location["region"] == {"startLine": want["line"], "startColumn": want["column"],
                                      "endLine": want["end_line"], "endColumn": want["end_column"]}
        assert result["partialFingerprints"] == {"primaryLocationLineHash": want["fingerprint"]}
        assert {k: result["properties"][k] for k in ("fact", "expected", "found")} == \
               {"fact": want["fact"], "expected": want["expected"], "found": want["found"]}
        assert "baselineState" not in result  # no baseline in play


def test_driver_names_the_tool_and_documents_every_rule(capsys, validator):
    log = valid(validator, cli(capsys, "sarif"))
    assert log["version"] == "2.1.0"
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "factlint"
    assert driver["semanticVersion"] == Report((), {}).version
    assert [rule["id"] for rule in driver["rules"]] == sorted(c.CODE for c in ALL_CHECKS)
    for rule, check in zip(driver["rules"], sorted(ALL_CHECKS, key=lambda c: c.CODE)):
        assert rule["name"] == check.NAME
        assert rule["shortDescription"]["text"] == check.SUMMARY
        assert rule["fullDescription"]["text"] and rule["fullDescription"]["text"] != check.SUMMARY
        assert "Why it matters" in rule["help"]["text"] and "Example" in rule["help"]["text"]
        assert "**Example**" in rule["help"]["markdown"] and "``" not in rule["help"]["markdown"]
        level = {"error": "error", "warning": "warning", "info": "note"}[getattr(check, "SEVERITY", "error")]
        assert rule["defaultConfiguration"]["level"] == level


def test_baselined_finding_stays_with_suppression_and_baseline_state(validator):
    counted, accepted = finding(), finding(line=9, end_line=9, fingerprint="a" * 32)
    log = valid(validator, sarif.render(report([counted], [Silenced(accepted, "baseline", "accepted")])))
    results = log["runs"][0]["results"]
    assert len(results) == 2
    by_line = {r["locations"][0]["physicalLocation"]["region"]["startLine"]: r for r in results}
    assert by_line[9]["suppressions"] == [{"kind": "external", "justification": "accepted"}]
    assert by_line[9]["baselineState"] == "unchanged"
    assert by_line[9]["partialFingerprints"]["primaryLocationLineHash"] == "a" * 32
    assert "suppressions" not in by_line[3]
    assert by_line[3]["baselineState"] == "new"


def test_inline_suppression_alone_puts_no_baseline_state(validator):
    quiet = finding(line=9, end_line=9)
    log = valid(validator, sarif.render(report([finding()], [Silenced(quiet, "inline", "checked by hand")])))
    results = log["runs"][0]["results"]
    assert [r.get("suppressions") for r in results] == \
           [None, [{"kind": "inSource", "justification": "checked by hand"}]]
    assert all("baselineState" not in r for r in results)


def test_stale_baseline_entries_put_the_baseline_in_play(validator):
    stale = StaleEntry("b" * 32, "FC001", "some-fact", "docs/a.txt")
    log = valid(validator, sarif.render(report([finding()], stale=[stale])))
    assert [r["baselineState"] for r in log["runs"][0]["results"]] == ["new"]


def test_paths_are_uri_references_and_output_is_deterministic(validator):
    findings = [finding(path="my docs/b.txt"), finding(severity="info", line=1, end_line=1)]
    text = sarif.render(report(findings))
    assert text == sarif.render(report(findings))
    results = valid(validator, text)["runs"][0]["results"]
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results]
    assert uris == ["docs/a.txt", "my%20docs/b.txt"]  # sorted by path, then line
    assert results[0]["level"] == "note"


def test_clean_run_is_a_valid_log_with_no_results(validator):
    log = valid(validator, sarif.render(report()))
    assert log["runs"][0]["results"] == []
