"""PDF (.pdf): the text layer of every page, read with pypdf.

``original`` is the extracted text: each text line of a page is one line,
pages are separated by a blank line (so a finding reads ``x.pdf:p3:12:5``,
page 3, line 12 counting the page's text lines), and a sentence that runs
over a page break is still joined by the normaliser, which keeps a blank
line inside a sentence together.

Plain extraction, not pypdf's layout mode: layout mode sorts text by height
on the page, which interleaves columns, and its blank lines follow font
size, not the document's own line spacing. Plain extraction keeps the
content stream's order but loses paragraph gaps, so the height of every
line is noted while extracting and a gap clearly wider than the usual line
step (a letter's date line, a heading) is marked as a paragraph break in the
checked text, as a form feed in place of the newline: the line count stays
that of the text lines a reader sees.

Running headers and footers (a letterhead line, "Page 3 of 7") recur at
the top or bottom of most pages; they are blanked out of the checked text.
The file's /CreationDate is when it was made, not when the letter was
written, and is not taken as the document's date.
"""

from __future__ import annotations

import io
import logging
import math
import re
import warnings
from collections import Counter
from typing import NamedTuple

from checker.document import Document, ReadError

EXTENSIONS = (".pdf",)
EXTRA = "pdf"
MAX_PAGES = 2000  # pypdf keeps every page it parsed until the reader goes: memory stays bounded
EDGE = 3  # lines at the top and bottom of a page where running headers and footers stand
GAP = 1.3  # a step this many times the usual line step is a paragraph gap

_NO_TEXT = "no text layer: a scanned PDF? run OCR first, e.g. ocrmypdf, and check the result"
# Characters that would break lines or encodings later: controls, Unicode line
# separators and the lone surrogates pypdf leaves from undecodable glyphs.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029\ud800-\udfff]")


class Line(NamedTuple):
    text: str
    gap: bool  # a paragraph gap (or a jump up the page) stands before it


def available() -> bool:
    try:
        import pypdf  # noqa: F401
    except ImportError:
        return False
    return True


def read(data: bytes, shown: str) -> Document:
    original, checked, starts = assemble(extract(data))
    return Document.from_source(shown, original, checked, page_starts=starts, lines_per_page=True)


def extract(data: bytes) -> list[list[Line]]:
    """The lines of every page; raises ReadError for a file with no text to read."""
    import pypdf

    # pypdf logs and warns about every repair it makes; that is not the user's business.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = _open(pypdf, data)
        try:
            count = len(reader.pages)
        except Exception as err:
            raise ReadError(f"damaged PDF: {_reason(err)}") from None
        if count > MAX_PAGES:
            raise ReadError(f"too many pages ({count}; at most {MAX_PAGES}): split it")
        pages, failed = [], 0
        for number in range(count):
            try:
                pages.append(_page_lines(reader.pages[number]))
            except Exception:  # a hostile page fails alone; MemoryError is not an Exception
                pages.append([])
                failed += 1
    del reader
    if count == 0 or failed == count:
        raise ReadError("damaged PDF: no page could be read")
    if not any(line.text.strip() for page in pages for line in page):
        raise ReadError(f"damaged PDF: {failed} of {count} pages could not be read and the rest "
                        "have no text" if failed else _NO_TEXT)
    return pages


def _open(pypdf, data: bytes):
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except pypdf.errors.DependencyError:
                raise ReadError("encrypted PDF: decrypting it needs the 'cryptography' package "
                                "(pip install cryptography)") from None
            if not opened:
                raise ReadError("encrypted PDF: it needs a password")
        return reader
    except ReadError:
        raise
    except Exception as err:
        raise ReadError(f"damaged PDF: {_reason(err)}") from None


def _reason(err: Exception) -> str:
    text = " ".join(str(err).split())[:120]
    return text or type(err).__name__


