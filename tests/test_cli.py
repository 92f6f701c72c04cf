"""The command line: exit codes, formats, errors that point into the file."""

import gc
import json

from checker.cli import ExitCode, main

FACTS = """
version: 1
facts:
  - id: inspection
    subject: [Ofsted inspection]
    type: date
    value: 2016-10
    severity: warning
"""


def test_exit_codes_follow_fail_on(corpus, capsys):
    facts = corpus.facts(FACTS)
    doc = corpus.doc("a.txt", "The Ofsted inspection in September 2016.\n")
    assert main(["check", str(doc), "--facts", str(facts)]) == ExitCode.OK
    assert main(["check", str(doc), "--facts", str(facts), "--fail-on", "warning"]) == ExitCode.FINDINGS
    assert main(["check", str(doc), "--facts", str(facts), "--fail-on", "never"]) == ExitCode.OK
    out = capsys.readouterr().out
    assert "FC001" in out and "1 document checked against 1 fact" in out


def test_missing_path_exits_2(corpus, capsys):
    facts = corpus.facts(FACTS)
    assert main(["check", str(corpus.root / "nope.txt"), "--facts", str(facts)]) == ExitCode.USAGE
    assert "nope.txt" in capsys.readouterr().err


def test_broken_facts_file_exits_2_with_file_line_col(corpus, capsys):
    facts = corpus.facts(FACTS.replace("type: date", "type: dat"))
    doc = corpus.doc("a.txt", "text\n")
    assert main(["check", str(doc), "--facts", str(facts)]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert f"{facts}:5:11:" in err and "type" in err and "date" in err
    assert gc.isenabled()  # facts load with the collector off; a failed load turns it back on


def test_output_file_and_json(corpus, capsys):
    facts = corpus.facts(FACTS)
    doc = corpus.doc("a.txt", "The Ofsted inspection in September 2016.\n")
    out = corpus.root / "report.json"
    assert main(["check", str(doc), "--facts", str(facts), "--format", "json",
                 "--output", str(out)]) == ExitCode.OK
    assert capsys.readouterr().out == ""
    data = json.loads(out.read_text())
    assert data["findings"][0]["path"] == str(doc)
    assert data["summary"]["by_severity"] == {"error": 0, "warning": 1, "info": 0}


def test_facts_validate(corpus, capsys):
    facts = corpus.facts(FACTS)
    assert main(["facts", "validate", "--facts", str(facts)]) == ExitCode.OK
    assert "1 facts" in capsys.readouterr().out


def test_standard_input_with_a_name(corpus, capsys, monkeypatch):
    import io
    facts = corpus.facts(FACTS)
    data = b"# Draft\n\nThe Ofsted inspection in September 2016.\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    code = main(["check", "-", "--stdin-name", "drafts/press.md", "--facts", str(facts),
                 "--format", "json", "--fail-on", "warning"])
    found = json.loads(capsys.readouterr().out)["findings"]
    assert code == 1
    assert [(f["path"], f["line"], f["column"]) for f in found] == [("drafts/press.md", 3, 26)]
