"""Plain text (.txt): read as it is.

A line of its own reading ``factlint: ignore ...`` (optionally after ``#``
or ``//``) is an inline suppression (see ``checker.suppression``): it is
blanked out of the checked text and kept as a directive.
"""

from __future__ import annotations

import re

from checker.document import Document
from checker.readers.decode import decode

EXTENSIONS = (".txt", ".text")

_DIRECTIVE = re.compile(r"^[ \t]*(?:#|//)?[ \t]*(factlint:[ \t]*(?:ignore|off|on)\b[^\n]*)$", re.M | re.I)


def blank(text: str, start: int, end: int) -> str:
    """``text`` with ``[start, end)`` replaced by spaces (newlines kept)."""
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def read(data: bytes, shown: str) -> Document:
    source = decode(data)
    spans = tuple((m.start(1), m.end(1), m.group(1)) for m in _DIRECTIVE.finditer(source))
    checked = source
    for start, end, _ in spans:
        checked = blank(checked, start, end)
    return Document.from_source(shown, source, checked, directive_spans=spans)
