"""FC002 missing-statement."""

from tests.conftest import codes

FACTS = """
version: 1
documents:
  - match: letter.txt
    id: letter
    kind: letter
  - match: news.txt
    id: news
    kind: news
facts:
  - id: term
    subject: [partnership]
    type: duration
    value: up to 3 years
    required_in: [letter]
  - id: trust
    subject: [placed into a trust]
    type: statement
    required_in: ["kind:news"]
"""


def test_required_fact_never_stated_is_reported_on_the_first_line(corpus):
    corpus.facts(FACTS)
    corpus.doc("letter.txt", "Dear Sir\nWe agree a long-term partnership with Leeds.\n")
    corpus.doc("news.txt", "Services will not be placed into a trust.\n")
    result = corpus.check()
    assert codes(result) == [("FC002", "term")]
    finding = result.findings[0]
    assert (finding.path.endswith("letter.txt"), finding.line, finding.column) == (True, 1, 1)
    assert finding.found == "not stated"


def test_required_fact_stated_passes_and_kind_selects_documents(corpus):
    corpus.facts(FACTS)
    corpus.doc("letter.txt", "The partnership will last up to three years.\n")
    corpus.doc("news.txt", "The council said nothing.\n")
    assert codes(corpus.check()) == [("FC002", "trust")]


def test_documents_not_named_are_not_required(corpus):
    corpus.facts(FACTS)
    corpus.doc("other.txt", "Nothing about anything.\n")
    assert codes(corpus.check()) == []
