"""The shape of the code: no import circle, no import running upward, no one else's ``_name``.

Every import statement of every module (at the top or inside a function,
since a late import is still a dependency) is read with ``ast``, nothing is
run. Data flows one way (``DESIGN.md``): each module of ``checker`` sits on
a floor of ``FLOORS`` and may import only from its own floor or below, so
the layer that decides what counts never depends on the one that presents
it, and a reader never depends on the checks. A name starting with ``_`` is
its module's own business: no module of ``checker``, ``tests`` or
``benchmarks`` imports another module's.
"""

from __future__ import annotations

import ast
from fnmatch import fnmatchcase
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("checker", "tests", "benchmarks")

# Bottom to top. A module may import from its own floor and the floors below.
FLOORS = (
    ("checker", "checker.pickling", "checker.text.*", "checker.progress"),
    ("checker.finding", "checker.values", "checker.values.*"),
    ("checker.suppression", "checker.fingerprint", "checker.facts.*"),
    ("checker.document", "checker.results", "checker.scan", "checker.readers", "checker.readers.*"),
    ("checker.compiled", "checker.cache", "checker.changes"),
    ("checker.records", "checker.mentions", "checker.mention_value", "checker.sentence_values",
     "checker.attachment", "checker.attachment.*"),
    ("checker.checks", "checker.checks.*"),
    ("checker.engine", "checker.discover", "checker.executors", "checker.executors.*"),
    ("checker.baseline", "checker.outcome"),
    ("checker.report", "checker.report.*", "checker.matrix", "checker.matrix.*"),
    ("checker.api",),
    ("checker.commands", "checker.commands.*"),
    ("checker.cli",),
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))
           if "fixtures" not in p.parts}


def imports(name: str) -> list[tuple[str, str]]:
    """(module imported, name taken from it or "") for every import in module ``name``."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.extend((alias.name, "") for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                whole = f"{base}.{alias.name}"
                found.append((whole, "") if whole in MODULES else (base, alias.name))
    return [(module, taken) for module, taken in found if module.split(".")[0] in PACKAGES]


GRAPH = {name: sorted({module for module, _ in imports(name) if module in MODULES}) for name in MODULES}


def floor(name: str) -> int:
    for index, patterns in enumerate(FLOORS):
        if any(fnmatchcase(name, pattern) for pattern in patterns):
            return index
    raise AssertionError(f"{name} is on no floor of FLOORS: give it one")


def circles() -> list[list[str]]:
    """The import graph's strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in GRAPH[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in GRAPH[node]:
                found.append(sorted(component))

    for node in GRAPH:
        if node not in index:
            visit(node)
    return found


def test_every_module_is_read():
    wanted = {"checker.cli", "checker.api", "checker.values.dates.expressions", "tests.conftest"}
    assert wanted <= set(MODULES)
    assert "checker.values" in GRAPH["checker.facts.model"]  # the walker sees imports


def test_no_import_circle():
    assert circles() == []


def test_the_walker_finds_a_circle(monkeypatch):
    monkeypatch.setitem(GRAPH, "checker.finding", [*GRAPH["checker.finding"], "checker.engine"])
    assert any("checker.finding" in c and "checker.engine" in c for c in circles())


@pytest.mark.parametrize("name", sorted(n for n in MODULES if n.split(".")[0] == "checker"))
def test_no_import_runs_upward(name):
    upward = [target for target in GRAPH[name]
              if target.startswith("checker") and floor(target) > floor(name)]
    assert upward == [], f"{name} (floor {floor(name)}) imports from above: {upward}"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_imports_another_modules_private_name(name):
    private = [f"{module}.{taken}" for module, taken in imports(name)
               if taken.startswith("_") and not taken.startswith("__") and module != name]
    private += [module for module, _ in imports(name)
                if any(part.startswith("_") and not part.startswith("__") for part in module.split("."))]
    assert private == [], f"{name} imports private names: {private}"

