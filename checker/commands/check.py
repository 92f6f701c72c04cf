"""``factlint check`` and ``factlint baseline``: the findings, and the accepted ones."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from checker.commands import ExitCode
from checker.commands.options import baseline_path, option, run_documents, selected_rules
from checker.finding import SEVERITY_RANK


def check(args, settings) -> ExitCode:
    from checker import baseline as baselines
    from checker.outcome import build_report
    from checker.report import pieces

    rules = selected_rules(args, settings)
    result, facts, root = run_documents(args, settings)
    baseline_file = option(args, settings, "baseline", None)
    baseline = baselines.load(Path(baseline_file)) if baseline_file else None
    report = build_report(result, facts, root, rules=rules, baseline=baseline,
                          show_unread=args.show_unread)
    del result  # the documents' records: the report has what is printed, and memory is freed
    name = option(args, settings, "format", "auto")
    if name == "auto":
        name = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "table"
    text = pieces(name)(report)  # written a piece at a time: a large report is never held whole
    if args.output:
        with Path(args.output).open("w", encoding="utf-8") as out:
            out.writelines(text)
    else:
        sys.stdout.writelines(text)
    fail_on = option(args, settings, "fail-on", "error")
    if report.stale and option(args, settings, "fail-on-stale", False):
        return ExitCode.FINDINGS
    if fail_on == "never":
        return ExitCode.OK
    threshold = SEVERITY_RANK[fail_on]
    failing = any(SEVERITY_RANK[f.severity] >= threshold for f in report.findings)
    return ExitCode.FINDINGS if failing else ExitCode.OK


def baseline(args, settings) -> ExitCode:
    from checker import baseline as baselines
    from checker.outcome import inline

    path = baseline_path(args, settings)
    result, _, root = run_documents(args, settings)
    findings, _ = inline(result, root)
    if args.baseline_command == "write":
        previous = baselines.load(path) if path.exists() else None
        entries = baselines.written(findings, previous)
        verb = "recorded"
    else:
        entries = baselines.pruned(baselines.load(path), findings)
        verb = "kept"
    path.write_text(baselines.render(entries), encoding="utf-8")
    print(f"{path}: {verb} {len(entries)} finding{'s' if len(entries) != 1 else ''}", file=sys.stderr)
    return ExitCode.OK
