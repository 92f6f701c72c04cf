"""FC005 wrong-title."""

from tests.conftest import codes

FACTS = """
version: 1
facts:
  - id: brazil-title
    type: title
    subject: [Eleanor Brazil, Ms Brazil]
    value: Commissioner
    reject: [Children's Commissioner]
"""


def test_rejected_title_before_the_name(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "A report by Children\u2019s Commissioner Eleanor Brazil was published.\n")
    result = corpus.check()
    assert codes(result) == [("FC005", "brazil-title")]
    assert result.findings[0].found == "Children\u2019s Commissioner"
    assert result.findings[0].column == 13


def test_rejected_title_after_the_name(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "Eleanor Brazil, the Children's Commissioner, agreed.\n")
    assert codes(corpus.check()) == [("FC005", "brazil-title")]


def test_right_title_or_a_title_elsewhere_passes(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "Our Commissioner, Eleanor Brazil, met the Children's Commissioner for "
                        "England.\n\nMs Brazil agreed.\n")
    assert codes(corpus.check()) == []
