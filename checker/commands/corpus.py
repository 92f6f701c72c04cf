"""``factlint report``: the fact-by-document matrix."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from checker.commands import ExitCode
from checker.commands.options import run_documents


def report(args, settings) -> ExitCode:
    from checker.matrix import renderer as matrix_renderer
    from checker.matrix.cells import build
    from checker.outcome import build_report

    result, facts, root = run_documents(args, settings, keep_mentions=True)
    matrix = build(result, build_report(result, facts, root), facts)
    renderer = matrix_renderer(args.format)
    if args.format == "table":
        colour = not args.output and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        text = renderer(matrix, colour=colour)
    else:
        text = renderer(matrix)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return ExitCode.OK
