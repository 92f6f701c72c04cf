"""``factlint report``: the fact-by-document matrix, as a table, JSON or one HTML page."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from checker.commands.options import Options
from checker.commands.run import checked_run
from checker.commands.status import ExitCode


def report(options: Options) -> ExitCode:
    from checker import api
    from checker.matrix import renderer

    result, facts, root = checked_run(options, keep_mentions=True)
    matrix = api.matrix(result, facts, root)
    render = renderer(options.format)
    if options.format == "table":
        colour = not options.output and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        text = render(matrix, colour=colour)
    else:
        text = render(matrix)
    if options.output:
        Path(options.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return ExitCode.OK
