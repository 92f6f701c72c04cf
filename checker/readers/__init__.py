"""The readers, one module per format, chosen by extension and checked by content.

Every reader has the same shape: ``read(data, shown) -> Document`` (``data``
is the file's bytes, ``shown`` the path as findings print it), raising
``ReadError`` with a one-line reason for a file it cannot read. A module
may also name the pip extra it needs (``EXTRA``) and ``available()``.

The format is taken from the content where the content says it (a PDF, a
zip holding a Word or OpenDocument text, an HTML page), whatever the
extension: a ``.pdf`` that is really an HTML page is read as HTML. Add a
format by writing a module and listing it in ``READERS``.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from checker.document import Document, ReadError
from checker.readers import docx, html, markdown, odt, pdf, plain_text

READERS = (plain_text, markdown, html, docx, odt, pdf)
BY_EXTENSION = {ext: reader for reader in READERS for ext in reader.EXTENSIONS}
MAX_BYTES = 200 * 1024 * 1024  # a larger file is reported, not read: memory stays bounded


def supported(path: Path) -> bool:
    """Whether a file found while walking a folder is a document to check."""
    return path.suffix.lower() in BY_EXTENSION


def sniff(data: bytes):
    """The reader the content itself asks for, or None when it does not say."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if data.startswith(b"%PDF-"):
        return pdf
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            raise ReadError("a damaged zip archive, not a readable document") from None
        if "word/document.xml" in names:
            return docx
        if "content.xml" in names and "mimetype" in names:
            return odt
        raise ReadError("a zip archive, not a Word or OpenDocument text")
    if head.startswith((b"<!doctype html", b"<html")):
        return html
    return None


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a password-protected .docx, or a .doc


def choose(suffix: str, data: bytes):
    """The reader for a file with this extension and content."""
    by_name = BY_EXTENSION.get(suffix.lower(), plain_text)
    if by_name is docx and data.startswith(OLE):
        return docx  # it says why: password-protected, or a Word 97-2003 file
    by_content = sniff(data)
    if by_content is None:
        if by_name in (pdf, docx, odt):
            raise ReadError(f"not a {suffix.lstrip('.').upper()} file (its content does not match "
                            "its extension)")
        return by_name
    if by_content is html and by_name is markdown:
        return markdown  # Markdown may open with raw HTML
    return by_content


def read_bytes(path: Path) -> bytes:
    if path.is_dir():
        raise ReadError("is a folder, not a document")
    if path.stat().st_size > MAX_BYTES:
        raise ReadError(f"larger than {MAX_BYTES // (1024 * 1024)} MB; split it, or check it in parts")
    return path.read_bytes()


def read(path: Path, shown: str, data: bytes | None = None) -> Document:
    """Read any document (``data``: its bytes when they do not come from ``path``)."""
    try:
        if data is None:
            data = read_bytes(path)
        elif len(data) > MAX_BYTES:
            raise ReadError(f"larger than {MAX_BYTES // (1024 * 1024)} MB")
        reader = choose(path.suffix, data)
        extra = getattr(reader, "EXTRA", None)
        if extra and not reader.available():
            raise ReadError(f"reading {reader.EXTENSIONS[0]} files needs the '{extra}' extra: "
                            f"pip install 'factlint[{extra}]'")
        return reader.read(data, shown)
    except ReadError:
        raise
    except PermissionError:
        raise ReadError("permission denied") from None
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except OSError as err:
        raise ReadError(f"cannot be read: {err.strerror or err}") from None
    except MemoryError:
        raise ReadError("too large to read in memory") from None


__all__ = ["Document", "ReadError", "read", "supported", "READERS", "MAX_BYTES"]
