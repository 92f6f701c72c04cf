"""Every reader finds on its format what the plain-text reader finds on the seeds.

``tests/fixtures/<format>/`` holds the five seed documents in each format
(made by ``tests/fixtures/make_fixtures.py``, same sentences, new layout).
For each format, factlint runs on the five files with a copy of
``facts.yaml`` whose ``documents:`` globs point at them, and must report the
same findings as on ``seeds/*.txt``: the same (code, fact, expected, found)
multiset, found text compared with whitespace and quotes normalised. Then
each finding must point at its words in that format: the source line and
column (md, html: the markup between them, tags dropped and entities
decoded), the paragraph and its column (docx, odt: paragraphs extracted
independently, with python-docx and ElementTree), or the page and the line
of that page in pypdf's extracted text (pdf).
"""

from __future__ import annotations

import html
import io
import json
import os
import re
import shutil
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from checker.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures"
FORMATS = ("md", "html", "docx", "odt", "pdf")
EXTRAS = {"docx": "docx", "pdf": "pypdf"}  # the import each format's reader (and this test) needs

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                         "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                         "\u00a0": " "})


def norm(text: str) -> str:
    """Whitespace collapsed, typographic quotes and dashes made plain."""
    return " ".join(text.translate(_QUOTES).split())


# ---- running factlint ----------------------------------------------------------------

