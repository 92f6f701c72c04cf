"""The .docx reader: one line per paragraph, pages, notes, and files it refuses.

The documents are built here with python-docx (footnotes, which it cannot
write, by adding the XML part to the zip), so each test knows which
paragraph every word stands in.
"""

from __future__ import annotations

import datetime
import io
import time
import zipfile
from pathlib import Path

import pytest

python_docx = pytest.importorskip("docx")

from docx.oxml import OxmlElement, parse_xml  # noqa: E402

from checker.readers import ReadError, docx, read  # noqa: E402
from tests.conftest import codes  # noqa: E402

FACTS = """
version: 1
facts:
  - id: investment
    subject: [investment]
    type: money
    value: £1.63m
"""
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def save(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def laid_out(paragraph) -> None:
    """Mark the paragraph as Word does when its layout begins a page there."""
    paragraph.runs[0]._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))


def letter(word: bool = True) -> bytes:
    """A letter over three pages; ``word``: as Word saves it, with its layout marks."""
    d = python_docx.Document()
    d.add_heading("Parks update", level=1)
    d.add_paragraph("Dear Mr Smith,")
    first = d.add_paragraph("The council has invested in the parks.")
    first.add_run().add_break()  # a line break within the paragraph
    first.add_run("A second line.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Year"
    table.cell(0, 1).text = "Spend"
    table.cell(1, 0).merge(table.cell(1, 1)).text = "Merged cell"
    d.add_page_break()
    investment = d.add_paragraph("The investment was £163m.")
    d.sections[0].header.paragraphs[0].text = "Kirklees Council"
    d.sections[0].footer.paragraphs[0].text = "Investment Office"
    d.add_section()
    sign_off = d.add_paragraph("Yours sincerely,")
    if word:
        laid_out(investment)
        laid_out(sign_off)
    return save(d)


def lines(data: bytes) -> list[str]:
    return docx.read(data, "a.docx").original.splitlines()


def test_one_line_per_paragraph_in_reading_order():
    assert lines(letter()) == [
        "Parks update", "Dear Mr Smith,", "The council has invested in the parks. A second line.",
        "Year", "Spend", "Merged cell",  # a merged cell once
        "",  # the paragraph holding the page break
        "The investment was £163m.", "", "Yours sincerely,",
        "Kirklees Council", "Investment Office",  # the header both sections share, once
    ]


def test_a_finding_points_at_the_paragraph_and_its_page():
    doc = docx.read(letter(), "a.docx")
    start = doc.text.index("£163m")
    where = doc.locate(start, start + 5)
    assert (where.line, where.column, where.end_column, where.page) == (8, 20, 25, 2)
    first = doc.text.index("Dear")
    assert doc.locate(first, first + 4).page == 1
    last = doc.text.index("Yours")
    assert doc.locate(last, last + 5).page == 3  # after a new-page section break


def test_no_pages_from_a_file_word_never_laid_out():
    """Hard breaks alone would miss the pages text overflows into."""
    doc = docx.read(letter(word=False), "a.docx")
    assert doc.page_starts == () and doc.locate(0, 4).page is None


def test_rendered_page_breaks_count_once_after_a_hard_break():
    d = python_docx.Document()
    d.add_paragraph("Page one.")
    d.add_page_break()
    laid_out(d.add_paragraph("Page two."))  # Word marks a page after a hard break too
    rendered = d.add_paragraph("Still page two, then ")
    rendered.add_run("page three.")._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))
    doc = docx.read(save(d), "a.docx")
    pages = {word: doc.locate(doc.text.index(word), doc.text.index(word) + 4).page
             for word in ("Page one", "Page two", "Still", "page three")}
    assert pages == {"Page one": 1, "Page two": 2, "Still": 2, "page three": 3}
    assert doc.locate(doc.text.index("page three"), doc.text.index("page three") + 4).line == 4