def _page_lines(page) -> list[Line]:
    """The text lines of a page, each marked when a paragraph gap stands before it."""
    chunks: list[tuple[str, float | None, float]] = []

    def visit(text, cm, tm, font, size):
        if text:
            chunks.append((text, *_position(cm, tm, size)))

    text = page.extract_text(visitor_text=visit)
    if "".join(chunk[0] for chunk in chunks) != text:
        chunks = [(text, None, 0.0)]  # the pieces do not add up: no heights, lines only
    lines: list[list] = []  # [text, y, height, blank line before]
    current = ["", None, 0.0, False]
    for piece, y, height in chunks:
        for index, part in enumerate(piece.split("\n")):
            if index:
                lines.append(current)
                current = ["", None, 0.0, False]
            if part.strip() and y is not None:
                current[1] = y if current[1] is None else current[1]
                current[2] = max(current[2], height)  # the line's own font, not a superscript's
            current[0] += part
    lines.append(current)
    return _with_gaps(lines)


def _position(cm, tm, size) -> tuple[float | None, float]:
    """The height on the page where text starts and its font height; None when rotated."""
    try:
        a, b, c, d = (tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3],
                      tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        height = abs(float(size)) * math.hypot(c, d)
        upright = a > abs(b) and d > abs(c)
        return (float(y), height) if upright and math.isfinite(y) and height > 0 else (None, 0.0)
    except Exception:
        return None, 0.0


def _with_gaps(raw: list[list]) -> list[Line]:
    """Drop empty lines; mark a gap before a line whose step down is wider than usual."""
    kept: list[tuple[str, float | None, float, bool]] = []
    blank = False
    for text, y, height, _ in raw:
        text = _UNSAFE.sub(" ", text).rstrip()
        if not text.strip():
            blank = bool(kept)
            continue
        kept.append((text, y, height, blank))
        blank = False
    steps = [_step(before, after) for before, after in zip(kept, kept[1:])]
    usual = Counter(round(step, 1) for step in steps if step and step > 0)
    normal = min(usual, key=lambda s: (-usual[s], s)) if usual else None
    lines = [Line(kept[0][0], False)] if kept else []
    for (text, _, _, blank), step in zip(kept[1:], steps):
        # Up the page is a new column or a block placed out of order.
        gap = blank or step is not None and (step < 0 or normal is not None and step > normal * GAP)
        lines.append(Line(text, gap))
    return lines


def _step(before, after) -> float | None:
    """How far down the page ``after`` starts below ``before``, in heights of the smaller font.

    The smaller: the space under a heading is wide for the text below it.
    """
    if before[1] is None or after[1] is None:
        return None
    return (before[1] - after[1]) / min(before[2], after[2])


def running(pages: list[list[Line]]) -> set[tuple[int, int]]:
    """(page, line) of the running headers and footers.

    A line near the top or bottom of a page whose text, digits aside, stands
    there on at least half of the pages (and on at least three, or on both
    of two).
    """
    def key(text: str) -> str:
        return " ".join(re.sub(r"\d+", "#", text).split()).lower()

    edges = [[i for i in range(len(page)) if i < EDGE or i >= len(page) - EDGE] for page in pages]
    seen = Counter(k for page, near in zip(pages, edges) for k in {key(page[i].text) for i in near})
    needed = 2 if len(pages) == 2 else max(3, math.ceil(len(pages) / 2))
    return {(p, i) for p, (page, near) in enumerate(zip(pages, edges)) for i in near
            if seen[key(page[i].text)] >= needed}


def assemble(pages: list[list[Line]]) -> tuple[str, str, tuple[int, ...]]:
    """``original``, ``checked`` (headers blanked, gaps marked) and the page starts."""
    hidden = running(pages)
    original: list[str] = []
    checked: list[str] = []
    starts: list[int] = []
    offset = 0
    for p, page in enumerate(pages):
        if p:
            original.append("\n\n")
            checked.append("\n\n")
            offset += 2
        starts.append(offset)
        for i, line in enumerate(page):
            if i:
                mark = (line.gap and not line.text.lstrip()[:1].islower()
                        and (p, i) not in hidden and (p, i - 1) not in hidden)
                original.append("\n")
                checked.append("\f" if mark else "\n")
                offset += 1
            original.append(line.text)
            checked.append(" " * len(line.text) if (p, i) in hidden else line.text)
            offset += len(line.text)
    return "".join(original), "".join(checked), tuple(starts)
