"""``factlint check``: the findings that count, in the format asked for, and the exit code."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from checker.commands.options import Options
from checker.commands.run import checked_run
from checker.commands.status import ExitCode


def check(options: Options) -> ExitCode:
    from checker import api
    from checker import baseline as baselines
    from checker.finding import SEVERITY_RANK
    from checker.report import pieces

    result, facts, root = checked_run(options)
    baseline = baselines.load(Path(options.baseline)) if options.baseline else None
    report = api.report(result, facts, root, rules=options.rules, baseline=baseline,
                        show_unread=options.show_unread)
    del result  # the documents' records: the report has what is printed, and memory is freed
    name = options.format
    if name == "auto":
        name = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "table"
    text = pieces(name)(report)  # written a piece at a time: a large report is never held whole
    if options.output:
        with Path(options.output).open("w", encoding="utf-8") as out:
            out.writelines(text)
    else:
        sys.stdout.writelines(text)
    if report.stale and options.fail_on_stale:
        return ExitCode.FINDINGS
    if options.fail_on == "never":
        return ExitCode.OK
    threshold = SEVERITY_RANK[options.fail_on]
    failing = any(SEVERITY_RANK[f.severity] >= threshold for f in report.findings)
    return ExitCode.FINDINGS if failing else ExitCode.OK
