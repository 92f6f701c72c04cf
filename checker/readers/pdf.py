"""PDF (.pdf): the text layer of every page, read with pypdf.

``original`` is the extracted text, a line per text line, pages separated by
a blank line: a finding reads ``x.pdf:p3:12:5`` (page 3, its line 12).
Plain extraction, not layout mode, which sorts text by height on the page
(interleaving columns) and guesses blank lines from font size. Plain
extraction keeps the content's order but drops paragraph gaps, so each
line's height and font size are noted, and in the checked text a wide step
or a new font size (a letter's date line, a heading) becomes a form feed, a
paragraph break that keeps lines counting as a reader sees them. Running
headers and footers are blanked out. /CreationDate is when the file was
made, not the letter: it is kept as ``metadata_date``, the weakest source
of the document's date, used only when the text states none.
"""

from __future__ import annotations

import dataclasses
import datetime
import io
import math
import re
import warnings
from bisect import bisect_right
from collections import Counter
from typing import NamedTuple

from checker.document import Document, ReadError

EXTENSIONS = (".pdf",)
EXTRA = "pdf"
MAX_PAGES = 2000  # pypdf keeps every page it parsed until the reader goes: memory stays bounded
EDGE = 3  # lines at the top and bottom of a page where running headers and footers stand
GAP = 1.3  # a step this many times the usual line step is a paragraph gap
SIZE_CHANGE = 1.15  # a font this much larger or smaller starts a paragraph

_NO_TEXT = "no text layer: a scanned PDF? run OCR first, e.g. ocrmypdf, and check the result"
# A numbered paragraph or list item ("2.1 ", "3. ", "a) ", "(iv) ", "3 The"): not the rest
# of a sentence, though it starts in lower case or with a number.
_ITEM = re.compile(r"(?:\d+(?:\.\d+)+\.?|\d+\.|[a-z]\)|\([a-z0-9]+\)) |\d+ [A-Z]")
# What would break lines or encodings later: controls, Unicode line separators and
# the lone surrogates pypdf leaves from undecodable glyphs.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029\ud800-\udfff]")


class Line(NamedTuple):
    text: str
    y: float | None  # height on the page of its baseline; None when unknown or rotated
    size: float  # font height, 0 when unknown
    blank: bool  # pypdf put an empty line before it
    gap: bool = False  # a paragraph break stands before it (see with_gaps)


def available() -> bool:
    try:
        import pypdf  # noqa: F401
    except ImportError:
        return False
    return True


def read(data: bytes, shown: str) -> Document:
    created: list[datetime.date] = []
    original, checked, starts = assemble(with_gaps(extract(data, created)))
    doc = Document.from_source(shown, original, checked, page_starts=starts, lines_per_page=True)
    return dataclasses.replace(doc, metadata_date=created[0]) if created else doc


def extract(data: bytes, created: list | None = None) -> list[list[Line]]:
    """The lines of every page; raises ReadError for a file with no text to read.

    ``created`` receives the file's /CreationDate, if it has a valid one.
    """
    import logging

    import pypdf

    # pypdf logs and warns about every repair it makes; that is not the user's business.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise ReadError("encrypted PDF: it needs a password")
            count = len(reader.pages)
        except ReadError:
            raise
        except pypdf.errors.DependencyError:  # AES without the package that decrypts it
            raise ReadError("encrypted PDF: reading it needs the 'cryptography' package") from None
        except Exception as err:  # pypdf's own reason ("startxref not found"), not Python's
            reason = " ".join(str(err).split())[:120] if isinstance(err, pypdf.errors.PyPdfError) else ""
            raise ReadError(f"damaged PDF: {reason or 'its structure cannot be read'}") from None
        if created is not None:
            created.extend(_creation_date(reader))
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
    if not any(page for page in pages):
        raise ReadError(f"damaged PDF: {failed} of {count} pages could not be read and the rest "
                        "have no text" if failed else _NO_TEXT)
    return pages


def _creation_date(reader) -> list[datetime.date]:
    """The file's /ModDate, else its /CreationDate, if valid (a malformed one is no date)."""
    for field in ("modification_date", "creation_date"):
        try:
            made = getattr(reader.metadata, field) if reader.metadata else None
        except Exception:
            continue
        if isinstance(made, datetime.datetime):
            return [made.date()]
    return []


def _page_lines(page) -> list[Line]:
    """The text lines of a page, with their heights."""
    chunks: list[tuple[str, float | None, float]] = []  # (text, height on the page, font height)

    def visit(text, cm, tm, font, size):
        if text:
            chunks.append((text, *_position(cm, tm, size)))

    text = page.extract_text(visitor_text=visit)
    if "".join(chunk[0] for chunk in chunks) != text:
        chunks = [(text, None, 0.0)]  # the pieces do not add up: lines without heights
    kept: list[Line] = []
    parts, y, height, blank = [], None, 0.0, False
    for piece, at, size in chunks + [("\n", None, 0.0)]:
        for index, part in enumerate(piece.split("\n")):
            if index:  # a line ends
                line = _UNSAFE.sub(" ", "".join(parts)).rstrip()
                if line.strip():
                    kept.append(Line(line, y, height, blank))
                blank = bool(kept) and not line.strip()
                parts, y, height = [], None, 0.0
            parts.append(part)
            if part.strip() and at is not None:
                y = at if y is None else y
                height = max(height, size)  # the line's own font, not a superscript's
    return kept


