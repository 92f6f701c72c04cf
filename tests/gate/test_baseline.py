"""The baseline cycle on a temporary copy of the seeds."""

import json
import shutil

import pytest

from checker.cli import main
from tests.conftest import FACTS, SEEDS


@pytest.fixture
def project(tmp_path, monkeypatch):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copy(FACTS, tmp_path / "facts.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check_json(capsys, *args):
    code = main(["check", "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_write_check_new_conflict_and_stale_entry(project, capsys):
    assert main(["baseline", "write"]) == 0
    baseline = json.loads((project / "factlint-baseline.json").read_text())
    assert baseline["version"] == 1 and len(baseline["entries"]) == 5
    assert [list(e) for e in baseline["entries"]][0] == ["fingerprint", "code", "fact", "path", "excerpt"]
    capsys.readouterr()

    code, data = check_json(capsys, "--baseline", "factlint-baseline.json")
    assert code == 0 and data["findings"] == []
    assert data["summary"]["silenced"] == 5 and data["summary"]["stale"] == 0

    letter = project / "seeds" / "001_16ac0a247399905e.txt"
    letter.write_text(letter.read_text().replace("in April", "in May"))
    code, data = check_json(capsys, "--baseline", "factlint-baseline.json")
    assert code == 1
    assert [(f["code"], f["fact"]) for f in data["findings"]] == [
        ("FC001", "commissioner-report-submitted")]

    report = project / "seeds" / "002_bcac75f75d635e3a.txt"
    report.write_text(report.read_text().replace("Department of Education", "Department for Education"))
    code = main(["check", "--baseline", "factlint-baseline.json", "--format", "table"])
    out = capsys.readouterr().out
    assert code == 1
    assert "stale baseline entry: seeds/002_bcac75f75d635e3a.txt FC004 dfe-name" in out
    code = main(["check", "--baseline", "factlint-baseline.json", "--fail-on", "never",
                 "--fail-on-stale"])
    assert code == 1


def test_prune_only_removes_and_write_keeps_reasons(project, capsys):
    assert main(["baseline", "write"]) == 0
    path = project / "factlint-baseline.json"
    data = json.loads(path.read_text())
    data["entries"][0]["reason"] = "quoted verbatim from the Ofsted report"
    path.write_text(json.dumps(data))
    report = project / "seeds" / "002_bcac75f75d635e3a.txt"
    report.write_text(report.read_text().replace("Department of Education", "Department for Education"))
    assert main(["baseline", "prune"]) == 0
    pruned = json.loads(path.read_text())["entries"]
    assert len(pruned) == 4 and all(e["fact"] != "dfe-name" for e in pruned)
    assert main(["baseline", "write"]) == 0
    rewritten = json.loads(path.read_text())["entries"]
    assert any(e.get("reason") == "quoted verbatim from the Ofsted report" for e in rewritten)
    assert path.read_text() == json.dumps(json.loads(path.read_text()), indent=2,
                                          ensure_ascii=False) + "\n"


def test_missing_or_broken_baseline_is_a_usage_error(project, capsys):
    assert main(["check", "--baseline", "nope.json"]) == 2
    assert "nope.json: no such baseline file" in capsys.readouterr().err
    (project / "bad.json").write_text("{not json")
    assert main(["check", "--baseline", "bad.json"]) == 2
    assert "bad.json:1:2: not a valid baseline" in capsys.readouterr().err
