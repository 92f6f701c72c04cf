"""Validate a facts file (format version 1) and build the frozen model.

The facts file is written by hand and is the linter's ground truth, so a
mistake in it must never be silently ignored (a misspelt ``subjects:`` would
otherwise leave a fact that is never checked). Every problem is reported at
once, each at the line and column of the offending key or value, with its
dotted key path (``facts[dfe-name].type``; an index ``facts[3]`` is 0-based
and used until the fact's id is known) and, for a misspelling, a
did-you-mean.
"""

from __future__ import annotations

import datetime
import re
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from checker.facts.errors import raise_if_any
from checker.facts.fields import FieldReader, did_you_mean, join_key
from checker.facts.model import (
    AUTHORITIES,
    FACT_TYPES,
    VALUE_TYPES,
    DocumentSpec,
    Fact,
    FactsFile,
)
from checker.facts.patterns import check_pattern
from checker.facts.yaml_nodes import LocatedDict, LocatedList, Mark, load_yaml
from checker.finding import SEVERITIES
from checker.values import parse_value

TOP_KEYS = ("version", "documents", "facts")
DOCUMENT_KEYS = ("match", "id", "kind", "date", "authority")
FACT_KEYS = ("id", "claim", "subject", "type", "value", "severity", "required_in",
             "source", "accept", "reject", "choices")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def load_facts(path: str | Path) -> FactsFile:
    """Read and validate a facts file; raise ``FactsError`` listing every problem."""
    path = Path(path)
    data, errors = load_yaml(path)
    checker = _Checker(str(path))
    result = checker.file(data, path)
    # A value refused while reading (a bad tag) would also be reported as
    # being of the wrong kind; only the first, which says why, is kept.
    refused = {(e.line, e.column) for e in errors}
    raise_if_any(errors + [e for e in checker.errors if (e.line, e.column) not in refused])
    return result


