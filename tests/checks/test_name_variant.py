"""FC004 name-variant."""

import pytest

from checker.checks.name_variant import near_miss
from tests.conftest import codes

FACTS = """
version: 1
facts:
  - id: dfe
    type: name
    value: Department for Education
    accept: [DfE]
    reject: [Department of Education]
  - id: lrpc
    type: name
    value: Leeds Relational Practice Centre
  - id: leeds
    type: name
    value: Leeds City Council
"""


def test_rejected_form_is_reported_once(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "It was the Department of Education\nappointed Commissioner.\n")
    result = corpus.check()
    assert codes(result) == [("FC004", "dfe")]
    assert result.findings[0].found == "Department of Education"
    assert (result.findings[0].line, result.findings[0].column) == (1, 12)


def test_look_alike_spelling_is_a_near_miss(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "Funded through the Leeds Relationship Practice Centre.\n")
    result = corpus.check()
    assert codes(result) == [("FC004", "lrpc")]
    assert result.findings[0].found == "Leeds Relationship Practice Centre"


def test_canonical_accepted_and_different_names_pass(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "The Department for Education (DfE) and Bradford City Council met "
                        "Leeds City Council at the Leeds Relational Practice Centre. Leeds. "
                        "Leeds City Council's staff and the Department for Education's "
                        "threshold and Leeds City Councillors.\n")
    assert codes(corpus.check()) == []


@pytest.mark.parametrize("odd, expected, verdict", [
    ("of", "for", True), ("the", "and", True), ("relationship", "relational", True),
    ("educaton", "education", True), ("bradford", "leeds", False), ("county", "city", False),
    ("for", "education", False), ("skills", "education", False),
    ("councillors", "council", False), ("centres", "centre", False),
])
def test_near_miss(odd, expected, verdict):
    assert near_miss(odd, expected) is verdict
