"""The findings as a GitLab Code Quality report (a JSON array of Code Climate issues).

GitLab shows these in the merge request widget and diff. Per counted finding::

    {"check_name": CODE, "description": MESSAGE, "fingerprint": FINGERPRINT,
     "location": {"lines": {"begin": LINE}, "path": REPO_PATH}, "severity": SEVERITY}

Severity: error -> ``major``, warning -> ``minor``, info -> ``info``.
``critical`` and ``blocker`` are left unused: GitLab sorts by them, and a
factual slip in prose is worth fixing before merge but does not break a
build the way those levels suggest.

GitLab tells issues apart, across pipelines, by fingerprint alone, so it
must be stable and unique: factlint's fingerprint is both (it ignores line
numbers and numbers identical findings). Silenced findings are left out:
GitLab has no suppressed state, and listing them would read as new.
"""

from __future__ import annotations

import hashlib
import json

from checker.finding import Finding
from checker.records import Report

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def fingerprint(finding: Finding, path: str) -> str:
    """The finding's own fingerprint; a hash of what it is when it has none (never expected)."""
    if finding.fingerprint:
        return finding.fingerprint
    key = "\0".join((finding.code, path, finding.fact, str(finding.line), str(finding.column),
                     finding.found))
    return hashlib.md5(key.encode("utf-8")).hexdigest()


def issue(finding: Finding, path: str) -> dict:
    return {"check_name": finding.code,
            "description": finding.message,
            "fingerprint": fingerprint(finding, path),
            "location": {"lines": {"begin": finding.line}, "path": path},
            "severity": SEVERITIES.get(finding.severity, "minor")}


def render(report: Report) -> str:
    issues = [issue(f, report.repository_path(f.path)) for f in report.findings]
    return json.dumps(issues, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
