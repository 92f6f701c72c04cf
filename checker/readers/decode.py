"""Bytes to text for the text-based formats, refusing what is not text.

A wrong guess here is a silent mojibake that no later stage can see, so the
rules are strict: a byte-order mark decides; else UTF-8 if it decodes;
else the charset-normalizer detector's best guess, except that among
equally good guesses Windows-1252 wins (a superset of Latin-1's printable
range, and what UK office software writes: the detector alone reads
Latin-1 French as Central European); the result must hold no control
characters. Anything else is not text and becomes an FC900 finding.
"""

from __future__ import annotations

import codecs
import re

from checker.document import ReadError

_NOT_SPACE = re.compile(r"\S")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
LATIN = ("cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "iso8859_16")
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
    encoding = _guess(data)
    if encoding is None:
        raise ReadError("not text: not UTF-8, and no other character encoding reads it (binary, or damaged?)")
    try:
        return _checked(data.decode(encoding))
    except (UnicodeDecodeError, LookupError):
        raise ReadError(f"not text in UTF-8 or {encoding} (the bytes do not decode)") from None


def _guess(data: bytes) -> str | None:
    """The encoding of non-UTF-8 ``data``: the detector's best, Windows-1252 on a tie.

    Text that is mostly ASCII (Latin-script languages: 2-10% other bytes;
    Russian or Japanese: most of them) has too few other bytes for a
    detector to tell, say, Shift-JIS from Cyrillic: there only the
    Latin-script code pages are believed, and stray bytes none of them defines make the file
    undecodable rather than a guess.
    """
    from charset_normalizer import from_bytes

    sample = data[:262144]
    matches = list(from_bytes(sample))
    other = sum(b >= 0x80 for b in sample)
    if other < 0.3 * len(sample) or other < 20:  # Latin-script text, or too little to tell
        matches = [m for m in matches if m.encoding in LATIN]
        if "cp1252" not in {m.encoding for m in matches} and _decodes(sample, "cp1252"):
            return "cp1252"
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    best = [m.encoding for m in matches if m.chaos <= least + 1e-9]
    return "cp1252" if "cp1252" in best else best[0]


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _checked(text: str) -> str:
    control = _CONTROL.search(text)
    if control:
        raise ReadError(f"binary file, not text (control character U+{ord(control.group()):04X} "
                        f"at offset {control.start()})")
    if _NOT_SPACE.search(text) is None:  # (text.strip() would copy a large text)
        raise ReadError("empty document")
    return text
