"""The progress bar a person sees on a long run (tqdm, on stderr).

Shown only when both stdout and stderr are terminals and the run lasts
more than a second; never in CI logs or machine-readable output.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def _size() -> tuple[int, int]:
    """The terminal's (columns, rows); 80x24 when it reports none (a fresh
    pseudo-terminal says 0x0, and tqdm draws nothing on a screen of no rows)."""
    try:
        size = os.get_terminal_size(sys.stderr.fileno())
        columns, rows = size.columns, size.lines
    except OSError:
        columns, rows = 0, 0
    return (min(columns, 120) if columns > 20 else 80), (rows if rows > 0 else 24)


class ProgressBar:
    """A ``progress(done, total, source)`` callback drawing documents, MB/s and time left."""

    def __init__(self, sources: Sequence) -> None:
        from tqdm import tqdm

        total = 0
        for source in sources:
            try:
                total += source.path.stat().st_size if source.data is None else len(source.data)
            except OSError:
                pass
        self._bar = tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1000, delay=1.0,
                         file=sys.stderr, leave=False, desc="factlint", ncols=_size()[0],
                         nrows=_size()[1])
        self._documents = len(sources)

    def __call__(self, done: int, total: int, source) -> None:
        try:
            size = source.path.stat().st_size if source.data is None else len(source.data)
        except OSError:
            size = 0
        self._bar.set_postfix_str(f"{done}/{total} documents", refresh=False)
        self._bar.update(size)
        if done == total:
            self._bar.close()
