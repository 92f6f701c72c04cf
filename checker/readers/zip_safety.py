"""Opening the zip inside a .docx or .odt without trusting it.

A Word or OpenDocument file is a zip archive, and a zip can say "a few
kilobytes" while its parts expand to gigabytes (a zip bomb). The sizes are
checked in the central directory, before anything is decompressed: a
member's declared size is also the most ``zipfile`` will ever give back
(it stops there, and a lying member then fails its CRC), so the declared
sizes bound the memory that reading the file can take. A small part with a
high ratio (a page of spaces) is harmless; only parts over 1 MB are held to
the ratio.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from checker.document import ReadError

MAX_EXPANDED = 100 * 1024 * 1024  # all parts together, decompressed
MAX_RATIO = 200  # decompressed : compressed, for one part; text and XML stay far below
RATIO_FROM = 1024 * 1024  # parts smaller than this may have any ratio
_MB = 1024 * 1024


def one_line(err: BaseException) -> str:
    """An exception's message as one short line, for a ReadError."""
    lines = str(err).strip().splitlines()
    text = lines[0] if lines else type(err).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def open_zip(data: bytes, kind: str) -> zipfile.ZipFile:
    """The archive in ``data``, refused (ReadError) when damaged, encrypted or a bomb.

    ``kind`` names the format in messages: ".docx", ".odt".
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as err:
        raise ReadError(f"damaged {kind}: {one_line(err)}") from None
    total = sum(m.file_size for m in members)
    worst = max((m.file_size / max(m.compress_size, 1) for m in members if m.file_size > RATIO_FROM),
                default=0)
    if total > MAX_EXPANDED or worst > MAX_RATIO:
        ratio = f", one of them {worst:.0f} times its compressed size" if worst > MAX_RATIO else ""
        raise ReadError(f"a zip bomb? its parts would expand to {total / _MB:.0f} MB{ratio}; "
                        f"not read")
    if any(m.flag_bits & 0x1 for m in members):
        raise ReadError(f"password-protected {kind} (its parts are encrypted)")
    return archive


def read_member(archive: zipfile.ZipFile, name: str, kind: str) -> bytes:
    """One part's bytes; a missing or corrupt part is a ReadError."""
    try:
        return archive.read(name)
    except KeyError:
        raise ReadError(f"damaged {kind}: it has no {name}") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError,
            NotImplementedError) as err:
        raise ReadError(f"damaged {kind}: {one_line(err)}") from None
