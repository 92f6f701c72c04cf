"""Bytes to text for the text-based formats, refusing what is not text.

A wrong guess here is a silent mojibake that no later stage can see, so the
rules are strict: a byte-order mark decides; else UTF-8 if it decodes;
else Windows-1252 (a superset of Latin-1's printable range, and what UK
office software writes) if the result has no control characters; else the
file is not text and becomes an FC900 finding.
"""

from __future__ import annotations

import codecs
import re

from checker.document import ReadError

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> str:
    """The text of ``data``; raises ReadError when it is not a text file."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding))
            except UnicodeDecodeError as err:
                raise ReadError(f"not valid {encoding.upper()} despite its byte-order mark "
                                f"(byte {err.start})") from None
    if b"\x00" in data[:65536]:
        raise ReadError("binary file, not text (it contains NUL bytes)")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        return _checked(data.decode("cp1252"))
    except UnicodeDecodeError as err:
        raise ReadError(f"not text in UTF-8 or Windows-1252 (undecodable byte at {err.start})") from None


def _checked(text: str) -> str:
    control = _CONTROL.search(text)
    if control:
        raise ReadError(f"binary file, not text (control character U+{ord(control.group()):04X} "
                        f"at offset {control.start()})")
    if not text.strip():
        raise ReadError("empty document")
    return text
