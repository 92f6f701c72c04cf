"""JUnit XML: valid against junit-10.xsd, one failure per JSON finding, a case per fact."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from checker.records import DocumentChecked, Report, Silenced
from checker.report import junit
from tests.report.helpers import cli, finding

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "tests" / "schemas" / "junit.xsd"
CASE_ATTRIBUTES = {"name", "classname", "time", "group"}  # all the schema allows


def report(findings=(), silenced=(), facts=("some-fact", "other-fact")) -> Report:
    return Report(tuple(findings), {"documents": 1, "facts": 2, "findings": len(findings)},
                  documents=(DocumentChecked("docs/a.txt", "a", tuple(facts)),),
                  silenced=tuple(silenced))


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    assert SCHEMA.exists(), f"the JUnit schema is expected at {SCHEMA} (shipped in tests/schemas/)"
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def valid(schema: etree.XMLSchema, text: str) -> etree._Element:
    root = etree.fromstring(text.encode("utf-8"))
    assert schema.validate(root), str(schema.error_log)
    for case in root.iter("testcase"):
        assert set(case.attrib) <= CASE_ATTRIBUTES
    return root


def test_seeds_validate_and_failures_match_the_json_findings(capsys, schema):
    root = valid(schema, cli(capsys, "junit"))
    expected = json.loads(cli(capsys, "json"))["findings"]
    failures = Counter()
    for case in root.iter("testcase"):
        for failure in case.findall("failure"):
            location = failure.text.splitlines()[0]
            failures[(failure.get("type"), failure.get("message"), location, case.get("name"))] += 1
            assert "expected: " in failure.text and "found: " in failure.text
    want = Counter((f["code"], f["message"], f"{f['path']}:{f['line']}:{f['column']}",
                    f["fact"] or f["code"]) for f in expected)
    assert expected and failures == want


def test_a_suite_per_document_and_a_case_per_fact_checked(capsys, schema):
    root = valid(schema, cli(capsys, "junit"))
    suites = root.findall("testsuite")
    assert len(suites) == 5
    assert [s.get("name") for s in suites] == sorted(s.get("name") for s in suites)
    for suite in suites:
        cases = suite.findall("testcase")
        assert int(suite.get("tests")) == len(cases) > 0
        assert int(suite.get("failures")) == sum(1 for c in cases if c.find("failure") is not None)
        assert len({c.get("name") for c in cases}) == len(cases)  # each fact once
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in suites)
    assert int(root.get("failures")) == sum(int(s.get("failures")) for s in suites)


def test_finding_without_a_fact_is_a_case_named_by_its_code(schema):
    sum_finding = finding(code="FC006", name="arithmetic", fact="", message="79% is not 120 of 152")
    root = valid(schema, junit.render(report([sum_finding, finding()])))
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert list(cases) == ["some-fact", "other-fact", "FC006"]
    assert cases["FC006"].find("failure").get("type") == "FC006"
    assert cases["FC006"].find("failure").text.startswith("docs/a.txt:3:5\nrule: FC006 arithmetic")
    assert cases["other-fact"].find("failure") is None
    assert root.find("testsuite").get("failures") == "2"


def test_several_findings_on_one_fact_are_one_case_with_several_failures(schema):
    root = valid(schema, junit.render(report([finding(), finding(line=8, end_line=8)])))
    case = root.find("testsuite/testcase[@name='some-fact']")
    assert [f.text.splitlines()[0] for f in case.findall("failure")] == ["docs/a.txt:3:5", "docs/a.txt:8:5"]


def test_markup_and_control_characters_are_escaped(schema):
    nasty = finding(message='a <b> & "c"\nd', found="x\x0cy", excerpt="]]> <![CDATA[")
    root = valid(schema, junit.render(report([nasty])))
    failure = root.find(".//failure")
    assert failure.get("message") == 'a <b> & "c"\nd'
    assert "found: x\ufffdy" in failure.text and "excerpt: ]]> <![CDATA[" in failure.text


def test_silenced_finding_does_not_fail_and_is_noted(schema):
    root = valid(schema, junit.render(report([], [Silenced(finding(), "baseline", "accepted")])))
    case = root.find("testsuite/testcase[@name='some-fact']")
    assert case.find("failure") is None
    assert "silenced (baseline: accepted)" in case.find("system-out").text
    assert root.get("failures") == "0"


def test_output_is_deterministic(schema):
    one = report([finding(), finding(code="FC006", name="arithmetic", fact="")])
    assert junit.render(one) == junit.render(one)
    assert junit.render(one).startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')
