"""Every kind of bad file becomes an FC900 finding, and the rest are still checked."""

import io
import zipfile

import pytest

import checker.readers as readers
from tests.conftest import INSPECTION_FACTS, codes

FACTS = INSPECTION_FACTS
GOOD = "The Ofsted inspection in September 2016.\n"


def unreadable(corpus, bad_name: str, data: bytes) -> str:
    """The FC900 message for ``data`` named ``bad_name``; asserts the good file was checked."""
    corpus.facts(FACTS)
    corpus.doc("good.txt", GOOD)
    corpus.doc(bad_name, data)
    result = corpus.check()
    assert ("FC001", "inspection") in codes(result)  # the rest of the corpus was checked
    bad = [f for f in result.findings if f.code == "FC900"]
    assert len(bad) == 1 and bad[0].path.endswith(bad_name)
    assert result.summary()["documents"] == 2
    return bad[0].message


def pdf_bytes(text: str = "The Ofsted inspection in May 2016.", password: str = "") -> bytes:
    pytest.importorskip("reportlab")
    pypdf = pytest.importorskip("pypdf")
    from reportlab.pdfgen import canvas
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    if text:
        page.drawString(72, 720, text)
    else:
        page.rect(72, 72, 200, 200, fill=1)
    page.save()
    if not password:
        return buffer.getvalue()
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(buffer.getvalue())))
    writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bytes() -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("The Ofsted inspection in May 2016.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_encrypted_pdf(corpus):
    assert "encrypted" in unreadable(corpus, "secret.pdf", pdf_bytes(password="pw"))


def test_pdf_without_text_layer_suggests_ocr(corpus):
    message = unreadable(corpus, "scan.pdf", pdf_bytes(text=""))
    assert "no text layer" in message and "OCR" in message


def test_truncated_pdf(corpus):
    data = pdf_bytes()
    assert "PDF" in unreadable(corpus, "cut.pdf", data[: len(data) // 2])


def test_truncated_docx(corpus):
    data = docx_bytes()
    assert "docx" in unreadable(corpus, "cut.docx", data[: len(data) // 2]).lower()


def test_zip_bomb_posing_as_docx(corpus):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("[Content_Types].xml", "<Types/>")
        with bomb.open("word/document.xml", "w") as member:
            zeros = b"\0" * (1 << 20)
            for _ in range(300):
                member.write(zeros)
    assert "zip bomb" in unreadable(corpus, "bomb.docx", buffer.getvalue())


def test_very_large_file(corpus, monkeypatch):
    monkeypatch.setattr(readers, "MAX_BYTES", 1000)
    assert "larger than" in unreadable(corpus, "huge.txt", b"word " * 1000)


def test_binary_renamed_txt(corpus):
    assert "binary" in unreadable(corpus, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_a_pdf_that_is_really_html_is_read_as_html(corpus):
    corpus.facts(FACTS)
    corpus.doc("page.pdf", "<!doctype html><html><body><main><p>The Ofsted inspection in "
                           "May 2016.</p></main></body></html>")
    result = corpus.check()
    assert codes(result) == [("FC001", "inspection")]
    assert (result.findings[0].line, result.findings[0].column) == (1, 62)


def test_a_docx_that_is_not_a_zip_is_reported(corpus):
    assert "not a DOCX" in unreadable(corpus, "fake.docx", b"just some text, not a document")


def test_a_password_protected_docx_is_named_as_such(corpus):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
    message = unreadable(corpus, "locked.docx", ole)
    assert "password" in message or "Word 97" in message
