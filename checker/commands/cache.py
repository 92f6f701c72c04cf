"""``factlint cache clear``: remove the cache of unchanged documents' results."""

from __future__ import annotations

import sys
from pathlib import Path

from checker.commands.options import Options
from checker.commands.status import ExitCode


def clear(options: Options) -> ExitCode:
    from checker.cache import FOLDER
    from checker.cache import clear as remove

    print(f"{FOLDER}: {'removed' if remove(Path(FOLDER)) else 'no cache here'}", file=sys.stderr)
    return ExitCode.OK
