"""The scanner: one automaton, whole words, any spacing, near-miss anchors."""

from pathlib import Path

from checker.facts.model import Fact, FactsFile
from checker.scan import Scanner
from checker.text.normalise import reading_text


def scanner(*facts: Fact) -> Scanner:
    return Scanner(FactsFile(Path("facts.yaml"), 1, (), tuple(facts)))


def found(scan: Scanner, original: str) -> list[tuple[int, str, str]]:
    text, _ = reading_text(original)
    return [(h.fact, h.role, text[h.start:h.end]) for h in scan.scan(text)]


def test_phrases_match_case_insensitively_across_line_breaks_and_dashes():
    scan = scanner(Fact("a", "date", subjects=("Ofsted inspection",)),
                   Fact("b", "name", value_text="Kirklees-Leeds Improvement Partnership"))
    hits = found(scan, "the OFSTED\n  inspection of the Kirklees \u2013\nLeeds Improvement Partnership")
    assert (0, "subject", "OFSTED inspection") in hits
    assert (1, "value", "Kirklees - Leeds Improvement Partnership") in hits


def test_only_whole_words_match():
    scan = scanner(Fact("a", "statement", subjects=("review",)))
    assert found(scan, "a preview, a reviewed text, and a review.") == [(0, "subject", "review")]


def test_overlapping_phrases_of_different_facts_are_all_found():
    scan = scanner(Fact("a", "duration", subjects=("partnership",)),
                   Fact("b", "name", value_text="Improvement Partnership"))
    hits = found(scan, "the Improvement Partnership")
    assert (0, "subject", "Partnership") in hits and (1, "value", "Improvement Partnership") in hits


def test_a_phrase_does_not_cross_a_paragraph_break():
    scan = scanner(Fact("a", "statement", subjects=("main issues",)))
    assert found(scan, "the main.\n\nIssues are") == []


def test_name_with_one_word_swapped_is_a_variant_hit():
    scan = scanner(Fact("n", "name", value_text="Leeds Relational Practice Centre"))
    hits = found(scan, "the Leeds Relationship Practice Centre and the Leeds Relational Practice Centre")
    variants = [h for h in scan.scan(reading_text(
        "the Leeds Relationship Practice Centre and the Leeds Relational Practice Centre")[0])
        if h.role == "variant"]
    assert [(v.odd, v.expected) for v in variants] == [("relationship", "relational")]
    assert (0, "value", "Leeds Relational Practice Centre") in hits


def test_variant_at_first_and_last_word():
    scan = scanner(Fact("n", "name", value_text="Department for Education"))
    text, _ = reading_text("the Departmant for Education and the Department for Educaton")
    variants = sorted((h.odd, h.expected) for h in scan.scan(text) if h.role == "variant")
    assert variants == [("departmant", "department"), ("educaton", "education")]


def test_regular_expression_subjects():
    scan = scanner(Fact("a", "date", patterns=(r"inspect\w+ by ofsted",)))
    assert found(scan, "It was inspected by Ofsted in May 2019.") == [(0, "subject", "inspected by Ofsted")]


def test_the_automaton_is_built_once_and_holds_every_phrase():
    facts = [Fact(f"f{i}", "statement", subjects=(f"phrase number {i}",)) for i in range(300)]
    scan = scanner(*facts)
    text, _ = reading_text(" ".join(f"phrase number {i}." for i in range(0, 300, 7)))
    assert [h.fact for h in scan.scan(text)] == list(range(0, 300, 7))


def test_long_texts_are_scanned_in_windows_with_nothing_lost_or_doubled(monkeypatch):
    import checker.scan as scan_module
    monkeypatch.setattr(scan_module, "WINDOW", 50)
    scan = scanner(Fact("a", "statement", subjects=("Ofsted inspection report",)),
                   Fact("n", "name", value_text="Department for Education"))
    unit = "The Ofsted inspection report by the Department of Education was long. "
    text, _ = reading_text(unit * 40)
    hits = scan.scan(text)
    assert [h.start for h in hits if h.role == "subject"] == [i * len(unit) + 4 for i in range(40)]
    assert len([h for h in hits if h.role == "variant"]) == 40


def test_a_title_shared_by_many_people_is_a_hit_only_for_the_people_named():
    """A title is a hit for a title fact only where the document names its person: 500 facts
    sharing "Chief Executive" do not make 500 hits of every "Chief Executive"."""
    people = [Fact(f"p{i}", "title", subjects=(f"Person{i} Surname",), value_text="Chief Executive",
                   reject=("Director",)) for i in range(500)]
    scan = scanner(*people)
    nobody = found(scan, "The Chief Executive met the Director. The Chief Executive agreed.")
    assert nobody == []
    named = found(scan, "Chief Executive Person7 Surname met the Director.")
    assert named == [(7, "value", "Chief Executive"), (7, "subject", "Person7 Surname"),
                     (7, "reject", "Director")]


def test_near_misses_of_names_sharing_words_are_each_found_once():
    scan = scanner(Fact("a", "name", value_text="Office for Foster Care"),
                   Fact("b", "name", value_text="Office for Youth Justice"),
                   Fact("c", "name", value_text="Centre for Foster Care"))
    text, _ = reading_text("the Office of Foster Care, the Office for Youth Justise and "
                           "the Centre for Foster Carre and the Centre for Foster Homes")
    variants = sorted((h.fact, h.odd, h.expected) for h in scan.scan(text) if h.role == "variant")
    assert variants == [(0, "of", "for"), (1, "justise", "justice"), (2, "carre", "care")]
