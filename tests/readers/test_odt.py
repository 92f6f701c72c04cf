"""The .odt reader: paragraphs, spaces, notes, headers, and files it refuses.

The files are written here by hand with zipfile, as LibreOffice lays them
out (the mimetype first and stored), so each test shows its XML.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from checker.readers import ReadError, odt, read
from tests.conftest import codes

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')
LETTER = """
<text:h text:outline-level="1">Parks <text:span>update</text:span></text:h>
<text:p>Dear   Mr
   Smith,</text:p>
<text:p>Two<text:s text:c="3"/>spaces,<text:tab/>a tab<text:line-break/>and a break.</text:p>
<text:p>The council<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>
<text:note-body><text:p>Source: cabinet minutes, 2016.</text:p></text:note-body></text:note> has
invested.<office:annotation><dc:creator>Jo</dc:creator><text:p>Check this</text:p></office:annotation>
</text:p>
<text:list><text:list-item><text:p>A listed point.</text:p></text:list-item></text:list>
<table:table><table:table-row><table:table-cell><text:p>Year</text:p></table:table-cell>
<table:table-cell><text:p>Spend</text:p></table:table-cell></table:table-row></table:table>
<text:soft-page-break/>
<text:p text:style-name="P1">The investment was £163m.</text:p>
"""
STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}><office:master-styles>
<style:master-page style:name="Standard"><style:header><text:p>Kirklees Council</text:p></style:header>
<style:footer><text:p>Investment Office</text:p></style:footer></style:master-page>
<style:master-page style:name="Other"><style:header><text:p>Kirklees Council</text:p></style:header>
</style:master-page>
</office:master-styles></office:document-styles>"""
FACTS = """
version: 1
facts:
  - id: investment
    subject: [investment]
    type: money
    value: £1.63m
"""


def make_odt(body: str = LETTER, styles: str | None = STYLES, content: str | None = None,
             manifest: str = "<manifest/>") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content or f'<?xml version="1.0" encoding="UTF-8"?>'
                         f"<office:document-content {NS}><office:body><office:text>{body}"
                         "</office:text></office:body></office:document-content>")
        if styles:
            archive.writestr("styles.xml", styles)
        archive.writestr("META-INF/manifest.xml", manifest)
    return out.getvalue()


def test_one_line_per_paragraph_with_the_format_spaces():
    assert odt.read(make_odt(), "a.odt").original.splitlines() == [
        "Parks update",
        "Dear Mr Smith,",
        "Two   spaces,\ta tab and a break.",
        "The council has invested.",  # no note number, no comment
        "A listed point.", "Year", "Spend",
        "The investment was £163m.",
        "Kirklees Council", "Investment Office",  # a header shared by two page styles, once
        "Source: cabinet minutes, 2016.",  # notes last
    ]


def test_a_finding_points_at_the_paragraph_and_there_are_no_pages():
    doc = odt.read(make_odt(), "a.odt")
    start = doc.text.index("£163m")
    where = doc.locate(start, start + 5)
    assert (where.line, where.column, where.end_column, where.page) == (8, 20, 25, None)
    assert doc.page_starts == ()  # LibreOffice's soft page breaks miss pages: not counted


def test_value_conflict_end_to_end(corpus):
    corpus.facts(FACTS)
    corpus.doc("letter.odt", make_odt())
    result = corpus.check()
    assert codes(result) == [("FC001", "investment")]
    assert result.findings[0].where.endswith("letter.odt:8:20")


def test_malformed_xml_is_a_read_error():
    with pytest.raises(ReadError, match="content.xml is not well-formed XML"):
        odt.read(make_odt(content="<office:document-content><office:body>"), "bad.odt")


def test_a_doctype_is_refused():
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
              '"&lol;&lol;&lol;&lol;">]>' f"<office:document-content {NS}><office:body><office:text>"
              "<text:p>&lol2;</text:p></office:text></office:body></office:document-content>")
    with pytest.raises(ReadError, match="DOCTYPE"):
        odt.read(make_odt(content=laughs), "lol.odt")


def test_deep_nesting_is_a_read_error_not_a_crash():
    deep = "<text:span>" * 5000 + "x" + "</text:span>" * 5000
    with pytest.raises(ReadError, match="nested too deeply"):
        odt.read(make_odt(f"<text:p>{deep}</text:p>"), "deep.odt")


def test_not_a_text_document():
    sheet = f"<office:document-content {NS}><office:body><office:spreadsheet/></office:body>" \
            "</office:document-content>"
    with pytest.raises(ReadError, match="not an OpenDocument text .*opendocument.text"):
        odt.read(make_odt(content=sheet), "sheet.odt")


def test_password_protected():
    manifest = "<manifest:manifest><manifest:encryption-data/></manifest:manifest>"
    with pytest.raises(ReadError, match="password-protected .odt"):
        odt.read(make_odt(manifest=manifest), "secret.odt")


def test_truncated_and_bomb_files(tmp_path: Path):
    data = make_odt()
    with pytest.raises(ReadError, match=r"^damaged \.odt"):
        odt.read(data[:-30], "cut.odt")
    path = tmp_path / "bomb.odt"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        with archive.open("content.xml", "w", force_zip64=True) as member:
            for _ in range(120):
                member.write(bytes(1024 * 1024))
    with pytest.raises(ReadError, match="expand to 120 MB"):
        read(path, "bomb.odt")