def run(tmp: Path, folder: str, source: Path, facts_text: str) -> list[dict]:
    """Copy ``source`` to ``tmp/folder``, write ``tmp/facts.yaml``, check, return the findings."""
    shutil.copytree(source, tmp / folder)
    (tmp / "facts.yaml").write_text(facts_text, encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(tmp)
    try:
        code = main(["check", folder, "--facts", "facts.yaml", "--format", "json",
                     "--output", "report.json"])
    finally:
        os.chdir(cwd)
    report = json.loads((tmp / "report.json").read_text(encoding="utf-8"))
    assert code in (0, 1), f"factlint check exited {code}"
    assert report["summary"]["documents"] == 5, report["summary"]
    return report["findings"]


def facts_for(fmt: str) -> str:
    """facts.yaml with ``match: seeds/NNN_*.txt`` turned into ``match: <fmt>/NNN_*``."""
    text = (ROOT / "facts.yaml").read_text(encoding="utf-8")
    changed, count = re.subn(r"(match:\s*)seeds/(\d{3}_)\*\.txt", rf"\g<1>{fmt}/\g<2>*", text)
    assert count == 5, "facts.yaml no longer matches the five seeds by seeds/NNN_*.txt"
    return changed


@pytest.fixture(scope="module")
def seed_findings(tmp_path_factory) -> list[dict]:
    tmp = tmp_path_factory.mktemp("txt")
    return run(tmp, "seeds", SEEDS, (ROOT / "facts.yaml").read_text(encoding="utf-8"))


def key(finding: dict) -> tuple[str, str, str, str]:
    return finding["code"], finding["fact"], norm(finding["expected"]), norm(finding["found"])


def seed_of(finding: dict) -> str:
    """``001`` for ``pdf/001_16ac0a247399905e.pdf``."""
    return Path(finding["path"]).name[:3]


# ---- what a finding points at ------------------------------------------------------------

def span(lines: list[str], f: dict, first_line: int = 1) -> str:
    """The text of ``lines`` from (line, column) to (end_line, end_column), exclusive."""
    start, end = f["line"] - first_line, f["end_line"] - first_line
    if not (0 <= start <= end < len(lines)):
        return f"<line {f['line']}..{f['end_line']} outside 1..{len(lines)}>"
    if start == end:
        return lines[start][f["column"] - 1:f["end_column"] - 1]
    return " ".join([lines[start][f["column"] - 1:], *lines[start + 1:end],
                     lines[end][:f["end_column"] - 1]])


def seed_words(f: dict) -> str:
    """The words a finding on a seed points at (empty for a finding about the whole document)."""
    lines = next(SEEDS.glob(f"{seed_of(f)}_*.txt")).read_text(encoding="utf-8").split("\n")
    words = norm(span(lines, f))
    first = (norm(f["found"]).split() or [""])[0]
    return words if first and first in words else ""


def markup_text(source: str) -> str:
    """Source HTML as a reader sees it: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]*>", "", source))


def docx_paragraphs(path: Path) -> tuple[list[str], list[int]]:
    """The body's paragraph texts, and the least page each can be on (from hard page breaks)."""
    import docx
    from docx.oxml.ns import qn

    paragraphs, pages, page, pending = [], [], 1, 0
    for p in docx.Document(str(path)).paragraphs:
        if p.text.strip():
            page += pending
            pending = 0
        paragraphs.append(p.text)
        pages.append(page)
        pending += sum(br.get(qn("w:type")) == "page" for br in p._p.iter(qn("w:br")))
    return paragraphs, pages


_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _odt_text(element: ET.Element) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag == _TEXT + "s":
            parts.append(" " * int(child.get(_TEXT + "c", "1")))
        elif child.tag == _TEXT + "tab":
            parts.append("\t")
        elif child.tag == _TEXT + "line-break":
            parts.append(" ")
        elif child.tag not in (_TEXT + "soft-page-break", _TEXT + "bookmark", _TEXT + "note-citation"):
            parts.append(_odt_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def odt_paragraphs(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as odt:
        root = ET.fromstring(odt.read("content.xml"))
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    return [_odt_text(e) for e in body.iter() if e.tag in (_TEXT + "p", _TEXT + "h")]


def pdf_page_lines(path: Path, page: int) -> list[str]:
    """The text lines of a page as pypdf extracts them, empty lines left out."""
    import pypdf

    text = pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages[page - 1].extract_text()
    return [line.rstrip() for line in text.split("\n") if line.strip()]


def pointed_at(fmt: str, path: Path, f: dict) -> str:
    """The words the finding ``f`` points at in ``path``, read back independently of the reader."""
    if fmt == "md":
        return span(path.read_text(encoding="utf-8").split("\n"), f)
    if fmt == "html":
        return markup_text(span(path.read_text(encoding="utf-8").split("\n"), f))
    if fmt == "docx":
        paragraphs, pages = docx_paragraphs(path)
        # A file Word never laid out may have no pages; when it has, the hard breaks
        # before a paragraph are a floor for its page.
        if f.get("page") is not None and f["line"] <= len(paragraphs):
            assert f["page"] >= pages[f["line"] - 1], f"page of {f['path']}:{f['line']}"
        return span(paragraphs, f)
    if fmt == "odt":
        return span(odt_paragraphs(path), f)
    assert f.get("page"), f"a PDF finding without a page: {f}"
    return span(pdf_page_lines(path, f["page"]), f)


# ---- the tests ----------------------------------------------------------------------------

def test_seed_run_has_findings_to_compare(seed_findings):
    """The comparison means something only if the seeds have findings of several kinds."""
    assert len(seed_findings) >= 3
    assert len({f["code"] for f in seed_findings}) >= 2
    assert all(f["code"] != "FC900" for f in seed_findings)


def test_every_seed_has_a_fixture_in_every_format():
    stems = sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert len(stems) == 5
    for fmt in FORMATS:
        made = sorted(p.name for p in (FIXTURES / fmt).iterdir())
        assert made == [f"{stem}.{fmt}" for stem in stems], fmt
        assert all((FIXTURES / fmt / name).stat().st_size < 200 * 1024 for name in made), fmt


@pytest.mark.parametrize("fmt", FORMATS)
def test_format_finds_what_the_seeds_do(fmt, seed_findings, tmp_path):
    if fmt in EXTRAS:
        pytest.importorskip(EXTRAS[fmt])
    findings = run(tmp_path, fmt, FIXTURES / fmt, facts_for(fmt))

    unreadable = [f"{f['path']}: {f['message']}" for f in findings if f["code"] == "FC900"]
    assert not unreadable, f"{fmt} files not read"
    got, want = Counter(map(key, findings)), Counter(map(key, seed_findings))
    assert got == want, (f"{fmt}: only on the {fmt} files: {sorted((got - want).elements())}; "
                         f"only on the seeds: {sorted((want - got).elements())}")

    # Pair each finding with the seed's, by seed and key, in order of place.
    seeds_by = {}
    for f in seed_findings:
        seeds_by.setdefault((seed_of(f), key(f)), []).append(f)
    wrong = []
    for f in findings:
        seed = seeds_by[(seed_of(f), key(f))].pop(0)
        words = seed_words(seed)
        page = f"p{f['page']}:" if f.get("page") else ""
        place = f"{f['path']}:{page}{f['line']}:{f['column']}"
        if not words:  # about the whole document: its first line
            if (f["line"], f["column"]) != (1, 1) or (fmt == "pdf" and f.get("page") != 1):
                wrong.append(f"{f['code']} {f['fact']}: at {place}, not the document's first line")
            continue
        found = norm(pointed_at(fmt, tmp_path / f["path"], f))
        if found != words:
            wrong.append(f"{f['code']} {f['fact']}: {place} to {f['end_line']}:{f['end_column']} "
                         f"points at {found!r}, not {words!r}")
    assert not wrong, f"{fmt}: findings in the wrong place:\n" + "\n".join(wrong)
