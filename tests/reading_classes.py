"""The three tests every ``test_reading_classes_*.py`` module runs on its cases.

A case is (sentence, subject, type, document date, expected label[, choices]); a no-value case
has no expected label. Ratings use the case's choices, else Ofsted's. The whole pipeline runs,
as in ``test_attachment.py``: a document holding the sentence, dated as its page was, and one
fact whose subject a curator would write.
"""

from __future__ import annotations

import pytest

from tests.test_attachment import read

OFSTED = ("outstanding", "good", "requires improvement", "inadequate")


def _split(case: tuple, valued: bool) -> tuple:
    """(sentence, subject, kind, doc_date, expected, choices) of a case of either length."""
    size = 5 if valued else 4
    head, choices = case[:size], tuple(case[size]) if len(case) > size else ()
    expected = head[4] if valued else None
    return (*head[:4], expected, choices or OFSTED)


def reading_tests(read_cases=(), nothing=(), boundaries=()):
    """The tests of a module's cases: values read, no value where none is stated, boundaries."""

    @pytest.mark.parametrize("case", read_cases, ids=[c[1] for c in read_cases])
    def test_the_value_a_careful_reader_reads(tmp_path, case):
        sentence, subject, kind, doc_date, expected, choices = _split(case, True)
        assert read(tmp_path, sentence, subject, kind, doc_date, choices) == expected

    @pytest.mark.parametrize("case", nothing, ids=[c[1] for c in nothing])
    def test_no_value_where_the_sentence_gives_none(tmp_path, case):
        sentence, subject, kind, doc_date, _, choices = _split(case, False)
        assert read(tmp_path, sentence, subject, kind, doc_date, choices) is None

    @pytest.mark.parametrize("case", boundaries, ids=[c[0][:40] for c in boundaries])
    def test_where_each_fix_stops(tmp_path, case):
        sentence, subject, kind, doc_date, expected, choices = _split(case, True)
        assert read(tmp_path, sentence, subject, kind, doc_date, choices) == expected

    return (test_the_value_a_careful_reader_reads,  # (a module without cases of a kind gets no test)
            test_no_value_where_the_sentence_gives_none if nothing else None,
            test_where_each_fix_stops if boundaries else None)
