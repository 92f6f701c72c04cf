"""FC003 disagreement."""

from tests.conftest import codes

FACTS = """
version: 1
documents:
  - match: a.txt
    id: a
  - match: official.txt
    id: official
    authority: primary
facts:
  - id: partners
    subject: [partner councils]
    type: count
"""


def test_minority_value_is_reported(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "It will work with six partner councils.\n")
    corpus.doc("b.txt", "It will work with six partner councils.\n")
    corpus.doc("c.txt", "It will work with seven partner councils.\n")
    result = corpus.check()
    assert codes(result) == [("FC003", "partners")]
    assert result.findings[0].path.endswith("c.txt")
    assert result.findings[0].expected == "six (= 6)"


def test_primary_document_is_the_reference(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "It will work with six partner councils.\n")
    corpus.doc("b.txt", "It will work with six partner councils.\n")
    corpus.doc("official.txt", "It will work with seven partner councils.\n")
    result = corpus.check()
    assert sorted(f.path.rsplit("/", 1)[-1] for f in result.findings) == ["a.txt", "b.txt"]


def test_compatible_values_agree(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "It will work with up to six partner councils.\n")
    corpus.doc("b.txt", "It will work with six partner councils.\n")
    assert codes(corpus.check()) == []
