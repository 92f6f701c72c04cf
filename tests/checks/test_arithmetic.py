"""FC006 arithmetic."""

from tests.conftest import codes

FACTS = """
version: 1
facts:
  - id: unused
    subject: [nothing here]
    type: statement
"""


def test_percentage_that_does_not_match_its_counts(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "From 2017, 120 out of the 152 local authorities in England (85%) used it.\n")
    result = corpus.check()
    assert codes(result) == [("FC006", "")]
    assert result.findings[0].found == "85%"
    assert result.findings[0].expected == "78.9%"


def test_percentage_within_its_written_precision_passes(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "In all, 120 out of the 152 local authorities in England (79%) used it. "
                        "That is 78.9% (120 of 152).\n")
    assert codes(corpus.check()) == []


def test_too_precise_percentage_fails(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "In all, 120 of 152 councils, or 78.5%, used it.\n")
    assert codes(corpus.check()) == [("FC006", "")]
