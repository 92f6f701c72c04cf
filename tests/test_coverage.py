"""Coverage: a mention whose value-like words were not read is listed and counted."""

import json

from checker.cli import main

FACTS = """
version: 1
facts:
  - id: term
    subject: [partnership]
    type: duration
    value: up to 3 years
  - id: started
    subject: [began]
    type: date
    value: 2017
"""


def test_unread_mention_is_listed_and_counted_the_same_in_table_and_json(corpus, capsys, monkeypatch):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "The partnership is long-term.\n\n"
                        "It began earlier this year.\n\nThe partnership runs for three years.\n")
    monkeypatch.chdir(corpus.root)
    main(["check", "a.txt", "--format", "json"])
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert summary["mentions"] == {"found": 3, "read": 1, "unread": 1}
    main(["check", "a.txt", "--format", "json", "--show-unread"])
    data = json.loads(capsys.readouterr().out)
    unread = [f for f in data["findings"] if f["code"] == "FC902"]
    assert [(f["fact"], f["found"], f["severity"], f["line"]) for f in unread] == [
        ("started", "this year", "info", 3)]
    main(["check", "a.txt"])
    assert "3 mentions found, 1 with a value read, 1 unread" in capsys.readouterr().out


def test_summaries_agree_across_table_json_and_html(corpus, capsys, monkeypatch):
    from tests.report.test_matrix_html import embedded
    corpus.facts(FACTS)
    corpus.doc("a.txt", "The partnership is long-term.\n\nIt began earlier this year.\n\n"
                        "The partnership runs for three years.\n")
    monkeypatch.chdir(corpus.root)
    main(["check", "a.txt", "--format", "json"])
    checked = json.loads(capsys.readouterr().out)["summary"]["mentions"]
    main(["report", "a.txt", "--format", "json"])
    matrix = json.loads(capsys.readouterr().out)["summary"]["mentions"]
    main(["report", "a.txt", "--format", "html", "--output", "report.html"])
    page = json.loads(embedded((corpus.root / "report.html").read_text()))["summary"]["mentions"]
    main(["report", "a.txt"])
    table = capsys.readouterr().out
    assert checked == matrix == page == {"found": 3, "read": 1, "unread": 1}
    assert "3 mentions found, 1 with a value read, 1 unread" in table
