"""The first benchmark's name, kept as an alias: runs ``benchmarks/run.py``.

``python benchmarks/bench.py [--mb N] [--quick] ...`` is
``python benchmarks/run.py [--mb N] [--quick] ...``; see benchmarks/README.md.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

if __name__ == "__main__":
    sys.argv[0] = str(Path(__file__).with_name("run.py"))
    runpy.run_path(sys.argv[0], run_name="__main__")
