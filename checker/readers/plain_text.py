"""Plain text (.txt): read as it is."""

from __future__ import annotations

from pathlib import Path

from checker.document import Document
from checker.readers.decode import decode

EXTENSIONS = (".txt", ".text")


def read(path: Path, shown: str) -> Document:
    return Document.from_source(shown, decode(path.read_bytes()))
