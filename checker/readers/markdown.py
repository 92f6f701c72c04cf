"""Markdown (.md, .markdown): prose only, with exact lines and columns.

Front matter, fenced code blocks, inline code, HTML comments and link
targets are not prose: their values ("2016" in a URL, a date in code)
must not be read. They are blanked out (each character replaced by a space,
newlines kept) rather than removed, so that every offset still points at
the same line and column of the source. A front-matter ``date:`` is kept
as the document's date; a ``<!-- factlint: ... -->`` comment is an inline
suppression (``checker.suppression``).
"""

from __future__ import annotations

import datetime
import re

from checker.document import Document
from checker.readers.decode import decode

EXTENSIONS = (".md", ".markdown")

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_DATE = re.compile(r"^date:[ \t]*['\"]?(\d{4})-(\d{2})-(\d{2})", re.M)
_FENCE = re.compile(r"^[ \t]{0,3}(```+|~~~+).*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.M | re.S)
_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1")
_LINK_TARGET = re.compile(r"(?<=\])\([^)\n]*\)|<https?://[^>\s]*>")
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_HEADING_MARK = re.compile(r"^[ \t]{0,3}#{1,6}(?=[ \t])|^[ \t]{0,3}>[ \t]?", re.M)


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def front_matter_date(source: str) -> datetime.date | None:
    """The ``date:`` of the front matter, if there is a valid one."""
    front = _FRONT_MATTER.match(source)
    found = _FRONT_DATE.search(front.group(1) or "") if front else None
    if not found:
        return None
    try:
        return datetime.date(*map(int, found.groups()))
    except ValueError:
        return None


def prose_only(source: str) -> str:
    """``source`` with everything that is not prose blanked, same length."""
    checked = _FRONT_MATTER.sub(_blank, source, count=1)
    checked = _FENCE.sub(_blank, checked)
    checked = _COMMENT.sub(_blank, checked)
    checked = _INLINE_CODE.sub(_blank, checked)
    checked = _LINK_TARGET.sub(_blank, checked)
    return _HEADING_MARK.sub(_blank, checked)


def directive_spans(source: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, body) of every ``<!-- factlint: ... -->`` comment."""
    return tuple((m.start(), m.end(), m.group(1)) for m in _COMMENT.finditer(source)
                 if m.group(1).strip().lower().startswith("factlint:"))


def read(data: bytes, shown: str) -> Document:
    source = decode(data)
    return Document.from_source(shown, source, prose_only(source), front_matter_date(source),
                                directive_spans(source))
