"""The readers, one module per format, chosen by file extension.

Every reader has the same shape: ``read(path, shown) -> Document`` (``shown``
is the path as findings print it), raising ``ReadError`` with a one-line
reason for a file it cannot read. Add a format by writing a module with
``EXTENSIONS`` and ``read`` and listing it here.
"""

from __future__ import annotations

from pathlib import Path

from checker.document import Document, ReadError
from checker.readers import markdown, plain_text

READERS = (plain_text, markdown)
BY_EXTENSION = {ext: reader for reader in READERS for ext in reader.EXTENSIONS}


def supported(path: Path) -> bool:
    """Whether a file found while walking a folder is a document to check."""
    return path.suffix.lower() in BY_EXTENSION


def read(path: Path, shown: str) -> Document:
    """Read any supported document (unknown extensions are read as plain text)."""
    reader = BY_EXTENSION.get(path.suffix.lower(), plain_text)
    try:
        return reader.read(path, shown)
    except ReadError:
        raise
    except PermissionError:
        raise ReadError("permission denied") from None
    except IsADirectoryError:
        raise ReadError("is a folder, not a document") from None
    except OSError as err:
        raise ReadError(f"cannot be read: {err.strerror or err}") from None


__all__ = ["Document", "ReadError", "read", "supported", "READERS"]
