"""The facts of a run, compiled once: lookups and the scanner.

Built after the facts file is validated and before any document is read,
then shared by every document (and, pickled, by every worker process).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.facts.model import DocumentSpec, Fact, FactsFile
from checker.scan import Scanner


@dataclass(frozen=True)
class CompiledFacts:
    file: FactsFile
    by_id: dict[str, Fact] = field(repr=False)
    scanner: Scanner = field(repr=False)
    # "doc-id" or "kind:letter" -> the facts required there, so that a document
    # looks up its required facts instead of testing every fact (no docs x facts).
    required: dict[str, tuple[Fact, ...]] = field(repr=False, default_factory=dict)

    @classmethod
    def build(cls, facts_file: FactsFile) -> CompiledFacts:
        required: dict[str, list[Fact]] = {}
        for fact in facts_file.facts:
            for item in dict.fromkeys(fact.required_in):
                required.setdefault(item, []).append(fact)
        return cls(facts_file, {f.id: f for f in facts_file.facts}, Scanner(facts_file),
                   {key: tuple(found) for key, found in required.items()})

    def required_facts(self, doc_id: str, kind: str) -> tuple[Fact, ...]:
        """The facts the document ``doc_id`` of ``kind`` must state, in the file's order."""
        by_id = self.required.get(doc_id, ())
        by_kind = self.required.get(f"kind:{kind}", ()) if kind else ()
        if not (by_id and by_kind):
            return by_id or by_kind
        index = {fact.id: i for i, fact in enumerate(by_id + by_kind)}  # small: required facts only
        merged = dict.fromkeys(by_id + by_kind)
        return tuple(sorted(merged, key=lambda f: (f.line, index[f.id])))

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self.file.facts

    @property
    def documents(self) -> tuple[DocumentSpec, ...]:
        return self.file.documents
