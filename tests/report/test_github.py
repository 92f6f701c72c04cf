"""GitHub workflow commands: parsed back, they give the JSON findings; escaping as the toolkit's."""

from __future__ import annotations

import json
import re
from pathlib import Path

from checker.records import Report, Silenced
from checker.report import github
from tests.report.helpers import cli, finding

ROOT = Path(__file__).resolve().parents[2]
COMMAND = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")
KINDS = {"error": "error", "warning": "warning", "info": "notice"}


def report(findings=(), silenced=()) -> Report:
    return Report(tuple(findings), {"findings": len(findings)}, silenced=tuple(silenced))


def unescape(text: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def parse(output: str) -> list[tuple[str, dict, str]]:
    """Each line back to (command, properties, message), as the runner reads it."""
    commands = []
    for line in output.splitlines():
        match = COMMAND.match(line)
        assert match, line
        properties = dict(pair.split("=", 1) for pair in match.group(2).split(","))
        commands.append((match.group(1), {k: unescape(v) for k, v in properties.items()},
                         unescape(match.group(3))))
    return commands


def test_seeds_parse_back_to_the_json_findings(capsys):
    commands = parse(cli(capsys, "github"))
    expected = json.loads(cli(capsys, "json"))["findings"]
    assert expected and len(commands) == len(expected)
    for (kind, properties, message), want in zip(commands, expected):
        assert kind == KINDS[want["severity"]]
        assert properties == {"file": want["path"], "line": str(want["line"]),
                              "col": str(want["column"]), "endLine": str(want["end_line"]),
                              "endColumn": str(want["end_column"]),
                              "title": f"{want['code']} {want['name']}"}
        assert message == want["message"]


def test_errors_then_warnings_then_notices_stable_within_each():
    findings = [finding(severity="info", line=1), finding(severity="warning", line=2),
                finding(severity="error", line=3), finding(severity="warning", line=4),
                finding(severity="error", line=5)]
    commands = parse(github.render(report(findings)))
    assert [(kind, p["line"]) for kind, p, _ in commands] == \
           [("error", "3"), ("error", "5"), ("warning", "2"), ("warning", "4"), ("notice", "1")]


def test_message_escaping():
    assert github.escape_data("100% sure\r\nnext") == "100%25 sure%0D%0Anext"
    assert github.escape_data("a: b, c") == "a: b, c"  # only properties escape : and ,
    assert github.escape_data("%0A") == "%250A"  # % first, so a literal escape survives


def test_property_escaping():
    assert github.escape_property("a:b,c%d\re\nf") == "a%3Ab%2Cc%25d%0De%0Af"


def test_command_escapes_path_title_and_message():
    odd = finding(path="docs/a,b:c.txt", name="x,y", message="line one\nline: two, 50%")
    line = github.render(report([odd]))
    assert line.count("\n") == 1 and line.endswith("\n")
    assert "file=docs/a%2Cb%3Ac.txt," in line
    assert "title=FC001 x%2Cy::" in line
    assert line.rstrip("\n").endswith("::line one%0Aline: two, 50%25")
    [(kind, properties, message)] = parse(line)
    assert properties["file"] == "docs/a,b:c.txt" and message == "line one\nline: two, 50%"


def test_repository_path_and_no_silenced_findings():
    shown = finding(path="../repo/docs/a.txt")
    quiet = finding(line=9)
    with_paths = Report((shown,), {}, silenced=(Silenced(quiet, "baseline", "accepted"),),
                        repository_paths={"../repo/docs/a.txt": "docs/a.txt"})
    [(_, properties, _)] = parse(github.render(with_paths))
    assert properties["file"] == "docs/a.txt"
    assert github.render(report()) == ""
