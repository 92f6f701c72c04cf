"""The findings as SARIF 2.1.0, the log GitHub code scanning uploads.

Shape: one run; ``tool.driver`` names factlint, its version and one rule per
code (all registered checks, sorted, with their docs); one result per
finding, counted or silenced. Silenced findings stay in the log with a
``suppressions`` entry (``inSource`` for an inline comment, ``external``
for the baseline) so code scanning shows them as dismissed rather than as
fixed; when a baseline is in play every result also has a
``baselineState`` (``unchanged`` for baselined ones, else ``new``).

Locations use the repository-relative path against ``%SRCROOT%`` so the
alert lands on the file GitHub shows, and columns are counted in code
points (``columnKind``), as factlint counts them. The fingerprint goes in
``partialFingerprints.primaryLocationLineHash``: it ignores line numbers,
so an alert survives edits above it. Output is deterministic JSON.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from checker.finding import Finding
from checker.records import Report, Silenced
from checker.report.rules import Rule, rules_for

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SUPPRESSION_KINDS = {"inline": "inSource", "baseline": "external"}


def rule_entry(rule: Rule) -> dict:
    return {"id": rule.code, "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.full_description},
            "help": {"text": rule.help_text, "markdown": rule.help_markdown},
            "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning")}}


def artifact_uri(path: str) -> str:
    """A repository-relative POSIX path as a URI reference (spaces and the like escaped)."""
    return quote(path, safe="/")


def result(finding: Finding, report: Report, index: dict[str, int],
           silenced: Silenced | None, baseline_in_play: bool) -> dict:
    region = {"startLine": finding.line, "startColumn": finding.column,
              "endLine": finding.end_line, "endColumn": finding.end_column}
    properties = {"fact": finding.fact, "expected": finding.expected, "found": finding.found,
                  "severity": finding.severity}
    if finding.excerpt:
        properties["excerpt"] = finding.excerpt
    if finding.page is not None:
        properties["page"] = finding.page  # SARIF regions have no page; lines count within it
    entry = {
        "ruleId": finding.code,
        "ruleIndex": index[finding.code],
        "level": LEVELS.get(finding.severity, "warning"),
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(report.repository_path(finding.path)),
                                 "uriBaseId": SRCROOT},
            "region": region}}],
        "properties": properties,
    }
    if finding.fingerprint:
        entry["partialFingerprints"] = {"primaryLocationLineHash": finding.fingerprint}
    if silenced is not None:
        entry["suppressions"] = [{"kind": SUPPRESSION_KINDS.get(silenced.kind, "external"),
                                  "justification": silenced.reason}]
    if baseline_in_play:
        baselined = silenced is not None and silenced.kind == "baseline"
        entry["baselineState"] = "unchanged" if baselined else "new"
    return entry


def log(report: Report) -> dict:
    """The SARIF log as a dict (``render`` serialises it)."""
    everything = [*report.findings, *(s.finding for s in report.silenced)]
    rules = rules_for(sorted({(f.code, f.name) for f in everything}))
    index = {rule.code: i for i, rule in enumerate(rules)}
    quiet = {id(s.finding): s for s in report.silenced}
    baseline_in_play = bool(report.stale) or any(s.kind == "baseline" for s in report.silenced)
    ordered = sorted(everything, key=lambda f: (f.sort_key(), f.fingerprint))
    results = [result(f, report, index, quiet.get(id(f)), baseline_in_play) for f in ordered]
    driver = {"name": "factlint", "semanticVersion": report.version,
              "rules": [rule_entry(rule) for rule in rules]}
    run = {"tool": {"driver": driver},
           "originalUriBaseIds": {SRCROOT: {"description": {"text": "The repository root."}}},
           "columnKind": "unicodeCodePoints",
           "results": results,
           "properties": {"summary": report.summary}}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report) -> str:
    return json.dumps(log(report), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
