"""Read YAML safely, keeping where every key and value was written.

``yaml.safe_load`` forgets positions and silently keeps the last of two equal
keys, so a facts file could not point its errors at a line, and a fact
written with ``type:`` twice would lose one without a word. Here the file is
composed into nodes (``yaml.compose`` with the SafeLoader: no object is ever
built from a tag) and walked into plain dicts and lists that remember the
1-based position of each key and item, and the scalar text as written (YAML
reads ``2016-10-05`` as a date and ``079`` as text, but a value's notation
must see what the user typed).

Only plain data tags are accepted; anything else (``!!python/object``,
``!!binary``, local tags) is an error, not a constructed object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from checker.facts.errors import FactsError, FactsErrors

_Y = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_Y + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_MAX_NODES = 200_000  # aliases can expand a small file exponentially ("billion laughs")


@dataclass(frozen=True)
class Mark:
    """A 1-based position in the facts file."""

    line: int
    column: int


def _mark(node: yaml.Node) -> Mark:
    return Mark(node.start_mark.line + 1, node.start_mark.column + 1)


class LocatedDict(dict):
    """A mapping that remembers where each key and value was written.

    ``source[k]`` is the scalar text of the value as written (``None`` for a
    mapping or list value).
    """

    def __init__(self, mark: Mark) -> None:
        super().__init__()
        self.mark = mark
        self.key_marks: dict[str, Mark] = {}
        self.value_marks: dict[str, Mark] = {}
        self.source: dict[str, str | None] = {}


class LocatedList(list):
    """A list that remembers where each item was written (``marks[i]``)."""

    def __init__(self, mark: Mark) -> None:
        super().__init__()
        self.mark = mark
        self.marks: list[Mark] = []
        self.source: list[str | None] = []


_FAST = getattr(yaml, "CSafeLoader", None)  # libyaml, when PyYAML was built with it


def _compose(text: str):
    """The node tree of ``text``: libyaml's fast composer when there is one (a facts
    file of thousands of facts loads several times faster), the pure-Python one
    otherwise, and always the pure-Python one to word an error the same way."""
    if _FAST is not None:
        try:
            return yaml.compose(text, Loader=_FAST)
        except Exception:
            pass  # re-read below, so that the message and position are PyYAML's own
    return yaml.compose(text, Loader=yaml.SafeLoader)


def load_yaml(path: str | Path) -> tuple[Any, list[FactsError]]:
    """Read ``path`` into located plain data, with the problems found on the way.

    Problems that leave the data usable (duplicate keys, refused tags) are
    returned so that the caller can report them with its own; a file that
    cannot be read or parsed raises ``FactsError`` at once.
    """
    name = str(path)
    text = _read_text(name)
    try:
        root = _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "malformed YAML"
        if exc.context and problem.startswith("but "):  # "expected a single document..."
            problem = f"{exc.context}, {problem}"
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise FactsError(name, line, col, "", f"could not parse YAML: {problem}") from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow
        line, col = _position(text, exc.position)
        char = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise FactsError(name, line, col, "", f"could not parse YAML: "
                         f"character U+{char:04X}: {exc.reason}") from None
    except RecursionError:
        raise FactsError(name, 1, 1, "", "could not parse YAML: nested too deeply") from None
    if root is None:
        raise FactsError(name, 1, 1, "", "the facts file is empty")
    walker = _Walker(name)
    try:
        data = walker.walk(root, "")
    except RecursionError:
        raise FactsError(name, 1, 1, "", "the YAML is nested too deeply") from None
    return data, walker.errors


def _read_text(name: str) -> str:
    try:
        data = Path(name).read_bytes()
    except FileNotFoundError:
        raise FactsError(name, 1, 1, "", "no such facts file (name one with --facts FILE)") from None
    except IsADirectoryError:
        raise FactsError(name, 1, 1, "", "is a directory, not a facts file") from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise FactsError(name, 1, 1, "", f"cannot read the facts file: {reason}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        start = exc.start
        line = data.count(b"\n", 0, start) + 1
        col = start - (data.rfind(b"\n", 0, start) + 1) + 1
        raise FactsError(name, line, col, "",
                         f"the facts file is not UTF-8 (byte 0x{data[start]:02x})") from None


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _item_id(node: yaml.Node) -> str:
    """The ``id:`` of a list item, to name it in key paths as the loader does."""
    if isinstance(node, yaml.MappingNode):
        for knode, vnode in node.value:
            if (knode.value == "id" and isinstance(vnode, yaml.ScalarNode)
                    and re.fullmatch(r"[a-z0-9-]+", vnode.value)):
                return vnode.value
    return ""


def _short(tag: str) -> str:
    return "!!" + tag[len(_Y):] if tag.startswith(_Y) else tag


class _Walker:
    """Turns a node tree into located plain data, collecting problems."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.errors: list[FactsError] = []
        self.nodes = 0
        self.open: set[int] = set()  # collections being walked: an alias to one loops
        self.constructor = yaml.SafeLoader("")  # only its scalar constructors are used

    def error(self, node: yaml.Node, key: str, message: str) -> None:
        m = _mark(node)
        self.errors.append(FactsError(self.path, m.line, m.column, key, message))

    def walk(self, node: yaml.Node, key: str) -> Any:
        self.nodes += 1
        if self.nodes > _MAX_NODES:
            m = _mark(node)
            raise FactsErrors([*self.errors, FactsError(
                self.path, m.line, m.column, "",
                "the YAML expands to too many values (aliases used too much?)")])
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node, key)
        if node.tag != _Y + ("map" if isinstance(node, yaml.MappingNode) else "seq"):
            return self.refuse(node, key)
        if id(node) in self.open:
            self.error(node, key, "an alias refers to a list or mapping that contains it")
            return None
        self.open.add(id(node))
        try:
            return self.mapping(node, key) if isinstance(node, yaml.MappingNode) \
                else self.sequence(node, key)
        finally:
            self.open.discard(id(node))

    def sequence(self, node: yaml.SequenceNode, key: str) -> LocatedList:
        out = LocatedList(_mark(node))
        for i, item in enumerate(node.value):
            out.append(self.walk(item, f"{key}[{_item_id(item) or i}]"))
            out.marks.append(_mark(item))
            out.source.append(item.value if isinstance(item, yaml.ScalarNode) else None)
        return out

    def refuse(self, node: yaml.Node, key: str) -> None:
        self.error(node, key, f"tag '{_short(node.tag)}' is not allowed: "
                              "a facts file holds plain data only")
        return None

    def mapping(self, node: yaml.MappingNode, key: str) -> LocatedDict:
        out = LocatedDict(_mark(node))
        for knode, vnode in node.value:
            if not isinstance(knode, yaml.ScalarNode):
                self.error(knode, key, "a key must be plain text, not a list or mapping")
                continue
            name = knode.value
            path = f"{key}.{name}" if key else name
            if knode.tag == _Y + "merge":
                self.error(knode, key, "merge keys ('<<') are not supported: "
                                       "write the keys out")
                continue
            if name in out.key_marks:
                first = out.key_marks[name].line
                self.error(knode, path, f"duplicate key '{name}' (first at line {first})")
                continue
            out[name] = self.walk(vnode, path)
            out.key_marks[name] = _mark(knode)
            out.value_marks[name] = _mark(vnode)
            out.source[name] = vnode.value if isinstance(vnode, yaml.ScalarNode) else None
        return out

    def scalar(self, node: yaml.ScalarNode, key: str) -> Any:
        if node.tag == _Y + "merge":  # "<<" written as a value is just text
            return node.value
        if node.tag not in _SCALAR_TAGS:
            return self.refuse(node, key)
        try:
            return self.constructor.construct_object(node)
        except Exception as exc:  # noqa: BLE001 - a bad scalar is the user's error
            if node.tag == _Y + "timestamp":  # e.g. 2016-13-01: let the checker say why
                return node.value
            self.error(node, key, f"cannot read {node.value!r} as {_short(node.tag)}: {exc}")
            return None
