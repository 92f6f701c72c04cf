"""What a value finder may know about where it reads: nothing about facts."""

from __future__ import annotations

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class Context:
    """The document's date (to resolve "last December") and a rating's choices."""

    doc_date: datetime.date | None = None
    choices: tuple[str, ...] = ()
