"""The blind samples of ``tests/eval/`` stay usable: every case has the fields the scorer reads,
ids are unique across samples (the scorer and its tools key cases by id), the subject stands in
the sentence, and the right and wrong values are valid notations that disagree."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from checker.values import parse_value
from checker.values.compare import agrees

SAMPLES = sorted(Path(__file__).parent.glob("eval/sample-*/*.json"))
FIELDS = {"id", "type", "class", "sentence", "subject", "doc_date", "value", "wrong", "source", "note"}


def _cases():
    return [(path, case) for path in SAMPLES for case in json.loads(path.read_text(encoding="utf-8"))]


def test_there_are_samples_and_ids_are_unique():
    cases = _cases()
    assert len(SAMPLES) >= 40 and len(cases) >= 2000
    ids = [case["id"] for _, case in cases]
    assert sorted(i for i in set(ids) if ids.count(i) > 1) == []


@pytest.mark.parametrize("path", SAMPLES, ids=[f"{p.parent.name}/{p.name}" for p in SAMPLES])
def test_every_case_is_well_formed(path):
    for case in json.loads(path.read_text(encoding="utf-8")):
        where = f"{path.name} {case.get('id')}"
        assert FIELDS <= set(case), f"{where}: missing {FIELDS - set(case)}"
        words = r"[\s\-–—]+".join(re.escape(w) for w in case["subject"].split())
        assert re.search(rf"(?<!\w){words}(?!\w)", case["sentence"], re.I), f"{where}: no subject"
        choices = tuple(case.get("choices", ()))
        wrong = parse_value(case["type"], str(case["wrong"]), choices)
        if case["value"] is not None:
            right = parse_value(case["type"], str(case["value"]), choices)
            assert not agrees(right, wrong), f"{where}: the wrong value agrees with the right one"
