"""The JSON reporter: written in pieces, exactly the text of one json.dumps."""

import json
from dataclasses import asdict

from checker.records import Silenced, StaleEntry
from checker.report import json_report, pieces, sarif
from tests.report.helpers import finding, report


def whole(rep) -> str:
    """The reporter's contract, spelled the obvious way."""
    data = {"version": 1, "findings": [f.as_dict() for f in rep.findings], "summary": rep.summary}
    if rep.silenced:
        data["silenced"] = [{**s.finding.as_dict(), "silenced_by": s.kind, "reason": s.reason}
                            for s in rep.silenced]
    if "stale" in rep.summary:
        data["stale"] = [asdict(e) for e in rep.stale]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def test_the_pieces_make_exactly_one_json_dumps_of_the_whole_report():
    many = [finding(line=i, excerpt=f"It was {i}\u2019s \u00a37m.\nNext", page=i % 2 or None)
            for i in range(1, 40)]
    stale = StaleEntry("a" * 32, "FC001", "f", "docs/b.txt", "old")
    cases = [report(), report(many),
             report(many[:2], silenced=[Silenced(many[3], "inline", "why")]),
             report(many[:1], stale=[stale])]
    cases[3].summary["stale"] = 1
    for rep in cases:
        chunks = list(json_report.chunks(rep))
        assert "".join(chunks) == json_report.render(rep) == whole(rep)
        assert json.loads("".join(chunks))["findings"] == [f.as_dict() for f in rep.findings]
    assert len(list(json_report.chunks(cases[1]))) > len(many)  # a piece per finding, not one blob


def test_a_reporter_without_pieces_is_written_in_one():
    rep = report([finding()])
    assert "".join(pieces("sarif")(rep)) == sarif.render(rep)
    assert len(list(pieces("sarif")(rep))) == 1
