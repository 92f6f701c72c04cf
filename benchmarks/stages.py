"""Where a check's time goes, stage by stage, without a profiler.

    python benchmarks/stages.py CORPUS_DIR      # a folder made by generate.py (docs/ and facts.yaml)

Runs the steps of ``checker.engine.read_document`` and ``check_document``
one document at a time, with ``time.perf_counter`` around each, and the
value finders timed by type. cProfile's overhead per call distorts a
run made of millions of small calls (it doubles the time of the value
finders); this does not. It mirrors the engine's steps, so a change to
``read_document`` must be made here too. Start-up and the report are not
counted: only per-document work.
"""

from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path

from checker import api, readers
from checker.engine import check_document, spec_for
from checker.mentions import arithmetic_sentences, attach_values
from checker.results import DocumentResult
from checker.sentence_values import SentenceValues
from checker.text.sentences import split
from checker.values import FINDERS
from checker.values.dates.document_date import document_date


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder with docs/ and facts.yaml")
    parser.add_argument("--facts", default="facts.yaml", help="facts file in the folder")
    args = parser.parse_args()
    stages: collections.Counter = collections.Counter()
    finders: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()
    for kind, finder in list(FINDERS.items()):
        def timed(*a, _kind=kind, _finder=finder, **k):
            started = time.perf_counter()
            try:
                return _finder(*a, **k)
            finally:
                finders[_kind] += time.perf_counter() - started
                calls[_kind] += 1
        FINDERS[kind] = timed
    planned = api.plan([str(args.corpus / "docs")], args.corpus / args.facts)
    facts, sources = planned.facts, planned.sources
    size = 0
    for source in sources:
        clock = time.perf_counter()

        def lap(stage: str) -> None:
            nonlocal clock
            now = time.perf_counter()
            stages[stage] += now - clock
            clock = now
        data = readers.read_bytes(source.path)
        size += len(data)
        spec = spec_for(source.path, facts)
        lap("reading bytes")
        doc = readers.read(source.path, source.shown, data)
        lap("reading text (decode, normalise, offset map)")
        date = (spec.date if spec and spec.date else None) or doc.date or document_date(doc.text)
        lap("the document's date")
        sentences = split(doc.text)
        lap("sentence splitting")
        hits = facts.scanner.scan(doc.text)
        lap("the phrase scan")
        values = SentenceValues(doc, sentences, date)
        mentions = attach_values(doc, hits, facts, values)
        lap("values around mentions")
        arithmetic = arithmetic_sentences(doc, values)
        lap("the arithmetic check's sentences")
        result = DocumentResult(source.shown, spec.id if spec else source.path.stem, date=date,
                                first_line=doc.first_line(), mentions=tuple(mentions),
                                sentences=tuple(arithmetic))
        check_document(result, facts)
        lap("document checks")
    total = sum(stages.values())
    print(f"{len(sources)} documents, {size / 1e6:.1f} MB: {total:.2f} s of per-document work, "
          f"{size / 1e6 / total:.2f} MB/s")
    print("| stage | s | share |\n|---|---:|---:|")
    for stage, seconds in stages.most_common():
        print(f"| {stage} | {seconds:.2f} | {100 * seconds / total:.0f}% |")
    print("\nvalue finders (inside the two value stages):")
    print("| type | s | calls | µs per call |\n|---|---:|---:|---:|")
    for kind, seconds in finders.most_common():
        print(f"| {kind} | {seconds:.2f} | {calls[kind]:,} | {1e6 * seconds / calls[kind]:.0f} |")


if __name__ == "__main__":
    main()
