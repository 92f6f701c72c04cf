"""The HTML reader: the page's prose only, every finding located in the HTML source."""

import datetime
from pathlib import Path

import pytest

from checker.document import ReadError
from checker.readers import html
from checker.readers import read as read_any
from checker.text.offsets import OffsetMapBuilder
from tests.conftest import INSPECTION_FACTS, codes


def page(body: str, head: str = "") -> str:
    return f"<!doctype html>\n<html>\n<head>{head}</head>\n<body>\n{body}\n</body>\n</html>\n"


def read(source: str | bytes, name: str = "page.html"):
    return html.read(source.encode("utf-8") if isinstance(source, str) else source, name)


def where(doc, phrase: str):
    """The source location of ``phrase``, found in the reading text."""
    start = doc.text.index(phrase)
    return doc.locate(start, start + len(phrase))


def source_position(source: str, raw: str) -> tuple[int, int, int]:
    """1-based line, column and end column of ``raw`` in ``source`` (one line)."""
    offset = source.index(raw)
    line = source.count("\n", 0, offset) + 1
    column = offset - (source.rfind("\n", 0, offset) + 1) + 1
    return line, column, column + len(raw)


def position(location) -> tuple[int, int, int]:
    assert location.line == location.end_line
    return location.line, location.column, location.end_column


# -- what is read --------------------------------------------------------------

def test_scripts_styles_navigation_header_and_footer_are_not_prose():
    doc = read(page(
        '<header class="site">Subscribe for 2019</header>\n'
        '<nav><a href="/2018">Archive 2018</a></nav>\n'
        "<script>var total = 2020 && 3;</script><style>p { width: 2021px }</style>\n"
        "<p>The inspection was in September 2016.</p>\n"
        "<aside>Related: 1999</aside><form><button>Send 42</button></form>\n"
        '<div hidden>Hidden 7</div><span aria-hidden="true">8</span>\n'
        '<div role="navigation">Menu 9</div><div role="contentinfo">Contact 10</div>\n'
        "<noscript>Enable 11</noscript><template>Template 12</template>\n"
        "<footer>Copyright 2022</footer>",
        head="<title>Title 2017</title><style>a{}</style>"))
    assert doc.text.strip() == "The inspection was in September 2016."


def test_main_or_article_is_read_alone_when_the_page_has_one():
    doc = read(page(
        "<div>Sign up to our newsletter: 3 issues free</div>\n"
        "<article><h1>Council spends £3m</h1>\n<p>The works start in May.</p></article>\n"
        "<div>Video: 4 minutes</div>"))
    assert doc.text.strip().split("\n") == ["Council spends £3m", "The works start in May."]
    doc = read(page('<p>Outside 5</p><div role="main"><p>Inside 6</p></div>'))
    assert doc.text.strip() == "Inside 6"


def test_the_article_header_holds_the_headline_and_is_read():
    doc = read(page("<header>Site banner 2019</header>\n<article><header><h1>Cuts of 5%</h1>"
                    "</header><p>Body.</p></article>"))
    assert doc.text.strip().split("\n") == ["Cuts of 5%", "Body."]


def test_block_elements_end_sentences_and_inline_elements_do_not():
    doc = read(page("<h2>Budget</h2><p>Spending <em>rose</em> by <a href='#'>3%</a></p>"
                    "<ul><li>in 2016</li><li>in 2017</li></ul>"
                    "<table><tr><td>2016</td><td>3 schools</td></tr></table>"
                    "<p>Line one<br>line two</p>"))
    assert doc.text.strip().split("\n") == ["Budget", "Spending rose by 3%", "in 2016", "in 2017",
                                            "2016", "3 schools", "Line one line two"]


def test_entities_and_character_references_are_read_as_characters():
    doc = read(page("<p>Tom &amp; Jerry&#8217;s &#x201C;fees&#x201D; of &pound;3m&nbsp;each, "
                    "AT&T &unknown; &lt;b&gt;</p>"))
    assert doc.text.strip() == "Tom & Jerry's \"fees\" of £3m each, AT&T &unknown; <b>"


def test_malformed_html_does_not_crash():
    doc = read("<html><body><p>Unclosed <b>bold <div>In 2016</p></span><p>Next &amp</body")
    assert "In 2016" in doc.text and "Next &" in doc.text
    doc = read("<html><head><title>No head end</title><body><p>Read 2016.</p>")
    assert doc.text.strip() == "Read 2016."


def test_a_page_with_no_prose_is_a_read_error():
    with pytest.raises(ReadError, match="no text in this HTML page"):
        read(page("<script>var a = 1;</script><nav>Home</nav>", head="<title>Only a title</title>"))
    with pytest.raises(ReadError):
        read(b"   ")


# -- exact locations -----------------------------------------------------------

LOCATED = page(
    "<article>\n"
    "  <h1>Report</h1>\n"
    "  <p>Tom &amp; Jerry&#8217;s <em>inspection</em> in&nbsp;<b>September 2016</b> cost &pound;3m.</p>\n"
    "  <p>It was\n"
    "     rated &#8220;good&#8221; in <span class=x>2017</span>.</p>\n"
    "</article>")


@pytest.mark.parametrize("phrase, raw", [
    ("Report", "Report"),
    ("September 2016", "September 2016"),
    ("Jerry's", "Jerry&#8217;s"),
    ("Tom & Jerry", "Tom &amp; Jerry"),
    ("in September", "in&nbsp;<b>September"),
    ("£3m", "&pound;3m"),
    ('"good"', "&#8220;good&#8221;"),
    ("2017", "2017"),
])
def test_locations_point_into_the_html_source(phrase, raw):
    doc = read(LOCATED)
    assert position(where(doc, phrase)) == source_position(LOCATED, raw)


