"""Accuracy of value reading on a labelled set of real sentences (tests/eval/).

The suite requires 98% of all rows read right, and no false value at all on
the rows labelled ``none``: a value read where there is none is a false alarm
in front of an editor. Run this file as a script to print the accuracy table.
"""

from __future__ import annotations

import csv
import datetime
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from checker.text.normalise import reading_text
from checker.values import FINDERS, Context

EVAL = Path(__file__).parent / "eval"


@dataclass(frozen=True)
class Row:
    file: str
    line: int
    type: str
    sentence: str
    expression: str
    expected: str
    doc_date: datetime.date | None
    choices: tuple[str, ...]
    source: str


def load_rows() -> list[Row]:
    rows = []
    for path in sorted(EVAL.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            for number, item in enumerate(reader, start=2):
                date = item["doc_date"].strip()
                rows.append(Row(path.name, number, item["type"].strip(), item["sentence"],
                                item["expression"], item["expected"].strip(),
                                datetime.date.fromisoformat(date) if date else None,
                                tuple(c.strip() for c in item["choices"].split("|") if c.strip()),
                                item["source"].strip()))
    return rows


def read(row: Row) -> tuple[bool, str]:
    """(correct, what was read at the expression)."""
    text, mapping = reading_text(row.sentence)
    start = row.sentence.index(row.expression)
    end = start + len(row.expression)
    values = FINDERS[row.type](text, 0, len(text), Context(row.doc_date, row.choices))
    here = [v for v in values
            if mapping.to_source(v.start) < end and mapping.end_to_source(v.end) > start]
    labels = [v.label for v in here]
    if row.expected == "none":
        return not here, ", ".join(labels) or "none"
    return row.expected in labels, ", ".join(labels) or "none"


ROWS = load_rows()


def scores(rows: list[Row]) -> dict[str, tuple[int, int]]:
    right, total = Counter(), Counter()
    for row in rows:
        total[row.type] += 1
        right[row.type] += read(row)[0]
    return {kind: (right[kind], total[kind]) for kind in sorted(total)}


def test_the_set_is_large_cited_and_well_formed():
    assert len(ROWS) >= 400
    for row in ROWS:
        where = f"{row.file}:{row.line}"
        assert row.type in FINDERS, where
        assert row.expression and row.expression in row.sentence, where
        assert row.source, where
    assert sum(row.expected == "none" for row in ROWS) >= 60


def test_overall_accuracy_is_at_least_98_percent():
    wrong = [(f"{r.file}:{r.line}", r.expression, r.expected, read(r)[1])
             for r in ROWS if not read(r)[0]]
    assert len(wrong) <= 0.02 * len(ROWS), wrong


@pytest.mark.parametrize("row", [r for r in ROWS if r.expected == "none"],
                         ids=lambda r: f"{r.file}:{r.line}")
def test_no_false_value_where_there_is_none(row):
    correct, found = read(row)
    assert correct, f"read {found!r} in {row.expression!r}"


def main() -> None:
    table = scores(ROWS)
    print("| type | rows | read right | accuracy |")
    print("|---|---|---|---|")
    for kind, (right, total) in table.items():
        print(f"| {kind} | {total} | {right} | {100 * right / total:.1f}% |")
    right = sum(r for r, _ in table.values())
    total = sum(t for _, t in table.values())
    print(f"| all | {total} | {right} | {100 * right / total:.1f}% |")
    for row in ROWS:
        correct, found = read(row)
        if not correct:
            print(f"{row.file}:{row.line}: {row.expression!r}: expected {row.expected!r}, read {found!r}",
                  file=sys.stderr)


if __name__ == "__main__":
    main()