def _position(cm, tm, size) -> tuple[float | None, float]:
    """The height on the page where text starts and its font height; None when rotated."""
    try:
        a, b, c, d = (tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3],
                      tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
        y = float(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])
        height = abs(float(size)) * math.hypot(c, d)
        upright = a > abs(b) and d > abs(c)
        return (y, height) if upright and math.isfinite(y) and height > 0 else (None, 0.0)
    except Exception:
        return None, 0.0


def with_gaps(pages: list[list[Line]]) -> list[list[Line]]:
    """Mark a paragraph break before a line whose step down the page is clearly wider than
    the usual one (unless the sentence runs on into it), or whose font size changes.

    Steps count in heights of the smaller font: the space under a heading is
    wide for the text below it.
    """
    steps = [[None if a.y is None or b.y is None else (a.y - b.y) / min(a.size, b.size)
              for a, b in zip(page, page[1:])] for page in pages]
    normal = usual_step([step for page in steps for step in page if step is not None])

    def gap(before: Line, line: Line, step: float | None) -> bool:
        if step is not None and max(before.size, line.size) > SIZE_CHANGE * min(before.size, line.size):
            return True
        # Up the page is a new column or a block placed out of order.
        wide = line.blank or step is not None and (step < 0 or normal is not None and step > normal * GAP)
        return wide and not (line.text.lstrip()[:1].islower() and not _ITEM.match(line.text.lstrip()))

    return [page[:1] + [b._replace(gap=gap(a, b, step)) for a, b, step in zip(page, page[1:], page_steps)]
            for page, page_steps in zip(pages, steps)]


def usual_step(steps: list[float]) -> float | None:
    """The step between lines of a paragraph: the smallest that is common.

    Not the most common: a short letter has more gaps (address, date,
    salutation, one-line paragraphs) than lines within paragraphs. Common: a
    fifth of the steps lie within 10% of it.
    """
    # Not a superscript on its own line, nor the jump to a footer or past a figure.
    down = sorted(step for step in steps if 0.5 < step < 4)
    for i, step in enumerate(down):
        if bisect_right(down, step * 1.1) - i >= max(2, len(down) / 5):
            return step
    return None


def running(pages: list[list[Line]]) -> set[tuple[int, int]]:
    """(page, line) of running headers and footers: lines near the top (or the bottom)
    whose text, digits aside, recurs there on half the pages (at least three, or both
    of two). Top and bottom apart: a letterhead atop page 1 is not a footer for
    standing again under the signature on page 2."""
    def keys(p: int, i: int) -> tuple[tuple[str, str], ...]:
        text = " ".join(re.sub(r"\d+", "#", pages[p][i].text).split()).lower()
        edge = min(EDGE, len(pages[p]) / 2)  # a short page's lines are at its top or its bottom
        return (("top", text),) * (i < edge) + (("bottom", text),) * (len(pages[p]) - i <= edge)

    edges = [[(p, i) for i in range(len(page)) if keys(p, i)] for p, page in enumerate(pages)]
    seen = Counter(k for near in edges for k in {k for at in near for k in keys(*at)})
    needed = 2 if len(pages) == 2 else max(3, math.ceil(len(pages) / 2))
    return {at for near in edges for at in near if any(seen[k] >= needed for k in keys(*at))}


def runs_on(before: Line, after: Line) -> bool:
    """Whether a sentence runs on over a page break from ``before`` into ``after``.

    The normaliser joins a blank line when the next line starts in lower case
    or with a number; a PDF knows more: a line ending in a lower-case letter or
    a comma has not ended its sentence ("... as a" / "'Partners in Practice'"),
    unless the next line is a heading or a numbered item.
    """
    end = before.text.rstrip()[-1:]
    sizes = sorted((before.size, after.size))
    return ((end.islower() or end == ",") and not _ITEM.match(after.text.lstrip())
            and (not sizes[0] or sizes[1] <= SIZE_CHANGE * sizes[0]))


def assemble(pages: list[list[Line]]) -> tuple[str, str, tuple[int, ...]]:
    """``original``, ``checked`` and the page starts.

    ``checked`` has running lines blanked, a form feed for a paragraph gap,
    and only spaces between the two halves of a sentence cut by a page break.
    """
    hidden = running(pages)
    original: list[str] = []
    checked: list[str] = []
    starts: list[int] = []
    length = 0
    before: tuple[Line, int] | None = None  # the last line read, and where checked goes on after it
    for p, page in enumerate(pages):
        if p:
            original.append("\n\n")
            checked.append("\n\n")
            length += 2
        starts.append(length)
        first = True
        for i, line in enumerate(page):
            if i:
                mark = line.gap and (p, i) not in hidden and (p, i - 1) not in hidden
                original.append("\n")
                checked.append("\f" if mark else "\n")
                length += 1
            original.append(line.text)
            length += len(line.text)
            if (p, i) in hidden:
                checked.append(" " * len(line.text))
                continue
            if first and before and runs_on(before[0], line):
                checked[before[1]:] = [" " * len(part) for part in checked[before[1]:]]
            checked.append(line.text)
            before, first = (line, len(checked)), False
        if first:
            before = None  # a page with nothing to read: no sentence runs over it
    return "".join(original), "".join(checked), tuple(starts)
