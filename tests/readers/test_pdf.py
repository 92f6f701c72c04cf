"""The PDF reader: pages, running headers, paragraph gaps, and files it cannot read.

The PDFs are drawn here with reportlab, line by line at known heights, so
each test knows exactly where every word stands on its page.
"""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

import pytest

pytest.importorskip("pypdf")
canvas = pytest.importorskip("reportlab.pdfgen.canvas")

from checker.cli import main  # noqa: E402
from checker.readers import ReadError, pdf, read  # noqa: E402
from checker.values.dates.document_date import document_date  # noqa: E402

HEADER = "Kirklees Council - Investment Office"
# None is an empty line's height: a paragraph gap; (text, size) a line in another font size.
LETTER = [
    ["30 June 2017", None,
     "Dear Mr Smith,", None,
     "The council has invested £1.63m in the parks since the",
     "last Ofsted inspection in September 2016. The public-",
     "sector partnership has been running since March"],
    ["2018, when the cabinet agreed it.", None,
     "The partnership will run for five years."],
    ["Yours sincerely,", None, "Jane Doe"],
]
FACTS = """
version: 1
facts:
  - id: term
    subject: [partnership]
    type: duration
    value: up to 3 years
  - id: investment
    subject: [investment]
    type: money
    value: £1.63m
"""


def make_pdf(pages, header: str | None = HEADER, footer: bool = True) -> bytes:
    """A PDF with these lines on its pages, a running header and "Page N of M" footer."""
    out = io.BytesIO()
    sheet = canvas.Canvas(out)
    for number, lines in enumerate(pages, 1):
        if header:
            sheet.setFont("Helvetica", 9)
            sheet.drawString(72, 800, header)
        y = 760
        for line in lines:
            text, size = line if isinstance(line, tuple) else (line, 11)
            if text is not None:
                sheet.setFont("Helvetica", size)
                sheet.drawString(72, y, text)
            y -= 15
        if footer:
            sheet.setFont("Helvetica", 9)
            sheet.drawString(260, 40, f"Kirklees Council - Page {number} of {len(pages)}")
        sheet.showPage()
    sheet.save()
    return out.getvalue()


def read_pdf(data: bytes, name: str = "x.pdf"):
    return read(Path(name), name, data)


def locate(doc, words: str):
    start = doc.text.index(words)
    return doc.locate(start, start + len(words))


def test_running_headers_and_footers_are_not_read_but_lines_still_count():
    doc = read_pdf(make_pdf(LETTER))
    assert "Investment Office" not in doc.text and "Page" not in doc.text
    assert HEADER in doc.original  # still there: line numbers count the page as it is seen
    where = locate(doc, "September 2016")
    assert (where.page, where.line, where.column) == (1, 5, 27)
    assert where.end_column == 27 + len("September 2016")
    where = locate(doc, "five years")
    assert (where.page, where.line, where.column) == (2, 3, 30)
    assert doc.words(doc.text.index("five"), doc.text.index("years") + 5) == "five years"


def test_sentence_over_a_page_break_and_hyphenated_line_end_are_joined():
    doc = read_pdf(make_pdf(LETTER))
    assert "since March 2018, when the cabinet agreed it." in doc.text
    assert "The public-sector partnership" in doc.text
    assert "Kirklees" not in doc.text


def test_paragraph_gaps_are_breaks_so_the_date_line_stands_alone():
    doc = read_pdf(make_pdf(LETTER))
    assert "\n30 June 2017\nDear Mr Smith,\nThe council" in "\n" + doc.text.lstrip()
    assert document_date(doc.text) == datetime.date(2017, 6, 30)
    assert doc.date is None  # not the file's /CreationDate
    assert doc.original.count("\n") == 6 + 2 + 3 + 2 + 3  # text lines and page breaks, no gap lines


def test_a_line_repeated_on_only_some_pages_is_read():
    pages = [["Summary", "The partnership will run for five years."], ["Summary", "More text."],
             ["Other heading", "The end."], ["Last", "Really the end."]]
    doc = read_pdf(make_pdf(pages, header=None, footer=False))
    assert doc.text.count("Summary") == 2


def test_a_letterhead_that_recurs_under_the_signature_is_read():
    pages = [["Robert Goodwill MP", "Minister of State", None, "Dear David,", "Some text."],
             ["More text.", None, "Yours sincerely", None, "Robert Goodwill MP", "Minister of State"]]
    # Top and bottom apart, even on a page too short to tell them by three lines each.
    doc = read_pdf(make_pdf(pages, header=None, footer=False))
    assert doc.text.count("Robert Goodwill MP") == 2


def test_two_pages_with_the_same_header_lose_it():
    doc = read_pdf(make_pdf([["First page."], ["Second page."]]))
    assert doc.text.split() == ["First", "page.", "Second", "page."]


def test_value_conflict_is_reported_on_its_page(corpus):
    corpus.facts(FACTS)
    corpus.doc("x.pdf", make_pdf(LETTER))
    findings = corpus.check().findings
    assert [(f.code, f.fact) for f in findings] == [("FC001", "term")]
    finding = findings[0]
    assert finding.page == 2
    assert finding.where.endswith("x.pdf:p2:3:30")
    assert finding.as_dict()["page"] == 2


