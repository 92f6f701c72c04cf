"""Fingerprints survive edits above a finding and tell repeated findings apart."""

from checker.fingerprint import repository_path, repository_root
from tests.conftest import INSPECTION_FACTS

FACTS = INSPECTION_FACTS

TEXT = "Intro.\n\nThe Ofsted inspection in September 2016.\n\nThe Ofsted inspection in September 2016.\n"


def fingerprints(corpus):
    return [f.fingerprint for f in corpus.check().findings]


def test_inserting_lines_above_keeps_fingerprints(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", TEXT)
    before = fingerprints(corpus)
    corpus.doc("a.txt", "A new paragraph.\n\nAnd another one, longer.\n\n" + TEXT)
    after = fingerprints(corpus)
    assert len(before) == 2 and before == after


def test_repeated_findings_differ_by_occurrence_and_value(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", TEXT)
    first, second = fingerprints(corpus)
    assert first != second and len(first) == 32
    corpus.doc("a.txt", TEXT.replace("September", "August", 1))
    august, september = fingerprints(corpus)
    assert august not in (first, second)  # a different wrong value is a new finding
    assert september == first  # the one September left is its first occurrence


def test_paths_are_repository_relative_posix(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "docs").mkdir()
    assert repository_root(tmp_path / "docs") == tmp_path.resolve()
    assert repository_path(str(tmp_path / "docs" / "a.txt"), tmp_path.resolve()) == "docs/a.txt"


def test_urls_are_kept_as_they_are(tmp_path):
    assert repository_path("s3://bucket/docs/a.pdf", tmp_path) == "s3://bucket/docs/a.pdf"
