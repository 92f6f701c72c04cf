"""Bytes to text: every common encoding decoded right, never a silent mojibake."""

import pytest

from checker.document import ReadError
from checker.readers.decode import decode

UK = "Leeds was awarded £2m for the Centre’s work – a “good” result, says the café."


@pytest.mark.parametrize("data", [
    UK.encode("utf-8"),
    b"\xef\xbb\xbf" + UK.encode("utf-8"),
    b"\xff\xfe" + UK.encode("utf-16-le"),
    b"\xfe\xff" + UK.encode("utf-16-be"),
    UK.encode("cp1252"),
], ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "windows-1252"])
def test_uk_text_in_every_encoding(data):
    assert decode(data).lstrip("\ufeff") == UK


def test_latin_1_is_not_read_as_central_european():
    text = "Le café coûte £3 à Paris; l’élève naïve a payé."
    assert decode(text.replace("’", "'").encode("latin-1")) == text.replace("’", "'")


def test_other_single_byte_encodings_are_detected():
    text = "Zażółć gęślą jaźń. Příliš žluťoučký kůň úpěl ďábelské ódy."
    assert decode(text.encode("cp1250")) == text


@pytest.mark.parametrize("data, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"   \n\t\n", "empty"),
    (bytes(range(1, 32)) * 20, "binary"),
    (b"\xff\xfe\x00\xd8", "UTF-16"),
])
def test_not_text(data, reason):
    with pytest.raises(ReadError, match=reason):
        decode(data)


def test_stray_bytes_in_english_text_are_not_guessed_into_another_script():
    data = b"The council agreed \x81\x8d\x8f\x90\x9d\x81 the budget of \xa32m for 2017. " * 5
    with pytest.raises(ReadError, match="not text"):
        decode(data)


def test_a_text_mostly_in_another_script_is_detected():
    text = "日本語のテキストです。これはテストです。" * 3
    assert decode(text.encode("shift_jis")) == text