class _Checker(FieldReader):
    """Walks the located data, collecting errors and building model objects."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.doc_ids: set[str] = set()
        self.doc_kinds: set[str] = set()

    # -- the file --------------------------------------------------------------

    def file(self, data: Any, path: Path) -> FactsFile | None:
        if not isinstance(data, LocatedDict):
            self.error(Mark(1, 1), "", "the facts file must be a mapping with 'version' and 'facts'")
            return None
        self.unknown_keys(data, TOP_KEYS, "")
        if not self.missing(data, "version", "", " (write 'version: 1' at the top)"):
            version = data["version"]
            if type(version) is not int or version != 1:
                self.error(data.value_marks["version"], "version",
                           f"unsupported version '{data.source['version']}': "
                           "this factlint reads version 1")
        documents = self.documents(data)
        facts: list[Fact] = []
        if not self.missing(data, "facts", ""):
            items = data["facts"]
            if not isinstance(items, LocatedList):
                self.error(data.value_marks["facts"], "facts", "'facts' must be a list of facts")
            else:
                seen: dict[str, int] = {}
                for i, item in enumerate(items):
                    fact = self.fact(item, items.marks[i], f"facts[{i}]", seen)
                    if fact is not None:
                        facts.append(fact)
        return FactsFile(path=path, version=1, documents=tuple(documents), facts=tuple(facts))

    def documents(self, data: LocatedDict) -> list[DocumentSpec]:
        items = data.get("documents")
        if items is None:
            return []
        if not isinstance(items, LocatedList):
            self.error(data.value_marks["documents"], "documents", "'documents' must be a list")
            return []
        out, seen = [], {}
        for i, d in enumerate(items):
            key = f"documents[{i}]"
            if not isinstance(d, LocatedDict):
                self.error(items.marks[i], key, "a document must be a mapping with 'match' and 'id'")
                continue
            doc_id = self.ident(d, key, seen, "document")
            key = f"documents[{doc_id}]" if doc_id else key
            self.unknown_keys(d, DOCUMENT_KEYS, key)
            match = None if self.missing(d, "match", key) else self.text(d, "match", key, None)
            kind = self.text(d, "kind", key) or ""
            date = self.date(d, key)
            authority = self.choice(d, "authority", AUTHORITIES, key, "secondary")
            if doc_id:
                self.doc_ids.add(doc_id)
            if kind:
                self.doc_kinds.add(kind)
            if doc_id and match and authority:
                out.append(DocumentSpec(match=match, id=doc_id, kind=kind, date=date,
                                        authority=authority, line=d.mark.line))
        return out

    def date(self, d: LocatedDict, key: str) -> datetime.date | None:
        value = d.get("date")
        if value is None or (isinstance(value, datetime.date)
                             and not isinstance(value, datetime.datetime)):
            return value
        try:
            if not isinstance(value, str) or not _DAY.match(value):
                raise ValueError("write it as YYYY-MM-DD")
            return datetime.date.fromisoformat(value)
        except ValueError as exc:
            self.error(d.value_marks["date"], f"{key}.date",
                       f"invalid date '{d.source['date']}': {exc}")
            return None

    # -- one fact --------------------------------------------------------------

    def fact(self, f: Any, mark: Mark, key: str, seen: dict[str, int]) -> Fact | None:
        if not isinstance(f, LocatedDict):
            self.error(mark, key, "a fact must be a mapping with at least 'id' and 'type'")
            return None
        fact_id = self.ident(f, key, seen, "fact")
        key = f"facts[{fact_id}]" if fact_id else key
        self.unknown_keys(f, FACT_KEYS, key)
        ftype = None
        if not self.missing(f, "type", key):
            ftype = self.text(f, "type", key, None)
            if ftype is not None and ftype not in FACT_TYPES:
                self.error(f.value_marks["type"], f"{key}.type",
                           f"unknown type '{ftype}'{did_you_mean(ftype, FACT_TYPES)}; "
                           f"expected one of: {', '.join(FACT_TYPES)}")
                ftype = None
        subjects, patterns = [], []
        for text, item_mark, path in self.texts(f, "subject", key):
            if text.startswith("re:"):
                pattern = text[3:].strip()
                problem = check_pattern(pattern)
                if problem:
                    self.error(item_mark, path, problem)
                patterns.append(pattern)
            else:
                subjects.append(text)
        if ftype and ftype != "name" and "subject" not in f:
            self.error(f.mark, f"{key}.subject", f"missing required key 'subject': a {ftype} "
                       "fact is found in a document by its subject")
        accept = self.forms(f, "accept", key, ftype, ("name", "title"))
        reject = self.forms(f, "reject", key, ftype, ("name", "title"))
        choices = self.forms(f, "choices", key, ftype, ("rating",))
        if ftype == "rating" and not choices and "choices" not in f:
            self.error(f.mark, f"{key}.choices", "missing required key 'choices': "
                       "a rating fact lists the ratings it can take")
        lowered = [c.lower() for c in choices]
        for c in {c for c in lowered if lowered.count(c) > 1}:
            self.error(f.value_marks["choices"], f"{key}.choices", f"choice '{c}' is listed twice")
        value, value_text = self.value(f, key, ftype, choices)
        if ftype == "name" and not {"subject", "value", "accept", "reject"} & f.keys():
            self.error(f.mark, f"{key}.value", "missing required key 'value': a name fact "
                       "without a subject is found by its value, accept or reject forms")
        required_in = self.required_in(f, key)
        claim, source = self.text(f, "claim", key), self.text(f, "source", key)
        severity = self.choice(f, "severity", SEVERITIES, key, "error")
        if not (fact_id and ftype and severity):
            return None
        return Fact(id=fact_id, type=ftype, claim=claim or "", subjects=tuple(subjects),
                    patterns=tuple(patterns), value=value, value_text=value_text,
                    accept=accept, reject=reject, choices=choices, severity=severity,
                    required_in=required_in, source=source or "", line=f.mark.line)

    def forms(self, f: LocatedDict, name: str, key: str, ftype: str | None,
              types: tuple[str, ...]) -> tuple[str, ...]:
        if name not in f:
            return ()
        if ftype and ftype not in types:
            self.error(f.key_marks[name], join_key(key, name),
                       f"'{name}' is only for {' and '.join(types)} facts, not {ftype}")
            return ()
        items = tuple(text for text, _, _ in self.texts(f, name, key))
        if not items and name == "choices" and isinstance(f[name], LocatedList):
            self.error(f.value_marks[name], join_key(key, name), "'choices' must not be empty")
        return items

    def value(self, f: LocatedDict, key: str, ftype: str | None,
              choices: tuple[str, ...]) -> tuple[Any, str]:
        if "value" not in f or ftype is None:
            return None, ""
        mark, path, text = f.value_marks["value"], f"{key}.value", f.source["value"]
        if ftype == "statement":
            self.error(f.key_marks["value"], path, "a statement has no value")
            return None, ""
        if f["value"] is None or text is None or not text.strip():
            self.error(mark, path, "'value' must be a single value written as text")
            return None, ""
        if ftype not in VALUE_TYPES:  # name, title: the text itself
            return None, text
        if ftype == "rating" and choices and text.lower() not in [c.lower() for c in choices]:
            self.error(mark, path, f"rating '{text}' is not one of the choices"
                       f"{did_you_mean(text, choices)}; expected one of: {', '.join(choices)}")
            return None, text
        try:
            return parse_value(ftype, text, choices), text
        except ValueError as exc:
            self.error(mark, path, str(exc))
            return None, text

    def required_in(self, f: LocatedDict, key: str) -> tuple[str, ...]:
        out = []
        for text, mark, path in self.texts(f, "required_in", key):
            if text.startswith("kind:"):
                name, options, prefix = text[5:].strip(), self.doc_kinds, "kind:"
            else:
                name, options, prefix = text, self.doc_ids, ""
            if name in options:
                out.append(prefix + name)
                continue
            close = get_close_matches(name, sorted(options), n=1)
            hint = f" (did you mean '{prefix}{close[0]}'?)" if close else ""
            if not self.doc_ids:
                hint = " (no documents are declared)"
            self.error(mark, path, f"required_in names no document: '{text}'{hint}")
        return tuple(out)
