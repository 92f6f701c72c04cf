"""The matrix as data: ``{"version": 1, "documents", "facts", "cells", "summary"}``.

Cells of facts a document does not mention are left out. Each cell has
fact, document (id), state, values, mentions (line, column, page, words,
excerpt, value, label, state) and findings. Keys are only ever added.
"""

from __future__ import annotations

import json

from checker.matrix.cells import Matrix


def render(matrix: Matrix) -> str:
    return json.dumps(matrix.as_dict(), indent=2, ensure_ascii=False) + "\n"
