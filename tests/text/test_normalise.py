"""The reading text and match key keep an exact way back to the source."""

from hypothesis import given
from hypothesis import strategies as st

from checker.document import Document
from checker.text.lines import LineIndex
from checker.text.normalise import match_key, phrase_key, reading_text


def test_quotes_dashes_spaces_and_ligatures_are_normalised():
    text, _ = reading_text("Children\u2019s \u201cgood\u201d \u2013 \ufb01ne\u00a0\u00a0day\u00ad")
    assert text == "Children's \"good\" - fine day"


def test_blank_line_is_a_paragraph_break_but_a_page_break_mid_sentence_is_not():
    text, _ = reading_text("Heading\n\nFirst line.\n\nSince March\n\n2018, there was progress")
    assert text == "Heading\nFirst line.\nSince March 2018, there was progress"


def test_numbered_paragraph_after_heading_starts_a_paragraph():
    text, _ = reading_text("Wider work \n3.5 Alongside the work")
    assert text == "Wider work\n3.5 Alongside the work"


def test_line_end_hyphenation_is_joined():
    text, _ = reading_text("public-\nsector solutions")
    assert text == "public-sector solutions"


def test_offsets_map_back_to_original_line_and_column():
    original = "Title\n\n  The  Ofsted\ninspection \u2013 in\u00a0October 2016.\n"
    doc = Document.from_source("x.txt", original)
    start = doc.text.index("October")
    where = doc.locate(start, start + len("October 2016"))
    assert (where.line, where.column, where.end_line, where.end_column) == (4, 17, 4, 29)
    assert doc.words(doc.text.index("Ofsted"), doc.text.index("Ofsted") + 17) == "Ofsted inspection"


def test_match_key_reads_dashes_as_spaces_and_lower_cases():
    key, mapping = match_key("Kirklees - Leeds Improvement Partnership")
    assert key == "kirklees leeds improvement partnership"
    assert mapping.to_source(key.index("leeds")) == len("Kirklees - ")
    assert phrase_key("Kirklees-Leeds  Improvement\u2019s") == "kirklees leeds improvement's"


def test_line_index_counts_from_one():
    index = LineIndex("ab\ncd\n\nef")
    assert index.position(0) == (1, 1)
    assert index.position(4) == (2, 2)
    assert index.position(7) == (4, 1)


@given(st.text(alphabet=st.sampled_from(list("ab \n\t-\u2013\u2019\u00a0\u00ad\ufb01.X")), max_size=60))
def test_every_reading_character_maps_into_the_source(original):
    text, mapping = reading_text(original)
    previous = 0
    for offset in range(len(text)):
        source = mapping.to_source(offset)
        assert 0 <= source < max(1, len(original))
        assert source >= previous  # monotonic: spans never invert
        previous = source
        if text[offset].isalpha() and text[offset] not in "fi":
            assert original[source] == text[offset]
