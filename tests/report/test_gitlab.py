"""GitLab Code Quality: a JSON array matching the JSON findings, by fingerprint, path and line."""

from __future__ import annotations

import json
from pathlib import Path

from checker.records import Report, Silenced
from checker.report import gitlab
from tests.report.helpers import cli, finding

ROOT = Path(__file__).resolve().parents[2]
KEYS = {"description", "check_name", "fingerprint", "severity", "location"}


def test_seeds_match_the_json_findings(capsys):
    issues = json.loads(cli(capsys, "gitlab"))
    expected = json.loads(cli(capsys, "json"))["findings"]
    assert expected and len(issues) == len(expected)
    for issue, want in zip(issues, expected):
        assert set(issue) == KEYS
        assert issue["check_name"] == want["code"]
        assert issue["description"] == want["message"]
        assert issue["fingerprint"] == want["fingerprint"]
        assert issue["location"] == {"path": want["path"], "lines": {"begin": want["line"]}}
        assert issue["severity"] == {"error": "major", "warning": "minor", "info": "info"}[want["severity"]]
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)  # GitLab keys on it


def test_severities_repository_paths_and_silenced_left_out():
    findings = (finding(path="../r/a.txt"), finding(severity="warning", fingerprint="w" * 32),
                finding(severity="info", fingerprint="i" * 32))
    report = Report(findings, {}, silenced=(Silenced(finding(fingerprint="s" * 32), "inline"),),
                    repository_paths={"../r/a.txt": "a.txt"})
    issues = json.loads(gitlab.render(report))
    assert [i["severity"] for i in issues] == ["major", "minor", "info"]
    assert issues[0]["location"]["path"] == "a.txt"
    assert "s" * 32 not in {i["fingerprint"] for i in issues}


def test_finding_without_fingerprint_still_gets_a_stable_one():
    bare = Report((finding(fingerprint=""), finding(fingerprint="", line=4)), {})
    issues = json.loads(gitlab.render(bare))
    assert all(len(i["fingerprint"]) == 32 for i in issues)
    assert issues[0]["fingerprint"] != issues[1]["fingerprint"]
    assert gitlab.render(bare) == gitlab.render(bare)


def test_clean_run_is_an_empty_array():
    assert json.loads(gitlab.render(Report((), {}))) == []
