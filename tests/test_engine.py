"""The engine: unreadable documents, discovery, document dates, no writes."""

import hashlib

from checker.compiled import CompiledFacts
from checker.discover import discover
from checker.engine import run, spec_for
from checker.facts.loader import load_facts
from tests.conftest import codes

FACTS = """
version: 1
documents:
  - match: docs/letter*.txt
    id: letter
    kind: letter
    date: 2017-06-30
facts:
  - id: inspection
    subject: [Ofsted inspection]
    type: date
    value: 2016-10
"""


def test_unreadable_documents_become_findings_and_the_rest_are_checked(corpus):
    corpus.facts(FACTS)
    corpus.doc("a.txt", "The Ofsted inspection in September 2016.\n")
    corpus.doc("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    corpus.doc("empty.txt", b"  \n\n")
    corpus.doc("latin.txt", b"The Ofsted inspection in September 2016 cost \xa31m.\n")
    corpus.doc("z.txt", "The Ofsted inspection in August 2016.\n")
    result = corpus.check()
    by_path = {f.path.rsplit("/", 1)[-1]: f for f in result.findings}
    assert by_path["binary.txt"].code == "FC900" and "binary" in by_path["binary.txt"].message
    assert by_path["empty.txt"].code == "FC900" and "empty" in by_path["empty.txt"].message
    assert [c for c in codes(result) if c[0] == "FC001"] == [("FC001", "inspection")] * 3
    assert result.summary()["documents"] == 5


def test_undecodable_text_is_reported_not_garbled(corpus):
    corpus.facts(FACTS)
    corpus.doc("bad.txt", b"caf\x81\x8d\x8f\x90 text")
    result = corpus.check()
    assert codes(result) == [("FC900", "")]
    assert "UTF-8" in result.findings[0].message


def test_documents_are_never_modified(corpus):
    corpus.facts(FACTS)
    path = corpus.doc("a.txt", "The Ofsted inspection in\r\nSeptember 2016.\r\n")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert codes(corpus.check()) == [("FC001", "inspection")]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_hidden_folders_and_unknown_extensions_are_skipped_when_walking(corpus):
    corpus.facts(FACTS)
    corpus.doc(".git/a.txt", "The Ofsted inspection in September 2016.\n")
    corpus.doc("image.png", b"\x89PNG")
    corpus.doc("notes.md", "---\ndate: 2017-01-01\n---\n```\nOfsted inspection in May 2016\n```\n")
    result = corpus.check()
    assert codes(result) == []
    assert result.summary()["documents"] == 1


def test_markdown_front_matter_date_and_code_are_handled(corpus):
    corpus.facts(FACTS)
    corpus.doc("notes.md", "---\ndate: 2017-01-01\n---\n# Title\n\n`Ofsted inspection in May 2016`\n\n"
                           "The Ofsted inspection in [May 2016](http://x/2016/10).\n")
    result = corpus.check()
    assert codes(result) == [("FC001", "inspection")]
    assert (result.findings[0].line, result.findings[0].column) == (8, 27)
    assert result.documents[0].date.isoformat() == "2017-01-01"


def test_document_specs_match_globs_relative_to_the_facts_file(corpus):
    facts_path = corpus.facts(FACTS)
    corpus.doc("docs/letter-1.txt", "x")
    facts = CompiledFacts.build(load_facts(facts_path))
    spec = spec_for(corpus.root / "docs" / "letter-1.txt", facts)
    assert spec is not None and spec.id == "letter"
    assert spec_for(corpus.root / "other.txt", facts) is None


def test_document_date_read_from_a_letter_date_line(corpus):
    corpus.facts(FACTS)
    corpus.doc("memo.txt", "Minister\n\n30 June 2017\n\nIn November, the Ofsted inspection report came.\n")
    result = corpus.check()
    assert result.documents[0].date.isoformat() == "2017-06-30"


def test_permission_denied_is_a_finding(corpus, monkeypatch):
    """Root can read anything, so the refusal is simulated where the reader opens the file."""
    from pathlib import Path

    corpus.facts(FACTS)
    locked = corpus.doc("locked.txt", "The Ofsted inspection in May 2016.\n")
    corpus.doc("open.txt", "The Ofsted inspection in May 2016.\n")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == locked.name:
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = corpus.check()
    assert codes(result) == [("FC900", ""), ("FC001", "inspection")]
    assert "permission denied" in result.findings[0].message


def test_file_metadata_date_is_the_last_resort(corpus):
    """A .docx's creation date resolves "In November" only when the text has no date."""
    import datetime
    import io

    import pytest
    docx = pytest.importorskip("docx")

    def word(paragraphs):
        document = docx.Document()
        document.core_properties.created = datetime.datetime(2017, 6, 30, 12, 0)
        for text in paragraphs:
            document.add_paragraph(text)
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    corpus.facts(FACTS)
    corpus.doc("undated.docx", word(["In November the Ofsted inspection found it inadequate."]))
    corpus.doc("dated.docx", word(["1 March 2016", "In November the Ofsted inspection found it."]))
    result = corpus.check()
    dates = {d.path.rsplit("/", 1)[-1]: d.date.isoformat() for d in result.documents}
    assert dates == {"undated.docx": "2017-06-30", "dated.docx": "2016-03-01"}
    # November before 30 June 2017 is 2016-11, a conflict; before 1 March 2016 it is 2015-11.
    assert sorted((f.path.rsplit("/", 1)[-1], f.found) for f in result.findings) == [
        ("dated.docx", "November (= 2015-11)"), ("undated.docx", "November (= 2016-11)")]


SLIM_FACTS = """
version: 1
facts:
  - id: places
    subject: [places]
    type: count
  - id: inspection
    subject: [Ofsted inspection]
    type: date
    value: 2016-10
  - id: review
    subject: [the review]
    type: statement
"""


def test_a_check_run_keeps_only_the_mentions_the_corpus_checks_read(corpus):
    """``check`` drops a document's mentions once it is checked, all but the read values of
    facts with no value (FC003 compares them across documents): the findings do not change."""
    facts_path = corpus.facts(SLIM_FACTS)
    corpus.doc("a.txt", "The review found 12 places. The Ofsted inspection in October 2016.\n")
    corpus.doc("b.txt", "The review found 14 places. The review was read.\n")
    facts = CompiledFacts.build(load_facts(facts_path))
    sources = discover([str(corpus.root)], facts.file.path)
    whole = run(sources, facts, keep_mentions=True)
    slim = run(sources, facts, keep_mentions=False)
    assert codes(slim) == codes(whole) == [("FC003", "places")]
    assert sum(len(d.mentions) for d in whole.documents) == 6
    kept = [(m.fact, m.reading.words) for d in slim.documents for m in d.mentions]
    assert kept == [("places", "12"), ("places", "14")]
    assert [d.coverage for d in slim.documents] == [d.coverage for d in whole.documents]
