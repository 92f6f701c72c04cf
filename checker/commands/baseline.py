"""``factlint baseline write|prune``: record today's findings as accepted, or drop stale entries."""

from __future__ import annotations

import sys
from pathlib import Path

from checker.commands.options import Options
from checker.commands.run import checked_run
from checker.commands.status import ExitCode


def baseline(options: Options) -> ExitCode:
    from checker import baseline as baselines
    from checker.outcome import inline

    path = Path(options.baseline)
    result, _, root = checked_run(options)
    findings, _ = inline(result, root)
    if options.command == "baseline write":
        previous = baselines.load(path) if path.exists() else None
        entries = baselines.written(findings, previous)
        verb = "recorded"
    else:
        entries = baselines.pruned(baselines.load(path), findings)
        verb = "kept"
    path.write_text(baselines.render(entries), encoding="utf-8")
    print(f"{path}: {verb} {len(entries)} finding{'s' if len(entries) != 1 else ''}", file=sys.stderr)
    return ExitCode.OK
