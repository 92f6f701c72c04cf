"""Inline suppressions in Markdown and plain text, and FC901 for unused ones."""

from tests.conftest import codes

FACTS = """
version: 1
documents:
  - match: letter.txt
    id: letter
facts:
  - id: inspection
    subject: [Ofsted inspection]
    type: date
    value: 2016-10
  - id: term
    subject: [partnership]
    type: duration
    value: up to 3 years
    required_in: [letter]
"""


def test_markdown_comment_ignores_the_next_line_with_its_reason(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.md", "<!-- factlint: ignore FC001 inspection -- quoted verbatim -->\n\n"
                       "The Ofsted inspection in September 2016.\n\n"
                       "The Ofsted inspection in August 2016.\n")
    found, report = report_codes(corpus)
    assert found == [("FC001", 5)]
    assert [(s.kind, s.reason, s.finding.line) for s in report.silenced] == [
        ("inline", "quoted verbatim", 3)]


def report_codes(corpus):
    report = corpus.report()
    return [(f.code, f.line) for f in report.findings], report


def test_off_on_region_and_unused_suppression(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.md", "<!-- factlint: off -->\nThe Ofsted inspection in May 2016.\n"
                       "<!-- factlint: on -->\nThe Ofsted inspection in June 2016.\n"
                       "<!-- factlint: ignore name-variant -->\nNothing to see here.\n")
    found, report = report_codes(corpus)
    assert found == [("FC001", 4), ("FC901", 5)]
    unused = report.findings[1]
    assert unused.severity == "warning" and "factlint: ignore name-variant" in unused.message


def test_plain_text_directive_and_document_level_finding(corpus):
    corpus.facts(FACTS)
    corpus.doc("letter.txt", "factlint: ignore FC002 term -- the letter predates the agreement\n"
                             "We will work in partnership with Leeds.\n"
                             "The Ofsted inspection in May 2016.\n")
    found, report = report_codes(corpus)
    assert found == [("FC001", 3)]
    assert report.silenced[0].finding.code == "FC002"


def test_directive_text_is_not_read_as_prose(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "# factlint: ignore inspection -- Ofsted inspection in May 2016\n"
                        "The Ofsted inspection in October 2016.\n")
    found, _ = report_codes(corpus)
    assert found == [("FC901", 1)]
    assert codes(corpus.check()) == []  # the engine itself found nothing to silence