def test_text_boxes_once_after_their_paragraph_and_tracked_deletions_left_out():
    d = python_docx.Document()
    p = d.add_paragraph("Before the box.")
    box = ("<w:txbxContent><w:p><w:r><w:t>In the box.</w:t></w:r></w:p></w:txbxContent>")
    p._p.append(parse_xml(  # a drawing, and the older VML copy Word writes for older readers
        f'<w:r xmlns:w="{W}" xmlns:mc="{MC}"><mc:AlternateContent><mc:Choice Requires="wps">'
        f'<w:drawing>{box}</w:drawing></mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r>"))
    p._p.append(parse_xml(f'<w:del xmlns:w="{W}"><w:r><w:delText>gone</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins xmlns:w="{W}"><w:r><w:t> After.</w:t></w:r></w:ins>'))
    d.add_paragraph("Next.")
    assert lines(save(d)) == ["Before the box. After.", "In the box.", "Next."]


def test_page_break_before_a_paragraph():
    d = python_docx.Document()
    d.add_paragraph("One.").paragraph_format.page_break_before = True  # not before page one
    two = d.add_paragraph("Two.")
    two.paragraph_format.page_break_before = True
    laid_out(two)  # Word's mark for the same page
    three = d.add_paragraph("Three, ")
    three.add_run("filling a page.")._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))
    doc = docx.read(save(d), "a.docx")
    pages = [doc.locate(doc.text.index(w), doc.text.index(w) + 3).page for w in ("One", "Two", "fill")]
    assert pages == [1, 2, 3]


def test_no_page_breaks_no_pages():
    d = python_docx.Document()
    d.add_paragraph("Only words.")
    doc = docx.read(save(d), "a.docx")
    assert doc.page_starts == () and doc.locate(0, 4).page is None


def with_footnotes(data: bytes, notes: list[str]) -> bytes:
    """The .docx with a footnotes part holding ``notes`` (and Word's separator notes)."""
    body = "".join(f'<w:footnote w:id="{i}"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>'
                   for i, text in enumerate(notes, 1))
    part = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:t>cont</w:t></w:r></w:p>'
            f'</w:footnote>{body}</w:footnotes>')
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" '
                                          b'ContentType="application/vnd.openxmlformats-officedocument.'
                                          b'wordprocessingml.footnotes+xml"/></Types>')
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(b"</Relationships>", b'<Relationship Id="rIdNotes" '
                                          b'Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                                          b'relationships/footnotes" Target="footnotes.xml"/>'
                                          b'</Relationships>')
            target.writestr(item, content)
        target.writestr("word/footnotes.xml", part)
    return out.getvalue()


def test_footnotes_come_after_headers_without_the_separators():
    got = lines(with_footnotes(letter(), ["Source: cabinet minutes, 2016.", "Second note."]))
    assert got[-4:] == ["Kirklees Council", "Investment Office", "Source: cabinet minutes, 2016.",
                        "Second note."]
    assert "cont" not in got


def test_value_conflict_end_to_end(corpus):
    corpus.facts(FACTS)
    corpus.doc("letter.docx", with_footnotes(letter(), ["The investment was £1.63m."]))
    result = corpus.check()
    assert codes(result) == [("FC001", "investment")]
    finding = result.findings[0]
    assert (finding.line, finding.column, finding.page) == (8, 20, 2)
    assert finding.where.endswith("letter.docx:p2:8:20")


def test_a_paragraph_of_its_own_suppresses_the_next(corpus):
    corpus.facts(FACTS)
    d = python_docx.Document()
    d.add_paragraph("factlint: ignore FC001 -- quoting the old figure")
    d.add_paragraph("The investment was £163m.")
    corpus.doc("letter.docx", save(d))
    report = corpus.report()
    assert list(report.findings) == []
    assert [(s.kind, s.reason, s.finding.line) for s in report.silenced] == [
        ("inline", "quoting the old figure", 2)]


