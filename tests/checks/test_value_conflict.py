"""FC001 value-conflict."""

from tests.conftest import codes

FACTS = """
version: 1
facts:
  - id: inspection
    subject: [Ofsted inspection]
    type: date
    value: 2016-10
  - id: investment
    subject: [investment]
    type: money
    value: £1.63m
  - id: term
    subject: [partnership]
    type: duration
    value: up to 3 years
"""


def test_conflicting_date_is_reported_at_the_value(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "Intro line.\nSince the last Ofsted inspection in September 2016, things improved.\n")
    result = corpus.check()
    assert codes(result) == [("FC001", "inspection")]
    finding = result.findings[0]
    assert (finding.line, finding.column) == (2, 37)
    assert finding.end_column == 37 + len("September 2016")
    assert finding.expected == "2016-10"
    assert "September 2016" in finding.found
    assert "Ofsted inspection in September 2016" in finding.excerpt


def test_agreeing_and_coarser_values_pass(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", """
        This followed the Ofsted inspection in October 2016.
        The Ofsted inspection of 2016 was damning.
        The investment was £1.63m. The investment was £1,630,000 in all.
        The partnership will run for three years.
    """)
    assert codes(corpus.check()) == []


def test_money_that_lost_a_digit_and_a_longer_term_conflict(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "The investment was £163m.\n\nThe partnership will run for five years.\n")
    assert codes(corpus.check()) == [("FC001", "investment"), ("FC001", "term")]


def test_vague_amount_states_nothing(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "The partnership, even after several months of hard work, is long-term.\n")
    assert codes(corpus.check()) == []


def test_value_in_another_clause_is_not_the_mentions(corpus):
    corpus.facts("""
        version: 1
        facts:
          - id: direction
            subject: [statutory direction]
            type: date
            value: 2016-11
    """)
    corpus.doc("a.txt", "Her term ends at the end of September 2017 and the statutory direction "
                        "remains in force until revoked.\n")
    assert codes(corpus.check()) == []


def test_value_in_the_next_sentence_that_points_back(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "Kirklees will enter a formal partnership with Leeds. This will be in place "
                        "for a period of up to five years.\n")
    result = corpus.check()
    assert codes(result) == [("FC001", "term")]
    assert "five years" in result.findings[0].found


def test_value_in_a_parenthesis_after_the_subject_is_its_value(corpus):
    corpus.facts("""
        version: 1
        facts:
          - id: agreed
            subject: [partnership]
            type: date
            value: 2017-06
    """)
    corpus.doc("a.txt", "In 2016 the partnership (agreed in June 2017) began to take shape.\n")
    assert codes(corpus.check()) == []
    corpus.doc("a.txt", "In 2016 the partnership (agreed in May 2017) began to take shape.\n")
    result = corpus.check()
    assert codes(result) == [("FC001", "agreed")]
    assert "May 2017" in result.findings[0].found