def test_a_span_across_lines_ends_on_the_later_line():
    doc = read(LOCATED)
    start = doc.text.index("It was rated")
    found = doc.locate(start, start + len("It was rated"))
    line = LOCATED.count("\n", 0, LOCATED.index("It was")) + 1
    assert (found.line, found.end_line, found.end_column) == (line, line + 1, 11)


def test_crlf_pages_locate_on_the_right_line():
    source = page("<p>First.</p>\n<p>The cost was &pound;3m in 2016.</p>").replace("\n", "\r\n")
    doc = read(source)
    assert position(where(doc, "2016")) == source_position(source, "2016")


# -- metadata and directives ---------------------------------------------------

@pytest.mark.parametrize("head, body", [
    ('<meta property="article:published_time" content="2017-09-14T08:00:00+01:00">', ""),
    ('<meta name="date" content="2017-09-14">', ""),
    ('<meta itemprop="datePublished" content="2017-09-14">', ""),
    ("", '<time datetime="2017-09-14T10:00">14 September</time>'),
    ('<meta name="date" content="2017-09-14">', '<time datetime="2020-01-01">later</time>'),
])
def test_the_document_date_comes_from_metadata(head, body):
    doc = read(page(f"<p>Inspected last December. {body}</p>", head=head))
    assert doc.date == datetime.date(2017, 9, 14)


def test_the_time_element_counts_in_the_main_content_only():
    doc = read(page('<div><time datetime="2020-01-01">today</time></div>'
                    '<main><p>Posted <time datetime="2017-09-14">then</time>.</p></main>'))
    assert doc.date == datetime.date(2017, 9, 14)
    assert read(page("<p>No date here.</p>")).date is None


def test_factlint_comments_are_directives_other_comments_are_skipped():
    source = page("<p>Kept.</p>\n<!-- a note about 2019 -->\n"
                  "<!-- factlint: ignore FC001 inspection -- quoted verbatim -->\n"
                  "<p>The inspection in September 2016.</p>")
    doc = read(source)
    assert "2019" not in doc.text and "factlint" not in doc.text
    (directive,) = doc.directives
    line = source.count("\n", 0, source.index("<!-- factlint")) + 1
    assert (directive.where.line, directive.action) == (line, "ignore")
    assert directive.targets == ("FC001", "inspection")
    assert directive.reason == "quoted verbatim" and directive.first_line == line + 1


# -- encodings -----------------------------------------------------------------

def test_a_declared_windows_1252_charset_is_honoured():
    source = page("<p>It cost \u00a33m \u2013 \u201cgood\u201d value \u20ac5.</p>",
                  head='<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    doc = read(source.encode("cp1252"))
    assert doc.text.strip() == 'It cost £3m - "good" value €5.'


def test_the_declared_charset_wins_over_a_guess():
    # 0xA4 is the euro in ISO-8859-15 and a currency sign in Windows-1252.
    source = page("<p>Fees of \u20ac3m and caf\u00e9s.</p>", head='<meta charset="iso-8859-15">')
    assert read(source.encode("iso8859_15")).text.strip() == "Fees of €3m and cafés."
    # Latin-1 labels mean Windows-1252, as in browsers.
    source = page("<p>It is \u201cgood\u201d.</p>", head='<meta charset="ISO-8859-1">')
    assert read(source.encode("cp1252")).text.strip() == 'It is "good".'


def test_utf8_bytes_are_utf8_whatever_the_declaration():
    source = page("<p>Caf\u00e9 \u20ac3m.</p>", head='<meta charset="windows-1252">')
    assert read(source.encode("utf-8")).text.strip() == "Café €3m."


def test_html_is_chosen_by_extension_and_content():
    source = page("<p>Read as HTML 2016.</p>").encode()
    for name in ("a.html", "a.htm", "a.xhtml", "a.txt"):
        assert read_any(Path(name), name, source).text.strip() == "Read as HTML 2016."


# -- the offset builder and the engine -----------------------------------------

def test_offset_map_builder_merges_copies_and_maps_replacements():
    builder = OffsetMapBuilder()
    builder.copy(3, 4)  # "abcd" from source 3..7
    builder.copy(7, 2)  # continues the same run
    builder.replace(9, 5, 1)  # "&amp;" -> "&"
    builder.replace(20, 0, 2)  # an inserted break
    builder.copy(30, 3)
    mapping = builder.build()
    assert [mapping.to_source(i) for i in range(12)] == [3, 4, 5, 6, 7, 8, 9, 20, 20, 30, 31, 32]
    assert mapping.end_to_source(7) == 14 and mapping.end_to_source(12) == 33
    assert len(mapping._derived) == 4


FACTS = INSPECTION_FACTS


def test_a_finding_in_an_html_page_points_at_the_html_source(corpus):
    corpus.facts(FACTS)
    source = page('<nav>Ofsted inspection in May 2015</nav>\n<main>\n<h1>School news</h1>\n'
                  "<p>Parents &amp; staff welcomed the <em>Ofsted inspection</em> in&nbsp;"
                  "<b>September 2016</b>.</p>\n</main>")
    corpus.doc("news.html", source)
    result = corpus.check()
    assert codes(result) == [("FC001", "inspection")]
    finding = result.findings[0]
    assert (finding.line, finding.column, finding.end_column) == source_position(source, "September 2016")
