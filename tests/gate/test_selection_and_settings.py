"""--select/--ignore, settings files, --exclude and --format auto."""

import json

import pytest

from checker.cli import main

FACTS = """
version: 1
facts:
  - id: inspection
    subject: [Ofsted inspection]
    type: date
    value: 2016-10
  - id: dfe
    type: name
    value: Department for Education
    reject: [Department of Education]
"""
TEXT = "The Ofsted inspection in May 2016 by the Department of Education.\n"


@pytest.fixture
def here(corpus, monkeypatch):
    corpus.facts(FACTS)
    corpus.doc("docs/a.txt", TEXT)
    monkeypatch.chdir(corpus.root)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return corpus.root


def found(capsys, *args):
    code = main(["check", "docs", "--format", "json", *args])
    return code, [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]]


def test_select_and_ignore_by_code_or_name(here, capsys):
    assert found(capsys) == (1, ["FC001", "FC004"])
    assert found(capsys, "--select", "FC001") == (1, ["FC001"])
    assert found(capsys, "--ignore", "value-conflict,name-variant") == (0, [])
    assert main(["check", "docs", "--select", "FC01"]) == 2
    assert "unknown rule 'FC01'" in capsys.readouterr().err


def test_settings_in_factlint_toml_and_pyproject(here, capsys):
    (here / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.factlint]\nignore = ["FC004"]\n')
    assert found(capsys) == (1, ["FC001"])
    (here / "factlint.toml").write_text('select = ["name-variant"]\nfail-on = "never"\n')
    assert found(capsys) == (0, ["FC004"])
    assert found(capsys, "--fail-on", "error") == (1, ["FC004"])


def test_settings_errors_point_into_the_file(here, capsys):
    (here / "factlint.toml").write_text('format = "json"\nselekt = ["FC001"]\nfail-on = 3\n')
    assert main(["check", "docs"]) == 2
    err = capsys.readouterr().err
    assert "factlint.toml:2:1: selekt: unknown setting 'selekt' (did you mean 'select'?)" in err
    assert "factlint.toml:3:1: fail-on: must be text" in err
    (here / "factlint.toml").write_text('select = [\n')
    assert main(["check", "docs"]) == 2
    assert "factlint.toml:" in capsys.readouterr().err


def test_exclude_by_name_and_path(here, capsys):
    (here / "docs" / "drafts").mkdir()
    (here / "docs" / "drafts" / "b.txt").write_text(TEXT)
    code = main(["check", ".", "--format", "json", "--exclude", "drafts"])
    paths = {f["path"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert code == 1 and paths == {"docs/a.txt"}
    code = main(["check", ".", "--format", "json", "--exclude", "docs/*"])
    assert json.loads(capsys.readouterr().out)["findings"] == []


def test_format_auto_is_github_under_github_actions(here, capsys, monkeypatch):
    main(["check", "docs"])
    assert "Location" in capsys.readouterr().out  # the table
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    main(["check", "docs"])
    assert capsys.readouterr().out.startswith("::error ")
