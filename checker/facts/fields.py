"""Reading one field of the located YAML: text, lists of text, choices, ids.

Each reader records an error (with the field's line, column and key path)
and returns None rather than raising, so that the loader can report every
problem of a facts file in one run, as a compiler does.
"""

from __future__ import annotations

import re
from difflib import get_close_matches
from typing import Any

from checker.facts.errors import FactsError
from checker.facts.yaml_nodes import LocatedDict, LocatedList, Mark

ID = re.compile(r"[a-z0-9-]+\Z")


def did_you_mean(word: str, options: Any) -> str:
    close = get_close_matches(word, list(options), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def join_key(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


class FieldReader:
    """Collects errors while reading fields; the loader builds on it."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.errors: list[FactsError] = []

    def error(self, mark: Mark, key: str, message: str) -> None:
        self.errors.append(FactsError(self.path, mark.line, mark.column, key, message))

    # -- generic field readers -------------------------------------------------

    def unknown_keys(self, d: LocatedDict, allowed: tuple[str, ...], key: str) -> None:
        for name, mark in d.key_marks.items():
            if name not in allowed:
                self.error(mark, join_key(key, name),
                           f"unknown key '{name}'{did_you_mean(name, allowed)}")

    def missing(self, d: LocatedDict, name: str, key: str, why: str = "") -> bool:
        if name in d:
            return False
        self.error(d.mark, join_key(key, name), f"missing required key '{name}'{why}")
        return True

    def text(self, d: LocatedDict, name: str, key: str, default: str | None = "") -> str | None:
        """A scalar as written (``2016`` stays "2016"); absent: ``default``."""
        if name not in d:
            return default
        if d[name] is None or d.source[name] is None:
            self.error(d.value_marks[name], join_key(key, name), f"'{name}' must be text")
            return None
        return d.source[name]

    def texts(self, d: LocatedDict, name: str, key: str) -> list[tuple[str, Mark, str]]:
        """Text or a list of non-empty texts, each with its mark and key path."""
        if name not in d:
            return []
        path, value = join_key(key, name), d[name]
        if not isinstance(value, LocatedList):
            text = self.text(d, name, key, None)
            items = [] if text is None else [(text, d.value_marks[name], path)]
        else:
            items = []
            for i, (item, src) in enumerate(zip(value, value.source)):
                if isinstance(item, LocatedDict) and name == "subject" and list(item) == ["re"]:
                    item, src = item["re"], "re:" + (item.source["re"] or "")  # `- re: x`
                if item is None or src is None or isinstance(item, (LocatedDict, LocatedList)):
                    self.error(value.marks[i], f"{path}[{i}]", f"each item of '{name}' must be text")
                else:
                    items.append((src, value.marks[i], f"{path}[{i}]"))
        for text, mark, item_path in items:
            if not text.strip():
                self.error(mark, item_path, f"'{name}' must not be empty text")
        return [item for item in items if item[0].strip()]

    def choice(self, d: LocatedDict, name: str, options: tuple[str, ...], key: str,
               default: str) -> str | None:
        value = self.text(d, name, key, default)
        if value is None or value in options:
            return value
        self.error(d.value_marks[name], join_key(key, name),
                   f"unknown {name} '{value}'{did_you_mean(value, options)}; "
                   f"expected one of: {', '.join(options)}")
        return None

    def ident(self, d: LocatedDict, key: str, seen: dict[str, int], what: str) -> str | None:
        if self.missing(d, "id", key):
            return None
        value, mark = self.text(d, "id", key, None), d.value_marks["id"]
        if value is None:
            return None
        if not ID.match(value):
            self.error(mark, f"{key}.id", f"{what} id '{value}' may only use a-z, 0-9 and '-'")
            return None
        if value in seen:
            self.error(mark, f"{key}.id", f"duplicate {what} id '{value}' (first at line {seen[value]})")
            return None
        seen[value] = mark.line
        return value