def test_json_report_has_the_page(corpus, capsys):
    facts = corpus.facts(FACTS)
    doc = corpus.doc("x.pdf", make_pdf(LETTER))
    main(["check", str(doc), "--facts", str(facts), "--format", "json"])
    found = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["page"], f["line"], f["column"]) for f in found] == [(2, 3, 30)]


def test_encrypted_pdf_needs_a_password():
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_pdf(LETTER))))
    writer.encrypt("pw", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ReadError, match="encrypted PDF: it needs a password"):
        read_pdf(out.getvalue())


def test_pdf_locked_only_against_editing_is_read():
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_pdf(LETTER))))
    writer.encrypt("", "owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    assert "five years" in read_pdf(out.getvalue()).text


def test_scanned_pdf_has_no_text_layer():
    out = io.BytesIO()
    sheet = canvas.Canvas(out)
    sheet.rect(72, 72, 300, 500, fill=1)
    sheet.showPage()
    sheet.save()
    with pytest.raises(ReadError, match="no text layer.*OCR"):
        read_pdf(out.getvalue())


def test_truncated_pdf_is_damaged():
    data = make_pdf(LETTER)
    with pytest.raises(ReadError, match="damaged PDF"):
        read_pdf(data[: len(data) // 2])


def test_garbage_after_the_signature_is_damaged():
    with pytest.raises(ReadError, match="damaged PDF"):
        read_pdf(b"%PDF-1.7\n" + bytes(range(256)) * 20)


def test_too_many_pages(monkeypatch):
    monkeypatch.setattr(pdf, "MAX_PAGES", 2)
    with pytest.raises(ReadError, match="too many pages"):
        read_pdf(make_pdf(LETTER))


def test_a_page_that_fails_is_empty_and_the_rest_are_read(monkeypatch):
    real = pdf._page_lines
    calls = []

    def failing(page):
        calls.append(page)
        if len(calls) == 2:
            raise ValueError("hostile page")
        return real(page)

    monkeypatch.setattr(pdf, "_page_lines", failing)
    doc = read_pdf(make_pdf(LETTER))
    assert "September 2016" in doc.text and "five years" not in doc.text
    assert len(doc.page_starts) == 3
    assert locate(doc, "Yours").page == 3


def test_all_pages_failing_is_damaged(monkeypatch):
    monkeypatch.setattr(pdf, "_page_lines", lambda page: 1 / 0)
    with pytest.raises(ReadError, match="damaged PDF: no page could be read"):
        read_pdf(make_pdf(LETTER))


def test_text_named_pdf_is_refused():
    with pytest.raises(ReadError, match="not a PDF file"):
        read_pdf(b"Just some text.\n")


def test_a_new_column_up_the_page_starts_a_paragraph():
    out = io.BytesIO()
    sheet = canvas.Canvas(out)
    sheet.setFont("Helvetica", 11)
    for x, y, words in [(72, 760, "Column one starts here and"), (72, 745, "ends here."),
                        (320, 760, "Column two starts"), (320, 745, "here.")]:
        sheet.drawString(x, y, words)
    sheet.showPage()
    sheet.save()
    doc = read_pdf(out.getvalue())
    assert doc.text.strip() == "Column one starts here and ends here.\nColumn two starts here."


def test_usual_step_is_the_smallest_common_one():
    # A short letter: more gaps than lines within paragraphs, and jumps to the footer.
    assert pdf.usual_step([2.7] * 4 + [1.36] * 2 + [4.4] * 3 + [70] * 3) == 1.36
    # A tight address block does not set the step of a body spaced at 1.5 lines.
    assert pdf.usual_step([1.2] * 3 + [1.8] * 20 + [2.6] * 6) == 1.8
    assert pdf.usual_step([2.0]) is None


def test_a_sentence_runs_on_over_a_page_break_before_a_quote_or_capital():
    pages = [["Leeds was offered a place in a small group of councils as a"],
             ["'Partner in Practice'. Leeds then worked with"], ["Kirklees Council for three years."],
             ["The work ended."]]
    doc = read_pdf(make_pdf(pages))
    assert doc.text.strip() == ("Leeds was offered a place in a small group of councils as a "
                                "'Partner in Practice'. Leeds then worked with Kirklees Council "
                                "for three years.\nThe work ended.")


def test_a_heading_and_a_list_item_are_paragraphs_of_their_own():
    body = ["The council has invested in the parks of the district over",
            "the last few years, and the work goes on with the friends",
            "of the parks."]
    pages = [[("Recommendations", 14), "a) note the report", None, *body, ("The next steps", 13), *body]]
    doc = read_pdf(make_pdf(pages, header=None, footer=False))
    paragraphs = doc.text.strip().split("\n")
    assert paragraphs[:2] == ["Recommendations", "a) note the report"]
    assert paragraphs[3] == "The next steps"
    assert paragraphs[2] == paragraphs[4] == " ".join(body)
