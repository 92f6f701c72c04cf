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

    @classmethod
    def build(cls, facts_file: FactsFile) -> CompiledFacts:
        return cls(facts_file, {f.id: f for f in facts_file.facts}, Scanner(facts_file))

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self.file.facts

    @property
    def documents(self) -> tuple[DocumentSpec, ...]:
        return self.file.documents

    def required_in(self, fact: Fact, doc_id: str, kind: str) -> bool:
        """Whether ``fact`` must be stated in the document ``doc_id`` of ``kind``."""
        return any(item == doc_id or (kind and item == f"kind:{kind}") for item in fact.required_in)