def test_truncated_file_is_a_read_error(tmp_path: Path):
    data = letter()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ReadError):
        read(path, "cut.docx")
    with pytest.raises(ReadError, match=r"^damaged \.docx: "):
        docx.read(data[: len(data) // 2], "cut.docx")


def test_malformed_xml_part_is_a_read_error():
    source = zipfile.ZipFile(io.BytesIO(letter()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            broken = item.filename == "word/document.xml"
            target.writestr(item, b"<w:document><w:body>" if broken else source.read(item.filename))
    with pytest.raises(ReadError, match=r"^damaged \.docx: "):
        docx.read(out.getvalue(), "bad.docx")


def zeros(archive: zipfile.ZipFile, name: str, megabytes: int) -> None:
    chunk = bytes(1024 * 1024)
    with archive.open(name, "w", force_zip64=True) as member:
        for _ in range(megabytes):
            member.write(chunk)


def test_zip_bomb_is_refused_without_expanding_it(tmp_path: Path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        zeros(archive, "word/document.xml", 300)
    assert path.stat().st_size < 2 * 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(ReadError, match=r"zip bomb\? its parts would expand to 300 MB"):
        read(path, "bomb.docx")
    assert time.perf_counter() - started < 1.0


def test_small_bomb_is_refused_by_its_ratio():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        zeros(archive, "word/document.xml", 20)
    with pytest.raises(ReadError, match=r"expand to 20 MB, one of them \d+ times"):
        docx.read(out.getvalue(), "bomb.docx")


def test_password_protected_and_old_word_files():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    with pytest.raises(ReadError, match="password-protected .docx"):
        docx.read(ole + "EncryptedPackage".encode("utf-16-le"), "secret.docx")
    with pytest.raises(ReadError, match="Word 97-2003"):
        docx.read(ole + "WordDocument".encode("utf-16-le"), "old.docx")


def test_available_names_the_extra():
    assert docx.EXTRA == "docx" and docx.available() is True


def as_word(text: str, saved: datetime.datetime | None = None) -> bytes:
    """A seed's text as a Word file, one paragraph per block, as python-docx saves it: with no
    date set, the file carries its template's (2013-12-23)."""
    d = python_docx.Document()
    if saved is not None:
        d.core_properties.created = d.core_properties.modified = saved
    for block in text.split("\n\n"):
        if block.strip():
            d.add_paragraph(" ".join(block.split()))
    return save(d)


def test_the_seeds_as_word_files_give_the_seeds_findings(tmp_path):
    """The template's date is no document date: the staff message saved by python-docx read
    "earlier this year" as 2013 and raised a false FC001 before."""
    import json
    import os
    import shutil

    from checker.cli import main
    from tests.conftest import FACTS, SEEDS

    def findings(folder: str) -> list[tuple]:
        out = tmp_path / f"{folder}.json"
        cwd = os.getcwd()
        os.chdir(tmp_path)
        try:
            main(["check", folder, "--facts", "facts.yaml", "--format", "json", "--output", str(out),
                  "--no-cache"])
        finally:
            os.chdir(cwd)
        return sorted((f["code"], f["fact"], f["found"], f["severity"])
                      for f in json.loads(out.read_text())["findings"])

    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "word").mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        (tmp_path / "word" / f"{seed.stem}.docx").write_bytes(as_word(seed.read_text(encoding="utf-8")))
    facts = FACTS.read_text(encoding="utf-8")
    (tmp_path / "facts.yaml").write_text(facts, encoding="utf-8")
    from_text = findings("seeds")
    (tmp_path / "facts.yaml").write_text(facts.replace("seeds/", "word/").replace("*.txt", "*"),
                                         encoding="utf-8")
    assert findings("word") == from_text and len(from_text) == 5


def test_a_finding_that_rests_on_the_files_date_says_so_and_is_a_warning(corpus):
    import datetime

    from tests.conftest import INSPECTION_FACTS

    corpus.facts(INSPECTION_FACTS)
    corpus.doc("note.docx", as_word("In November the Ofsted inspection found it inadequate.",
                                    saved=datetime.datetime(2017, 6, 30, 9, 0)))
    found = corpus.check().findings
    assert [(f.code, f.severity) for f in found] == [("FC001", "warning")]
    assert "file's properties" in found[0].message and "2017-06-30" in found[0].message
