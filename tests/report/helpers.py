"""Shared helpers of the reporter tests: the CLI on the seeds, and hand-made findings."""

import os
from pathlib import Path

from checker.cli import main
from checker.finding import Finding
from checker.records import Report

ROOT = Path(__file__).resolve().parents[2]


def cli(capsys, fmt: str) -> str:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        main(["check", "--format", fmt])
    finally:
        os.chdir(cwd)
    return capsys.readouterr().out



def finding(**fields) -> Finding:
    base = dict(code="FC001", name="value-conflict", fact="some-fact", severity="error",
                path="docs/a.txt", line=3, column=5, end_line=3, end_column=9,
                message="some-fact: the document states 7, the record has 6",
                expected="6", found="7", excerpt="It was 7.", fingerprint="f" * 32)
    return Finding(**{**base, **fields})



def report(findings=(), silenced=(), stale=()) -> Report:
    return Report(tuple(findings), {"documents": 1, "facts": 1, "findings": len(findings),
                                    "by_severity": {"error": len(findings), "warning": 0, "info": 0}},
                  silenced=tuple(silenced), stale=tuple(stale))
