"""The findings as JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure).

A document is a test suite and each fact checked in it a test case, so a
clean fact shows as a passing test and the report says what was checked,
not only what failed. A finding about no fact (FC006, FC900) is a test
case of its own, named by its code. A fact with several findings in one
document is one test case with one ``<failure>`` per finding.

Valid against the Jenkins xunit ``junit-10.xsd`` (the schema pytest
follows): test cases carry only name, classname and time, so the location
goes in the failure's text (``path:line:col``), not in attributes.
Silenced findings do not fail; they are noted in the test case's
``<system-out>``. Times are 0: a reporter never reads the clock.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import replace

from checker.finding import Finding
from checker.records import Report

# Characters XML 1.0 cannot hold at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def where(report: Report, finding: Finding) -> str:
    """``path:line:col`` with the repository-relative path."""
    return replace(finding, path=report.repository_path(finding.path)).where


def failure_text(report: Report, finding: Finding) -> str:
    lines = [where(report, finding),
             f"rule: {finding.code} {finding.name} ({finding.severity})"]
    if finding.fact:
        lines.append(f"fact: {finding.fact}")
    lines += [f"expected: {finding.expected}", f"found: {finding.found}"]
    if finding.excerpt:
        lines.append(f"excerpt: {finding.excerpt}")
    return "\n".join(lines)


class _Case:
    """One test case being built: its failures and silenced notes."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.failures: list[Finding] = []
        self.notes: list[str] = []


def _cases(report: Report, path: str, facts: tuple[str, ...], counted: list[Finding],
           silenced: list) -> list[_Case]:
    by_fact = {fact: _Case(fact) for fact in facts}
    loose: list[_Case] = []

    def case_of(finding: Finding) -> _Case:
        if not finding.fact:
            loose.append(_Case(finding.code))
            return loose[-1]
        if finding.fact not in by_fact:  # found but not listed as checked: still reported
            by_fact[finding.fact] = _Case(finding.fact)
        return by_fact[finding.fact]

    for finding in counted:
        case_of(finding).failures.append(finding)
    for s in silenced:
        note = f"silenced ({s.kind}{': ' + s.reason if s.reason else ''}):\n" \
               f"{failure_text(report, s.finding)}"
        case_of(s.finding).notes.append(note)
    return [*by_fact.values(), *loose]


def _suite(report: Report, name: str, cases: list[_Case]) -> ET.Element:
    failing = sum(1 for case in cases if case.failures)
    suite = ET.Element("testsuite", {"name": clean(name), "tests": str(len(cases)),
                                     "failures": str(failing), "errors": "0", "skipped": "0",
                                     "time": "0"})
    for case in cases:
        element = ET.SubElement(suite, "testcase", {"name": clean(case.name), "classname": clean(name),
                                                    "time": "0"})
        for finding in case.failures:
            failure = ET.SubElement(element, "failure", {"message": clean(finding.message),
                                                         "type": finding.code})
            failure.text = clean(failure_text(report, finding))
        if case.notes:
            ET.SubElement(element, "system-out").text = clean("\n\n".join(case.notes))
    return suite


def render(report: Report) -> str:
    counted: dict[str, list[Finding]] = defaultdict(list)
    silenced: dict[str, list] = defaultdict(list)
    for finding in report.findings:
        counted[finding.path].append(finding)
    for s in report.silenced:
        silenced[s.finding.path].append(s)
    documents = [(doc.path, doc.facts) for doc in report.documents]
    seen = {path for path, _ in documents}
    others = sorted({f.path for f in report.findings} | {s.finding.path for s in report.silenced})
    documents += [(path, ()) for path in others if path not in seen]  # a finding outside the documents

    root = ET.Element("testsuites", {"name": "factlint"})
    for path, facts in documents:
        cases = _cases(report, path, facts, counted[path], silenced[path])
        root.append(_suite(report, report.repository_path(path), cases))
    suites = list(root)
    root.set("tests", str(sum(int(s.get("tests")) for s in suites)))
    root.set("failures", str(sum(int(s.get("failures")) for s in suites)))
    root.set("errors", "0")
    root.set("time", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
