"""The facts file loader: the model it builds, and errors that read like a compiler's.

Each bad input asserts the exact ``path:line:column`` and that the message
names the offending key, since that is what a user needs to fix the file.
"""

from __future__ import annotations

import datetime
import textwrap
from pathlib import Path

import pytest

from checker.facts.errors import FactsError, FactsErrors
from checker.facts.loader import load_facts
from checker.facts.model import Fact, FactsFile

GOOD = """\
version: 1

documents:
  - match: seeds/001_*.txt
    id: minister-letter
    kind: letter
    date: 2017-06-30
    authority: primary
  - match: seeds/002_*.txt
    id: council-report
    date: "2017-07-01"

facts:
  - id: ofsted-inspection-month
    claim: Ofsted inspected Kirklees children's services in October 2016.
    subject: [Ofsted inspection, "re: inspected\\\\s+by\\\\s+Ofsted"]
    type: date
    value: 2016-10
    severity: warning
    required_in: [minister-letter, "kind:letter"]
    source: minister-letter
  - id: dfe-name
    type: name
    value: Department for Education
    accept: [DfE]
    reject: Department of Education
  - id: leeds-rating
    type: rating
    choices: [outstanding, good, requires improvement, inadequate]
    value: good
    subject:
      - Leeds children's services
      - re: leeds\\s+(?:was|is)\\s+rated
  - id: plan-length
    type: duration
    subject: improvement plan
    value: up to 3 years
  - id: grant
    type: money
    subject: grant
    value: £1.63m
  - id: children-in-care
    type: count
    subject: children in care
    value: 79
  - id: director-title
    type: title
    subject: Ofsted
    value: Director of Children's Services
  - id: commissioner-appointed
    type: statement
    claim: A commissioner was appointed.
    subject: commissioner
    severity: info
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "facts.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def errors(path: Path) -> list[str]:
    """Every error line the loader reports for ``path``."""
    with pytest.raises(FactsError) as info:
        load_facts(path)
    lines = [str(e) for e in info.value.errors]
    assert str(info.value).splitlines() == lines
    return lines


def one_error(path: Path) -> str:
    lines = errors(path)
    assert len(lines) == 1, lines
    return lines[0]


def facts_yaml(body: str) -> str:
    """A minimal valid head, so that a test shows only the lines it is about."""
    return "version: 1\nfacts:\n" + textwrap.indent(textwrap.dedent(body), "  ")


# -- the good file ---------------------------------------------------------------

def test_good_file_round_trips_into_the_model(tmp_path):
    path = write(tmp_path, GOOD)
    ff = load_facts(path)
    assert isinstance(ff, FactsFile)
    assert ff.path == path and ff.version == 1
    letter, report = ff.documents
    assert (letter.match, letter.id, letter.kind, letter.date, letter.authority, letter.line) == (
        "seeds/001_*.txt", "minister-letter", "letter", datetime.date(2017, 6, 30), "primary", 4)
    assert (report.id, report.kind, report.date, report.authority) == (
        "council-report", "", datetime.date(2017, 7, 1), "secondary")
    by_id = {f.id: f for f in ff.facts}
    assert list(by_id) == ["ofsted-inspection-month", "dfe-name", "leeds-rating", "plan-length",
                           "grant", "children-in-care", "director-title", "commissioner-appointed"]
    month = by_id["ofsted-inspection-month"]
    assert month.type == "date" and month.line == 14
    assert month.claim == "Ofsted inspected Kirklees children's services in October 2016."
    assert month.subjects == ("Ofsted inspection",)
    assert month.patterns == (r"inspected\s+by\s+Ofsted",)
    assert month.value_text == "2016-10" and month.value.kind == "date"
    assert month.severity == "warning" and month.source == "minister-letter"
    assert month.required_in == ("minister-letter", "kind:letter")
    name = by_id["dfe-name"]
    assert (name.value, name.value_text, name.accept, name.reject, name.subjects) == (
        None, "Department for Education", ("DfE",), ("Department of Education",), ())
    assert name.severity == "error" and name.claim == "" and name.required_in == ()
    rating = by_id["leeds-rating"]
    assert rating.choices == ("outstanding", "good", "requires improvement", "inadequate")
    assert rating.value.kind == "rating" and rating.value.choice == "good"
    assert rating.subjects == ("Leeds children's services",)
    assert rating.patterns == (r"leeds\s+(?:was|is)\s+rated",)  # `- re: x` is a pattern too
    assert by_id["plan-length"].value.kind == "duration"
    assert by_id["plan-length"].value_text == "up to 3 years"
    assert by_id["grant"].value.kind == "money" and by_id["grant"].value_text == "£1.63m"
    count = by_id["children-in-care"]
    assert count.value.kind == "count" and count.value_text == "79"  # YAML read an int
    title = by_id["director-title"]
    assert (title.value, title.value_text) == (None, "Director of Children's Services")
    statement = by_id["commissioner-appointed"]
    assert (statement.value, statement.value_text, statement.severity) == (None, "", "info")
    with pytest.raises(AttributeError):
        month.id = "x"  # frozen


def test_values_keep_the_text_as_written(tmp_path):
    path = write(tmp_path, facts_yaml("""\
          - id: a-day
            type: date
            subject: inspection
            value: 2016-10-05
          - id: a-year
            type: date
            subject: inspection
            value: 2016
        """))
    a_day, a_year = load_facts(path).facts
    assert a_day.value_text == "2016-10-05" and a_year.value_text == "2016"
    assert isinstance(a_day, Fact) and a_day.value.kind == a_year.value.kind == "date"


# -- one error each --------------------------------------------------------------

def test_malformed_yaml_stops_at_the_problem(tmp_path):
    path = write(tmp_path, facts_yaml("""\
          - id: a
            type: statement
            subject: Ofsted: inspection
          - id: b
            type: nmae
        """))
    assert one_error(path) == f"{path}:5:20: could not parse YAML: mapping values are not allowed here"


def test_unknown_top_level_key_with_did_you_mean(tmp_path):
    path = write(tmp_path, "version: 1\ndocument: []\nfacts: []\n")
    assert one_error(path) == (f"{path}:2:1: document: unknown key 'document' "
                               "(did you mean 'documents'?)")


def test_unknown_fact_key_with_did_you_mean(tmp_path):
    path = write(tmp_path, facts_yaml("""\
          - id: inspection
            type: statement
            subject: Ofsted
            subjects: [inspection]
        """))
    assert one_error(path) == (f"{path}:6:5: facts[inspection].subjects: unknown key 'subjects' "
                               "(did you mean 'subject'?)")


def test_duplicate_fact_ids_name_the_first(tmp_path):
    path = write(tmp_path, facts_yaml("""\
          - id: inspection
            type: statement
            subject: Ofsted
          - id: inspection
            type: statement
            subject: Ofsted
        """))
    assert one_error(path) == (f"{path}:6:9: facts[1].id: duplicate fact id 'inspection' "
                               "(first at line 3)")


def test_duplicate_yaml_key_within_a_fact(tmp_path):
    path = write(tmp_path, facts_yaml("""\
          - id: inspection
            type: statement
            subject: Ofsted
            type: date
        """))
    assert one_error(path) == (f"{path}:6:5: facts[inspection].type: duplicate key 'type' "
                               "(first at line 4)")


@pytest.mark.parametrize("kind, written", [("date", "2016-13"), ("duration", "three-ish years")])
def test_a_value_that_does_not_parse(tmp_path, kind, written):
    path = write(tmp_path, facts_yaml(f"""\
          - id: bad-value
            type: {kind}
            subject: inspection
            value: {written}
        """))
    line = one_error(path)
    prefix = f"{path}:6:12: facts[bad-value].value: "
    assert line.startswith(prefix) and len(line) > len(prefix)


def test_unknown_type(tmp_path):
    path = write(tmp_path, facts_yaml("""\
          - id: dfe
            type: nmae
            value: DfE
        """))
    assert one_error(path) == (
        f"{path}:4:11: facts[dfe].type: unknown type 'nmae' (did you mean 'name'?); expected "
        "one of: date, duration, money, count, percent, rating, name, title, statement")


def test_required_in_naming_no_document(tmp_path):
    path = write(tmp_path, """\
        version: 1
        documents:
          - {match: "letters/*.txt", id: minister-letter, kind: letter}
        facts:
          - id: inspection
            type: statement
            subject: Ofsted
            required_in: [minister-leter, "kind:letter", "kind:report"]
        """)
    assert errors(path) == [
        f"{path}:8:19: facts[inspection].required_in[0]: required_in names no document: "
        "'minister-leter' (did you mean 'minister-letter'?)",
        f"{path}:8:50: facts[inspection].required_in[2]: required_in names no document: "
        "'kind:report'",
    ]


def test_invalid_regex(tmp_path):
    path = write(tmp_path, facts_yaml("""\
          - id: inspection
            type: statement
            subject:
              - Ofsted
              - "re: inspected (by"
        """))
    line = one_error(path)
    assert line.startswith(f"{path}:7:9: facts[inspection].subject[1]: invalid regular expression: ")


@pytest.mark.parametrize("pattern", ["(a+)+$", "(x+x+)+y"])
def test_too_slow_regex(tmp_path, pattern):
    path = write(tmp_path, facts_yaml(f"""\
          - id: inspection
            type: statement
            subject: ["re: {pattern}"]
        """))
    assert one_error(path) == (f"{path}:5:15: facts[inspection].subject[0]: regular expression "
                               "is too slow (nested repetition such as '(a+)+' backtracks)")


def test_regex_matching_empty_text(tmp_path):
    path = write(tmp_path, facts_yaml("""\
          - id: inspection
            type: statement
            subject: "re: (ofsted)?"
        """))
    assert one_error(path) == (f"{path}:5:14: facts[inspection].subject: "
                               "regular expression matches empty text")


def test_ordinary_regexes_are_accepted(tmp_path):
    path = write(tmp_path, facts_yaml(r"""
          - id: grant
            type: statement
            subject:
              - 're: (?:£|\$)\s?\d[\d,]*(?:\.\d+)?\s?(?:m|million)\b'
              - 're: \d+(\.\d+)?m'
              - 're: \bkirklees\b.{0,40}\bcouncil\b'
        """))
    assert len(load_facts(path).facts[0].patterns) == 3


def test_missing_version(tmp_path):
    path = write(tmp_path, "facts: []\n")
    assert one_error(path) == (f"{path}:1:1: version: missing required key 'version' "
                               "(write 'version: 1' at the top)")


def test_wrong_version(tmp_path):
    path = write(tmp_path, "version: 2\nfacts: []\n")
    assert one_error(path) == (f"{path}:1:10: version: unsupported version '2': "
                               "this factlint reads version 1")


def test_statement_with_value(tmp_path):
    path = write(tmp_path, facts_yaml("""\
          - id: commissioner
            type: statement
            subject: commissioner
            value: yes
        """))
    assert one_error(path) == f"{path}:6:5: facts[commissioner].value: a statement has no value"


def test_rating_without_choices(tmp_path):
    path = write(tmp_path, facts_yaml("""\
          - id: leeds-rating
            type: rating
            subject: Leeds
        """))
    assert one_error(path) == (f"{path}:3:5: facts[leeds-rating].choices: missing required key "
                               "'choices': a rating fact lists the ratings it can take")


def test_rating_value_not_among_choices(tmp_path):
    path = write(tmp_path, facts_yaml("""\
          - id: leeds-rating
            type: rating
            subject: Leeds
            choices: [outstanding, good, inadequate]
            value: godo
        """))
    assert one_error(path) == (
        f"{path}:7:12: facts[leeds-rating].value: rating 'godo' is not one of the choices "
        "(did you mean 'good'?); expected one of: outstanding, good, inadequate")


def test_missing_subject_and_misplaced_keys(tmp_path):
    path = write(tmp_path, facts_yaml("""\
          - id: count
            type: count
            accept: [seventy-nine]
            choices: [a]
        """))
    assert errors(path) == [
        f"{path}:3:5: facts[count].subject: missing required key 'subject': "
        "a count fact is found in a document by its subject",
        f"{path}:5:5: facts[count].accept: 'accept' is only for name and title facts, not count",
        f"{path}:6:5: facts[count].choices: 'choices' is only for rating facts, not count",
    ]


def test_bad_documents(tmp_path):
    path = write(tmp_path, """\
        version: 1
        documents:
          - id: Letter
            match: a.txt
          - id: report
            date: 2016-13-01
            authority: primry
        facts: []
        """)
    assert errors(path) == [
        f"{path}:3:9: documents[0].id: document id 'Letter' may only use a-z, 0-9 and '-'",
        f"{path}:5:5: documents[report].match: missing required key 'match'",
        f"{path}:6:11: documents[report].date: invalid date '2016-13-01': month must be in 1..12",
        f"{path}:7:16: documents[report].authority: unknown authority 'primry' "
        "(did you mean 'primary'?); expected one of: primary, secondary",
    ]


def test_several_errors_are_reported_at_once_sorted_by_line(tmp_path):
    path = write(tmp_path, facts_yaml("""\
          - id: first
            type: statement
            subject: Ofsted
            severity: fatal
          - id: second
            type: sttement
            subject: Ofsted
        """))
    with pytest.raises(FactsErrors) as info:
        load_facts(path)
    assert str(info.value).splitlines() == [
        f"{path}:6:15: facts[first].severity: unknown severity 'fatal'; "
        "expected one of: error, warning, info",
        f"{path}:8:11: facts[second].type: unknown type 'sttement' (did you mean 'statement'?); "
        "expected one of: date, duration, money, count, percent, rating, name, title, statement",
    ]
    assert (info.value.line, info.value.column) == (6, 15)  # the first, for one-error callers


def test_python_tags_are_refused_and_nothing_is_constructed(tmp_path):
    marker = tmp_path / "constructed"
    path = write(tmp_path, facts_yaml(f"""\
          - id: exploit
            type: name
            value: !!python/object/apply:os.system ["touch {marker}"]
            accept: !!python/object:collections.OrderedDict {{}}
        """))
    assert errors(path) == [
        f"{path}:5:12: facts[exploit].value: tag '!!python/object/apply:os.system' "
        "is not allowed: a facts file holds plain data only",
        f"{path}:6:13: facts[exploit].accept: tag '!!python/object:collections.OrderedDict' "
        "is not allowed: a facts file holds plain data only",
    ]
    assert not marker.exists()


def test_file_not_found(tmp_path):
    path = tmp_path / "missing.yaml"
    assert one_error(path) == f"{path}:1:1: no such facts file (name one with --facts FILE)"


def test_empty_file(tmp_path):
    path = write(tmp_path, "")
    assert one_error(path) == f"{path}:1:1: the facts file is empty"


def test_not_utf8(tmp_path):
    path = tmp_path / "facts.yaml"
    path.write_bytes(b"version: 1\nfacts: []\n# caf\xe9\n")
    assert one_error(path) == f"{path}:3:6: the facts file is not UTF-8 (byte 0xe9)"


def test_error_str_without_key():
    assert str(FactsError("f.yaml", 2, 3, "", "oops")) == "f.yaml:2:3: oops"
    assert str(FactsError("f.yaml", 2, 3, "facts[a].type", "oops")) == "f.yaml:2:3: facts[a].type: oops"
