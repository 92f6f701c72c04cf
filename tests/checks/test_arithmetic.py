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


def test_percentage_before_its_counts(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "Take-up was 85% (120 of 152 councils).\n")
    assert codes(corpus.check()) == [("FC006", "")]


def test_stated_total_that_its_parts_do_not_make(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "The DfE gave £1m for Leeds and £2m for Kirklees, a total of £4m.\n")
    result = corpus.check()
    assert codes(result) == [("FC006", "")]
    assert result.findings[0].found == "£4m"
    assert result.findings[0].expected == "£1m + £2m"


def test_stated_total_that_adds_up_passes(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "The DfE gave £1m for Leeds and £2m for Kirklees, a total of £3m. "
                        "It gave £1.5m and £2.2m, a total of £3.7m. In 2017 £5m was spent, "
                        "and a total of £9m is planned.\n")
    assert codes(corpus.check()) == []


def test_count_that_does_not_match_its_list(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "It provides £84M for four successful councils (Leeds, Hertfordshire and "
                        "North Yorkshire) to work with up to 20 local authorities.\n")
    result = corpus.check()
    assert codes(result) == [("FC006", "")]
    assert result.findings[0].expected == "3"


def test_count_that_matches_its_list_or_a_parenthesis_that_is_no_list(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "It provides £84M for three successful councils (Leeds, Hertfordshire and "
                        "North Yorkshire). Two reports (see para 3.2 and annex) were read.\n")
    assert codes(corpus.check()) == []


def test_a_total_introduced_by_making_is_checked(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "The DfE gave £1m for Leeds and £2m for Kirklees, making £4m.\n"
                        "Leeds had 40% of the funding.\n")
    result = corpus.check()
    assert codes(result) == [("FC006", "")]
    assert (result.findings[0].found, result.findings[0].line) == ("£4m", 1)
